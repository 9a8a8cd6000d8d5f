/**
 * `promptgov check [paths…]`: finds the prompt files, checks them and prints a report.
 * Exit status: 0 clean, 1 findings at or above `--fail-on` (or more warnings than `--max-warnings`),
 * 2 usage or configuration error.
 */
import { SEVERITY_ORDER, type FileResult, type Severity } from '../../../shared/src/types';
import { getReporter, reporterNames, summarize } from '../../../shared/src/reporters';
import { rulesById } from '../../../shared/src/rules';
import { parseChoice, parseCommandArgs, parseCount, parseSize } from '../args';
import { Checker, type CheckedFile } from '../checker';
import { note, type Command } from '../command';
import { UsageError } from '../errors';
import { absolutePosix } from '../nodeHost';
import { colorEnabled, explicitPolicy, ruleGlobs, writeOutput } from '../output';
import { DEFAULT_MAX_FILE_SIZE, decodeUtf8, isBinary } from '../readText';
import { version } from '../packageInfo';
import { walk } from '../walk';
import { BaseReader } from '../git';
import { progressBar } from '../progress';
import { keepChangedLines, prScope } from '../prMode';
import { applyBaseline, readBaseline } from './baseline';
import { governanceChanges } from './audit';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

const HELP = `Usage: promptgov check [paths…] [options]

Checks the prompt files under the given paths (default: the current folder) against the policy in force
for each of them (the nearest .promptgov.yaml, or the built-in promptgov:recommended).
Folders are walked honouring .gitignore files and the policy's files.include/exclude; node_modules and
.git are always skipped.

Options:
  -f, --format <name>        Output format: ${reporterNames().join(', ')} (default: stylish)
  -o, --output <file>        Write the report to a file instead of standard output
      --fail-on <level>      Exit 1 when a finding is at least this severe: error, warning, info, hint
                             (default: error)
      --max-warnings <n>     Exit 1 when there are more than n warnings
      --quiet                Report errors only
      --rule <glob>          Run only the rules matching the glob (repeatable), e.g. --rule 'pii/*'
      --policy <file>        Use this policy file for every file (no .promptgov.yaml discovery)
      --stdin                Read the text to check from standard input
      --stdin-filename <n>   The file name of the text read from stdin (picks the format and the policy)
      --max-file-size <size> Do not read files larger than this (default: 50MB), e.g. 10MB
      --base <ref>           Pull-request mode: check only the files changed since the merge base of <ref>
                             and HEAD, each compared with its text there (version bumps, model changes)
                             (needs that history: in CI, fetch it, e.g. fetch-depth: 0)
      --changed-lines-only   With --base: only findings on changed lines, plus file-level findings
      --baseline <file>      Report only findings not recorded in this baseline (\`promptgov baseline\`)
      --no-gitignore         Do not honour .gitignore files
      --color, --no-color    Force colors on or off (default: on for a terminal, off when NO_COLOR is set)
  -h, --help                 Show this help

Exit status: 0 no findings at the failing level, 1 findings at or above it, 2 usage or configuration error.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string', default: 'error' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  policy: { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'max-file-size': { type: 'string' },
  base: { type: 'string' },
  'changed-lines-only': { type: 'boolean' },
  baseline: { type: 'string' },
  'no-gitignore': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check prompt files and print the findings',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('check', argv, OPTIONS);
    const formatName = values.format ?? 'stylish';
    const reporter = getReporter(formatName);
    if (!reporter) throw new UsageError(`Unknown format "${formatName}". Known formats: ${reporterNames().join(', ')}.`, 'check');
    const failOn = parseChoice('check', '--fail-on', values['fail-on'] ?? 'error', SEVERITIES);
    const maxWarnings = values['max-warnings'] !== undefined ? parseCount('check', '--max-warnings', values['max-warnings']) : undefined;
    const maxFileSize = values['max-file-size'] !== undefined ? parseSize('check', '--max-file-size', values['max-file-size']) : DEFAULT_MAX_FILE_SIZE;
    const rules = ruleGlobs('check', values.rule);
    const policyFile = explicitPolicy(io, values.policy);
    // With --base, each changed file is compared with its text at the merge base (version-change rules).
    let baseReader: BaseReader | undefined;
    const baseText = (path: string): string | null | undefined => {
      if (!baseReader) return undefined;
      const read = baseReader.read(path, checker.display(path));
      if (read.note) note(io, read.note);
      return read.text;
    };
    const checker = new Checker({ cwd: io.cwd, policyFile, rules, maxFileSize, baseText });
    if (values['changed-lines-only'] && values.base === undefined) {
      throw new UsageError('--changed-lines-only goes with --base <ref> (the revision whose changes count), e.g. --base origin/main.', 'check');
    }
    const baseline = values.baseline !== undefined ? readBaseline(io, values.baseline) : undefined;

    const results: FileResult[] = [];
    /** The checked file behind each entry of `results` (same index). */
    const checkedFiles: CheckedFile[] = [];
    let scope: ReturnType<typeof prScope> | undefined;
    if (values.stdin) {
      if (positionals.length > 0) throw new UsageError('--stdin reads the text from standard input: give no paths with it.', 'check');
      if (values.base !== undefined) throw new UsageError('--base selects changed files; it does not go with --stdin.', 'check');
      const name = values['stdin-filename'];
      if (!name) throw new UsageError('--stdin needs --stdin-filename <name>: the name picks the format and the policy.', 'check');
      const bytes = await io.readStdin();
      const path = absolutePosix(io.cwd, name);
      if (isBinary(bytes)) throw new UsageError('The text on standard input is binary (it holds NUL bytes); nothing was checked.', 'check');
      const { text, invalidUtf8 } = decodeUtf8(bytes);
      const outcome = checker.checkText(path, text, invalidUtf8);
      if (outcome.kind === 'checked') {
        results.push(outcome.file.result);
        checkedFiles.push(outcome.file);
      } else if (outcome.note) note(io, outcome.note);
    } else {
      if (values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename goes with --stdin.', 'check');
      const paths = positionals.length > 0 ? positionals : ['.'];
      const found = walk(paths, { cwd: io.cwd, gitignore: !values['no-gitignore'] });
      if (found.missing.length > 0) {
        throw new UsageError(`No such file or folder: ${found.missing.join(', ')}. Check the path${found.missing.length > 1 ? 's' : ''} (relative to ${io.cwd}).`);
      }
      for (const folder of found.ignored) note(io, `${folder}: ignored by a .gitignore file, not checked (--no-gitignore checks it)`);
      let entries = [...found.files];
      if (values.base !== undefined) {
        try {
          scope = prScope(io.cwd, checker.root, values.base, values['changed-lines-only'] ?? false);
        } catch (error) {
          // No git, no repository, an unknown ref or a shallow clone without the history: a note, never a
          // failure. Every file is checked, without the version-change rules' base.
          if (!(error instanceof UsageError)) throw error;
          note(io, `${error.message.replace(/\s+$/, '')} Checking every file instead, without a base revision.`);
        }
      }
      if (scope) {
        baseReader = new BaseReader(scope.base, scope.renamedFrom);
        for (const n of scope.notes) note(io, n);
        const changed = scope.changed;
        const all = entries.length;
        entries = entries.filter((e) => changed.has(e.path));
        note(io, `--base ${values.base}: ${entries.length} of ${all} file${all === 1 ? '' : 's'} changed since ${scope.baseCommit.slice(0, 12)} (${scope.base.via === 'merge-base' ? 'the merge base' : values.base}).`);
      }
      // An explicit --policy file is checked too: its own problems must not go unnoticed.
      if (policyFile && !entries.some((e) => e.path === policyFile)) {
        entries.push({ path: policyFile, explicit: true });
        entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      }
      const progress = progressBar(io, entries.length);
      const checked = new Set<string>();
      let findingsSoFar = 0;
      for (const [i, entry] of entries.entries()) {
        progress.update(i, findingsSoFar);
        const outcome = checker.checkEntry(entry, entry.path === policyFile ? 'policy' : undefined);
        if (outcome.kind === 'checked') {
          results.push(outcome.file.result);
          checkedFiles.push(outcome.file);
          checked.add(outcome.file.path);
          findingsSoFar += outcome.file.result.findings.length;
        } else if (outcome.note) note(io, outcome.note);
      }
      progress.finish();
      // A policy file in force but outside the paths checked: its problems are not in the report, say so.
      for (const loaded of checker.resolver.loadedFiles()) {
        if (loaded.problems.length === 0 || checked.has(loaded.path)) continue;
        const shown = checker.display(loaded.path);
        const n = loaded.problems.length;
        note(io, `the policy file ${shown} has ${n} problem${n === 1 ? '' : 's'}; run \`promptgov check ${shown}\` to see ${n === 1 ? 'it' : 'them'}.`);
      }
    }

    if (scope?.lines) {
      const lines = scope.lines;
      results.forEach((r, i) => (results[i] = keepChangedLines(r, lines.get(checkedFiles[i].path))));
    }
    if (baseline) {
      let hidden = 0;
      results.forEach((r, i) => {
        const applied = applyBaseline(r, checkedFiles[i].policy, baseline);
        results[i] = applied.result;
        hidden += applied.hidden;
      });
      if (hidden > 0) note(io, `${hidden} finding${hidden === 1 ? '' : 's'} recorded in the baseline ${values.baseline} not reported.`);
    }

    const counts = summarize(results);
    const threshold = SEVERITY_ORDER.indexOf(failOn);
    const failing = results.some((r) => r.findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) >= threshold));
    const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;

    const shown = values.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
    const color = values.output ? false : colorEnabled(io, values.color, values['no-color']);
    const governance =
      scope && formatName === 'markdown'
        ? governanceChanges(scope.gitRoot, checker.root, scope.ref, scope.baseCommit, scope.changes, checkedFiles, checker.options.now ?? new Date())
        : undefined;
    const report = reporter(shown, {
      color,
      quiet: values.quiet ?? false,
      version: version(),
      rules: metaById(),
      cwd: absolutePosix(io.cwd, '.'),
      root: checker.root,
      invocation: { arguments: ['check', ...argv] },
      governance,
    });
    writeOutput(io, report, values.output);
    if (tooManyWarnings) note(io, `${counts.warnings} warning${counts.warnings === 1 ? '' : 's'} found, more than --max-warnings ${maxWarnings}.`);
    return failing || tooManyWarnings ? 1 : 0;
  },
};

function metaById() {
  return new Map([...rulesById].map(([id, rule]) => [id, rule.meta]));
}
