import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/policy/unknown-rule';
import { assertPolicyRuleMeta, runPolicyRule } from '../../policy/helpers';

describe('policy/unknown-rule', () => {
  it('meta', () => assertPolicyRuleMeta(rule, 'policy/unknown-rule', 'error'));

  it('valid: known ids and globs that match at least one rule', () => {
    const yaml = 'rules: { pii/email: off, "secret/*": error, "**": warning }\nnon_suppressible: ["secret/*"]\n';
    assert.deepEqual(runPolicyRule(rule, yaml), []);
  });

  it('invalid: a misspelled id, with a suggestion', () => {
    assert.deepEqual(runPolicyRule(rule, 'rules:\n  pii/emial: error\n'), [
      { text: 'pii/emial', line: 2, severity: 'error', message: 'rules["pii/emial"]: unknown rule id. Did you mean "pii/email"?' },
    ]);
  });

  it('invalid: a glob that matches nothing, in every place rule ids appear', () => {
    const yaml = [
      'non_suppressible: ["secrets/*"]',
      'exceptions: [{ rule: "pi/*", reason: x }]',
      'overrides: [{ files: ["t/**"], rules: { "modle/*": off } }]',
      'tests: [{ text: x, expect_not: [pii/mail] }]',
      '',
    ].join('\n');
    assert.deepEqual(
      runPolicyRule(rule, yaml).map((f) => [f.line, f.text]),
      [
        [1, '"secrets/*"'],
        [2, '"pi/*"'],
        [3, '"modle/*"'],
        [4, 'pii/mail'],
      ],
    );
  });
});
