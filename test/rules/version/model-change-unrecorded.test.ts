import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/version/model-change-unrecorded';
import { ruleTester, runRule } from '../harness';

const BASE = '---\nmodel: openai/gpt-4o\nversion: 1.0.0\nchangelog:\n  - "1.0.0: first version"\n---\nHi\n';
const SWITCHED = BASE.replace('openai/gpt-4o', 'openai/gpt-4.1').replace('1.0.0\nchangelog', '1.1.0\nchangelog');

ruleTester(rule, {
  valid: [
    { name: 'no base', path: 'prompts/a.prompt', text: SWITCHED },
    { name: 'the model did not change', path: 'prompts/a.prompt', text: BASE.replace('Hi', 'Hello'), baseText: BASE },
    { name: 'a changelog entry added with the switch', path: 'prompts/a.prompt', text: SWITCHED.replace('  - "1.0.0', '  - "1.1.0: gpt-4.1, approved by @ml"\n  - "1.0.0'), baseText: BASE },
    { name: 'an approval note in the metadata block', path: 'prompts/a.prompty', text: '---\nmodel:\n  id: gpt-4.1\nmetadata:\n  approved_by: "@ml-review"\n---\nsystem:\nHi\n', baseText: '---\nmodel:\n  id: gpt-4o\n---\nsystem:\nHi\n' },
    { name: 'a key of the keys option', path: 'prompts/a.prompt', text: SWITCHED.replace('---\nHi', 'ticket: ML-42\n---\nHi'), baseText: BASE, options: { keys: ['ticket'] } },
  ],
  invalid: [
    {
      name: 'the model changed, the old changelog is untouched',
      path: 'prompts/a.prompt',
      text: SWITCHED,
      baseText: BASE,
      errors: [
        {
          text: 'openai/gpt-4.1',
          line: 2,
          message: "The model changed (openai/gpt-4o → openai/gpt-4.1) without a change note: add or update 'changelog', 'change_note', 'model_change', 'approved_by', 'approval' in the front matter saying why and who approved it.",
        },
      ],
    },
    {
      name: 'a GitHub prompt switching publisher',
      path: '.github/prompts/a.prompt.yml',
      text: 'model: mistral-ai/mistral-large\nmessages:\n  - role: user\n    content: Hi\n',
      baseText: 'model: openai/gpt-4.1\nmessages:\n  - role: user\n    content: Hi\n',
      errors: [{ text: 'mistral-ai/mistral-large' }],
    },
  ],
});

describe('version/model-change-unrecorded', () => {
  it('is off unless the policy turns it on', () => {
    assert.equal(rule.meta.defaultSeverity, 'off');
  });

  it('offers a change-note snippet in the first key the file does not use', () => {
    const [f] = runRule(rule, { path: 'prompts/a.prompt', text: SWITCHED, baseText: BASE });
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].snippet, true);
    assert.equal(f.fixes[0].edits[0].text, 'change_note: "openai/gpt-4o → openai/gpt-4.1: ${1:why}; approved-by: ${2:@approver}"\n');
    assert.equal(f.fixes[0].edits[0].offset, SWITCHED.indexOf('---\nHi'));
  });
});
