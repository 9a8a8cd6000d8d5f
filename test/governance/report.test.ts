import assert from 'node:assert/strict';
import { buildReport, retentionProblem, type ReportInput } from '../../shared/src/governance/report';
import { renderReportHtml } from '../../shared/src/governance/reportHtml';
import { renderReportMarkdown } from '../../shared/src/governance/reportMarkdown';
import { barChart } from '../../shared/src/governance/reportSvg';
import { parseDocument } from '../../shared/src/formats';
import { parseDirectives } from '../../shared/src/engine/directives';
import { finding } from '../reporters/fixtures';

const doc = (path: string, front: string, body = 'Hi.') => parseDocument(path, `---\n${front}---\n${body}\n`);
const classes = { public: { max_retention: '365d' }, customer_pii: { max_retention: '30d' } };

function input(): ReportInput {
  const suppressed = doc('prompts/c.prompt', 'model: openai/gpt-4.1\n', '{{! promptgov-disable-next-line pii/phone -- hotline; approved-by: @sec; expires: 2026-01-10 }}\nCall us.');
  return {
    project: 'acme',
    version: '9.9.9',
    now: new Date('2026-01-01T12:00:00Z'),
    files: [
      { path: 'prompts/b.prompt', format: 'dotprompt', document: doc('prompts/b.prompt', 'model: openai/gpt-4o\nversion: 2.0.0\nowner: "@ops"\ndata_class: customer_pii\nretention: 90d\n'), findings: [finding({ ruleId: 'pii/email', line: 5, column: 1 }), finding({ ruleId: 'model/unapproved', line: 2, column: 8, severity: 'warning' })], dataClasses: classes },
      { path: 'prompts/a.prompt', format: 'dotprompt', document: doc('prompts/a.prompt', 'model: openai/gpt-4.1\nversion: 1.0.0\nowner: "@support"\ndata_class: public\nretention: 30d\n'), findings: [], dataClasses: classes },
      { path: 'prompts/c.prompt', format: 'dotprompt', document: suppressed, findings: [finding({ ruleId: 'pii/email', line: 1, column: 1, severity: 'info', message: 'Script <b>&amp;' })], directives: parseDirectives(suppressed), dataClasses: classes },
      { path: '.promptgov.yaml', format: 'policy', findings: [] },
    ],
    policies: [{ path: '.promptgov.yaml', dataClasses: classes, exceptions: [{ rule: 'pii/phone', files: ['prompts/a.prompt'], reason: 'hotline', approved_by: '@sec', expires: '2027-06-30', line: 7 }, { rule: 'pii/email', reason: 'old', expires: '2025-12-01' }, { rule: 'secret/generic', reason: 'forever' }] }],
    period: {
      since: '2025-12-01',
      to: 'f'.repeat(40),
      commits: 2,
      events: [{ event: { type: 'version-changed', file: 'prompts/b.prompt', before: '1.0.0', after: '2.0.0', detail: { direction: 'up' } }, commit: { commit: 'a'.repeat(40), author: 'Ada <x>', time: '2025-12-10T10:00:00Z' } }],
    },
  };
}

