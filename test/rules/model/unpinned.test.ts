import assert from 'node:assert/strict';
import rule, { isPinnedModelId } from '../../../shared/src/rules/model/unpinned';
import type { PolicyFile } from '../../../shared/src/policy/types';
import { ruleTester } from '../harness';

const PINNED: PolicyFile = {
  models: {
    require_pinned: true,
    approved: ['openai/gpt-4o-2024-08-06', 'openai/gpt-4o-mini-2024-07-18', 'anthropic/claude-sonnet-4-5-20250929', 'googleai/gemini-2.5-*'],
  },
};

ruleTester(rule, {
  valid: [
    { name: 'pinning not required (the default)', path: 'prompts/a.prompt', text: '---\nmodel: openai/gpt-4o\n---\nHi\n' },
    { name: 'dated OpenAI snapshot', path: 'prompts/a.prompt', text: '---\nmodel: openai/gpt-4o-2024-08-06\n---\nHi\n', policy: PINNED },
    { name: 'dated Anthropic snapshot (bare, provider key)', path: 'prompts/a.prompty', text: '---\nmodel:\n  id: claude-sonnet-4-5-20250929\n  provider: anthropic\n---\nsystem:\nHi\n', policy: PINNED },
    { name: 'versioned Gemini snapshot', path: 'prompts/a.prompt', text: '---\nmodel: vertexai/gemini-1.5-pro-002\n---\nHi\n', policy: PINNED },
    { name: 'Azure deployment: pinned in Azure', path: 'prompts/a.prompty', text: '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o\n---\nsystem:\nHi\n', policy: PINNED },
    { name: 'Copilot display names cannot be pinned', path: '.github/prompts/a.prompt.md', text: '---\nmodel: GPT-4o\n---\nHi\n', policy: PINNED },
    { name: 'allowed by the allow option', path: 'prompts/a.prompt', text: '---\nmodel: ollama/llama3\n---\nHi\n', policy: PINNED, options: { allow: ['ollama/*'] } },
    { name: 'run-time model', path: 'prompts/a.prompty', text: '---\nmodel:\n  id: ${env:MODEL}\n---\nsystem:\nHi\n', policy: PINNED },
  ],
  invalid: [
    {
      name: 'moving alias, replaced by the approved snapshot of the same model',
      path: 'prompts/a.prompt',
      text: '---\nmodel: openai/gpt-4o\n---\nHi\n',
      policy: PINNED,
      errors: [{ text: 'openai/gpt-4o', line: 2, column: 8, message: "Model 'openai/gpt-4o' is a moving alias: the policy requires a pinned snapshot (models.require_pinned), e.g. gpt-4o-YYYY-MM-DD." }],
      output: '---\nmodel: openai/gpt-4o-2024-08-06\n---\nHi\n',
    },
    {
      name: 'a -latest alias, bare id in a GitHub prompt file',
      path: '.github/prompts/a.prompt.yml',
      text: 'model: gpt-4o-mini-latest\nmessages:\n  - role: user\n    content: Hi\n',
      policy: PINNED,
      errors: [{ text: 'gpt-4o-mini-latest' }],
      output: 'model: gpt-4o-mini-2024-07-18\nmessages:\n  - role: user\n    content: Hi\n',
    },
    {
      name: 'no approved snapshot of the model: no fix',
      path: 'prompts/a.promptl',
      text: '---\nprovider: anthropic\nmodel: claude-opus-4-1\n---\n<user>Hi</user>\n',
      policy: PINNED,
      errors: [{ text: 'claude-opus-4-1' }],
      output: null,
    },
    {
      name: 'a Gemini alias where only a glob is approved',
      path: 'prompts/chat.prompt',
      text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHi\n',
      policy: PINNED,
      errors: [{ text: 'googleai/gemini-2.5-flash' }],
      output: null,
    },
  ],
});

describe('model/unpinned: isPinnedModelId', () => {
  const table: [string, boolean][] = [
    ['openai/gpt-4o-2024-08-06', true],
    ['gpt-4-0613', true],
    ['gpt-3.5-turbo-0125', true],
    ['anthropic/claude-3-opus-20240229', true],
    ['vertexai/claude-3-5-sonnet@20240620', true],
    ['gemini-1.5-flash-002', true],
    ['gemini-2.5-pro-preview-05-06', true],
    ['gemini-2.5-flash-preview-09-2025', true],
    ['bedrock/anthropic.claude-3-sonnet-20240229-v1:0', true],
    ['deepseek/deepseek-v3-0324', true],
    ['openai/gpt-4o', false],
    ['gpt-4o-mini', false],
    ['claude-sonnet-4-5', false],
    ['anthropic/claude-3-5-sonnet-latest', false],
    ['googleai/gemini-2.5-flash', false],
  ];
  for (const [id, pinned] of table) it(`${id} → ${pinned ? 'pinned' : 'moving'}`, () => assert.equal(isPinnedModelId(id), pinned));
});
