/**
 * `promptgov fix [paths…]`: applies the first fix of every finding (the same plain-data edits the editor
 * offers), re-checks, and repeats until nothing changes (at most 10 passes). Only the fixes' ranges
 * change; snippet fixes (which need a person to fill them in) are left to the editor. Files that are not
 * valid UTF-8 are never rewritten: writing them back would replace their invalid bytes.
 */
import { writeFileSync } from 'node:fs';
import { applyFixes } from '../../../shared/src/engine/fixes';
import type { Fix, Severity, TextEdit } from '../../../shared/src/types';
import { SEVERITY_ORDER } from '../../../shared/src/types';
import { parseChoice, parseCommandArgs, parseSize } from '../args';
import { Checker, type CheckedFile } from '../checker';
import { note, type Command } from '../command';
import { UsageError } from '../errors';
import { fromPosix } from '../nodeHost';
import { explicitPolicy, ruleGlobs, errorCode } from '../output';
import { DEFAULT_MAX_FILE_SIZE } from '../readText';
import { walk } from '../walk';

export const MAX_FIX_PASSES = 10;

const HELP = `Usage: promptgov fix [paths…] [options]

Applies the automatic fixes of the findings in the prompt files under the given paths (default: the
current folder), and rewrites those files in place. Only the text each fix is about changes. Fixes that
need a decision (editor snippets) are not applied: see them with \`promptgov check\`.

Options:
      --rule <glob>          Fix only the findings of matching rules (repeatable), e.g. --rule 'pii/*'
      --dry-run              Show what would change; write nothing
      --policy <file>        Use this policy file for every file (no .promptgov.yaml discovery)
      --fail-on <level>      Exit 1 when findings at least this severe remain (default: error)
      --max-file-size <size> Do not read files larger than this (default: 50MB)
      --no-gitignore         Do not honour .gitignore files
  -h, --help                 Show this help
`;

const OPTIONS = {
  rule: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  policy: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  'max-file-size': { type: 'string' },
  'no-gitignore': { type: 'boolean' },
} as const;

/** One fix applied, described without the text it replaced (which may be a sensitive value). */
interface AppliedFix {
  line: number;
  column: number;
  ruleId: string;
  title: string;
}

