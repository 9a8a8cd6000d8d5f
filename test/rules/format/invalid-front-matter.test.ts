import rule from '../../../shared/src/rules/format/invalid-front-matter';
import { ruleTester } from '../harness';

ruleTester(rule, {
  valid: [
    { name: 'well-formed front matter', path: 'prompts/a.prompt', text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHello {{name}}\n' },
    { name: 'no front matter at all', path: 'prompts/a.prompt', text: 'Hello {{name}}\n' },
    { name: 'a GitHub Models file', path: 'a.prompt.yml', text: 'messages:\n  - role: user\n    content: Hi\n' },
  ],
  invalid: [
    {
      name: 'broken YAML, at the error',
      path: 'prompts/a.prompt',
      text: '---\nmodel: m\nconfig: {temperature: 0.2\n---\nHello\n',
      errors: [{ line: 4, message: /^Invalid YAML: / }],
      output: null,
    },
    {
      name: 'front matter never closed, at the opening fence',
      path: 'prompts/a.prompty',
      text: '---\nmodel: gpt-4o\nsystem:\nHello\n',
      errors: [{ text: '---', line: 1, column: 1, message: /never closed/ }],
      output: null,
    },
    {
      name: 'an alias bomb',
      path: '.github/prompts/a.prompt.md',
      text: '---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nHi\n',
      errors: [{ line: 2, message: /alias/ }],
    },
    {
      name: 'a front matter that is not a mapping',
      path: 'prompts/a.prompt',
      text: '---\n- a\n- b\n---\nHi\n',
      errors: [{ text: '- a', line: 2, message: /not a YAML mapping/ }],
    },
  ],
});
