/**
 * `promptgov baseline [paths…]`: records the findings of today in `.promptgov-baseline.json`, so that
 * `promptgov check --baseline .promptgov-baseline.json` reports only the findings that are new since.
 * `--prune` keeps only the entries still found (fixed findings drop out), adding none.
 *
 * The file is keyed by fingerprint (rule id + path + a hash of the normalized matched text: moving a line
 * keeps it), sorted, one entry per line so that merges rarely conflict, with the rule and the path for
 * people reading it. It never holds a matched value. Findings of rules the policy lists as
 * `non_suppressible` are never recorded, and `check --baseline` reports them all the same.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ruleIdMatches } from '../../../shared/src/policy/resolve';
import type { ResolvedPolicy } from '../../../shared/src/policy/resolved';
import type { FileResult, Finding } from '../../../shared/src/types';
import { parseCommandArgs } from '../args';
import { Checker, type CheckedFile } from '../checker';
import { note, type Command, type Io } from '../command';
import { UsageError } from '../errors';
import { absolutePosix } from '../nodeHost';
import { errorCode, explicitPolicy, ruleGlobs, writeOutput } from '../output';
import { progressBar } from '../progress';
import { walk } from '../walk';

export const BASELINE_FILE = '.promptgov-baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  /** Path relative to the project root (the git repository root). */
  path: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  /** Entries by fingerprint. */
  findings: Map<string, BaselineEntry>;
}

/** The file text: keys sorted, one entry per line. */
export function formatBaseline(entries: ReadonlyMap<string, BaselineEntry>): string {
  const keys = [...entries.keys()].sort();
  const lines = keys.map((k, i) => {
    const e = entries.get(k)!;
    return `    ${JSON.stringify(k)}: { "rule": ${JSON.stringify(e.rule)}, "path": ${JSON.stringify(e.path)} }${i < keys.length - 1 ? ',' : ''}`;
  });
  return `{\n  "version": ${BASELINE_VERSION},\n  "findings": {${lines.length ? `\n${lines.join('\n')}\n  ` : ''}}\n}\n`;
}

/** Reads a baseline file; a usage error that says what is wrong when it is not one. */
export function readBaseline(io: Io, file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the baseline ${file} (${errorCode(error)}). Write one with \`promptgov baseline\`.`);
  }
  return parseBaseline(text, file);
}

export function parseBaseline(text: string, name: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The baseline ${name} is not valid JSON (${(error as Error).message}). Rewrite it with \`promptgov baseline\`.`);
  }
  const v = value as { version?: unknown; findings?: unknown };
  if (!v || typeof v !== 'object' || v.version !== BASELINE_VERSION || !v.findings || typeof v.findings !== 'object' || Array.isArray(v.findings)) {
    throw new UsageError(`${name} is not a promptgov baseline (version ${BASELINE_VERSION} with a "findings" object). Rewrite it with \`promptgov baseline\`.`);
  }
  const findings = new Map<string, BaselineEntry>();
  for (const [key, entry] of Object.entries(v.findings as Record<string, unknown>)) {
    const e = entry as Partial<BaselineEntry> | null;
    findings.set(key, { rule: typeof e?.rule === 'string' ? e.rule : '', path: typeof e?.path === 'string' ? e.path : '' });
  }
  return { version: BASELINE_VERSION, findings };
}

/** Whether a rule ignores baselines in a file: the policy in force lists it as `non_suppressible`. */
export function isNonSuppressible(policy: ResolvedPolicy, ruleId: string): boolean {
  return policy.nonSuppressible.some((glob) => ruleIdMatches(glob, ruleId));
}

/**
 * `result` without the findings the baseline holds (non-suppressible rules excepted). Returns the
 * filtered result and how many findings the baseline hid.
 */
export function applyBaseline(result: FileResult, policy: ResolvedPolicy, baseline: Baseline): { result: FileResult; hidden: number } {
  const kept: Finding[] = result.findings.filter((f) => !baseline.findings.has(f.fingerprint) || isNonSuppressible(policy, f.ruleId));
  return { result: { ...result, findings: kept }, hidden: result.findings.length - kept.length };
}

