import assert from 'node:assert/strict';
import { code, markdown, text, TOP_FINDINGS } from '../../shared/src/reporters/markdown';
import { getReporter } from '../../shared/src/reporters';
import type { GovernanceChanges } from '../../shared/src/governance/auditEvents';
import type { FileResult } from '../../shared/src/types';
import { finding, results } from './fixtures';

describe('reporters/markdown', () => {
  it('is registered as a format', () => {
    assert.equal(getReporter('markdown'), markdown);
  });

  it('summarizes counts by severity and rule, and lists the top findings most severe first', () => {
    const out = markdown(results, {});
    assert.match(out, /^## promptgov\n\n❌ \*\*4 problems\*\* \(1 error, 1 warning, 1 info, 1 hint\) in 2 of 3 files checked · 1 fixable with `promptgov fix`/);
    assert.match(out, /\| 🔴 Error \| 1 \|\n\| 🟠 Warning \| 1 \|\n\| 🔵 Info \| 1 \|\n\| ⚪ Hint \| 1 \|/);
    assert.match(out, /### Findings by rule[\s\S]*\| \[pii\/email\]\(https:\/\/[^)]+\/docs\/rules\/pii\/email\.md\) \| 1 \| 0 \| 0 \|/);
    const top = out.slice(out.indexOf('### Top findings'));
    const rows = top.split('\n').filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟠') || l.startsWith('| 🔵') || l.startsWith('| ⚪'));
    assert.equal(rows.length, 4);
    assert.ok(rows[0].includes('`prompts/support.prompt:3:12`'));
    assert.ok(rows[1].startsWith('| 🟠'));
    assert.ok(rows[2].includes('No owner: add one'), 'line breaks in messages become spaces');
  });

  it('caps the top findings and says how many more there are', () => {
    const many: FileResult[] = [{ path: 'a.prompt', format: 'dotprompt', findings: Array.from({ length: TOP_FINDINGS + 5 }, (_, i) => finding({ ruleId: 'pii/email', line: i + 1, column: 1, offset: i })) }];
    const out = markdown(many, {});
    assert.match(out, /…and 5 more/);
  });

  it('escapes what comes from files: no HTML, no links, no broken tables', () => {
    const f = finding({ ruleId: 'x/y', line: 1, column: 1, message: 'Use <img src=x onerror=alert(1)> | [click](https://evil.example) *bold*' });
    const out = markdown([{ path: 'a|b`c.prompt', format: 'dotprompt', findings: [f] }], {});
    assert.doesNotMatch(out, /<img/);
    assert.doesNotMatch(out, /\]\(https:\/\/evil/);
    const row = out.split('\n').find((l) => l.includes('onerror'))!;
    assert.equal(row.split(/(?<!\\)\|/).length, 6, 'the row keeps its 4 cells');
    assert.equal(text('a*b_c'), 'a\\*b\\_c');
    assert.equal(code('x`y'), '``x`y``');
  });

  it('shows the governance changes versus the base, and exceptions expiring', () => {
    const governance: GovernanceChanges = {
      base: 'origin/main',
      baseCommit: 'abcdef0123456789',
      events: [
        { type: 'prompt-added', file: 'p/new.prompt', after: { format: 'dotprompt', version: '1.0.0', models: ['openai/gpt-4.1'] } },
        { type: 'version-changed', file: 'p/a.prompt', before: '1.0.0', after: '0.9.0', detail: { direction: 'down' } },
        { type: 'model-changed', file: 'p/a.prompt', before: ['openai/gpt-4o'], after: ['openai/gpt-4.1'] },
        { type: 'policy-changed', file: '.promptgov.yaml', detail: { sections: ['exceptions', 'models'] } },
        { type: 'exception-added', file: '.promptgov.yaml', after: { source: 'policy', rule: 'pii/phone', reason: 'hotline', approved_by: '@sec', expires: '2027-01-01' } },
      ],
      expiring: [{ file: '.promptgov.yaml', entry: { source: 'policy', rule: 'pii/email', reason: 'legacy', expires: '2026-01-02' }, daysLeft: -3 }],
    };
    const out = markdown([{ path: 'p/a.prompt', format: 'dotprompt', findings: [] }], { governance });
    assert.match(out, /✅ \*\*No problems\*\* in 1 file checked\./);
    assert.match(out, /### Governance changes since `origin\/main` \(`abcdef012345`\)/);
    assert.match(out, /\*\*Prompts added\*\* \(1\)\n\n- `p\/new\.prompt`: added at version 1\.0\.0, model openai\/gpt-4\.1/);
    assert.match(out, /- `p\/a\.prompt`: version 1\.0\.0 → 0\.9\.0 \(went down\)/);
    assert.match(out, /- `p\/a\.prompt`: model openai\/gpt-4o → openai\/gpt-4\.1/);
    assert.match(out, /\*\*Policy changes\*\* \(1\)\n\n- `\.promptgov\.yaml`: policy changed: exceptions, models/);
    assert.match(out, /\*\*Exceptions added\*\* \(1\)\n\n- `\.promptgov\.yaml`: exception added: pii\/phone, "hotline", approved by @sec, expires 2027-01-01/);
    assert.match(out, /\| 2026-01-02 \| expired 3 d ago \| `pii\/email` \| `\.promptgov\.yaml` \| legacy \| — \|/);
  });

  it('says when a base has no governance changes', () => {
    const out = markdown([], { governance: { base: 'main', events: [], expiring: [] } });
    assert.match(out, /No files were checked\./);
    assert.match(out, /No prompt, model, version, policy or exception changes\./);
  });
});
