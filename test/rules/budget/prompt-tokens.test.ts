import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/budget/prompt-tokens';
import { staticParts, utf8Length } from '../../../shared/src/governance/promptText';
import { parseDocument } from '../../../shared/src/formats';
import { ruleTester } from '../harness';

const SYSTEM = 'You are a helpful assistant. Answer in French, briefly and politely.'; // 14 tokens (o200k and cl100k)
const USER = 'Summarize the following ticket for the support team: '; // 12 tokens
const JAPANESE = 'こんにちは世界、元気ですか？'; // 8 tokens in o200k_base, 10 in cl100k_base

ruleTester(rule, {
  valid: [
    { name: 'no budget', path: 'prompts/a.prompt', text: `---\nmodel: openai/gpt-4o\n---\n${SYSTEM}\n` },
    { name: 'within the budget', path: 'prompts/a.prompt', text: `---\nmodel: openai/gpt-4o\n---\n${SYSTEM}\n`, policy: { budgets: { max_prompt_tokens: 14 } } },
    {
      name: 'template expressions are not static text',
      path: 'prompts/a.prompt',
      text: '---\nmodel: openai/gpt-4o\n---\nHello world {{ aVeryLongVariableNameThatWouldCostTokensIfItWereCountedAsText }}\n',
      policy: { budgets: { max_prompt_tokens: 3 } },
    },
    {
      name: 'o200k_base for gpt-4o: 8 tokens fit a budget of 9',
      path: 'prompts/a.prompt',
      text: `---\nmodel: openai/gpt-4o\n---\n${JAPANESE}\n`,
      policy: { budgets: { max_prompt_tokens: 9 } },
    },
  ],
  invalid: [
    {
      name: 'one message over the budget, at its role marker',
      path: 'prompts/a.prompt',
      text: `---\nmodel: openai/gpt-4o\n---\n{{role "system"}}\n${SYSTEM}\n{{role "user"}}\nHi\n`,
      policy: { budgets: { max_prompt_tokens: 10 } },
      errors: [
        {
          text: '{{role "system"}}',
          line: 4,
          message: 'Message 1 (system) has 14 tokens of static text, over the budget of 10 (budgets.max_prompt_tokens; o200k_base, the tokenizer of openai/gpt-4o).',
        },
      ],
      output: null,
    },
    {
      name: 'cl100k_base for gpt-4: the same text is 10 tokens, over a budget of 9',
      path: 'prompts/a.prompty',
      text: `---\nmodel:\n  id: gpt-4\n---\nsystem:\n${JAPANESE}\n`,
      policy: { budgets: { max_prompt_tokens: 9 } },
      errors: [{ text: 'system:', message: /has 10 tokens of static text, over the budget of 9 \(budgets\.max_prompt_tokens; cl100k_base, the tokenizer of gpt-4\)/ }],
    },
    {
      name: 'another family: counted with the policy encoding and said to be approximate',
      path: '.github/prompts/a.prompt.yml',
      text: `model: anthropic/claude-sonnet-4-5\nmessages:\n  - role: system\n    content: ${SYSTEM}\n`,
      policy: { budgets: { max_prompt_tokens: 10, encoding: 'cl100k_base' } },
      errors: [{ text: 'role: system', message: /has 14 tokens .*approximate: counted with cl100k_base, anthropic\/claude-sonnet-4-5 uses its own tokenizer\)\.$/ }],
    },
    {
      name: 'each message within the budget, the total over it: reported at the model',
      path: '.github/prompts/a.prompt.yml',
      text: `model: openai/gpt-4.1\nmessages:\n  - role: system\n    content: ${SYSTEM}\n  - role: user\n    content: "${USER}"\n`,
      policy: { budgets: { max_prompt_tokens: 20 } },
      errors: [{ text: 'openai/gpt-4.1', line: 1, message: 'The prompt has 26 tokens of static text in 2 messages, over the budget of 20 (budgets.max_prompt_tokens; o200k_base, the tokenizer of openai/gpt-4.1).' }],
    },
    {
      name: 'a template without a model',
      path: 'prompts/a.j2',
      text: `${SYSTEM}\n`,
      policy: { budgets: { max_prompt_tokens: 5 } },
      errors: [{ line: 1, message: /^The prompt has 14 tokens .*approximate: counted with o200k_base, the file names no model\)\.$/ }],
    },
  ],
});

describe('budget/prompt-tokens: static text', () => {
  it('removes template expressions from each message', () => {
    const doc = parseDocument('a.prompt', '---\nmodel: x/y\n---\n{{role "system"}}\nHi {{ name }}, see {{#if x}}this{{/if}}.\n', 'dotprompt');
    assert.deepEqual(staticParts(doc).map((p) => [p.label, p.text.trim()]), [['Message 1 (system)', 'Hi , see this.']]);
  });

  it('counts UTF-8 bytes (the upper bound that lets the tokenizer stay unloaded)', () => {
    assert.equal(utf8Length('abc'), 3);
    assert.equal(utf8Length('é'), 2);
    assert.equal(utf8Length('世'), 3);
    assert.equal(utf8Length('😀'), 4);
  });
});
