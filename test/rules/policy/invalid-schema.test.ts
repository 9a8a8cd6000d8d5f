import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/policy/invalid-schema';
import { assertPolicyRuleMeta, runPolicyRule } from '../../policy/helpers';

describe('policy/invalid-schema', () => {
  it('meta', () => assertPolicyRuleMeta(rule, 'policy/invalid-schema', 'error'));

  it('valid: a policy that follows the schema', () => {
    const yaml = [
      'models:',
      '  approved: ["openai/gpt-4.1*"]',
      '  deprecated: [{ id: openai/gpt-4-0314, sunset: 2026-06-01, replacement: openai/gpt-4.1 }]',
      'data_classes: { customer_pii: { max_retention: 30d } }',
      'rules: { pii/email: [warning, { any: option }] }',
      'exceptions: [{ rule: pii/phone, reason: hotline, expires: 2027-03-31 }]',
      '',
    ].join('\n');
    assert.deepEqual(runPolicyRule(rule, yaml), []);
  });

  it('invalid: unknown key, bad severity, bad date, bad duration, wrong type', () => {
    const yaml = [
      'modles: {}', // 1
      'rules: { pii/email: eror }', // 2
      'exceptions: [{ rule: pii/phone, reason: x, expires: 31.03.2027 }]', // 3
      'data_classes: { pii: { max_retention: 30 days } }', // 4
      'suppressions: { require_reason: "yes" }', // 5
      '',
    ].join('\n');
    assert.deepEqual(
      runPolicyRule(rule, yaml).map((f) => [f.line, f.text, f.severity, f.message.split(':')[0]]),
      [
        [1, 'modles', 'error', 'modles'],
        [2, 'eror', 'error', 'rules["pii/email"]'],
        [3, '31.03.2027', 'error', 'exceptions[0].expires'],
        [4, '30 days', 'error', 'data_classes.pii.max_retention'],
        [5, '"yes"', 'error', 'suppressions.require_reason'],
      ],
    );
  });

  it('the message says what to write instead', () => {
    const [finding] = runPolicyRule(rule, 'rules:\n  pii/email: critical\n');
    assert.equal(finding.message, `rules["pii/email"]: 'critical' is not a severity. Write one of error, warning, info, hint, off. (see docs/policy.md#rules)`);
  });
});