export const fixCommand: Command = {
  name: 'fix',
  summary: 'Apply the automatic fixes in place',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('fix', argv, OPTIONS);
    const failOn = parseChoice('fix', '--fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'info', 'hint'] as const);
    const maxFileSize = values['max-file-size'] !== undefined ? parseSize('fix', '--max-file-size', values['max-file-size']) : DEFAULT_MAX_FILE_SIZE;
    const checker = new Checker({
      cwd: io.cwd,
      policyFile: explicitPolicy(io, values.policy),
      rules: ruleGlobs('fix', values.rule),
      maxFileSize,
    });
    const dryRun = values['dry-run'] ?? false;
    const found = walk(positionals.length > 0 ? positionals : ['.'], { cwd: io.cwd, gitignore: !values['no-gitignore'] });
    if (found.missing.length > 0) throw new UsageError(`No such file or folder: ${found.missing.join(', ')}. Check the path (relative to ${io.cwd}).`);

    for (const folder of found.ignored) note(io, `${folder}: ignored by a .gitignore file, not fixed (--no-gitignore includes it)`);
    const out: string[] = [];
    let fixedTotal = 0;
    let filesChanged = 0;
    let remaining = 0;
    let failing = false;
    const threshold = SEVERITY_ORDER.indexOf(failOn as Severity);
    for (const entry of found.files) {
      const outcome = checker.checkEntry(entry);
      if (outcome.kind === 'skipped') {
        if (outcome.note) note(io, outcome.note);
        continue;
      }
      const file = outcome.file;
      if (file.text === undefined || file.format === undefined) {
        remaining += file.result.findings.length;
        failing ||= file.result.findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) >= threshold);
        continue; // binary or too large: nothing to fix
      }
      if (file.invalidUtf8) {
        note(io, `${file.result.path}: not valid UTF-8 (byte ${file.invalidUtf8.byte}); not fixed, since rewriting it would replace the invalid bytes.`);
        remaining += file.result.findings.length;
        failing ||= file.result.findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) >= threshold);
        continue;
      }
      const { text, applied, last } = fixFile(checker, file);
      remaining += last.result.findings.length;
      failing ||= last.result.findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) >= threshold);
      if (applied.length === 0 || text === file.text) continue;
      if (!dryRun) {
        try {
          writeFileSync(fromPosix(file.path), (file.bom ? '\ufeff' : '') + text);
        } catch (error) {
          throw new UsageError(`Cannot write ${file.result.path} (${errorCode(error)}); no further file was changed.`);
        }
      }
      fixedTotal += applied.length;
      filesChanged++;
      out.push(file.result.path);
      const wPos = Math.max(...applied.map((a) => `${a.line}:${a.column}`.length));
      const wRule = Math.max(...applied.map((a) => a.ruleId.length));
      for (const a of applied) out.push(`  ${`${a.line}:${a.column}`.padEnd(wPos)}  ${a.ruleId.padEnd(wRule)}  ${a.title}`);
      out.push('');
    }

    const problems = (n: number): string => `${n} problem${n === 1 ? '' : 's'}`;
    const files = (n: number): string => `${n} file${n === 1 ? '' : 's'}`;
    if (fixedTotal === 0) out.push('Nothing to fix.');
    else if (dryRun) out.push(`Would fix ${problems(fixedTotal)} in ${files(filesChanged)} (dry run: no file was written).`);
    else out.push(`Fixed ${problems(fixedTotal)} in ${files(filesChanged)}.`);
    if (remaining > 0) out.push(`${problems(remaining)} left without an automatic fix: run \`promptgov check\` to see ${remaining === 1 ? 'it' : 'them'}.`);
    io.stdout(`${out.join('\n')}\n`);
    return failing ? 1 : 0;
  },
};

/** Fixes one file in memory, pass after pass, until a pass changes nothing. */
export function fixFile(checker: Checker, file: CheckedFile): { text: string; applied: AppliedFix[]; last: CheckedFile } {
  let text = file.text ?? '';
  let last = file;
  const applied: AppliedFix[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const candidates = last.result.findings.flatMap((f) => {
      const first = f.fixes[0];
      return first && !first.snippet && first.edits.length > 0 ? [{ finding: f, fix: first }] : [];
    });
    const chosen = selectFixes(text, candidates.map((c) => c.fix));
    if (chosen.size === 0) break;
    const next = applyFixes(text, [...chosen]).text;
    if (next === text) break;
    for (const c of candidates) {
      if (chosen.has(c.fix)) applied.push({ line: c.finding.line, column: c.finding.column, ruleId: c.finding.ruleId, title: c.fix.title });
    }
    text = next;
    last = checker.analyze(file.path, text, file.policy, file.format ?? 'template', file.bom);
  }
  return { text, applied, last };
}

/**
 * The fixes `applyFixes` will apply, in its order and by its rules (whole fixes only, no overlap with a
 * fix already taken, not already applied), so that the CLI can say which ones changed the file.
 */
function selectFixes(text: string, fixes: readonly Fix[]): Set<Fix> {
  const taken: TextEdit[] = [];
  const chosen = new Set<Fix>();
  for (const fix of fixes) {
    const edits = fix.edits;
    if (!edits.every((e) => e.offset >= 0 && e.endOffset >= e.offset && e.endOffset <= text.length)) continue;
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    if (edits.every((e) => text.slice(e.offset, e.endOffset) === e.text)) continue;
    taken.push(...edits);
    chosen.add(fix);
  }
  return chosen;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = a.offset === a.endOffset;
  const bEmpty = b.offset === b.endOffset;
  if (aEmpty && bEmpty) return a.offset === b.offset;
  if (aEmpty) return a.offset > b.offset && a.offset < b.endOffset;
  if (bEmpty) return b.offset > a.offset && b.offset < a.endOffset;
  return a.offset < b.endOffset && b.offset < a.endOffset;
}
