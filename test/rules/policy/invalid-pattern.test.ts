import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/policy/invalid-pattern';
import { assertPolicyRuleMeta, runPolicyRule } from '../../policy/helpers';

describe('policy/invalid-pattern', () => {
  it('meta', () => assertPolicyRuleMeta(rule, 'policy/invalid-pattern', 'error'));

  it('valid: RE2 phrases with (?i), model and file globs', () => {
    const yaml = [
      'blocked_phrases: ["(?i)ignore (all )?previous instructions", "\\\\bdo anything now\\\\b"]',
      'metadata: { owner_pattern: "^@[a-z0-9-]+(/[a-z0-9-]+)?$" }',
      'models: { approved: ["openai/gpt-4.1*", "{anthropic,bedrock}/claude-*"] }',
      'files: { include: ["agents/**/*.md"] }',
      '',
    ].join('\n');
    assert.deepEqual(runPolicyRule(rule, yaml), []);
  });

  it('invalid: a model glob with an unclosed class', () => {
    assert.deepEqual(runPolicyRule(rule, 'models:\n  approved: ["openai/gpt-4.1*", "anthropic/*", "gpt-4o["]\n'), [
      {
        text: '"gpt-4o["',
        line: 2,
        severity: 'error',
        message: `models.approved[2]: 'gpt-4o[' is not a valid RE2/glob pattern: missing ]. Write a glob such as "openai/gpt-4o*". (see docs/policy.md#globs)`,
      },
    ]);
  });

  it('invalid: lookahead and backreferences are not RE2', () => {
    const findings = runPolicyRule(rule, 'blocked_phrases:\n  - "(?=secret)"\n  - "(a)\\\\1"\n');
    assert.deepEqual(findings.map((f) => [f.line, f.text]), [[2, '"(?=secret)"'], [3, '"(a)\\\\1"']]);
    for (const f of findings) assert.match(f.message, /RE2 has no lookahead, lookbehind or backreferences/);
  });

  it('invalid: an owner pattern and a file glob', () => {
    const findings = runPolicyRule(rule, 'metadata: { owner_pattern: "[a-" }\nexceptions: [{ rule: pii/phone, reason: x, files: ["a/{b"] }]\n');
    assert.deepEqual(findings.map((f) => f.message.split(':')[0]), ['metadata.owner_pattern', 'exceptions[0].files[0]']);
  });
});
