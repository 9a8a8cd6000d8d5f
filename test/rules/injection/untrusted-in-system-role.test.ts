import rule from '../../../shared/src/rules/injection/untrusted-in-system-role';
import { ruleTester } from '../harness';
import { fixRoundTrips } from './fixes';

const PROMPTY = `---
name: support
inputs:
  question:
    type: string
  customer:
    type: object
---
system:
You are a support agent.
The customer is {{ customer.name }}.
Be brief.

user:
{{ question }}
`;

const PROMPTY_LOOP = `---
name: rag
---
system:
Answer from these documents.
{% for doc in documents %}
- {{ doc.title }}: {{ doc.text }}
{% endfor %}
`;

const DOTPROMPT = `---
model: googleai/gemini-2.5-flash
input:
  schema:
    name: string
    locale: string
---
{{role "system"}}
You greet {{name}} in {{locale}}.
Be warm.
{{role "user"}}
Hello!
`;

const GITHUB = `name: Greeter
model: openai/gpt-4o
messages:
  - role: system
    content: |
      You greet {{name}}.
      Be warm.
  - role: user
    content: Hello!
`;

const PROMPTL = `<system>
You greet {{ name }}.
Be warm.
</system>
<user>
Hello!
</user>
`;

ruleTester(rule, {
  valid: [
    { name: 'prompty: input only in the user message', path: 'prompts/a.prompty', text: '---\nname: a\n---\nsystem:\nBe brief.\nuser:\n{{ question }}\n' },
    {
      name: 'prompty: a trusted input (policy glob) in the system message',
      path: 'prompts/a.prompty',
      text: '---\nname: a\n---\nsystem:\nAnswer in {{ locale }}.\nuser:\n{{ question }}\n',
      policy: { inputs: { trusted: ['locale'] } },
    },
    {
      name: 'prompty: an input the file declares trusted',
      path: 'prompts/a.prompty',
      text: '---\nname: a\ninputs:\n  locale:\n    type: string\n    trusted: true\n---\nsystem:\nAnswer in {{ locale }}.\n',
    },
    {
      name: 'prompty: a policy that lists untrusted inputs leaves the others trusted',
      path: 'prompts/a.prompty',
      text: '---\nname: a\n---\nsystem:\nToday is {{ today }}.\n',
      policy: { inputs: { untrusted: ['user_*'] } },
    },
    {
      name: 'prompty: a numeric input cannot carry instructions',
      path: 'prompts/a.prompty',
      text: '---\nname: a\ninputs:\n  limit:\n    type: integer\n---\nsystem:\nAnswer in at most {{ limit }} words.\n',
    },
    {
      name: 'prompty: a history loop that writes its own role lines',
      path: 'prompts/a.prompty',
      text: '---\nname: a\n---\nsystem:\nBe brief.\n{% for item in history %}\n{{ item.role }}:\n{{ item.content }}\n{% endfor %}\n',
    },
    {
      name: 'prompty: a thread input is spliced in as messages',
      path: 'prompts/a.prompty',
      text: '---\nname: a\ninputs:\n  - name: conversation\n    kind: thread\n---\nsystem:\nBe brief.\n\n{{conversation}}\n',
    },
    { name: 'dotprompt: text before any role is a user message', path: 'prompts/a.prompt', text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHello {{name}}\n' },
    { name: 'dotprompt: model message', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{role "model"}}\nI am {{name}}\n' },
    { name: 'dotprompt: the media helper in a user message', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{role "user"}}\n{{media url=photo}}\n' },
    { name: 'github: variables in the user message only', path: 'a.prompt.yml', text: 'messages:\n  - role: system\n    content: Be brief.\n  - role: user\n    content: "{{question}}"\n' },
    { name: 'copilot: a prompt file is a user message', path: '.github/prompts/a.prompt.md', text: 'Review ${selection} for ${input:focus}.\n' },
    { name: 'copilot: editor paths are trusted', path: '.github/instructions/a.instructions.md', text: 'Files like ${fileBasename} use tabs.\n' },
    { name: 'promptl: variables in the user message', path: 'a.promptl', text: '<system>\nBe brief.\n</system>\n<user>\n{{ question }}\n</user>\n' },
    {
      name: 'file trust ignored when the policy forbids it: still valid when trusted by the policy glob',
      path: 'prompts/a.prompty',
      text: '---\nname: a\ninputs:\n  locale:\n    type: string\n    trusted: true\n---\nsystem:\nAnswer in {{ locale }}.\n',
      policy: { inputs: { allow_file_trust: false, trusted: ['loc*'] } },
    },
  ],
  invalid: [
    {
      name: 'prompty: an untrusted input in the system message, moved to the following user message',
      path: 'prompts/support.prompty',
      text: PROMPTY,
      errors: [
        {
          text: '{{ customer.name }}',
          line: 11,
          severity: 'error',
          message: "Untrusted input 'customer' is interpolated into a system message: the model reads it with the authority of the instructions. Move it into a user message, or mark it trusted (inputs.trusted in the policy) if only the application writes it.",
        },
      ],
      output: PROMPTY.replace('The customer is {{ customer.name }}.\n', '').replace('user:\n', 'user:\nThe customer is {{ customer.name }}.\n\n'),
    },
    {
      name: 'prompty: a loop over an untrusted list is one finding; at the end of the message it gets a user marker',
      path: 'prompts/rag.prompty',
      text: PROMPTY_LOOP,
      errors: [{ text: '{{ doc.title }}: {{ doc.text }}', line: 7, message: /^Untrusted input 'documents' \(its items, in the loop at line 6\) is interpolated into a system message \(2 places\)/ }],
      output: PROMPTY_LOOP.replace('{% for', 'user:\n{% for'),
    },
    {
      name: 'prompty: text before the first marker is a system message',
      path: 'prompts/a.prompty',
      text: '---\nname: a\n---\nSummarize: {{ text }}\n',
      errors: [{ text: '{{ text }}', line: 4 }],
      output: '---\nname: a\n---\nuser:\nSummarize: {{ text }}\n',
    },
    {
      name: 'prompty: a developer message, wholly untrusted: its marker becomes user',
      path: 'prompts/a.prompty',
      text: '---\nname: a\n---\ndeveloper:\n{{ rules }}\n',
      errors: [{ text: '{{ rules }}', message: /into a developer message/ }],
      output: '---\nname: a\n---\nuser:\n{{ rules }}\n',
    },
    {
      name: 'prompty: the file says untrusted, which wins over a policy glob',
      path: 'prompts/a.prompty',
      text: '---\nname: a\ninputs:\n  locale:\n    type: string\n    trusted: false\n---\nsystem:\nAnswer in {{ locale }}.\n',
      policy: { inputs: { trusted: ['locale'] } },
      errors: [{ text: '{{ locale }}', line: 9 }],
    },
    {
      name: 'prompty: allow_file_trust false ignores the file declaration',
      path: 'prompts/a.prompty',
      text: '---\nname: a\ninputs:\n  locale:\n    type: string\n    x-promptgov-trusted: true\n---\nsystem:\nAnswer in {{ locale }}.\n',
      policy: { inputs: { allow_file_trust: false } },
      errors: [{ text: '{{ locale }}', line: 9 }],
    },
    {
      name: 'prompty: a media input in the system message',
      path: 'prompts/a.prompty',
      text: '---\nname: a\ninputs:\n  - name: photo\n    kind: image\n---\nsystem:\nDescribe it.\n\n{{photo}}\n\nuser:\nWhat is it?\n',
      errors: [{ text: '{{photo}}', line: 10, message: /^Untrusted media input 'photo' is attached to a system message/ }],
    },
    {
      name: 'dotprompt: {{role "system"}}; the line moves to the user message',
      path: 'prompts/greet.prompt',
      text: DOTPROMPT,
      errors: [{ text: '{{name}} in {{locale}}', line: 9, message: /^Untrusted inputs 'name', 'locale' are interpolated into a system message \(2 places\)/ }],
      output: DOTPROMPT.replace('You greet {{name}} in {{locale}}.\n', '').replace('{{role "user"}}\n', '{{role "user"}}\nYou greet {{name}} in {{locale}}.\n\n'),
    },
    {
      name: 'dotprompt: a system message with nothing but input becomes a user message',
      path: 'prompts/a.prompt',
      text: '---\nmodel: x/y\n---\n{{role "system"}}\n{{instructions}}\n',
      errors: [{ text: '{{instructions}}', line: 5 }],
      output: '---\nmodel: x/y\n---\n{{role "user"}}\n{{instructions}}\n',
    },
    {
      name: 'github: a literal block; the line moves into a new user entry',
      path: '.github/prompts/greet.prompt.yml',
      text: GITHUB,
      errors: [{ text: '{{name}}', line: 6 }],
      output: GITHUB.replace('      You greet {{name}}.\n', '').replace('      Be warm.\n', '      Be warm.\n  - role: user\n    content: |\n      You greet {{name}}.\n'),
    },
    {
      name: 'github: a plain scalar holding only input: the role becomes user',
      path: 'a.prompt.yml',
      text: 'messages:\n  - role: system\n    content: "{{persona}}"\n',
      errors: [{ text: '{{persona}}', line: 3 }],
      output: 'messages:\n  - role: user\n    content: "{{persona}}"\n',
    },
    {
      name: 'github: a folded scalar cannot be split safely: no fix',
      path: 'a.prompt.yml',
      text: 'messages:\n  - role: system\n    content: >-\n      You greet {{name}}.\n      Be warm.\n  - role: user\n    content: Hi\n',
      errors: [{ text: '{{name}}', line: 4 }],
      output: null,
    },
    {
      name: 'copilot: an instructions file is a system instruction (no user message to move to)',
      path: '.github/instructions/review.instructions.md',
      text: 'Review ${selection} carefully.\n',
      errors: [{ text: '${selection}', line: 1, message: /^Untrusted input 'selection' is interpolated into this instructions file \(sent as system instructions\)/ }],
      output: null,
    },
    {
      name: 'copilot: an agent file',
      path: '.github/agents/a.agent.md',
      text: '---\nname: a\n---\nFocus on ${input:area}.\n',
      errors: [{ text: '${input:area}', line: 4, message: /this agent file/ }],
      output: null,
    },
    {
      name: 'promptl: a <system> tag; the line moves into a new <user> message',
      path: 'prompts/greet.promptl',
      text: PROMPTL,
      errors: [{ text: '{{ name }}', line: 2 }],
      output: '<system>\nBe warm.\n</system>\n<user>\nYou greet {{ name }}.\n</user>\n<user>\nHello!\n</user>\n',
    },
    {
      name: 'promptl: text outside tags is system; wrapping it in <user> makes it a user message',
      path: 'prompts/a.promptl',
      text: '<user>\nHi\n</user>\nThe topic is {{ topic }}.\n',
      errors: [{ text: '{{ topic }}', line: 4 }],
      output: '<user>\nHi\n</user>\n<user>\nThe topic is {{ topic }}.\n</user>\n',
    },
    {
      name: 'promptl: a <system> message of only input is renamed',
      path: 'prompts/a.promptl',
      text: '<system>\n{{ rules }}\n</system>\n',
      errors: [{ text: '{{ rules }}' }],
      output: '<user>\n{{ rules }}\n</user>\n',
    },
  ],
});

fixRoundTrips(rule, [
  { name: 'prompty: several lines move, one by one, and the system message keeps its instructions', path: 'prompts/a.prompty', text: `---\nname: a\n---\nsystem:\nYou help.\nName: {{ name }}\nBe brief.\nTier: {{ tier }}\nNever swear.\n\nuser:\n{{ question }}\n`, keepsExpressions: true },
  { name: 'prompty: the whole system message is input, line by line: it becomes a user message', path: 'prompts/a.prompty', text: '---\nname: a\n---\nsystem:\n{{ a }}\n{{ b }}\nuser:\nHi\n', keepsExpressions: true, output: '---\nname: a\n---\nuser:\n{{ a }}\n{{ b }}\nuser:\nHi\n' },
  { name: 'prompty: a loop in the middle of the system message', path: 'prompts/rag.prompty', text: '---\nname: rag\n---\nsystem:\nUse these:\n{% for d in docs %}\n- {{ d.text }}\n{% endfor %}\nCite them.\n', keepsExpressions: true },
  { name: 'prompty: CRLF line breaks stay CRLF', path: 'prompts/a.prompty', text: '---\r\nname: a\r\n---\r\nsystem:\r\nYou help.\r\nName: {{ name }}\r\nBe brief.\r\n', keepsExpressions: true, output: '---\r\nname: a\r\n---\r\nsystem:\r\nYou help.\r\nBe brief.\r\nuser:\r\nName: {{ name }}\r\n\r\n' },
  { name: 'dotprompt: a system message followed by a model message', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{role "system"}}\nYou help {{name}}.\nBe brief.\n{{role "model"}}\nHi!\n', keepsExpressions: true },
  { name: 'github: two lines of a literal block', path: 'a.prompt.yml', text: GITHUB.replace('      Be warm.\n', '      Be warm.\n      Speak {{language}}.\n      Stay kind.\n'), keepsExpressions: true },
  { name: 'github: the gh-models example shape (system literal block with three lines of inputs)', path: 'advanced_template_prompt.yml', text: 'name: A\nmodel: openai/gpt-4o-mini\nmessages:\n  - role: system\n    content: |\n      You are {{persona}}.\n      Style: {{tone}}.\n      \n      Context: {{user_name}} at {{company}}.\n      \n  - role: user\n    content: |\n      Hello\n', keepsExpressions: true },
  { name: 'promptl: a system tag with input in the middle', path: 'a.promptl', text: '<system>\nYou help.\nName: {{ name }}\nBe brief.\n</system>\n', keepsExpressions: true },
]);
