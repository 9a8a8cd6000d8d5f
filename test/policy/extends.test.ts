import assert from 'node:assert/strict';
import { PolicyResolver, RECOMMENDED_POLICY_NAME, resolveFromObjects } from '../../shared/src/policy/resolve';
import { KNOWN_IDS, MemoryHost } from './helpers';

function problemsByFile(resolver: PolicyResolver, host: MemoryHost): Record<string, { ruleId: string; text: string; message: string }[]> {
  const out: Record<string, { ruleId: string; text: string; message: string }[]> = {};
  for (const f of resolver.loadedFiles()) {
    const text = host.files[f.path] ?? '';
    out[f.path] = f.problems.map((p) => ({ ruleId: p.ruleId, text: text.slice(p.span.offset, p.span.endOffset), message: p.message }));
  }
  return out;
}

describe('policy extends', () => {
  it('follows a chain of relative paths, applying the extended files first', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'extends: ./policies/team.yaml\nbudgets: { max_prompt_tokens: 100 }\n',
      '/repo/policies/team.yaml': 'extends: ../shared/base.yaml\nbudgets: { max_prompt_tokens: 200, max_output_tokens: 50 }\n',
      '/repo/shared/base.yaml': 'budgets: { max_output_tokens: 10 }\nmetadata: { required: [owner] }\n',
    });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    const policy = resolver.resolveFor('/repo/a.prompt');
    assert.deepEqual(policy.sources, ['/repo/.promptgov.yaml', '/repo/policies/team.yaml', '/repo/shared/base.yaml', RECOMMENDED_POLICY_NAME]);
    assert.deepEqual(policy.budgets, { encoding: 'o200k_base', max_prompt_tokens: 100, max_output_tokens: 50 });
    assert.deepEqual(policy.metadata.required, ['owner']);
    assert.deepEqual(problemsByFile(resolver, host), { '/repo/.promptgov.yaml': [], '/repo/policies/team.yaml': [], '/repo/shared/base.yaml': [] });
  });

  it('a list of extends applies in order (later wins)', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'extends: [./a.yaml, ./b.yaml]\n',
      '/repo/a.yaml': 'redaction: { style: mask }\nbudgets: { max_prompt_tokens: 1 }\n',
      '/repo/b.yaml': 'redaction: { style: variable }\n',
    });
    const policy = new PolicyResolver(host, KNOWN_IDS).resolveFor('/repo/x.prompt');
    assert.equal(policy.redaction.style, 'variable');
    assert.equal(policy.budgets.max_prompt_tokens, 1);
  });

  it('promptgov:strict brings required metadata, pinned models, approvers and non-suppressible secrets', () => {
    const host = new MemoryHost({ '/repo/.promptgov.yaml': 'extends: promptgov:strict\nsuppressions: { max_days: 30 }\n' });
    const policy = new PolicyResolver(host, KNOWN_IDS).resolveFor('/repo/x.prompt');
    assert.deepEqual(policy.sources, ['/repo/.promptgov.yaml', 'promptgov:strict', RECOMMENDED_POLICY_NAME]);
    assert.deepEqual(policy.metadata.required, ['owner', 'version', 'data_class']);
    assert.equal(policy.models.require_pinned, true);
    assert.deepEqual(policy.suppressions, { require_reason: true, require_approver: true, max_days: 30 });
    assert.deepEqual(policy.nonSuppressible, ['secret/*']);
    assert.ok(policy.rules.some((r) => r.pattern === 'secret/*' && r.severity === 'error' && r.origin.file === 'promptgov:strict'));
  });

  it('extending promptgov:recommended explicitly does not re-apply it over a parent', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'suppressions: { require_reason: false }\n',
      '/repo/sub/.promptgov.yaml': 'extends: promptgov:recommended\n',
    });
    const policy = new PolicyResolver(host, KNOWN_IDS).resolveFor('/repo/sub/x.prompt');
    assert.equal(policy.suppressions.require_reason, false);
    assert.equal(policy.sources.filter((s) => s === RECOMMENDED_POLICY_NAME).length, 1);
  });

  it('a missing target is an extends-not-found problem on that extends entry, not a crash', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'extends:\n  - promptgov:recommended\n  - ./missing.yaml\nredaction: { style: mask }\n',
    });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    const policy = resolver.resolveFor('/repo/x.prompt');
    assert.equal(policy.redaction.style, 'mask', 'the rest of the policy still applies');
    assert.deepEqual(problemsByFile(resolver, host), {
      '/repo/.promptgov.yaml': [
        {
          ruleId: 'policy/extends-not-found',
          text: './missing.yaml',
          message:
            "extends[1]: './missing.yaml' was not found (looked for /repo/missing.yaml). The path is relative to this policy file; presets are promptgov:recommended and promptgov:strict.",
        },
      ],
    });
  });

  it('a missing target deep in a chain is reported on the file that names it', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'extends: ./a.yaml\n',
      '/repo/a.yaml': 'extends: ./gone.yaml\n',
    });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    resolver.resolveFor('/repo/x.prompt');
    const problems = problemsByFile(resolver, host);
    assert.deepEqual(problems['/repo/.promptgov.yaml'], []);
    assert.deepEqual(problems['/repo/a.yaml'].map((p) => [p.ruleId, p.text]), [['policy/extends-not-found', './gone.yaml']]);
  });

  it('detects cycles and still resolves', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'extends: ./a.yaml\nbudgets: { max_prompt_tokens: 1 }\n',
      '/repo/a.yaml': 'extends: ./b.yaml\nbudgets: { max_output_tokens: 2 }\n',
      '/repo/b.yaml': 'extends: ./a.yaml\nmetadata: { required: [owner] }\n',
    });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    const policy = resolver.resolveFor('/repo/x.prompt');
    assert.deepEqual(policy.sources, ['/repo/.promptgov.yaml', '/repo/a.yaml', '/repo/b.yaml', RECOMMENDED_POLICY_NAME]);
    assert.equal(policy.budgets.max_output_tokens, 2);
    assert.deepEqual(policy.metadata.required, ['owner']);
    const problems = problemsByFile(resolver, host);
    assert.deepEqual(problems['/repo/b.yaml'], [
      { ruleId: 'policy/extends-not-found', text: './a.yaml', message: "extends: './a.yaml' leads back to this file (b.yaml → a.yaml → b.yaml); the cycle is ignored. Remove one of the extends." },
    ]);
    assert.deepEqual(problems['/repo/a.yaml'].map((p) => [p.text, p.message.slice(0, 55)]), [['./b.yaml', "extends: './b.yaml' leads back to this file (a.yaml → b"]]);
    assert.deepEqual(problems['/repo/.promptgov.yaml'], []);
  });

  it('a file that extends itself is a cycle', () => {
    const host = new MemoryHost({ '/repo/.promptgov.yaml': 'extends: ./.promptgov.yaml\n' });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    assert.deepEqual(resolver.resolveFor('/repo/x.prompt').sources, ['/repo/.promptgov.yaml', RECOMMENDED_POLICY_NAME]);
    assert.match(resolver.loadedFiles()[0].problems[0].message, /leads back to this file/);
  });

  it('a diamond-shaped chain 40 levels deep resolves quickly (each file expanded once)', () => {
    const files: Record<string, string> = { '/repo/.promptgov.yaml': 'extends: [./f0.yaml, ./f0.yaml]\n' };
    for (let i = 0; i < 40; i++) files[`/repo/f${i}.yaml`] = `extends: [./f${i + 1}.yaml, ./f${i + 1}.yaml]\n`;
    files['/repo/f40.yaml'] = 'redaction: { style: mask }\n';
    const host = new MemoryHost(files);
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    const policy = resolver.resolveFor('/repo/x.prompt');
    // The depth limit (32) stops the chain before f40; what was reached applies once each.
    assert.equal(new Set(policy.sources).size, policy.sources.length);
    assert.ok(policy.sources.length <= 36);
    const problems = resolver.loadedFiles().find((f) => f.path === '/repo/.promptgov.yaml')?.problems ?? [];
    assert.match(problems[0]?.message ?? '', /more than 32 policies extend each other/);
  });

  it('globs of an extended file are relative to the policy file that extends it', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'extends: ../shared/org.yaml\n',
      '/shared/org.yaml': 'files: { exclude: ["generated/**"] }\noverrides:\n  - files: ["tests/**"]\n    budgets: { max_prompt_tokens: 9 }\n',
    });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    const policy = resolver.resolveFor('/repo/tests/a.prompt');
    assert.ok(policy.exclude.includes('generated/**'));
    assert.equal(policy.budgets.max_prompt_tokens, 9);
  });

  it('resolveFromObjects: none is recommended; a policy object with a preset extends', () => {
    assert.deepEqual(resolveFromObjects().sources, [RECOMMENDED_POLICY_NAME]);
    const strict = resolveFromObjects({ extends: 'promptgov:strict', budgets: { max_prompt_tokens: 5 } });
    assert.deepEqual(strict.sources, ['<inline>', 'promptgov:strict', RECOMMENDED_POLICY_NAME]);
    assert.equal(strict.models.require_pinned, true);
    assert.equal(strict.budgets.max_prompt_tokens, 5);
  });
});
