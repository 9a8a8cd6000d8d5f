import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/suppression/missing-reason';
import { ruleTester, runRule } from '../harness';

ruleTester(rule, {
  valid: [
    { name: 'a reason is given', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- published hotline }}\nCall 555\n' },
    { name: 'reasons not required by the policy', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone }}\nCall 555\n', policy: { suppressions: { require_reason: false } } },
    { name: 'not a directive', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! just a note }}\nHi\n' },
  ],
  invalid: [
    {
      name: 'dotprompt comment without --',
      path: 'prompts/a.prompt',
      text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone }}\nCall 555\n',
      errors: [
        {
          text: 'pii/phone',
          line: 4,
          message: "This suppression of pii/phone gives no reason; the policy requires one (suppressions.require_reason). Write it after '--': promptgov-disable-next-line <rule> -- <why>.",
        },
      ],
    },
    {
      name: 'YAML comment in front matter, fields but no reason',
      path: 'prompts/a.prompty',
      text: '---\n# promptgov-disable-next-line model/unapproved -- approved-by: @ml\nmodel:\n  id: gpt-4o\n---\nsystem:\nHi\n',
      errors: [{ text: 'model/unapproved', line: 2 }],
    },
    {
      name: 'markdown comment, every rule',
      path: '.github/prompts/a.prompt.md',
      text: 'Hi\n<!-- promptgov-disable-file -->\n',
      errors: [{ text: 'promptgov-disable-file', message: /suppression of every rule gives no reason/ }],
    },
    {
      name: 'jinja comment, empty reason after --',
      path: 'prompts/a.j2',
      text: '{# promptgov-disable-line pii/email -- #} mail me\n',
      errors: [{ text: 'pii/email' }],
    },
  ],
});

describe('suppression/missing-reason: fixes', () => {
  const fixOf = (path: string, text: string) => runRule(rule, { path, text })[0].fixes;

  it('appends `-- reason` as a snippet after the rule list', () => {
    const text = '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone }}\nCall 555\n';
    const [fix] = fixOf('prompts/a.prompt', text);
    assert.equal(fix.snippet, true);
    assert.deepEqual(fix.edits, [{ offset: text.indexOf('pii/phone') + 9, endOffset: text.indexOf('pii/phone') + 9, text: ' -- ${1:reason}' }]);
  });

  it('puts the reason before existing fields', () => {
    const text = '---\n# promptgov-disable-next-line model/unapproved -- approved-by: @ml\nmodel: gpt-4o\n---\nHi\n';
    const [fix] = fixOf('prompts/a.prompt', text);
    const at = text.indexOf('approved-by');
    assert.deepEqual(fix.edits, [{ offset: at, endOffset: at, text: '${1:reason}; ' }]);
  });

  it('fills an empty reason after --', () => {
    const text = '{# promptgov-disable-line pii/email -- #} mail me\n';
    const [fix] = fixOf('prompts/a.j2', text);
    const at = text.indexOf('--') + 2;
    assert.deepEqual(fix.edits, [{ offset: at, endOffset: at, text: ' ${1:reason}' }]);
  });
});
