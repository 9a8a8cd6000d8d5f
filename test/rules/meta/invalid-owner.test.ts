import rule from '../../../shared/src/rules/meta/invalid-owner';
import { ruleTester } from '../harness';

const PATTERN = { metadata: { owner_pattern: '^@[a-z0-9-]+(/[a-z0-9-]+)?$' } };

ruleTester(rule, {
  valid: [
    { name: 'no owner', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\nHi\n' },
    { name: 'any real owner without a pattern', path: 'prompts/a.prompt', text: '---\nowner: Support Team\n---\nHi\n' },
    { name: 'a team matching the pattern', path: 'prompts/a.prompt', text: '---\nowner: "@acme/support"\n---\nHi\n', policy: PATTERN },
    { name: 'a list of owners matching the pattern', path: 'prompts/a.prompty', text: '---\nmetadata:\n  owner: ["@alice", "@acme/ml"]\n---\nsystem:\nHi\n', policy: PATTERN },
    { name: 'an invalid pattern checks nothing (reported in the policy)', path: 'prompts/a.prompt', text: '---\nowner: whoever\n---\nHi\n', policy: { metadata: { owner_pattern: '(' } } },
  ],
  invalid: [
    {
      name: 'a placeholder',
      path: 'prompts/a.prompt',
      text: '---\nowner: TODO\n---\nHi\n',
      errors: [{ text: 'TODO', line: 2, message: "The owner 'TODO' is a placeholder: name the person or team responsible for this prompt." }],
      output: null,
    },
    {
      name: 'not matching the pattern',
      path: '.github/prompts/a.prompt.yml',
      text: 'owner: Support Team\nmessages:\n  - role: user\n    content: Hi\n',
      policy: PATTERN,
      errors: [{ text: 'Support Team', message: "The owner 'Support Team' does not match the policy's owner pattern ^@[a-z0-9-]+(/[a-z0-9-]+)?$ (metadata.owner_pattern)." }],
    },
    {
      name: 'an email address is masked in the message',
      path: 'prompts/a.prompt',
      text: '---\nowner: jane.doe@example.com\n---\nHi\n',
      policy: PATTERN,
      errors: [{ message: /^The owner '(?!jane\.doe@example\.com')j[^']*@[^']*' does not match/ }],
    },
    {
      name: 'one bad owner in a list',
      path: 'prompts/a.prompty',
      text: '---\nowner: ["@alice", "tbd"]\n---\nsystem:\nHi\n',
      policy: PATTERN,
      errors: [{ message: /'tbd' is a placeholder/ }],
    },
  ],
});
