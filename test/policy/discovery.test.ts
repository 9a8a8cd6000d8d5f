import assert from 'node:assert/strict';
import { PolicyResolver, RECOMMENDED_POLICY_NAME } from '../../shared/src/policy/resolve';
import { KNOWN_IDS, MemoryHost } from './helpers';

describe('policy discovery', () => {
  it('without any policy file, promptgov:recommended applies', () => {
    const resolver = new PolicyResolver(new MemoryHost({}), KNOWN_IDS);
    const policy = resolver.resolveFor('/repo/prompts/a.prompt');
    assert.deepEqual(policy.sources, [RECOMMENDED_POLICY_NAME]);
    assert.equal(policy.baseDir, '');
    assert.equal(policy.suppressions.require_reason, true);
    assert.equal(policy.redaction.style, 'label');
    assert.ok(policy.exclude.includes('**/node_modules/**'));
    assert.deepEqual(resolver.loadedFiles(), []);
  });

  it('the nearest file wins key by key over the files above it', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'models: { approved: ["openai/*"], require_pinned: true }\nbudgets: { max_prompt_tokens: 4000 }\n',
      '/repo/team/.promptgov.yaml': 'models: { approved: ["anthropic/*"] }\n',
    });
    const policy = new PolicyResolver(host, KNOWN_IDS).resolveFor('/repo/team/prompts/a.prompt');
    assert.deepEqual(policy.sources, ['/repo/team/.promptgov.yaml', '/repo/.promptgov.yaml', RECOMMENDED_POLICY_NAME]);
    assert.equal(policy.baseDir, '/repo/team');
    assert.deepEqual(policy.models.approved, ['anthropic/*']); // nearest wins
    assert.equal(policy.models.require_pinned, true); // not set nearer: inherited
    assert.equal(policy.budgets.max_prompt_tokens, 4000);
  });

  it('a file outside the nested folder only sees the outer policy', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'models: { approved: ["openai/*"] }\n',
      '/repo/team/.promptgov.yaml': 'models: { approved: ["anthropic/*"] }\n',
    });
    const policy = new PolicyResolver(host, KNOWN_IDS).resolveFor('/repo/other/a.prompt');
    assert.deepEqual(policy.models.approved, ['openai/*']);
    assert.equal(policy.baseDir, '/repo');
  });

  it('root: true stops the walk', () => {
    const host = new MemoryHost({
      '/.promptgov.yaml': 'budgets: { max_output_tokens: 10 }\n',
      '/repo/.promptgov.yaml': 'root: true\nbudgets: { max_prompt_tokens: 100 }\n',
      '/repo/sub/.promptgov.yaml': 'metadata: { required: [owner] }\n',
    });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    const policy = resolver.resolveFor('/repo/sub/a.prompt');
    assert.deepEqual(policy.sources, ['/repo/sub/.promptgov.yaml', '/repo/.promptgov.yaml', RECOMMENDED_POLICY_NAME]);
    assert.equal(policy.budgets.max_output_tokens, undefined);
    assert.equal(policy.budgets.max_prompt_tokens, 100);
    assert.equal(host.reads.get('/.promptgov.yaml'), undefined, 'the folder above the root was read');
  });

  it('finds the .yml variant, and prefers .yaml when both exist', () => {
    const host = new MemoryHost({
      '/a/.promptgov.yml': 'metadata: { required: [owner] }\n',
      '/b/.promptgov.yml': 'metadata: { required: [owner] }\n',
      '/b/.promptgov.yaml': 'metadata: { required: [version] }\n',
    });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    assert.deepEqual(resolver.resolveFor('/a/x.prompt').metadata.required, ['owner']);
    assert.deepEqual(resolver.resolveFor('/a/x.prompt').sources[0], '/a/.promptgov.yml');
    assert.deepEqual(resolver.resolveFor('/b/x.prompt').metadata.required, ['version']);
  });

  it('caches per folder: each candidate file is read once', () => {
    const host = new MemoryHost({ '/repo/.promptgov.yaml': 'root: true\n' });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    const a = resolver.resolveFor('/repo/p/q/a.prompt');
    const readsAfterFirst = host.totalReads();
    const b = resolver.resolveFor('/repo/p/q/b.prompt');
    resolver.resolveFor('/repo/p/c.prompt');
    assert.equal(host.totalReads(), readsAfterFirst, 'a second file of known folders read again');
    assert.equal(a, b, 'files of one folder without overrides share one resolved policy');
    for (const n of host.reads.values()) assert.equal(n, 1);
  });

  it('invalidate(path) re-reads a changed policy file, invalidate() everything', () => {
    const host = new MemoryHost({ '/repo/.promptgov.yaml': 'redaction: { style: mask }\n' });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    assert.equal(resolver.resolveFor('/repo/a.prompt').redaction.style, 'mask');
    host.files['/repo/.promptgov.yaml'] = 'redaction: { style: variable }\n';
    assert.equal(resolver.resolveFor('/repo/a.prompt').redaction.style, 'mask', 'cached');
    resolver.invalidate('/repo/.promptgov.yaml');
    assert.equal(resolver.resolveFor('/repo/a.prompt').redaction.style, 'variable');
    host.files['/repo/sub/.promptgov.yaml'] = 'redaction: { style: label }\n';
    resolver.invalidate();
    assert.equal(resolver.resolveFor('/repo/sub/a.prompt').redaction.style, 'label');
  });

  it('a newly created policy file is found after invalidate(its path)', () => {
    const host = new MemoryHost({});
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    assert.deepEqual(resolver.resolveFor('/repo/a.prompt').sources, [RECOMMENDED_POLICY_NAME]);
    host.files['/repo/.promptgov.yaml'] = 'metadata: { required: [owner] }\n';
    resolver.invalidate('/repo/.promptgov.yaml');
    assert.deepEqual(resolver.resolveFor('/repo/a.prompt').metadata.required, ['owner']);
  });

  it('loadedFiles lists every file read with its problems', () => {
    const host = new MemoryHost({
      '/repo/.promptgov.yaml': 'rules: { pii/emial: error }\n',
      '/repo/sub/.promptgov.yaml': 'models: { aproved: [] }\n',
    });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    resolver.resolveFor('/repo/sub/a.prompt');
    const files = resolver.loadedFiles().map((f) => [f.path, f.problems.map((p) => p.ruleId)]);
    assert.deepEqual(files, [
      ['/repo/sub/.promptgov.yaml', ['policy/invalid-schema']],
      ['/repo/.promptgov.yaml', ['policy/unknown-rule']],
    ]);
  });

  it('an explicit policy path replaces discovery; globs are relative to its folder', () => {
    const host = new MemoryHost({
      '/repo/ci/policy.yaml': 'files: { exclude: ["generated/**"] }\nmodels: { approved: ["openai/*"] }\n',
      '/repo/.promptgov.yaml': 'models: { approved: ["anthropic/*"] }\n',
    });
    const resolver = new PolicyResolver(host, KNOWN_IDS, { explicitPolicyPath: '/repo/ci/policy.yaml' });
    const policy = resolver.resolveFor('/repo/prompts/a.prompt');
    assert.deepEqual(policy.sources, ['/repo/ci/policy.yaml', RECOMMENDED_POLICY_NAME]);
    assert.deepEqual(policy.models.approved, ['openai/*']);
    assert.equal(policy.baseDir, '/repo/ci');
    assert.equal(host.reads.get('/repo/.promptgov.yaml'), undefined);
  });

  it('a missing explicit policy file is reported by loadedFiles', () => {
    const resolver = new PolicyResolver(new MemoryHost({}), KNOWN_IDS, { explicitPolicyPath: '/repo/nope.yaml' });
    assert.deepEqual(resolver.resolveFor('/repo/a.prompt').sources, [RECOMMENDED_POLICY_NAME]);
    const [file] = resolver.loadedFiles();
    assert.equal(file.path, '/repo/nope.yaml');
    assert.equal(file.problems[0].ruleId, 'policy/extends-not-found');
    assert.match(file.problems[0].message, /does not exist/);
  });
});
