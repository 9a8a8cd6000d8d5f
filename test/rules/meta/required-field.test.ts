import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/meta/required-field';
import type { PolicyFile } from '../../../shared/src/policy/types';
import { ruleTester, runRule } from '../harness';

const REQUIRE: PolicyFile = { metadata: { required: ['owner', 'version', 'data_class'] } };

ruleTester(rule, {
  valid: [
    { name: 'nothing required (the default)', path: 'prompts/a.prompt', text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHi\n' },
    {
      name: 'dotprompt: top level, metadata block and ext namespace',
      path: 'prompts/a.prompt',
      text: '---\nversion: 1.0.0\nmetadata:\n  owner: "@support"\next:\n  acme:\n    data_class: internal\n---\nHi\n',
      policy: REQUIRE,
    },
    {
      name: 'dotprompt: dotted keys',
      path: 'prompts/a.prompt',
      text: '---\nacme.owner: "@support"\nacme.version: 2.0.0\nacme.data_class: public\n---\nHi\n',
      policy: REQUIRE,
    },
    {
      name: 'prompty v2 metadata block, data-class spelled with a dash',
      path: 'prompts/a.prompty',
      text: '---\nname: x\nmetadata:\n  owner: "@a"\n  version: 1.2.0\n  data-class: internal\n---\nsystem:\nHi\n',
      policy: REQUIRE,
    },
    {
      name: 'a custom field as a list',
      path: 'prompts/a.prompt',
      text: '---\nreviewers: ["@a", "@b"]\n---\nHi\n',
      policy: { metadata: { required: ['reviewers'] } },
    },
    {
      name: 'required only under an override that does not match',
      path: 'prompts/a.prompt',
      text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHi\n',
      policy: { overrides: [{ files: ['prod/**'], metadata: { required: ['owner'] } }] },
    },
  ],
  invalid: [
    {
      name: 'github prompt: a missing version gets version 1.0.0 at the top',
      path: '.github/prompts/a.prompt.yml',
      text: 'name: x\nmessages:\n  - role: user\n    content: Hi\n',
      policy: { metadata: { required: ['version'] } },
      errors: [{ text: 'name: x', line: 1, message: "The metadata field 'version' is missing; the policy requires it (metadata.required). Add 'version:' to the front matter." }],
      output: 'version: 1.0.0\nname: x\nmessages:\n  - role: user\n    content: Hi\n',
    },
    {
      name: 'dotprompt: version added before the closing fence',
      path: 'prompts/a.prompt',
      text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHi\n',
      policy: { metadata: { required: ['version'] } },
      errors: [{ text: '---', line: 1 }],
      output: '---\nmodel: googleai/gemini-2.5-flash\nversion: 1.0.0\n---\nHi\n',
    },
    {
      name: 'a file without front matter gets one',
      path: '.github/prompts/a.prompt.md',
      text: 'Review the code.\n',
      policy: { metadata: { required: ['version'] } },
      errors: [{ line: 1 }],
      output: '---\nversion: 1.0.0\n---\nReview the code.\n',
    },
    {
      name: 'several fields missing, each reported once',
      path: 'prompts/a.promptl',
      text: '---\nmodel: gpt-4o\n---\n<user>Hi</user>\n',
      policy: REQUIRE,
      errors: [{ message: /'owner' is missing/ }, { message: /'version' is missing/ }, { message: /'data_class' is missing/ }],
    },
    {
      name: 'an empty value is reported at its key',
      path: 'prompts/a.prompty',
      text: '---\nname: x\nowner: ""\nversion:\n---\nsystem:\nHi\n',
      policy: { metadata: { required: ['owner', 'version'] } },
      errors: [
        { text: 'owner: ""', line: 3, message: "The metadata field 'owner' is empty; the policy requires it (metadata.required). Write a value." },
        { text: 'version:', line: 4 },
      ],
      output: null,
    },
    {
      name: 'required through an override for the matching path',
      path: 'prod/a.prompt',
      text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHi\n',
      policy: { overrides: [{ files: ['prod/**'], metadata: { required: ['owner'] } }] },
      errors: [{ message: /'owner' is missing/ }],
    },
  ],
});

describe('meta/required-field: fixes', () => {
  it('offers a snippet with the policy\'s data classes as choices', () => {
    const [finding] = runRule(rule, {
      path: 'prompts/a.prompt',
      text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHi\n',
      policy: { metadata: { required: ['data_class'] }, data_classes: { public: {}, customer_pii: { max_retention: '30d' } } },
    });
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].snippet, true);
    assert.deepEqual(finding.fixes[0].edits, [{ offset: 37, endOffset: 37, text: 'data_class: ${1|public,customer_pii|}\n' }]);
  });

  it('offers an owner placeholder', () => {
    const [finding] = runRule(rule, { path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\nHi\n', policy: { metadata: { required: ['owner'] } } });
    assert.equal(finding.fixes[0].edits[0].text, 'owner: ${1:@team}\n');
  });
});
