import assert from 'node:assert/strict';
import { PolicyResolver, isIncluded, isExcluded, matchesFiles, rebaseGlob, resolveFromObjects, ruleConfig } from '../../shared/src/policy/resolve';
import { KNOWN_IDS, MemoryHost, meta } from './helpers';

const POLICY = [
  'rules: { pii/email: error }',
  'budgets: { max_prompt_tokens: 4000 }',
  'overrides:',
  '  - files: ["tests/**", "**/*.test.prompt"]',
  '    excludedFiles: ["tests/strict/**"]',
  '    rules: { "pii/*": warning }',
  '    budgets: { max_prompt_tokens: 100000 }',
  '  - files: ["tests/legacy/**"]',
  '    rules: { pii/email: off }',
  '    models: { approved: ["openai/gpt-3.5*"] }',
  '',
].join('\n');

describe('policy overrides', () => {
  const host = new MemoryHost({ '/repo/.promptgov.yaml': POLICY });
  const resolver = new PolicyResolver(host, KNOWN_IDS);
  const email = meta('pii/email', 'warning');

  it('apply to files matching their globs, after the policy itself', () => {
    const policy = resolver.resolveFor('/repo/tests/a.prompt');
    assert.equal(ruleConfig(policy, email).severity, 'warning');
    assert.equal(policy.budgets.max_prompt_tokens, 100000);
    const origin = ruleConfig(policy, email).origin;
    assert.equal(origin?.keyPath, 'overrides[0].rules["pii/*"]');
    assert.equal(POLICY.slice(origin!.span!.offset, origin!.span!.endOffset), '"pii/*"');
  });

  it('do not apply to other files', () => {
    const policy = resolver.resolveFor('/repo/prompts/a.prompt');
    assert.equal(ruleConfig(policy, email).severity, 'error');
    assert.equal(policy.budgets.max_prompt_tokens, 4000);
  });

  it('match basename globs in any folder', () => {
    assert.equal(ruleConfig(resolver.resolveFor('/repo/prompts/deep/x.test.prompt'), email).severity, 'warning');
  });

  it('respect excludedFiles', () => {
    assert.equal(ruleConfig(resolver.resolveFor('/repo/tests/strict/a.prompt'), email).severity, 'error');
  });

  it('apply in order: a later matching override wins', () => {
    const policy = resolver.resolveFor('/repo/tests/legacy/a.prompt');
    assert.equal(ruleConfig(policy, email).severity, 'off');
    assert.equal(ruleConfig(policy, meta('pii/phone', 'error')).severity, 'warning');
    assert.deepEqual(policy.models.approved, ['openai/gpt-3.5*']);
  });

  it('of a parent policy are relative to the parent folder', () => {
    const h = new MemoryHost({
      '/repo/.promptgov.yaml': 'overrides:\n  - files: ["team/tests/**"]\n    rules: { pii/email: off }\n',
      '/repo/team/.promptgov.yaml': 'budgets: { max_prompt_tokens: 1 }\n',
    });
    const r = new PolicyResolver(h, KNOWN_IDS);
    assert.equal(ruleConfig(r.resolveFor('/repo/team/tests/a.prompt'), email).severity, 'off');
    assert.equal(ruleConfig(r.resolveFor('/repo/team/other/a.prompt'), email).severity, 'warning');
  });

  it('resolveFromObjects applies overrides only when given the file path', () => {
    const policy = { overrides: [{ files: ['tests/**'], rules: { 'pii/email': 'off' as const } }] };
    assert.equal(ruleConfig(resolveFromObjects(policy, { filePath: 'tests/a.prompt' }), email).severity, 'off');
    assert.equal(ruleConfig(resolveFromObjects(policy, { filePath: 'src/a.prompt' }), email).severity, 'warning');
    assert.equal(ruleConfig(resolveFromObjects(policy), email).severity, 'warning');
  });
});

describe('file globs', () => {
  const policy = resolveFromObjects({ files: { include: ['agents/**/*.md'], exclude: ['prompts/generated/**'] } }, { baseDir: '/repo' });

  it('matchesFiles reads globs relative to baseDir', () => {
    assert.equal(matchesFiles(policy, '/repo/agents/a/b.md', ['agents/**/*.md']), true);
    assert.equal(matchesFiles(policy, '/repo/x/agents/b.md', ['agents/**/*.md']), false);
    assert.equal(matchesFiles(policy, '/repo/a.prompt', ['*.prompt']), true);
    assert.equal(matchesFiles(policy, '/repo/sub/a.prompt', ['*.prompt']), false);
    assert.equal(matchesFiles(policy, '/repo/sub/a.prompt', ['**/*.{prompt,prompty}']), true);
    assert.equal(matchesFiles(policy, '/repo/.hidden/a.prompt', ['**/*.prompt']), true);
    assert.equal(matchesFiles(policy, '/repo/a.prompt', []), false);
  });

  it('isIncluded: exclude wins, include and templates select, otherwise the built-in name decides', () => {
    assert.equal(isIncluded(policy, '/repo/prompts/generated/a.prompt'), false);
    assert.equal(isExcluded(policy, '/repo/node_modules/pkg/a.prompt'), true);
    assert.equal(isIncluded(policy, '/repo/agents/x.md', false), true);
    assert.equal(isIncluded(policy, '/repo/prompts/support/reply.j2', false), true); // recommended templates
    assert.equal(isIncluded(policy, '/repo/docs/readme.md', false), false);
    assert.equal(isIncluded(policy, '/repo/prompts/a.prompt'), true);
  });

  it('parent globs are rebased onto a nested policy folder', () => {
    const h = new MemoryHost({
      '/repo/.promptgov.yaml': 'files:\n  exclude: ["team/gen/**", "other/**", "**/snapshots/**", "*/fixtures/**"]\n',
      '/repo/team/.promptgov.yaml': 'files: { exclude: ["tmp/**"] }\n',
    });
    const p = new PolicyResolver(h, KNOWN_IDS).resolveFor('/repo/team/a.prompt');
    assert.equal(p.baseDir, '/repo/team');
    assert.equal(isExcluded(p, '/repo/team/gen/x.prompt'), true);
    assert.equal(isExcluded(p, '/repo/team/fixtures/x.prompt'), true);
    assert.equal(isExcluded(p, '/repo/team/a/snapshots/x.prompt'), true);
    assert.equal(isExcluded(p, '/repo/team/tmp/x.prompt'), true);
    assert.equal(isExcluded(p, '/repo/team/other/x.prompt'), false);
    assert.equal(isExcluded(p, '/repo/team/src/x.prompt'), false);
  });

  it('rebaseGlob keeps exactly the files under the nested folder', () => {
    assert.deepEqual(rebaseGlob('team/gen/**', '/r', '/r/team'), ['gen/**']);
    assert.deepEqual(rebaseGlob('other/**', '/r', '/r/team'), []);
    assert.deepEqual(rebaseGlob('*.prompt', '/r', '/r/team'), []);
    assert.deepEqual(rebaseGlob('*/x/**', '/r', '/r/team'), ['x/**']);
    assert.deepEqual(rebaseGlob('**/d2/x', '/r', '/r/d1/d2').sort(), ['**/d2/x', 'x'].sort());
    assert.deepEqual(rebaseGlob('a/**', '/r', '/r'), ['a/**']);
  });
});
