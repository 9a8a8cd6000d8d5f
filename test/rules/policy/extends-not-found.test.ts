import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/policy/extends-not-found';
import { PolicyResolver } from '../../../shared/src/policy/resolve';
import { KNOWN_IDS, MemoryHost, assertPolicyRuleMeta, runPolicyRule } from '../../policy/helpers';

describe('policy/extends-not-found', () => {
  it('meta', () => assertPolicyRuleMeta(rule, 'policy/extends-not-found', 'error'));

  it('valid: presets', () => {
    assert.deepEqual(runPolicyRule(rule, 'extends: [promptgov:recommended, promptgov:strict]\n'), []);
  });

  it('invalid: an unknown preset, with a suggestion', () => {
    assert.deepEqual(runPolicyRule(rule, 'extends: promptgov:recomended\n'), [
      { text: 'promptgov:recomended', line: 1, severity: 'error', message: `extends: unknown preset 'promptgov:recomended'. Did you mean "promptgov:recommended"?` },
    ]);
  });

  it('invalid: a missing file, reported from the resolver on the extends entry', () => {
    const yaml = 'extends:\n  - promptgov:recommended\n  - ../org/policy.yaml\n';
    const resolver = new PolicyResolver(new MemoryHost({ '/repo/.promptgov.yaml': yaml }), KNOWN_IDS);
    resolver.resolveFor('/repo/a.prompt');
    const [file] = resolver.loadedFiles();
    assert.deepEqual(runPolicyRule(rule, yaml, undefined, file.problems), [
      {
        text: '../org/policy.yaml',
        line: 3,
        severity: 'error',
        message:
          "extends[1]: '../org/policy.yaml' was not found (looked for /org/policy.yaml). The path is relative to this policy file; presets are promptgov:recommended and promptgov:strict.",
      },
    ]);
  });
});
