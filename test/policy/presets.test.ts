import assert from 'node:assert/strict';
import { RECOMMENDED_POLICY, STRICT_POLICY, PRESETS } from '../../shared/src/policy/presets';
import { recommendedPolicy, isExcluded, isIncluded, resolveFromObjects } from '../../shared/src/policy/resolve';
import { policyDocument, withPolicyProblems } from '../../shared/src/policy/document';
import { parseDocument } from '../../shared/src/formats';
import { KNOWN_IDS } from './helpers';

describe('presets', () => {
  it('recommended: template globs, excludes, reasons required, label redaction, no rule overrides', () => {
    assert.deepEqual(RECOMMENDED_POLICY.files?.templates, ['**/prompts/**/*.{jinja,jinja2,j2,hbs,handlebars,mustache,txt}']);
    assert.deepEqual(RECOMMENDED_POLICY.files?.exclude, ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/build/**', '**/vendor/**']);
    assert.equal(RECOMMENDED_POLICY.suppressions?.require_reason, true);
    assert.equal(RECOMMENDED_POLICY.redaction?.style, 'label');
    assert.equal(RECOMMENDED_POLICY.rules, undefined, 'every built-in rule runs at its default severity');
  });

  it('recommended selects templates under prompts folders and skips dependency folders', () => {
    const policy = recommendedPolicy();
    assert.equal(isIncluded(policy, '/repo/app/prompts/support/reply.jinja2', false), true);
    assert.equal(isIncluded(policy, '/repo/app/templates/reply.jinja2', false), false);
    for (const dir of ['node_modules/x', '.git', 'dist', 'build', 'vendor/lib']) {
      assert.equal(isExcluded(policy, `/repo/${dir}/prompts/a.prompt`), true, dir);
    }
  });

  it('strict extends recommended and tightens it', () => {
    assert.equal(STRICT_POLICY.extends, 'promptgov:recommended');
    assert.deepEqual(STRICT_POLICY.metadata?.required, ['owner', 'version', 'data_class']);
    assert.equal(STRICT_POLICY.models?.require_pinned, true);
    assert.deepEqual(STRICT_POLICY.suppressions, { require_reason: true, require_approver: true, max_days: 90 });
    assert.deepEqual(STRICT_POLICY.non_suppressible, ['secret/*']);
    assert.ok(Object.values(STRICT_POLICY.rules ?? {}).every((s) => s === 'error'), 'strict only raises');
    const resolved = resolveFromObjects({ extends: 'promptgov:strict' });
    assert.equal(resolved.redaction.style, 'label', 'inherits recommended');
  });

  it('PRESETS names both', () => {
    assert.deepEqual([...PRESETS.keys()], ['promptgov:recommended', 'promptgov:strict']);
  });
});

describe('policyDocument', () => {
  it('is a policy-format document carrying the problems and the # comments', () => {
    const text = '# promptgov-disable-next-line policy/unknown-rule -- kept for later\nrules: { pii/emial: off }\n';
    const doc = policyDocument('/repo/.promptgov.yaml', text, KNOWN_IDS, {
      extraProblems: [{ ruleId: 'policy/extends-not-found', span: { offset: 0, endOffset: 1 }, message: 'x' }],
    });
    assert.equal(doc.format, 'policy');
    assert.deepEqual(doc.problems.map((p) => p.ruleId), ['policy/unknown-rule', 'policy/extends-not-found']);
    assert.equal(doc.comments.length, 1);
    assert.equal(doc.comments[0].text, ' promptgov-disable-next-line policy/unknown-rule -- kept for later');
    assert.equal(text.slice(doc.comments[0].textOffset, doc.comments[0].span.endOffset), doc.comments[0].text);
    assert.deepEqual(doc.lineStarts, [0, text.indexOf('\n') + 1, text.length]);
  });
});

describe('withPolicyProblems', () => {
  it('replaces the format parser\'s YAML problems with the policy loader\'s', () => {
    const text = 'rules: { pii/emial: off }\nmodels: [1, 2\n';
    const doc = parseDocument('/repo/.promptgov.yaml', text, 'policy');
    assert.equal(doc.format, 'policy');
    const merged = withPolicyProblems(doc, KNOWN_IDS);
    assert.ok(merged.problems.length > 0);
    assert.ok(merged.problems.every((p) => p.ruleId.startsWith('policy/')), JSON.stringify(merged.problems.map((p) => p.ruleId)));
    assert.ok(merged.problems.some((p) => p.ruleId === 'policy/invalid-yaml'));
    assert.equal(merged.comments, doc.comments);
  });
});
