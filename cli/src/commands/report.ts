/**
 * `promptgov report [paths…] [-o report.html] [--since <ref|date>] [--format html|markdown]`: the
 * governance review on one page: findings by severity and rule, the inventory of prompts, the retention
 * matrix, exceptions by expiry and, with `--since`, the changes of the period (computed from the git
 * history as the audit trail computes them, or read from an audit log with `--audit`).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { verifyAuditLog, type AuditRecord } from '../../../shared/src/governance/auditChain';
import type { AuditEventAt } from '../../../shared/src/governance/auditWalk';
import { buildReport, type ReportFileInput, type ReportPolicyInput } from '../../../shared/src/governance/report';
import { renderReportHtml } from '../../../shared/src/governance/reportHtml';
import { renderReportMarkdown } from '../../../shared/src/governance/reportMarkdown';
import { computeLineStarts, positionOf } from '../../../shared/src/engine/positions';
import { parseChoice, parseCommandArgs } from '../args';
import { Checker } from '../checker';
import { note, type Command, type Io } from '../command';
import { UsageError } from '../errors';
import { commitBefore, commitsBetween, isShallow, requireCommit, requireRepository } from '../gitHistory';
import { errorCode, explicitPolicy, writeOutput } from '../output';
import { version } from '../packageInfo';
import { auditRange } from './audit';
import { checkPaths, rootRelative } from './baseline';

const HELP = `Usage: promptgov report [paths…] [options]

Writes the governance report: findings by severity and rule, the inventory of prompts (path, format,
owner, version, models, data class, retention, findings), the retention matrix (data classes, their
maximum retention, prompts and violations), exceptions by expiry (policy exceptions and inline
suppressions) and, with --since, the changes of the period from the git history.
The HTML page is self-contained (inline styles and SVG charts, no script, no network).

Options:
  -o, --output <file>     Write the report to a file (default: standard output), e.g. -o report.html
  -f, --format <name>     html (default) or markdown
      --since <ref|date>  Include the governance changes after this revision or date (YYYY-MM-DD)
      --audit <file>      Take the changes of the period from this audit log (promptgov audit -o …)
      --policy <file>     Use this policy file for every file
      --no-gitignore      Do not honour .gitignore files
  -h, --help              Show this help
`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  out: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'html' },
  since: { type: 'string' },
  audit: { type: 'string' },
  policy: { type: 'string' },
  'no-gitignore': { type: 'boolean' },
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write the governance report (HTML or Markdown)',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('report', argv, OPTIONS);
    const format = parseChoice('report', '--format', values.format ?? 'html', ['html', 'markdown'] as const);
    if (values.audit !== undefined && values.since === undefined) throw new UsageError('--audit gives the changes of a period: add --since <ref|date>.', 'report');
    const checker = new Checker({ cwd: io.cwd, policyFile: explicitPolicy(io, values.policy) });
    const now = checker.options.now ?? new Date();
    const checked = checkPaths(io, checker, positionals, 'report', { gitignore: !values['no-gitignore'], label: 'report' });

    const files: ReportFileInput[] = checked.map((c) => ({
      path: rootRelative(checker, c.path),
      format: c.format ?? 'unknown',
      document: c.analysis?.document,
      findings: c.result.findings,
      directives: c.analysis?.output.directives,
      dataClasses: c.policy.dataClasses,
    }));
    const policies: ReportPolicyInput[] = checker.resolver
      .loadedFiles()
      .map((p) => {
        const lineStarts = p.text !== undefined ? computeLineStarts(p.text) : undefined;
        return {
          path: rootRelative(checker, p.path),
          dataClasses: p.policy.data_classes,
          exceptions: (p.policy.exceptions ?? []).map((e, i) => {
            const span = p.spanOf?.(['exceptions', i]);
            return span && lineStarts ? { ...e, line: positionOf(lineStarts, span.offset).line + 1 } : { ...e };
          }),
        };
      })
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

    const period = values.since !== undefined ? periodOf(io, values.since, values.audit) : undefined;
    const report = buildReport({ project: basename(checker.root) || checker.root, version: version(), now, files, policies, period });
    const text = format === 'html' ? renderReportHtml(report) : renderReportMarkdown(report);
    writeOutput(io, text, values.output ?? values.out);
    if (values.output ?? values.out) note(io, `report written to ${values.output ?? values.out} (${report.totals.prompts} prompts, ${report.totals.findings} findings).`);
    return 0;
  },
};

function periodOf(io: Io, since: string, auditFile: string | undefined) {
  const root = requireRepository(io.cwd, 'report --since');
  const to = requireCommit(root, 'HEAD', '--since');
  let from: string | undefined;
  if (DATE.test(since)) {
    from = commitBefore(root, since, to);
    if (!from && isShallow(root)) note(io, `--since ${since}: this shallow clone has no commit before that date; the period starts at the oldest commit present (git fetch --unshallow for the full history).`);
  } else {
    from = requireCommit(root, since, '--since');
  }
  if (auditFile !== undefined) {
    const inRange = new Set(commitsBetween(root, from, to).map((c) => c.commit));
    return { since, from, to, commits: inRange.size, events: eventsFromLog(io, auditFile, inRange) };
  }
  const { events, commits } = auditRange(root, from, to);
  return { since, from, to, commits, events };
}

/** The records of an audit log whose commit is in the period, as events; a broken chain is said, not hidden. */
function eventsFromLog(io: Io, file: string, commits: ReadonlySet<string>): AuditEventAt[] {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the audit log ${file} (${errorCode(error)}).`);
  }
  const check = verifyAuditLog(text);
  if (!check.ok) note(io, `${file}: the audit chain is broken (${check.problems[0].message}); run \`promptgov audit verify ${file}\`.`);
  const out: AuditEventAt[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let r: AuditRecord;
    try {
      r = JSON.parse(line) as AuditRecord;
    } catch {
      continue;
    }
    if (!commits.has(r.commit)) continue;
    out.push({
      event: { type: r.type, file: r.file, ...(r.before !== undefined ? { before: r.before } : {}), ...(r.after !== undefined ? { after: r.after } : {}), ...(r.detail ? { detail: r.detail } : {}) },
      commit: { commit: r.commit, author: r.author, time: r.time },
    });
  }
  return out;
}
