/**
 * The Markdown reporter: a pull-request comment or job summary (`$GITHUB_STEP_SUMMARY`).
 *
 *   ## promptgov
 *   ❌ **3 problems** (1 error, 2 warnings) in 2 of 5 prompt files · 1 fixable with `promptgov fix`
 *   | Severity | Findings |  …  counts by severity
 *   ### Findings by rule                      …  one row per rule, linked to its docs page
 *   ### Top findings                          …  the first findings, most severe first
 *   ### Governance changes since `origin/main` … with `check --base`: prompts added/removed, version and
 *                                                model changes, policy changes, exceptions added or expiring
 *
 * Everything taken from files (paths, messages, exception reasons) is escaped, so that a prompt file can
 * neither break the tables nor inject HTML or links into the comment.
 */
import { describeEvent, type ExceptionEntry, type GovernanceChanges, type GovernanceEvent } from '../governance/auditEvents';
import { ruleDocsUrl } from '../rules/rule';
import { SEVERITY_ORDER, type FileResult, type Finding, type Severity } from '../types';
import { summarize, type Reporter } from './reporter';

/** Findings listed in "Top findings"; the rest are counted. */
export const TOP_FINDINGS = 20;

const SEVERITY_LABEL: Record<Severity, string> = { error: '🔴 Error', warning: '🟠 Warning', info: '🔵 Info', hint: '⚪ Hint' };

export const markdown: Reporter = (results, context) => {
  const s = summarize(results);
  const problems = s.errors + s.warnings + s.infos + s.hints;
  const out: string[] = ['## promptgov', ''];
  if (problems === 0) {
    out.push(s.files === 0 ? 'No files were checked.' : `✅ **No problems** in ${count(s.files, 'file')} checked${context.quiet ? ' (errors only)' : ''}.`);
  } else {
    const parts = [count(s.errors, 'error'), count(s.warnings, 'warning')];
    if (s.infos) parts.push(count(s.infos, 'info'));
    if (s.hints) parts.push(count(s.hints, 'hint'));
    const icon = s.errors > 0 ? '❌' : '⚠️';
    const fixable = s.fixable > 0 ? ` · ${s.fixable} fixable with \`promptgov fix\`` : '';
    out.push(`${icon} **${count(problems, 'problem')}** (${parts.join(', ')}) in ${s.filesWithFindings} of ${count(s.files, 'file')} checked${fixable}`);
    out.push('', '| Severity | Findings |', '|---|---:|');
    const bySeverity: Record<Severity, number> = { error: s.errors, warning: s.warnings, info: s.infos, hint: s.hints };
    for (const sev of [...SEVERITY_ORDER].reverse()) if (bySeverity[sev] > 0) out.push(`| ${SEVERITY_LABEL[sev]} | ${bySeverity[sev]} |`);
    out.push('', ...byRule(results), '', ...topFindings(results));
  }
  if (context.governance) out.push('', ...governance(context.governance));
  return `${out.join('\n')}\n`;
};

