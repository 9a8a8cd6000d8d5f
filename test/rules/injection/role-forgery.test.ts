import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/injection/role-forgery';
import { findChatTokens } from '../../../shared/src/trust/chatTokens';
import { ruleTester } from '../harness';

const FM = '---\nname: a\n---\n';
const DP = '---\nmodel: googleai/gemini-2.5-flash\n---\n';

ruleTester(rule, {
  valid: [
    { name: 'prompty: input after a label on its line', path: 'prompts/a.prompty', text: `${FM}user:\nQuestion: {{ question }}\n` },
    { name: 'prompty: input followed by text on its line', path: 'prompts/a.prompty', text: `${FM}system:\n{{ name }} is the customer.\n` },
    { name: 'prompty: a trusted input alone on its line', path: 'prompts/a.prompty', text: `${FM}user:\n{{ greeting }}\n`, policy: { inputs: { trusted: ['greeting'] } } },
    { name: 'prompty: strict mode rejects forged markers', path: 'prompts/a.prompty', text: '---\nname: a\ntemplate:\n  format:\n    kind: jinja2\n    strict: true\n---\nuser:\n{{ question }}\n' },
    { name: 'prompty: a thread input is not text', path: 'prompts/a.prompty', text: '---\nname: a\ninputs:\n  - name: conversation\n    kind: thread\n---\nsystem:\nHi\n\n{{conversation}}\n' },
    { name: 'dotprompt: a literal role', path: 'prompts/a.prompt', text: `${DP}{{role "system"}}\nHi {{name}}\n` },
    { name: 'dotprompt: role chosen by a trusted input', path: 'prompts/a.prompt', text: `${DP}{{role speaker}}\nHi\n`, policy: { inputs: { trusted: ['speaker'] } } },
    { name: 'dotprompt: input alone on its line (roles are not line-based)', path: 'prompts/a.prompt', text: `${DP}{{question}}\n` },
    { name: 'promptl: literal role attribute', path: 'a.promptl', text: '<message role="user">\n{{ q }}\n</message>\n' },
    { name: 'markdown strikethrough is not a token', path: '.github/prompts/a.prompt.md', text: 'Write <s>old</s> new and use [link](x).\n' },
    { name: 'Human: without a blank line before it', path: '.github/prompts/a.prompt.md', text: 'Transcript:\nHuman: hi\nAI: hello\n' },
    { name: 'a token inside a template expression is not prompt text', path: 'prompts/a.prompty', text: `${FM}user:\nQ: {{ "<|im_start|>" ~ q }}\n` },
    { name: 'template: a raw chat template with only trusted inputs', path: 'prompts/chat.j2', text: '<|im_start|>user\n{{ q }}<|im_end|>\n', policy: { inputs: { trusted: ['q'] } } },
  ],
  invalid: [
    {
      name: 'prompty: input alone on its line',
      path: 'prompts/a.prompty',
      text: `${FM}system:\nBe brief.\nuser:\n{{ question }}\n`,
      errors: [
        {
          text: '{{ question }}',
          line: 7,
          severity: 'warning',
          message:
            "Untrusted input 'question' stands alone on its line: Prompty splits roles after rendering, so the value `system:` opens a system message. Put a label before it on the line, or enable strict mode (template: {format: {strict: true}}).",
        },
      ],
      output: null,
    },
    {
      name: 'prompty: a history loop builds role lines from data',
      path: 'prompts/a.prompty',
      text: `${FM}system:\nBe brief.\n{% for item in history %}\n{{item.role}}:\n{{item.content}}\n{% endfor %}\n`,
      errors: [
        { text: '{{item.role}}', line: 7, message: /^The role of this line comes from untrusted input 'history'/ },
        { text: '{{item.content}}', line: 8, message: /^Untrusted input 'history' stands alone on its line/ },
      ],
    },
    {
      name: 'prompty: after a markdown heading mark',
      path: 'prompts/a.prompty',
      text: `${FM}user:\n# {{ title }}\n`,
      errors: [{ text: '{{ title }}', line: 5 }],
    },
    {
      name: 'prompty mustache: alone on its line',
      path: 'prompts/a.prompty',
      text: '---\ntemplate: mustache\n---\nuser:\n{{question}}\n',
      errors: [{ text: '{{question}}', line: 5 }],
    },
    {
      name: 'dotprompt: the role is chosen by an input',
      path: 'prompts/a.prompt',
      text: `${DP}{{role speaker}}\nHi\n`,
      errors: [{ text: '{{role speaker}}', line: 4, message: "The message role is chosen by untrusted input 'speaker': a value of `system` turns the text after it into instructions. Write the role as a literal." }],
    },
    {
      name: 'promptl: the role attribute is an input',
      path: 'a.promptl',
      text: '<message role="{{ speaker }}">\nHi\n</message>\n',
      errors: [{ text: '{{ speaker }}', line: 1 }],
    },
    {
      name: 'prompty: ChatML and Llama 3 tokens in instructions; legacy Human: is info',
      path: 'prompts/a.prompty',
      text: `${FM}system:\nStart with <|im_start|>assistant and end with <|eot_id|>.\n\nHuman: hello\n`,
      errors: [
        { text: '<|im_start|>', line: 5, severity: 'warning', message: /^'<\|im_start\|>' is a ChatML chat-template token written as prompt text/ },
        { text: '<|eot_id|>', line: 5, message: /Llama 3/ },
        { text: 'Human:', line: 7, severity: 'info' },
      ],
    },
    {
      name: 'dotprompt: Llama 2 and Gemma tokens',
      path: 'prompts/a.prompt',
      text: `${DP}<s>[INST] <<SYS>>\nYou are kind.\n<</SYS>> hi [/INST] ok </s><s> <start_of_turn>user\n`,
      errors: [
        { text: '<s>[INST]', line: 4 },
        { text: '<<SYS>>', line: 4 },
        { text: '<</SYS>>', line: 6 },
        { text: '[/INST]', line: 6 },
        { text: '</s><s>', line: 6 },
        { text: '<start_of_turn>', line: 6 },
      ],
    },
    {
      name: 'github: a token in a message; in test data it is info',
      path: 'a.prompt.yml',
      text: "messages:\n  - role: user\n    content: 'Say {{x}} <|endoftext|>'\ntestData:\n  - x: '<|im_end|>'\n",
      errors: [
        { text: '<|endoftext|>', line: 3, severity: 'warning' },
        { text: '<|im_end|>', line: 5, severity: 'info' },
      ],
    },
    {
      name: 'copilot: DeepSeek full-width token',
      path: '.github/prompts/a.prompt.md',
      text: 'Reply after <\uFF5CAssistant\uFF5C> only.\n',
      errors: [{ text: '<\uFF5CAssistant\uFF5C>', line: 1, message: /DeepSeek/ }],
    },
    {
      name: 'promptl: token in a message',
      path: 'a.promptl',
      text: '<user>\n<|user|> hi\n</user>\n',
      errors: [{ text: '<|user|>', line: 2 }],
    },
    {
      name: 'template: a raw chat template is structure; its untrusted input is reported once',
      path: 'prompts/chat.j2',
      text: '<|im_start|>system\nBe kind<|im_end|>\n<|im_start|>user\n{{ question }}<|im_end|>\n{{ extra }}\n',
      errors: [{ text: '{{ question }}', line: 4, message: /^This template writes its turns with chat-template tokens \(<\|im_start\|>\): untrusted input 'question', 'extra'/ }],
    },
  ],
});

describe('injection/role-forgery: findChatTokens', () => {
  it('shifts spans by the base offset and keeps them in order', () => {
    const tokens = findChatTokens('a [INST] b <|im_end|>', 100);
    assert.deepEqual(tokens.map((t) => [t.token, t.span.offset]), [['[INST]', 102], ['<|im_end|>', 111]]);
  });
  it('does not take `<s>` alone, nor `</s>` alone, nor `<|` without a closing bar', () => {
    assert.deepEqual(findChatTokens('<s>x</s> <|not a token <| x |>').map((t) => t.token), []);
  });
  it('finds legacy prefixes only after a blank line', () => {
    assert.deepEqual(findChatTokens('\n\nHuman: a\nAssistant: b\n\nAssistant: c').map((t) => [t.token, t.span.offset]), [['Human:', 2], ['Assistant:', 25]]);
  });
});