/** The path of a checked file relative to the project root, as baselines record it. */
export function rootRelative(checker: Checker, absPath: string): string {
  const prefix = checker.root.endsWith('/') ? checker.root : `${checker.root}/`;
  return absPath.startsWith(prefix) ? absPath.slice(prefix.length) : absPath;
}

export interface CheckPathsOptions {
  gitignore?: boolean;
  /** Progress bar label (none when undefined). */
  label?: string;
}

/** Walks `paths` and checks every prompt file found (the same selection as `check`); notes go to stderr. */
export function checkPaths(io: Io, checker: Checker, paths: readonly string[], command: string, options: CheckPathsOptions = {}): CheckedFile[] {
  const found = walk(paths.length > 0 ? paths : ['.'], { cwd: io.cwd, gitignore: options.gitignore ?? true });
  if (found.missing.length > 0) {
    throw new UsageError(`No such file or folder: ${found.missing.join(', ')}. Check the path${found.missing.length > 1 ? 's' : ''} (relative to ${io.cwd}).`, command);
  }
  for (const folder of found.ignored) note(io, `${folder}: ignored by a .gitignore file, not checked (--no-gitignore checks it)`);
  const progress = options.label ? progressBar(io, found.files.length, { label: options.label }) : undefined;
  const out: CheckedFile[] = [];
  let findings = 0;
  for (const [i, entry] of found.files.entries()) {
    progress?.update(i, findings);
    const outcome = checker.checkEntry(entry);
    if (outcome.kind === 'checked') {
      out.push(outcome.file);
      findings += outcome.file.result.findings.length;
    } else if (outcome.note) note(io, outcome.note);
  }
  progress?.finish();
  return out;
}

const HELP = `Usage: promptgov baseline [paths…] [options]

Records the findings of today in ${BASELINE_FILE}, so that
\`promptgov check --baseline ${BASELINE_FILE}\` reports only new findings. The file is keyed by
fingerprint (stable when lines move), sorted, one entry per line, with the rule and the path; it never
holds a matched value. Rules the policy lists as non_suppressible are never recorded.

Options:
  -o, --output <file>   The baseline file (default: ${BASELINE_FILE})
      --prune           Keep only the entries still found (drop fixed findings); add none
      --rule <glob>     Record only the rules matching the glob (repeatable)
      --policy <file>   Use this policy file for every file
      --no-gitignore    Do not honour .gitignore files
  -h, --help            Show this help
`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  prune: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  policy: { type: 'string' },
  'no-gitignore': { type: 'boolean' },
} as const;

export const baselineCommand: Command = {
  name: 'baseline',
  summary: 'Record current findings so that check --baseline reports only new ones',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('baseline', argv, OPTIONS);
    const file = values.output ?? BASELINE_FILE;
    const checker = new Checker({ cwd: io.cwd, policyFile: explicitPolicy(io, values.policy), rules: ruleGlobs('baseline', values.rule) });
    const previous = values.prune ? readBaseline(io, file) : undefined;
    const checked = checkPaths(io, checker, positionals, 'baseline', { gitignore: !values['no-gitignore'], label: 'baseline' });

    const current = new Map<string, BaselineEntry>();
    let locked = 0;
    for (const c of checked) {
      for (const f of c.result.findings) {
        if (isNonSuppressible(c.policy, f.ruleId)) {
          locked++;
          continue;
        }
        current.set(f.fingerprint, { rule: f.ruleId, path: rootRelative(checker, c.path) });
      }
    }
    let entries: Map<string, BaselineEntry>;
    if (previous) {
      entries = new Map([...previous.findings].filter(([k]) => current.has(k)));
      const dropped = previous.findings.size - entries.size;
      note(io, `${file}: ${entries.size} entr${entries.size === 1 ? 'y' : 'ies'} kept, ${dropped} fixed finding${dropped === 1 ? '' : 's'} dropped.`);
    } else {
      entries = current;
      note(io, `${file}: ${entries.size} finding${entries.size === 1 ? '' : 's'} recorded from ${checked.length} file${checked.length === 1 ? '' : 's'}.`);
    }
    if (locked > 0) note(io, `${locked} finding${locked === 1 ? '' : 's'} of non-suppressible rules not recorded: a baseline cannot silence them.`);
    writeOutput(io, formatBaseline(entries), absolutePosix(io.cwd, file));
    return 0;
  },
};