function byRule(results: readonly FileResult[]): string[] {
  const rows = new Map<string, Record<Severity, number>>();
  for (const r of results) {
    for (const f of r.findings) {
      const row = rows.get(f.ruleId) ?? { error: 0, warning: 0, info: 0, hint: 0 };
      row[f.severity]++;
      rows.set(f.ruleId, row);
    }
  }
  const sorted = [...rows].sort(
    ([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || total(y) - total(x) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const out = ['### Findings by rule', '', '| Rule | Errors | Warnings | Info/hints |', '|---|---:|---:|---:|'];
  for (const [id, row] of sorted) out.push(`| ${ruleLink(id)} | ${row.error} | ${row.warning} | ${row.info + row.hint} |`);
  return out;
}

function topFindings(results: readonly FileResult[]): string[] {
  const all: { path: string; f: Finding }[] = [];
  for (const r of results) for (const f of r.findings) all.push({ path: r.path, f });
  const rank = (sev: Severity): number => SEVERITY_ORDER.indexOf(sev);
  all.sort((a, b) => rank(b.f.severity) - rank(a.f.severity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.f.offset - b.f.offset);
  const out = ['### Top findings', '', '| Severity | Location | Rule | Message |', '|---|---|---|---|'];
  for (const { path, f } of all.slice(0, TOP_FINDINGS)) {
    out.push(`| ${SEVERITY_LABEL[f.severity]} | ${code(`${path}:${f.line}:${f.column}`)} | ${ruleLink(f.ruleId)} | ${cell(f.message)} |`);
  }
  if (all.length > TOP_FINDINGS) out.push('', `…and ${all.length - TOP_FINDINGS} more (run \`promptgov check\` for the full list).`);
  return out;
}

/** Section titles of the governance summary, by event type (in display order). */
const GROUPS: readonly { title: string; types: readonly GovernanceEvent['type'][] }[] = [
  { title: 'Prompts added', types: ['prompt-added'] },
  { title: 'Prompts removed', types: ['prompt-removed'] },
  { title: 'Prompts renamed', types: ['prompt-renamed'] },
  { title: 'Version changes', types: ['version-changed'] },
  { title: 'Model changes', types: ['model-changed'] },
  { title: 'Content changed without a version bump', types: ['content-changed-without-version-bump'] },
  { title: 'Metadata changes', types: ['metadata-changed'] },
  { title: 'Policy changes', types: ['policy-added', 'policy-removed', 'policy-changed'] },
  { title: 'Exceptions added', types: ['exception-added'] },
  { title: 'Exceptions changed', types: ['exception-changed'] },
  { title: 'Exceptions removed', types: ['exception-removed'] },
  { title: 'Exceptions expired', types: ['exception-expired'] },
];

function governance(g: GovernanceChanges): string[] {
  const base = g.baseCommit ? `${code(g.base)} (${code(g.baseCommit.slice(0, 12))})` : code(g.base);
  const out = [`### Governance changes since ${base}`, ''];
  if (g.events.length === 0) out.push('No prompt, model, version, policy or exception changes.');
  for (const group of GROUPS) {
    const events = g.events.filter((e) => group.types.includes(e.type));
    if (events.length === 0) continue;
    out.push(`**${group.title}** (${events.length})`, '');
    for (const e of events) out.push(`- ${code(e.file)}: ${text(describeEvent(e))}`);
    out.push('');
  }
  if (g.expiring.length > 0) {
    if (out[out.length - 1] !== '') out.push('');
    out.push('**Exceptions expired or expiring soon**', '', '| Expires | Days left | Rule | Where | Reason | Approved by |', '|---|---:|---|---|---|---|');
    for (const x of g.expiring) {
      const e: ExceptionEntry = x.entry;
      out.push(
        `| ${cell(e.expires ?? '')} | ${x.daysLeft < 0 ? `expired ${-x.daysLeft} d ago` : x.daysLeft} | ${code(e.rule)} | ${code(x.file)}${e.files?.length ? ` (${e.files.map(code).join(', ')})` : ''} | ${cell(e.reason ?? '—')} | ${cell(e.approved_by ?? '—')} |`,
      );
    }
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

function total(row: Record<Severity, number>): number {
  return row.error + row.warning + row.info + row.hint;
}

function ruleLink(id: string): string {
  return `[${text(id)}](${ruleDocsUrl(id)})`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Text escaped for Markdown: characters that start formatting, links, HTML or autolinks are
 * backslash-escaped or written as entities; line breaks become spaces.
 */
export function text(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/:\/\//g, '&#58;//');
}

/** Text for a table cell. */
function cell(value: string): string {
  return text(value);
}

/** An inline code span that holds any text (a longer backtick fence when the text has backticks). */
export function code(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ').replace(/\|/g, '¦');
  let fence = '`';
  while (clean.includes(fence)) fence += '`';
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
