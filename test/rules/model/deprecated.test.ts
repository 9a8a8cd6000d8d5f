import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/model/deprecated';
import type { PolicyFile } from '../../../shared/src/policy/types';
import { ruleTester, runRule } from '../harness';

const POLICY: PolicyFile = {
  models: {
    approved: ['openai/gpt-4.1', 'openai/gpt-4.1-mini', 'googleai/gemini-2.5-*'],
    deprecated: [
      { id: 'openai/gpt-4o-2024-05-13', sunset: '2026-06-01', replacement: 'openai/gpt-4.1' },
      { id: 'googleai/gemini-1.5-*', sunset: '2025-09-24', replacement: 'googleai/gemini-2.5-flash' },
      { id: 'acme/old-model' },
    ],
    aliases: { 'GPT-4o (May)': 'openai/gpt-4o-2024-05-13', 'GPT-4.1': 'openai/gpt-4.1' },
  },
};

ruleTester(rule, {
  valid: [
    { name: 'a current model', path: 'prompts/a.prompt', text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHi\n', policy: POLICY },
    { name: 'a run-time model is not judged', path: 'prompts/a.prompty', text: '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: ${env:DEPLOYMENT}\n---\nsystem:\nHi\n', policy: POLICY },
    { name: 'the built-in list can be turned off', path: 'prompts/a.prompt', text: '---\nmodel: openai/gpt-4-0314\n---\nHi\n', options: { builtin: false } },
    { name: 'a Vertex model is not a Gemini API retirement', path: 'prompts/a.prompt', text: '---\nmodel: vertexai/gemini-2.5-pro-preview-03-25\n---\nHi\n' },
  ],
  invalid: [
    {
      name: 'policy entry before its sunset: warning with the date and the replacement as first fix',
      path: 'prompts/a.prompt',
      text: '---\nmodel: openai/gpt-4o-2024-05-13\n---\nHi\n',
      policy: POLICY,
      now: '2026-01-15T12:00:00Z',
      errors: [
        {
          text: 'openai/gpt-4o-2024-05-13',
          line: 2,
          severity: 'warning',
          message: "Model 'openai/gpt-4o-2024-05-13' is deprecated and retires on 2026-06-01 (137 days from now); use openai/gpt-4.1 instead (policy models.deprecated[0]).",
        },
      ],
      output: '---\nmodel: openai/gpt-4.1\n---\nHi\n',
    },
    {
      name: 'policy glob after its sunset: an error; bare id keeps the bare spelling',
      path: 'prompts/a.prompty',
      text: '---\nmodel:\n  id: gemini-1.5-pro-002\n  provider: googleai\n---\nsystem:\nHi\n',
      policy: POLICY,
      errors: [{ text: 'gemini-1.5-pro-002', severity: 'error', message: /was retired on 2025-09-24; use googleai\/gemini-2\.5-flash instead/ }],
      output: '---\nmodel:\n  id: gemini-2.5-flash\n  provider: googleai\n---\nsystem:\nHi\n',
    },
    {
      name: 'after the sunset, the configured severity stays when error_after_sunset is off',
      path: 'prompts/a.prompt',
      text: '---\nmodel: googleai/gemini-1.5-flash\n---\nHi\n',
      policy: POLICY,
      options: { error_after_sunset: false },
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'policy entry without a date or replacement: approved models are offered',
      path: 'prompts/a.prompt',
      text: "---\nmodel: 'acme/old-model'\n---\nHi\n",
      policy: POLICY,
      errors: [{ text: 'acme/old-model', message: "Model 'acme/old-model' is deprecated (policy models.deprecated[2])." }],
      output: "---\nmodel: 'openai/gpt-4.1'\n---\nHi\n",
    },
    {
      name: 'built-in list: a retired OpenAI snapshot, cited with its source',
      path: '.github/prompts/a.prompt.yml',
      text: 'model: openai/gpt-4-0314\nmessages:\n  - role: user\n    content: Hi\n',
      errors: [
        {
          text: 'openai/gpt-4-0314',
          severity: 'error',
          message: "Model 'openai/gpt-4-0314' was retired on 2024-06-13; use openai/gpt-4-0613 instead (announced by the provider: https://platform.openai.com/docs/deprecations#2023-06-13-updated-chat-models).",
        },
      ],
      output: 'model: openai/gpt-4-0613\nmessages:\n  - role: user\n    content: Hi\n',
    },
    {
      name: 'built-in list: a bare Anthropic snapshot (PromptL, provider key)',
      path: 'prompts/a.promptl',
      text: '---\nprovider: anthropic\nmodel: claude-3-opus-20240229\n---\n<user>Hi</user>\n',
      errors: [{ text: 'claude-3-opus-20240229', message: /was retired on 2026-01-05 \(announced by the provider: https:\/\/docs\.anthropic\.com/ }],
      output: null,
    },
    {
      name: 'built-in list, before the retirement date: a warning with the days left',
      path: 'prompts/a.prompt',
      text: '---\nmodel: anthropic/claude-3-7-sonnet-20250219\n---\nHi\n',
      now: '2026-02-09T08:00:00Z',
      errors: [{ severity: 'warning', message: /retires on 2026-02-19 \(10 days from now\)/ }],
    },
    {
      name: 'copilot: a display name mapped by an alias, replaced by the alias of the replacement',
      path: '.github/prompts/a.prompt.md',
      text: "---\nmodel: ['GPT-4o (May)']\n---\nHi\n",
      policy: POLICY,
      errors: [{ text: 'GPT-4o (May)' }],
      output: "---\nmodel: ['GPT-4.1']\n---\nHi\n",
    },
    {
      name: 'evaluator model in a GitHub prompt file',
      path: '.github/prompts/a.prompt.yml',
      text: 'model: openai/gpt-4.1\nmessages:\n  - role: user\n    content: Hi\nevaluators:\n  - name: judge\n    llm:\n      modelId: openai/text-davinci-003\n      prompt: ok?\n',
      errors: [{ text: 'openai/text-davinci-003', line: 8, message: /use openai\/gpt-3\.5-turbo-instruct instead/ }],
    },
  ],
});

describe('model/deprecated: fixes', () => {
  it('offers the replacement first, then approved models that are not deprecated themselves', () => {
    const findings = runRule(rule, {
      path: 'prompts/a.prompt',
      text: '---\nmodel: openai/gpt-4o-2024-05-13\n---\nHi\n',
      policy: { models: { ...POLICY.models, approved: ['openai/gpt-4o-2024-05-13', 'openai/gpt-4.1-mini', 'googleai/gemini-2.5-*', 'openai/gpt-4.1'] } },
    });
    assert.deepEqual(
      findings[0].fixes.map((f) => f.title),
      ['Replace with openai/gpt-4.1 (the recommended replacement)', 'Replace with the approved model openai/gpt-4.1-mini'],
    );
  });
});
