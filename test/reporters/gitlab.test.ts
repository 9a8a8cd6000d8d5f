import assert from 'node:assert/strict';
import { getReporter } from '../../shared/src/reporters';
import { gitlab, type CodeQualityIssue } from '../../shared/src/reporters/gitlab';
import { finding, results } from './fixtures';

const parse = (text: string) => JSON.parse(text) as CodeQualityIssue[];

describe('reporters/gitlab (Code Quality)', () => {
  it('is registered as a format', () => {
    assert.equal(getReporter('gitlab'), gitlab);
  });

  it('writes one issue per finding with the fields GitLab reads', () => {
    const issues = parse(gitlab(results, {}));
    const count = results.reduce((n, r) => n + r.findings.length, 0);
    assert.equal(issues.length, count);
    const email = issues.find((i) => i.check_name === 'pii/email');
    assert.ok(email);
    assert.equal(email.type, 'issue');
    assert.equal(email.severity, 'critical');
    assert.deepEqual(email.categories, ['Security']);
    assert.deepEqual(email.location, { path: 'prompts/support.prompt', lines: { begin: 3, end: 3 } });
    assert.equal(email.description, 'Email address j***@e***.com in the prompt text');
    assert.match(email.content.body, /docs\/rules\/pii-email\.md|pii\/email|pii-email/);
    assert.match(email.fingerprint, /^[0-9a-f]{32}$/);
    assert.deepEqual(
      [...new Set(issues.map((i) => i.severity))].every((s) => ['info', 'minor', 'major', 'critical', 'blocker'].includes(s)),
      true,
    );
  });

  it('keeps two identical findings in one file apart, and fingerprints do not depend on the line', () => {
    const a = finding({ ruleId: 'pii/email', line: 2, column: 1, fingerprint: 'aaaa' });
    const b = finding({ ruleId: 'pii/email', line: 9, column: 1, fingerprint: 'aaaa' });
    const once = parse(gitlab([{ path: 'p.prompt', format: 'dotprompt', findings: [a, b] }], {}));
    assert.notEqual(once[0].fingerprint, once[1].fingerprint);
    const moved = parse(gitlab([{ path: 'p.prompt', format: 'dotprompt', findings: [{ ...a, line: 5, endLine: 5 }, { ...b, line: 12, endLine: 12 }] }], {}));
    assert.deepEqual(moved.map((i) => i.fingerprint), once.map((i) => i.fingerprint));
    const otherFile = parse(gitlab([{ path: 'q.prompt', format: 'dotprompt', findings: [a] }], {}));
    assert.notEqual(otherFile[0].fingerprint, once[0].fingerprint);
  });

  it('makes paths relative to the project root and ends a multi-line span on its last covered line', () => {
    const f = finding({ ruleId: 'secret/private-key', line: 4, column: 1, endLine: 9, endColumn: 1 });
    const [issue] = parse(gitlab([{ path: 'a.prompt', format: 'dotprompt', findings: [f] }], { cwd: '/repo/prompts', root: '/repo' }));
    assert.deepEqual(issue.location, { path: 'prompts/a.prompt', lines: { begin: 4, end: 8 } });
  });

  it('writes an empty array for a clean run', () => {
    assert.deepEqual(parse(gitlab([{ path: 'a.prompt', format: 'dotprompt', findings: [] }], {})), []);
  });
});
