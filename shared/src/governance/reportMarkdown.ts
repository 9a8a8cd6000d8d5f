/**
 * The governance report in Markdown (`promptgov report --format markdown`): the same sections as the HTML
 * page, as tables, for wikis, issues and job summaries. Text from the repository is escaped.
 */
import { code, text as md } from '../reporters/markdown';
import { describeEvent } from './auditEvents';
import { shortRef, type GovernanceReport } from './report';
import type { Severity } from '../types';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export function renderReportMarkdown(r: GovernanceReport): string {
  const out: string[] = [`# promptgov governance report — ${md(r.project)}`, ''];
  out.push(`Generated ${r.generated} by promptgov ${md(r.version)}${r.period ? ` · changes since ${code(shortRef(r.period.since))}` : ''}.`, '');
  const expired = r.exceptions.filter((e) => e.status === 'expired').length;
  const expiring = r.exceptions.filter((e) => e.status === 'expiring').length;
  out.push(
    `**${r.totals.prompts}** prompt files · **${r.totals.findings}** findings (${SEVERITIES.map((s) => `${r.bySeverity[s]} ${s}`).join(', ')}) · **${r.exceptions.length}** exceptions (${expired} expired, ${expiring} expiring soon)`,
    '',
  );

  out.push('## Findings by severity and rule', '');
  if (r.byRule.length === 0) out.push('No findings.', '');
  else {
    out.push('| Rule | Errors | Warnings | Info | Hints | Total |', '|---|---:|---:|---:|---:|---:|');
    for (const x of r.byRule) out.push(`| ${code(x.rule)} | ${x.counts.error} | ${x.counts.warning} | ${x.counts.info} | ${x.counts.hint} | ${x.total} |`);
    out.push(`| **Total** | ${r.bySeverity.error} | ${r.bySeverity.warning} | ${r.bySeverity.info} | ${r.bySeverity.hint} | ${r.totals.findings} |`, '');
  }

  out.push('## Inventory of prompts', '');
  if (r.inventory.length === 0) out.push('No prompt files found.', '');
  else {
    out.push('| Path | Format | Owner | Version | Models | Data class | Retention | Findings |', '|---|---|---|---|---|---|---|---|');
    for (const p of r.inventory) {
      const findings = SEVERITIES.filter((s) => p.findings[s] > 0).map((s) => `${p.findings[s]} ${s}`).join(', ') || 'none';
      out.push(
        `| ${code(p.path)} | ${p.format} | ${cell(p.owner)} | ${cell(p.version)} | ${p.models.length ? p.models.map(code).join(', ') : '—'} | ${cell(p.dataClass)} | ${cell(p.retention)} | ${findings} |`,
      );
    }
    out.push('');
  }

  out.push('## Retention matrix', '');
  if (r.retention.length === 0) out.push('No data classes declared and no prompt declares one.', '');
  else {
    out.push('| Data class | Max retention | Prompts | Violations | Details |', '|---|---|---:|---:|---|');
    for (const x of r.retention) {
      const details = x.violating.map((v) => `${code(v.path)}: ${md(v.reason)}`).join('<br>') || '';
      out.push(`| ${md(x.dataClass)}${x.undeclared ? ' (not in the policy)' : ''} | ${x.maxRetention.length ? x.maxRetention.map(md).join(', ') : 'no limit'} | ${x.prompts} | ${x.violations} | ${details} |`);
    }
    out.push('');
  }

  out.push('## Exceptions by expiry', '');
  if (r.exceptions.length === 0) out.push('No policy exceptions and no inline suppressions.', '');
  else {
    out.push('| Status | Expires | Days left | Rule | Kind | Where | Reason | Approved by |', '|---|---|---:|---|---|---|---|---|');
    for (const e of r.exceptions) {
      const where = `${code(`${e.file}${e.line ? `:${e.line}` : ''}`)}${e.files?.length ? ` on ${e.files.map(code).join(', ')}` : ''}`;
      out.push(`| ${e.status} | ${e.expires ?? 'never'} | ${e.daysLeft ?? ''} | ${code(e.rule)} | ${e.source} | ${where} | ${cell(e.reason)} | ${cell(e.approvedBy)} |`);
    }
    out.push('');
  }

  out.push('## Changes of the period', '');
  if (!r.period) out.push('Run `promptgov report --since <ref|date>` to include the changes of a period from the git history.', '');
  else {
    const p = r.period;
    out.push(`${p.events.length} governance event${p.events.length === 1 ? '' : 's'} in ${p.commits} commit${p.commits === 1 ? '' : 's'} since ${code(shortRef(p.since))}, up to ${code(p.to.slice(0, 12))}.`, '');
    if (p.events.length > 0) {
      out.push('| Date | Commit | Author | Event | File | Change |', '|---|---|---|---|---|---|');
      for (const { event, commit } of p.events) {
        out.push(`| ${commit.time.slice(0, 10)} | ${code(commit.commit.slice(0, 12))} | ${md(commit.author)} | ${event.type} | ${code(event.file)} | ${md(describeEvent(event))} |`);
      }
      out.push('');
    }
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function cell(value: string | undefined): string {
  return value === undefined || value === '' ? '—' : md(value);
}
