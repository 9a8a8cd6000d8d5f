import rule from '../../../shared/src/rules/model/unknown';
import { ruleTester } from '../harness';

ruleTester(rule, {
  valid: [
    { name: 'provider/model', path: 'prompts/a.prompt', text: '---\nmodel: acme/house-model\n---\nHi\n' },
    { name: 'a bare id of a known family', path: 'prompts/a.prompty', text: '---\nmodel:\n  id: gpt-4o\n---\nsystem:\nHi\n' },
    { name: 'a Copilot display name of a known family', path: '.github/prompts/a.prompt.md', text: '---\nmodel: Claude Sonnet 4.5\n---\nHi\n' },
    { name: 'an Azure deployment named after its model', path: 'prompts/a.prompty', text: '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o-mini\n---\nsystem:\nHi\n' },
    { name: 'an unknown name mapped by an alias', path: 'prompts/a.prompty', text: '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: prod-chat\n---\nsystem:\nHi\n', policy: { models: { aliases: { 'prod-chat': 'openai/gpt-4.1' } } } },
    { name: 'a run-time model without an approved list', path: 'prompts/a.prompty', text: '---\nmodel:\n  id: ${env:MODEL}\n---\nsystem:\nHi\n' },
    { name: 'a run-time model, runtime option off', path: 'prompts/a.prompty', text: '---\nmodel:\n  id: ${env:MODEL}\n---\nsystem:\nHi\n', policy: { models: { approved: ['openai/*'] } }, options: { runtime: false } },
    { name: 'a bare id with a provider key', path: 'prompts/a.promptl', text: '---\nprovider: acme\nmodel: house-model\n---\n<user>Hi</user>\n' },
  ],
  invalid: [
    {
      name: 'an Azure deployment that names no model',
      path: 'prompts/a.prompty',
      text: '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: prod-chat\n---\nsystem:\nHi\n',
      errors: [{ text: 'prod-chat', line: 5, message: `The Azure deployment 'prod-chat' does not say which model it runs: map it in the policy's models.aliases (e.g. "prod-chat": provider/model) or write provider/model.` }],
      output: null,
    },
    {
      name: 'an unknown Copilot display name',
      path: '.github/prompts/a.prompt.md',
      text: "---\nmodel: ['GPT-4.1', 'Acme Turbo (Preview)']\n---\nHi\n",
      errors: [{ text: 'Acme Turbo (Preview)', message: /^The display name 'Acme Turbo \(Preview\)' is not mapped to a model id: map it in the policy's models\.aliases/ }],
    },
    {
      name: 'a bare id of no known family',
      path: 'prompts/a.prompt',
      text: '---\nmodel: house-model-v2\n---\nHi\n',
      errors: [{ text: 'house-model-v2', message: /'house-model-v2' is not a model promptgov recognizes and names no provider/ }],
    },
    {
      name: 'a run-time model under an approved list',
      path: 'prompts/a.prompty',
      text: '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: ${env:AZURE_OPENAI_DEPLOYMENT}\n---\nsystem:\nHi\n',
      policy: { models: { approved: ['openai/gpt-4.1'] } },
      errors: [{ text: '${env:AZURE_OPENAI_DEPLOYMENT}', message: /is read at run time .*cannot be checked offline/ }],
    },
  ],
});
