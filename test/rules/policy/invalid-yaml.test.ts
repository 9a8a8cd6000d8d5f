import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/policy/invalid-yaml';
import { assertPolicyRuleMeta, runPolicyRule } from '../../policy/helpers';

describe('policy/invalid-yaml', () => {
  it('meta', () => assertPolicyRuleMeta(rule, 'policy/invalid-yaml', 'error'));

  it('valid: well-formed YAML, including an empty file', () => {
    assert.deepEqual(runPolicyRule(rule, 'root: true\nrules: { pii/email: warning }\n'), []);
    assert.deepEqual(runPolicyRule(rule, ''), []);
  });

  it('invalid: a duplicate key, at the second key', () => {
    assert.deepEqual(runPolicyRule(rule, 'root: true\nroot: false\n'), [
      { text: 'root', line: 2, severity: 'error', message: 'This key appears twice in the same mapping: keep one.' },
    ]);
  });

  it('invalid: tabs used for indentation', () => {
    const findings = runPolicyRule(rule, 'models:\n\tapproved: []\n');
    assert.equal(findings.length >= 1, true);
    assert.equal(findings[0].message, 'YAML does not allow tabs for indentation: indent with spaces.');
    assert.equal(findings[0].line, 2);
  });

  it('invalid: an unclosed flow sequence', () => {
    const findings = runPolicyRule(rule, 'models:\n  approved: ["openai/*"\nrules: {}\n');
    assert.ok(findings.length >= 1);
    assert.match(findings[0].message, /^Invalid YAML: .+\. Fix the syntax here\.$/);
  });

  it('invalid: an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    const findings = runPolicyRule(rule, bomb);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].text, '*a');
    assert.match(findings[0].message, /expand to too much data/);
  });

  it('can be turned off by the policy', () => {
    assert.deepEqual(runPolicyRule(rule, 'root: true\nroot: false\n', { rules: { 'policy/invalid-yaml': 'off' } }), []);
  });
});
