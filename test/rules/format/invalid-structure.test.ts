import rule from '../../../shared/src/rules/format/invalid-structure';
import { ruleTester } from '../harness';

ruleTester(rule, {
  valid: [
    {
      name: 'a GitHub Models prompt file',
      path: '.github/prompts/summarize.prompt.yml',
      text: 'name: Summarizer\nmodel: openai/gpt-4o-mini\nmessages:\n  - role: system\n    content: Summarize.\n  - role: user\n    content: "{{input}}"\n',
    },
    { name: 'other formats have no such structure', path: 'prompts/a.prompt', text: '---\nmodel: m\n---\nHi\n' },
  ],
  invalid: [
    {
      name: 'prompt text in a top-level `system` key',
      path: '.github/prompts/security-expert.prompt.yml',
      text: 'system: |\n  You review code.\nmessages:\n  - role: user\n    content: Review {{diff}}\n',
      errors: [{ text: 'system', line: 1, column: 1, severity: 'warning', message: /^Not a GitHub Models prompt file: the top-level `system` key/ }],
      output: null,
    },
    {
      name: 'no messages',
      path: 'a.prompt.yml',
      text: 'name: x\nmodel: openai/gpt-4o\n',
      errors: [{ text: 'name', line: 1, message: 'Not a GitHub Models prompt file: `messages` is missing.' }],
    },
    {
      name: 'an unknown role',
      path: 'a.prompt.yaml',
      text: 'messages:\n  - role: narrator\n    content: Once upon a time\n',
      errors: [{ text: 'narrator', line: 2, column: 11 }],
    },
  ],
});
