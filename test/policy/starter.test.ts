import assert from 'node:assert/strict';
import { parsePolicy } from '../../shared/src/policy/load';
import { starterPolicy, POLICY_SCHEMA_URL } from '../../shared/src/policy/starter';
import { PolicyResolver } from '../../shared/src/policy/resolve';
import { ruleIds } from '../../shared/src/rules';
import schema from '../../shared/src/policy/policy.schema.json';
import { KNOWN_IDS, MemoryHost } from './helpers';

describe('starter policy (promptgov init)', () => {
  const text = starterPolicy();

  it('validates with zero problems', () => {
    const { problems } = parsePolicy('/repo/.promptgov.yaml', text, KNOWN_IDS);
    assert.deepEqual(problems, []);
  });

  it('sets every top-level key of the schema, each explained by a comment above it', () => {
    const { policy } = parsePolicy('/repo/.promptgov.yaml', text, KNOWN_IDS);
    const keys = Object.keys(schema.properties).filter((k) => k !== '$schema');
    for (const key of keys) {
      assert.ok(key in policy, `starter lacks ${key}`);
      const line = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
      assert.ok(line > 0 && text.split('\n')[line - 1].startsWith('#'), `${key} has no comment above it`);
    }
  });

  it('ships policy tests and points editors at the schema', () => {
    const { policy } = parsePolicy('/repo/.promptgov.yaml', text, KNOWN_IDS);
    assert.ok((policy.tests?.length ?? 0) >= 2);
    assert.ok(policy.tests?.some((t) => t.expect?.length) && policy.tests?.some((t) => t.expect_not?.length));
    assert.ok(text.startsWith(`# yaml-language-server: $schema=${POLICY_SCHEMA_URL}\n`));
  });

  it('resolves as the policy of its folder', () => {
    const resolver = new PolicyResolver(new MemoryHost({ '/repo/.promptgov.yaml': text }), KNOWN_IDS);
    const policy = resolver.resolveFor('/repo/prompts/a.prompt');
    assert.deepEqual(policy.models.approved, ['openai/gpt-4.1*', 'anthropic/claude-sonnet-4*', 'googleai/gemini-2.5-*']);
    assert.deepEqual(policy.nonSuppressible, ['secret/*']);
    assert.equal(policy.dataClasses.customer_pii.max_retention, '30d');
    assert.ok(policy.exclude.includes('**/fixtures/**') && policy.exclude.includes('**/node_modules/**'));
  });

  it('validates against the real rule registry (what `promptgov init` writes must check clean)', () => {
    const { problems } = parsePolicy('/repo/.promptgov.yaml', text, ruleIds);
    assert.deepEqual(problems, []);
  });
});
