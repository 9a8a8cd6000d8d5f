import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/suppression/too-long';
import { ruleTester, runRule } from '../harness';

const MAX90 = { suppressions: { max_days: 90 } };
// "Today" is 2026-01-15 in the harness: 90 days ahead is 2026-04-15.

ruleTester(rule, {
  valid: [
    { name: 'no limit (the default)', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline }}\nCall\n' },
    { name: 'expires within the limit', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline; expires: 2026-04-15 }}\nCall\n', policy: MAX90 },
    {
      name: 'policy file: an exception within the limit',
      path: '.promptgov.yaml',
      text: 'exceptions:\n  - rule: pii/phone\n    reason: hotline\n    expires: 2026-03-01\n',
      format: 'policy',
      policy: MAX90,
    },
  ],
  invalid: [
    {
      name: 'a directive without expiry',
      path: 'prompts/a.prompt',
      text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline }}\nCall\n',
      policy: MAX90,
      errors: [{ text: 'pii/phone', line: 4, message: "This suppression of pii/phone never expires; the policy allows at most 90 days (suppressions.max_days). Add '; expires: 2026-04-15' or an earlier date." }],
    },
    {
      name: 'a directive expiring too late, reported at its date',
      path: 'prompts/a.j2',
      text: '{# promptgov-disable-next-line pii/email -- test data; expires: 2027-01-01 #}\nmail\n',
      policy: MAX90,
      errors: [{ text: '2027-01-01', message: 'This suppression of pii/email lasts until 2027-01-01, beyond the 90 days the policy allows (suppressions.max_days): expire it by 2026-04-15.' }],
    },
    {
      name: 'policy file: exceptions without expiry and expiring too late',
      path: '.promptgov.yaml',
      text: 'exceptions:\n  - rule: pii/phone\n    reason: hotline\n  - rule: pii/email\n    reason: test inbox\n    expires: 2030-01-01\n',
      format: 'policy',
      policy: MAX90,
      errors: [
        { text: 'pii/phone', line: 2, message: /^The exception for pii\/phone never expires/ },
        { text: '2030-01-01', line: 6, message: /^The exception for pii\/email lasts until 2030-01-01/ },
      ],
      output: null,
    },
  ],
});

describe('suppression/too-long: fixes', () => {
  it('adds or shortens the expiry date as a snippet', () => {
    const missing = '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline }}\nCall\n';
    const [a] = runRule(rule, { path: 'prompts/a.prompt', text: missing, policy: MAX90 });
    const end = missing.indexOf('hotline') + 7;
    assert.deepEqual(a.fixes[0], { title: 'Add an expiry date (at most 90 days ahead)', snippet: true, edits: [{ offset: end, endOffset: end, text: '; expires: ${1:2026-04-15}' }] });
    const late = '{# promptgov-disable-next-line pii/email -- test; expires: 2027-01-01 #}\nmail\n';
    const [b] = runRule(rule, { path: 'prompts/a.j2', text: late, policy: MAX90 });
    const at = late.indexOf('2027');
    assert.deepEqual(b.fixes[0].edits, [{ offset: at, endOffset: at + 10, text: '${1:2026-04-15}' }]);
  });
});
