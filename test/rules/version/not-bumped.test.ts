import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/version/not-bumped';
import { ruleTester, runRule } from '../harness';

const BASE = '---\nmodel: googleai/gemini-2.5-flash\nversion: 1.2.0\nowner: "@support"\n---\n{{role "system"}}\nYou help customers.\n{{role "user"}}\n{{question}}\n';

ruleTester(rule, {
  valid: [
    { name: 'no base revision known', path: 'prompts/a.prompt', text: BASE.replace('help', 'assist') },
    { name: 'a new file', path: 'prompts/a.prompt', text: BASE, baseText: null },
    { name: 'unchanged', path: 'prompts/a.prompt', text: BASE, baseText: BASE },
    { name: 'changed and bumped', path: 'prompts/a.prompt', text: BASE.replace('help', 'assist').replace('1.2.0', '1.2.1'), baseText: BASE },
    { name: 'only governance metadata changed', path: 'prompts/a.prompt', text: BASE.replace('@support', '@care').replace('---\n{{role', 'description: Support bot\n---\n{{role'), baseText: BASE },
    { name: 'only line endings and trailing blanks changed', path: 'prompts/a.prompt', text: `${BASE.replace(/\n/g, '\r\n').replace('customers.', 'customers.   ')}\n\n`, baseText: BASE },
    { name: 'YAML comments and key order are not content', path: 'prompts/a.prompt', text: BASE.replace('model: googleai/gemini-2.5-flash\nversion: 1.2.0\n', 'version: 1.2.0 # bumped by hand\nmodel: googleai/gemini-2.5-flash\n'), baseText: BASE },
    { name: 'no version in the file', path: 'prompts/a.prompt', text: BASE.replace('version: 1.2.0\n', '').replace('help', 'assist'), baseText: BASE },
    { name: 'a Copilot alias for the same model is not a model change', path: '.github/prompts/a.prompt.md', text: '---\nversion: 1.0.0\nmodel: GPT-4.1\n---\nReview.\n', baseText: '---\nversion: 1.0.0\nmodel: openai/gpt-4.1\n---\nReview.\n', policy: { models: { aliases: { 'GPT-4.1': 'openai/gpt-4.1' } } } },
  ],
  invalid: [
    {
      name: 'a message changed: patch bump first',
      path: 'prompts/a.prompt',
      text: BASE.replace('You help customers.', 'You help customers politely.\nAlways answer in English.'),
      baseText: BASE,
      errors: [{ text: '1.2.0', line: 3, message: 'Message 1 (system) changed (+2 −1) since the base revision, but the version is still 1.2.0: bump it.' }],
      output: BASE.replace('You help customers.', 'You help customers politely.\nAlways answer in English.').replace('1.2.0', '1.2.1'),
    },
    {
      name: 'the model changed: minor bump first',
      path: 'prompts/a.prompt',
      text: BASE.replace('googleai/gemini-2.5-flash', 'googleai/gemini-2.5-pro'),
      baseText: BASE,
      errors: [{ text: '1.2.0', message: 'The model changed (googleai/gemini-2.5-flash → googleai/gemini-2.5-pro) since the base revision, but the version is still 1.2.0: bump it.' }],
      output: BASE.replace('googleai/gemini-2.5-flash', 'googleai/gemini-2.5-pro').replace('1.2.0', '1.3.0'),
    },
    {
      name: 'a setting changed (GitHub prompt, temperature)',
      path: '.github/prompts/a.prompt.yml',
      text: 'version: 2.0.0\nmodel: openai/gpt-4.1\nmodelParameters:\n  temperature: 0.9\nmessages:\n  - role: user\n    content: Hi\n',
      baseText: 'version: 2.0.0\nmodel: openai/gpt-4.1\nmodelParameters:\n  temperature: 0.2\nmessages:\n  - role: user\n    content: Hi\n',
      errors: [{ text: '2.0.0', message: 'The prompt settings changed since the base revision, but the version is still 2.0.0: bump it.' }],
      output: 'version: 2.0.0\nmodel: openai/gpt-4.1\nmodelParameters:\n  temperature: 0.9\nmessages:\n  - role: user\n    content: Hi\n'.replace('2.0.0', '2.0.1'),
    },
    {
      name: 'prompty v2: a message added, version under metadata',
      path: 'prompts/a.prompty',
      text: '---\nname: x\nmetadata:\n  version: 0.3.0\n---\nsystem:\nBe brief.\nuser:\n{{q}}\n',
      baseText: '---\nname: x\nmetadata:\n  version: 0.3.0\n---\nsystem:\nBe brief.\n',
      errors: [{ text: '0.3.0', line: 4, message: /^Message 2 \(user\) was added \(\+1 −0\) since the base revision/ }],
    },
    {
      name: 'a version that is not semver: reported without fixes',
      path: 'prompts/a.prompt',
      text: BASE.replace('1.2.0', 'v1').replace('help', 'assist'),
      baseText: BASE.replace('1.2.0', 'v1'),
      errors: [{ text: 'v1' }],
      output: null,
    },
  ],
});

describe('version/not-bumped: fixes', () => {
  it('offers patch, minor and major, in that order when only content changed', () => {
    const [f] = runRule(rule, { path: 'prompts/a.prompt', text: BASE.replace('help', 'assist'), baseText: BASE });
    assert.deepEqual(f.fixes.map((x) => x.title), ['Bump the patch version to 1.2.1', 'Bump the minor version to 1.3.0', 'Bump the major version to 2.0.0']);
  });

  it('non_content_keys: a key listed there does not count', () => {
    const text = BASE.replace('---\n{{role', 'temperature_note: warm\n---\n{{role');
    assert.equal(runRule(rule, { path: 'prompts/a.prompt', text, baseText: BASE }).length, 1);
    assert.equal(runRule(rule, { path: 'prompts/a.prompt', text, baseText: BASE, options: { non_content_keys: ['version', 'temperature_note'] } }).length, 0);
  });
});
