import rule from '../../../shared/src/rules/budget/output-tokens';
import { ruleTester } from '../harness';

const BUDGET = { budgets: { max_output_tokens: 2000 } };

ruleTester(rule, {
  valid: [
    { name: 'no budget', path: 'prompts/a.prompt', text: '---\nconfig:\n  maxOutputTokens: 100000\n---\nHi\n' },
    { name: 'within the budget', path: 'prompts/a.prompt', text: '---\nconfig:\n  maxOutputTokens: 2000\n---\nHi\n', policy: BUDGET },
    { name: 'no setting', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\nHi\n', policy: BUDGET },
    { name: 'a run-time value is not judged', path: 'prompts/a.prompty', text: '---\nmodel:\n  parameters:\n    max_tokens: ${env:MAX}\n---\nsystem:\nHi\n', policy: BUDGET },
    { name: 'an annotation within the budget, digit separators', path: 'prompts/a.j2', text: '{# @max_tokens 2_000 #}\nHello {{ name }}\n', policy: BUDGET },
  ],
  invalid: [
    {
      name: 'dotprompt config.maxOutputTokens',
      path: 'prompts/a.prompt',
      text: '---\nconfig:\n  maxOutputTokens: 4096\n---\nHi\n',
      policy: BUDGET,
      errors: [{ text: '4096', line: 3, message: 'The prompt asks for up to 4,096 output tokens (config.maxOutputTokens), over the budget of 2,000 (budgets.max_output_tokens).' }],
      output: '---\nconfig:\n  maxOutputTokens: 2000\n---\nHi\n',
    },
    {
      name: 'prompty v1 model.parameters.max_tokens',
      path: 'prompts/a.prompty',
      text: '---\nmodel:\n  api: chat\n  parameters:\n    max_tokens: 3000\n---\nsystem:\nHi\n',
      policy: BUDGET,
      errors: [{ text: '3000' }],
      output: '---\nmodel:\n  api: chat\n  parameters:\n    max_tokens: 2000\n---\nsystem:\nHi\n',
    },
    {
      name: 'github modelParameters.max_tokens',
      path: '.github/prompts/a.prompt.yml',
      text: 'model: openai/gpt-4.1\nmodelParameters:\n  max_tokens: 8000\nmessages:\n  - role: user\n    content: Hi\n',
      policy: BUDGET,
      errors: [{ text: '8000', line: 3 }],
      output: 'model: openai/gpt-4.1\nmodelParameters:\n  max_tokens: 2000\nmessages:\n  - role: user\n    content: Hi\n',
    },
    {
      name: 'an @max_tokens annotation in a template comment',
      path: 'prompts/a.j2',
      text: '{# @max_tokens 2_500 #}\nHello {{ name }}\n',
      policy: BUDGET,
      errors: [{ text: '2_500', message: /asks for up to 2,500 output tokens \(@max_tokens\)/ }],
      output: '{# @max_tokens 2000 #}\nHello {{ name }}\n',
    },
  ],
});
