import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/policy/conflicting-models';
import { assertPolicyRuleMeta, runPolicyRule } from '../../policy/helpers';

describe('policy/conflicting-models', () => {
  it('meta', () => assertPolicyRuleMeta(rule, 'policy/conflicting-models', 'warning'));

  it('valid: a family approved with a deprecated snapshot, and disjoint lists', () => {
    assert.deepEqual(runPolicyRule(rule, 'models:\n  approved: ["openai/gpt-4*"]\n  deprecated: [{ id: openai/gpt-4-0314 }]\n'), []);
    assert.deepEqual(runPolicyRule(rule, 'models:\n  approved: ["openai/gpt-4.1"]\n  deprecated: [{ id: openai/gpt-4-0314 }]\n'), []);
  });

  it('invalid: the same id in both lists (case-insensitive)', () => {
    assert.deepEqual(runPolicyRule(rule, 'models:\n  approved: [openai/gpt-4-0314]\n  deprecated:\n    - id: OpenAI/GPT-4-0314\n'), [
      {
        text: 'openai/gpt-4-0314',
        line: 2,
        severity: 'warning',
        message:
          "models.approved[0]: 'openai/gpt-4-0314' is approved and also deprecated (models.deprecated[0].id: 'OpenAI/GPT-4-0314'); deprecation wins. Remove it from `approved`, or from `deprecated` if it is still fine to use.",
      },
    ]);
  });

  it('invalid: an approved id covered by a deprecated glob, also inside overrides', () => {
    const yaml = 'overrides:\n  - files: ["legacy/**"]\n    models:\n      approved: [openai/gpt-3.5-turbo]\n      deprecated: [{ id: "openai/gpt-3.5*" }]\n';
    const findings = runPolicyRule(rule, yaml);
    assert.deepEqual(findings.map((f) => [f.line, f.text, f.message.split(':')[0]]), [[4, 'openai/gpt-3.5-turbo', 'overrides[0].models.approved[0]']]);
  });
});
