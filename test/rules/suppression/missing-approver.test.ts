import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/suppression/missing-approver';
import { ruleTester, runRule } from '../harness';

const REQUIRE = { suppressions: { require_approver: true } };

ruleTester(rule, {
  valid: [
    { name: 'approvers not required (the default)', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline }}\nCall\n' },
    { name: 'approved-by given', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline; approved-by: @security }}\nCall\n', policy: REQUIRE },
    { name: 'approver spelled approver:', path: 'prompts/a.promptl', text: '---\nmodel: x\n---\n/* promptgov-disable-next-line pii/phone -- hotline; approver: @sec */\n<user>Hi</user>\n', policy: REQUIRE },
    {
      name: 'policy file: exceptions with approvers',
      path: '.promptgov.yaml',
      text: 'suppressions:\n  require_approver: true\nexceptions:\n  - rule: pii/phone\n    reason: hotline\n    approved_by: "@security"\n',
      format: 'policy',
      policy: REQUIRE,
    },
  ],
  invalid: [
    {
      name: 'a directive without approver',
      path: 'prompts/a.prompt',
      text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline }}\nCall\n',
      policy: REQUIRE,
      errors: [{ text: 'pii/phone', line: 4, message: "This suppression of pii/phone names no approver; the policy requires one (suppressions.require_approver). Add '; approved-by: @team' after the reason." }],
    },
    {
      name: 'policy file: an exception without approver, reported at its rule',
      path: '.promptgov.yaml',
      text: 'suppressions:\n  require_approver: true\nexceptions:\n  - rule: pii/phone\n    reason: hotline\n',
      format: 'policy',
      policy: REQUIRE,
      errors: [{ text: 'pii/phone', line: 4, message: "The exception for pii/phone names no approver; the policy requires one (suppressions.require_approver). Add 'approved_by: @team'." }],
      output: null,
    },
  ],
});

describe('suppression/missing-approver: fixes', () => {
  it('appends `; approved-by:` after the reason, or `-- approved-by:` without one', () => {
    const withReason = '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline }}\nCall\n';
    const [a] = runRule(rule, { path: 'prompts/a.prompt', text: withReason, policy: REQUIRE });
    const end = withReason.indexOf('hotline') + 'hotline'.length;
    assert.deepEqual(a.fixes[0].edits, [{ offset: end, endOffset: end, text: '; approved-by: ${1:@approver}' }]);
    const bare = '<!-- promptgov-disable-next-line pii/phone -->\nCall\n';
    const [b] = runRule(rule, { path: '.github/prompts/a.prompt.md', text: bare, policy: REQUIRE });
    const at = bare.indexOf('pii/phone') + 9;
    assert.deepEqual(b.fixes[0].edits, [{ offset: at, endOffset: at, text: ' -- approved-by: ${1:@approver}' }]);
  });
});
