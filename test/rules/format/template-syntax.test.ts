import rule from '../../../shared/src/rules/format/template-syntax';
import { ruleTester } from '../harness';

ruleTester(rule, {
  valid: [
    { name: 'balanced Handlebars with JSON braces', path: 'prompts/a.prompt', text: 'Hello {{name}}! Reply as {"a": {"b": 1}}.\n{{#if x}}y{{/if}}\n' },
    { name: 'balanced Jinja', path: 'a.prompty', text: 'system:\n{% for d in docs %}{{ d.title }}{% endfor %}{# note #}\n' },
    { name: 'GitHub Models files have no template syntax to break', path: 'a.prompt.yml', text: 'messages:\n  - role: user\n    content: "}} {{ oops"\n' },
  ],
  invalid: [
    {
      name: 'an extra closing brace (the Dotprompt example)',
      path: 'prompts/error-unbalanced-brace.prompt',
      text: '---\nmodel: gemini-2.5-flash\n---\nHello, {{ name }}!\n\nThis has an extra closing brace: }}\n',
      errors: [{ text: '}}', line: 6, column: 34, message: /Unbalanced `}}`/ }],
      output: null,
    },
    {
      name: 'an unclosed block and a closer with no opener',
      path: 'prompts/a.prompt',
      text: '{{#each items}}\n- {{this}}\n{{section "x"}}{{/section}}\n',
      errors: [
        { text: '{{#each items}}', line: 1, message: /never closed/ },
        { text: '{{/section}}', line: 3, message: /closes no open/ },
      ],
    },
    {
      name: 'an unclosed Jinja expression',
      path: 'a.prompty',
      text: 'system:\nHello {{ name\n',
      errors: [{ text: '{{', line: 2, column: 7 }],
    },
    {
      name: 'an unclosed PromptL message tag',
      path: 'a.promptl',
      text: '<user>\nHi {{ name }}\n',
      errors: [{ text: '<user>', line: 1 }],
    },
  ],
});
