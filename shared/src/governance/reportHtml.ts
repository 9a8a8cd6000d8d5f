/**
 * The governance report as one self-contained HTML page: inline CSS, inline SVG charts, no script, no
 * external resource (a Content-Security-Policy in the page forbids any), so it can be mailed, archived as
 * a CI artifact and opened offline. Every text from the repository is escaped.
 */
import { describeEvent, GOVERNANCE_EVENT_TYPES } from './auditEvents';
import { shortRef, type ExceptionRow, type GovernanceReport, type SeverityCounts } from './report';
import { barChart, escapeXml as esc, type BarRow } from './reportSvg';
import type { Severity } from '../types';

export const SEVERITY_COLORS: Record<Severity, string> = { error: '#cf222e', warning: '#bf8700', info: '#0969da', hint: '#8c959f' };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 24px 32px; background: #16213a; color: #fff; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; color: #c9d1d9; }
main { padding: 8px 32px 48px; max-width: 1200px; }
section { margin-top: 28px; }
h2 { font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 20px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 130px; background: var(--soft); }
.card .n { font-size: 24px; font-weight: 600; display: block; }
.card .l { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin-top: 8px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); padding: 1px 4px; border-radius: 4px; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; }
.b-error, .b-expired { background: #cf222e; } .b-warning, .b-expiring { background: #bf8700; }
.b-info, .b-active { background: #0969da; } .b-hint, .b-no-expiry { background: #8c959f; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
.chart text { font: 12px system-ui, sans-serif; fill: var(--fg); }
.chart .chart-empty { fill: var(--muted); }
.muted { color: var(--muted); }
`;

export function renderReportHtml(report: GovernanceReport): string {
  const title = `promptgov governance report — ${report.project}`;
  const body = [
    summaryCards(report),
    findingsSection(report),
    inventorySection(report),
    retentionSection(report),
    exceptionsSection(report),
    changesSection(report),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="promptgov ${esc(report.version)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p>Generated ${esc(report.generated)} by promptgov ${esc(report.version)}${report.period ? ` · changes since ${esc(shortRef(report.period.since))}` : ''}</p>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

function summaryCards(r: GovernanceReport): string {
  const expiring = r.exceptions.filter((e) => e.status === 'expiring').length;
  const expired = r.exceptions.filter((e) => e.status === 'expired').length;
  const cards: [number, string][] = [
    [r.totals.prompts, 'prompt files'],
    [r.totals.findings, 'findings'],
    [r.bySeverity.error, 'errors'],
    [r.bySeverity.warning, 'warnings'],
    [r.exceptions.length, 'exceptions'],
    [expired + expiring, 'expired or expiring'],
  ];
  if (r.period) cards.push([r.period.events.length, 'changes in the period']);
  return `<div class="cards">${cards.map(([n, l]) => `<div class="card"><span class="n">${n}</span><span class="l">${esc(l)}</span></div>`).join('')}</div>`;
}

function severitySegments(c: SeverityCounts): BarRow['segments'] {
  return SEVERITIES.map((s) => ({ value: c[s], color: SEVERITY_COLORS[s], name: s }));
}

function findingsSection(r: GovernanceReport): string {
  const bySeverity = barChart(
    SEVERITIES.map((s) => ({ label: s, segments: [{ value: r.bySeverity[s], color: SEVERITY_COLORS[s], name: s }] })),
    { id: 'findings-by-severity', title: 'Findings by severity', width: 480 },
  );
  const byRule = barChart(
    r.byRule.slice(0, 15).map((x) => ({ label: x.rule, segments: severitySegments(x.counts) })),
    { id: 'findings-by-rule', title: 'Findings by rule', width: 640 },
  );
  const rows = r.byRule
    .map((x) => `<tr><td><code>${esc(x.rule)}</code></td>${SEVERITIES.map((s) => `<td class="num">${x.counts[s]}</td>`).join('')}<td class="num">${x.total}</td></tr>`)
    .join('');
  const top = r.topFindings
    .map(
      (f) =>
        `<tr><td><span class="badge b-${f.severity}">${f.severity}</span></td><td><code>${esc(`${f.path}:${f.line}:${f.column}`)}</code></td><td><code>${esc(f.rule)}</code></td><td>${esc(f.message)}</td></tr>`,
    )
    .join('');
  return `<section id="findings">
<h2>Findings by severity and rule</h2>
<p>${r.totals.findings} finding${r.totals.findings === 1 ? '' : 's'} in ${r.totals.filesWithFindings} of ${r.totals.files} checked files.</p>
<div class="charts">${bySeverity}${byRule}</div>
${r.byRule.length ? `<table><thead><tr><th>Rule</th>${SEVERITIES.map((s) => `<th class="num">${s}</th>`).join('')}<th class="num">total</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="muted">No findings.</p>'}
${r.topFindings.length ? `<h3>Most severe findings</h3><table><thead><tr><th>Severity</th><th>Location</th><th>Rule</th><th>Message</th></tr></thead><tbody>${top}</tbody></table>` : ''}
</section>`;
}

function inventorySection(r: GovernanceReport): string {
  const dash = '<span class="muted">—</span>';
  const rows = r.inventory
    .map((p) => {
      const findings = SEVERITIES.filter((s) => p.findings[s] > 0)
        .map((s) => `<span class="badge b-${s}">${p.findings[s]} ${s}</span>`)
        .join(' ');
      return `<tr><td><code>${esc(p.path)}</code></td><td>${esc(p.format)}</td><td>${p.owner ? esc(p.owner) : dash}</td><td>${p.version ? esc(p.version) : dash}</td><td>${p.models.length ? p.models.map((m) => `<code>${esc(m)}</code>`).join(' ') : dash}</td><td>${p.dataClass ? esc(p.dataClass) : dash}</td><td>${p.retention ? esc(p.retention) : dash}</td><td>${findings || '<span class="muted">none</span>'}</td></tr>`;
    })
    .join('');
  return `<section id="inventory">
<h2>Inventory of prompts</h2>
${r.inventory.length ? `<table><thead><tr><th>Path</th><th>Format</th><th>Owner</th><th>Version</th><th>Models</th><th>Data class</th><th>Retention</th><th>Findings</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="muted">No prompt files found.</p>'}
</section>`;
}

function retentionSection(r: GovernanceReport): string {
  const chart = barChart(
    r.retention.map((x) => ({
      label: x.dataClass,
      segments: [
        { value: x.prompts - x.violations, color: '#1a7f37', name: 'within policy' },
        { value: x.violations, color: '#cf222e', name: 'violations' },
      ],
    })),
    { id: 'prompts-by-data-class', title: 'Prompts by data class', width: 560 },
  );
  const rows = r.retention
    .map(
      (x) =>
        `<tr><td>${esc(x.dataClass)}${x.undeclared ? ' <span class="muted">(not in the policy)</span>' : ''}</td><td>${x.maxRetention.length ? x.maxRetention.map(esc).join(', ') : '<span class="muted">no limit</span>'}</td><td class="num">${x.prompts}</td><td class="num">${x.violations}</td><td>${x.violating.map((v) => `<code>${esc(v.path)}</code>: ${esc(v.reason)}`).join('<br>')}</td></tr>`,
    )
    .join('');
  return `<section id="retention">
<h2>Retention matrix</h2>
<div class="charts">${chart}</div>
${r.retention.length ? `<table><thead><tr><th>Data class</th><th>Max retention</th><th class="num">Prompts</th><th class="num">Violations</th><th>Details</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="muted">No data classes declared and no prompt declares one.</p>'}
</section>`;
}

function exceptionCell(e: ExceptionRow): string {
  return `<code>${esc(e.file)}${e.line ? `:${e.line}` : ''}</code>${e.files?.length ? ` <span class="muted">on</span> ${e.files.map((f) => `<code>${esc(f)}</code>`).join(', ')}` : ''}`;
}

function exceptionsSection(r: GovernanceReport): string {
  const rows = r.exceptions
    .map(
      (e) =>
        `<tr><td><span class="badge b-${e.status}">${e.status}</span></td><td>${e.expires ? esc(e.expires) : '<span class="muted">never</span>'}</td><td class="num">${e.daysLeft ?? ''}</td><td><code>${esc(e.rule)}</code></td><td>${esc(e.source)}</td><td>${exceptionCell(e)}</td><td>${e.reason ? esc(e.reason) : '<span class="muted">no reason</span>'}</td><td>${e.approvedBy ? esc(e.approvedBy) : '<span class="muted">—</span>'}</td></tr>`,
    )
    .join('');
  return `<section id="exceptions">
<h2>Exceptions by expiry</h2>
${r.exceptions.length ? `<table><thead><tr><th>Status</th><th>Expires</th><th class="num">Days left</th><th>Rule</th><th>Kind</th><th>Where</th><th>Reason</th><th>Approved by</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="muted">No policy exceptions and no inline suppressions.</p>'}
</section>`;
}

function changesSection(r: GovernanceReport): string {
  if (!r.period) {
    return `<section id="changes"><h2>Changes of the period</h2><p class="muted">Run <code>promptgov report --since &lt;ref|date&gt;</code> to include the changes of a period from the git history.</p></section>`;
  }
  const p = r.period;
  const counts = new Map<string, number>();
  for (const { event } of p.events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  const chart = barChart(
    GOVERNANCE_EVENT_TYPES.filter((t) => counts.has(t)).map((t) => ({ label: t, segments: [{ value: counts.get(t)!, color: '#8250df', name: 'events' }] })),
    { id: 'changes-by-type', title: 'Changes of the period by type', width: 640 },
  );
  const rows = p.events
    .map(
      ({ event, commit }) =>
        `<tr><td>${esc(commit.time.slice(0, 10))}</td><td><code>${esc(commit.commit.slice(0, 12))}</code></td><td>${esc(commit.author)}</td><td>${esc(event.type)}</td><td><code>${esc(event.file)}</code></td><td>${esc(describeEvent(event))}</td></tr>`,
    )
    .join('');
  return `<section id="changes">
<h2>Changes of the period</h2>
<p>${p.events.length} governance event${p.events.length === 1 ? '' : 's'} in ${p.commits} commit${p.commits === 1 ? '' : 's'} since ${esc(shortRef(p.since))}${p.from ? ` (after <code>${esc(p.from.slice(0, 12))}</code>)` : ''}, up to <code>${esc(p.to.slice(0, 12))}</code>.</p>
<div class="charts">${chart}</div>
${p.events.length ? `<table><thead><tr><th>Date</th><th>Commit</th><th>Author</th><th>Event</th><th>File</th><th>Change</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
</section>`;
}