describe('governance/report', () => {
  const r = buildReport(input());

  it('counts findings by severity and rule, most errors first', () => {
    assert.deepEqual(r.bySeverity, { error: 1, warning: 1, info: 1, hint: 0 });
    assert.deepEqual(r.byRule.map((x) => [x.rule, x.total]), [['pii/email', 2], ['model/unapproved', 1]]);
    assert.deepEqual(r.totals, { files: 4, prompts: 3, findings: 3, filesWithFindings: 2 });
    assert.equal(r.topFindings[0].severity, 'error');
  });

  it('lists the inventory of prompts (not policies), sorted by path', () => {
    assert.deepEqual(r.inventory.map((p) => p.path), ['prompts/a.prompt', 'prompts/b.prompt', 'prompts/c.prompt']);
    assert.deepEqual(r.inventory[1], { path: 'prompts/b.prompt', format: 'dotprompt', owner: '@ops', version: '2.0.0', models: ['openai/gpt-4o'], dataClass: 'customer_pii', retention: '90d', findings: { error: 1, warning: 1, info: 0, hint: 0 } });
  });

  it('builds the retention matrix with violations', () => {
    assert.deepEqual(r.retention.map((x) => [x.dataClass, x.maxRetention, x.prompts, x.violations]), [['customer_pii', ['30d'], 1, 1], ['public', ['365d'], 1, 0], ['(none)', [], 1, 0]]);
    assert.deepEqual(r.retention[0].violating, [{ path: 'prompts/b.prompt', reason: 'retention 90d exceeds 30d' }]);
    assert.equal(retentionProblem('secret', '1d', classes), "data class 'secret' is not declared by the policy");
    assert.equal(retentionProblem('customer_pii', undefined, classes), 'no retention declared (max 30d)');
    assert.equal(retentionProblem('customer_pii', 'a while', classes), "retention 'a while' is not a duration");
    assert.equal(retentionProblem('public', '11m', classes), undefined);
  });

  it('lists exceptions and inline suppressions by expiry, with their status', () => {
    assert.deepEqual(
      r.exceptions.map((e) => [e.rule, e.source, e.status, e.expires ?? null, e.daysLeft ?? null]),
      [
        ['pii/email', 'policy', 'expired', '2025-12-01', -31],
        ['pii/phone', 'directive', 'expiring', '2026-01-10', 9],
        ['pii/phone', 'policy', 'active', '2027-06-30', 545],
        ['secret/generic', 'policy', 'no-expiry', null, null],
      ],
    );
    assert.equal(r.exceptions[1].line, 4);
  });

  it('renders a self-contained HTML page: CSP, no script, no external resource, escaped text, SVG charts', () => {
    const html = renderReportHtml(r);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//i);
    assert.ok(!html.includes('<b>&amp;'), 'text from files is escaped');
    assert.ok(html.includes('Script &lt;b&gt;&amp;amp;'));
    for (const id of ['findings-by-severity', 'findings-by-rule', 'prompts-by-data-class', 'changes-by-type']) assert.ok(html.includes(`data-chart="${id}"`), id);
    assert.match(html, /Ada &lt;x&gt;/);
    assert.match(html, /<section id="inventory">/);
  });

  it('renders Markdown with the same sections', () => {
    const md = renderReportMarkdown(r);
    for (const h of ['## Findings by severity and rule', '## Inventory of prompts', '## Retention matrix', '## Exceptions by expiry', '## Changes of the period']) assert.ok(md.includes(h), h);
    assert.match(md, /\| `prompts\/b\.prompt` \| dotprompt \| @ops \| 2\.0\.0 \| `openai\/gpt-4o` \| customer\\_pii \| 90d \| 1 error, 1 warning \|/);
    assert.match(md, /\| expired \| 2025-12-01 \| -31 \| `pii\/email` \| policy \|/);
    assert.match(md, /\| 2025-12-10 \| `aaaaaaaaaaaa` \| Ada &lt;x&gt; \| version-changed \| `prompts\/b\.prompt` \| version 1\.0\.0 → 2\.0\.0 \|/);
  });

  it('draws bars proportional to values; an empty chart says so', () => {
    const svg = barChart([{ label: 'a', segments: [{ value: 10, color: 'red', name: 'x' }] }, { label: 'b', segments: [{ value: 5, color: 'red', name: 'x' }] }], { id: 't', title: 'T', width: 500 });
    const widths = [...svg.matchAll(/class="bar" x="[\d.]+" y="\d+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.equal(widths.length, 2);
    assert.ok(Math.abs(widths[0] / widths[1] - 2) < 0.01);
    assert.match(barChart([], { id: 'e', title: 'E' }), /Nothing to show\./);
  });
});
