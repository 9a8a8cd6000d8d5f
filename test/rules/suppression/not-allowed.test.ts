import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/suppression/not-allowed';
import { ruleTester } from '../harness';
import { brief, markerRule, runWith } from './helpers';

const LOCKED = { non_suppressible: ['secret/*'] };

ruleTester(rule, {
  valid: [
    { name: 'nothing locked', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line secret/jwt -- sample }}\nx\n' },
    { name: 'another rule', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline }}\nx\n', policy: LOCKED },
    { name: 'a directive for every rule is allowed (locked rules simply stay reported)', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-file -- generated }}\nx\n', policy: LOCKED },
  ],
  invalid: [
    {
      name: 'a locked rule id, removed whole',
      path: 'prompts/a.prompt',
      text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line secret/jwt -- sample token }}\nx\n',
      policy: LOCKED,
      errors: [{ text: 'secret/jwt', line: 4, severity: 'error', message: 'secret/jwt cannot be suppressed: the policy lists secret/* as non_suppressible. Fix the finding instead.' }],
      output: '---\nmodel: x/y\n---\nx\n',
    },
    {
      name: 'a glob within the locked glob, next to an allowed rule: no removal',
      path: 'prompts/a.prompty',
      text: '---\n# promptgov-disable-next-line pii/email, secret/* -- fixtures\nmodel: x/y\n---\nsystem:\nHi\n',
      policy: LOCKED,
      errors: [{ text: 'pii/email, secret/*', message: /^secret\/\* cannot be suppressed/ }],
      output: null,
    },
    {
      name: 'policy file: an exception for a locked rule',
      path: '.promptgov.yaml',
      text: 'non_suppressible: ["secret/*"]\nexceptions:\n  - rule: secret/provider-key\n    reason: demo key\n',
      format: 'policy',
      policy: LOCKED,
      errors: [{ text: 'secret/provider-key', line: 3, message: /cannot be excepted: the policy lists secret\/\* as non_suppressible/ }],
    },
  ],
});

describe('suppression/not-allowed: with the finding it cannot silence', () => {
  it('the locked finding stays reported, and the directive is reported too', () => {
    const text = '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line test/* -- nope }}\nFORBIDDEN\n';
    const run = runWith(rule, 'prompts/a.prompt', text, { non_suppressible: ['test/*'] });
    assert.deepEqual(brief(text, run.findings), ['4:33 suppression/not-allowed test/*', `5:1 ${markerRule.meta.id} FORBIDDEN`]);
  });
});
