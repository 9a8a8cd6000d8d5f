import rule from '../../../shared/src/rules/pii/email';
import { ruleTester } from '../harness';

const DOTPROMPT = (body: string, front = 'model: googleai/gemini-2.5-flash\n') => `---\n${front}---\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'no address', path: 'prompts/a.prompt', text: DOTPROMPT('Answer the question politely.\n') },
    { name: 'template variables are not data', path: 'prompts/a.prompt', text: DOTPROMPT('Reply to {{customer.email}} about {{topic}}.\n') },
    { name: 'an address inside a template expression is skipped', path: 'prompts/a.prompty', text: '---\nname: x\n---\nsystem:\nSend to {{ "ops@acme.io" if urgent else owner }}.\n' },
    { name: 'package specs, mentions and git remotes', path: 'prompts/a.prompt', text: DOTPROMPT('Use lodash@4.17.21, ping @jane, clone git@github.com:acme/app.git.\n') },
    { name: 'URL credentials belong to secret rules', path: 'prompts/a.prompt', text: DOTPROMPT('Connect to postgres://app:pw@db.acme.io/main.\n') },
    { name: 'placeholders can be ignored', path: 'prompts/a.prompt', text: DOTPROMPT('Write to test@example.com.\n'), options: { reportPlaceholders: false } },
    { name: 'not a real TLD', path: 'prompts/a.prompt.md', text: 'Mail admin@server.internal for access.\n' },
  ],
  invalid: [
    {
      name: 'system message (Dotprompt): error, masked message, label fix',
      path: 'prompts/support.prompt',
      text: DOTPROMPT('{{role "system"}}\nEscalate to jane.doe@acme.io.\n{{role "user"}}\n{{question}}\n'),
      errors: [{ text: 'jane.doe@acme.io', line: 5, column: 13, severity: 'error', entity: 'email', message: 'Email address j***@a***.io in a system message' }],
      output: DOTPROMPT('{{role "system"}}\nEscalate to [REDACTED_EMAIL].\n{{role "user"}}\n{{question}}\n'),
    },
    {
      name: 'several addresses, repeated ones too',
      path: 'prompts/a.prompt',
      text: DOTPROMPT('CC a@acme.io, b@acme.io and a@acme.io.\n'),
      errors: [{ text: 'a@acme.io' }, { text: 'b@acme.io' }, { text: 'a@acme.io' }],
      output: DOTPROMPT('CC [REDACTED_EMAIL], [REDACTED_EMAIL] and [REDACTED_EMAIL].\n'),
    },
    {
      name: 'Prompty: system message error, input sample at the test-data severity',
      path: 'prompts/chat.prompty',
      text: '---\nname: Chat\ninputs:\n  question:\n    type: string\n    sample: "Mail me at bob@acme.io"\n---\nsystem:\nEscalate to jane@acme.io.\n\nuser:\n{{question}}\n',
      errors: [
        { text: 'bob@acme.io', line: 6, severity: 'info', message: /in the sample value of input `question`/ },
        { text: 'jane@acme.io', line: 9, severity: 'error', message: /in a system message/ },
      ],
      output: '---\nname: Chat\ninputs:\n  question:\n    type: string\n    sample: "Mail me at [REDACTED_EMAIL]"\n---\nsystem:\nEscalate to [REDACTED_EMAIL].\n\nuser:\n{{question}}\n',
    },
    {
      name: 'few-shot example (Dotprompt model turn) at the example severity',
      path: 'prompts/a.prompt',
      text: DOTPROMPT('{{role "user"}}\nWho do I ask?\n{{role "model"}}\nAsk alice@acme.io.\n{{role "user"}}\n{{question}}\n'),
      errors: [{ text: 'alice@acme.io', severity: 'warning', message: 'Email address a***@a***.io in a few-shot example (assistant)' }],
      output: DOTPROMPT('{{role "user"}}\nWho do I ask?\n{{role "model"}}\nAsk [REDACTED_EMAIL].\n{{role "user"}}\n{{question}}\n'),
    },
    {
      name: 'exampleSeverity and testDataSeverity are options',
      path: 'prompts/a.prompt',
      text: DOTPROMPT('{{role "user"}}\nWho?\n{{role "model"}}\nAsk alice@acme.io.\n{{role "user"}}\n{{question}}\n'),
      options: { exampleSeverity: 'error' },
      errors: [{ text: 'alice@acme.io', severity: 'error' }],
    },
    {
      name: 'GitHub Models: whole-scalar value is quoted in YAML, test data is info',
      path: 'prompts/summarize.prompt.yml',
      text: "name: Summarize\nmodel: openai/gpt-4.1\nmessages:\n  - role: system\n    content: jane@acme.io\n  - role: user\n    content: 'Hi {{q}} from bob@acme.io'\ntestData:\n  - q: carol@acme.io\n",
      errors: [
        { text: 'jane@acme.io', line: 5, severity: 'error' },
        { text: 'bob@acme.io', line: 7, severity: 'error' },
        { text: 'carol@acme.io', line: 9, severity: 'info' },
      ],
      output: "name: Summarize\nmodel: openai/gpt-4.1\nmessages:\n  - role: system\n    content: \"[REDACTED_EMAIL]\"\n  - role: user\n    content: 'Hi {{q}} from [REDACTED_EMAIL]'\ntestData:\n  - q: \"[REDACTED_EMAIL]\"\n",
    },
    {
      name: 'Copilot prompt file',
      path: '.github/prompts/review.prompt.md',
      text: '---\ndescription: Review\n---\nAlways cc jane@acme.io on ${input:topic}.\n',
      errors: [{ text: 'jane@acme.io', line: 4, severity: 'error' }],
      output: '---\ndescription: Review\n---\nAlways cc [REDACTED_EMAIL] on ${input:topic}.\n',
    },
    {
      name: 'PromptL',
      path: 'prompts/a.promptl',
      text: '---\nprovider: openai\nmodel: gpt-4.1\n---\n<system>Mail jane@acme.io</system>\n<user>{{ question }}</user>\n',
      errors: [{ text: 'jane@acme.io', line: 5, message: /system message/ }],
      output: '---\nprovider: openai\nmodel: gpt-4.1\n---\n<system>Mail [REDACTED_EMAIL]</system>\n<user>{{ question }}</user>\n',
    },
    {
      name: 'front matter values are scanned; owner metadata is info',
      path: 'prompts/a.prompt',
      text: '---\nmodel: googleai/gemini-2.5-flash\nmetadata:\n  owner: jane@acme.io\n  reviewer: bob@acme.io\n---\nHello.\n',
      errors: [
        { text: 'jane@acme.io', line: 4, severity: 'info', message: /metadata/ },
        { text: 'bob@acme.io', line: 5, severity: 'error', message: /in the front matter/ },
      ],
      output: '---\nmodel: googleai/gemini-2.5-flash\nmetadata:\n  owner: "[REDACTED_EMAIL]"\n  reviewer: "[REDACTED_EMAIL]"\n---\nHello.\n',
    },
    {
      name: 'an address in a comment is still committed',
      path: 'prompts/a.prompt',
      text: DOTPROMPT('{{! owner: jane@acme.io }}\nHello.\n'),
      errors: [{ text: 'jane@acme.io', message: /comment/ }],
    },
    {
      name: 'documentation domains are placeholders at info, without fixes',
      path: 'prompts/a.prompt',
      text: DOTPROMPT('For example test@example.com or a@shop.test.\n'),
      errors: [
        { text: 'test@example.com', severity: 'info', message: /documentation or test value/ },
        { text: 'a@shop.test', severity: 'info' },
      ],
      output: null,
    },
    {
      name: 'variable style: Dotprompt declares the input in input.schema',
      path: 'prompts/a.prompt',
      policy: { redaction: { style: 'variable' } },
      text: '---\nmodel: googleai/gemini-2.5-flash\ninput:\n  schema:\n    question: string\n---\nMail jane@acme.io or jane@acme.io about {{question}}.\n',
      errors: [{ text: 'jane@acme.io' }, { text: 'jane@acme.io' }],
      output: '---\nmodel: googleai/gemini-2.5-flash\ninput:\n  schema:\n    question: string\n    email: string\n---\nMail {{email}} or {{email}} about {{question}}.\n',
    },
    {
      name: 'variable style: Prompty declares the input in inputs',
      path: 'prompts/a.prompty',
      policy: { redaction: { style: 'variable' } },
      text: '---\nname: x\ninputs:\n  question:\n    type: string\n---\nsystem:\nMail jane@acme.io.\n\nuser:\n{{question}}\n',
      errors: [{ text: 'jane@acme.io' }],
      output: '---\nname: x\ninputs:\n  question:\n    type: string\n  email:\n    type: string\n---\nsystem:\nMail {{ email }}.\n\nuser:\n{{question}}\n',
    },
    {
      name: 'mask style',
      path: 'prompts/a.prompt',
      policy: { redaction: { style: 'mask' } },
      text: DOTPROMPT('Mail jane@acme.io.\n'),
      errors: [{ text: 'jane@acme.io' }],
      output: DOTPROMPT('Mail j***@a***.io.\n'),
    },
  ],
});
