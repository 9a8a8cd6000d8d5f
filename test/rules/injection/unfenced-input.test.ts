import rule from '../../../shared/src/rules/injection/unfenced-input';
import { ruleTester } from '../harness';
import { fixRoundTrips } from './fixes';

const FM = '---\nname: a\n---\n';
const DP = '---\nmodel: googleai/gemini-2.5-flash\n---\n';

ruleTester(rule, {
  valid: [
    { name: 'prompty: a tag pair', path: 'prompts/a.prompty', text: `${FM}user:\nSummarize <ticket>{{ ticket }}</ticket> briefly.\n` },
    { name: 'prompty: tags on lines of their own around a loop', path: 'prompts/a.prompty', text: `${FM}user:\n<documents>\n{% for d in docs %}\n- {{ d.text }}\n{% endfor %}\n</documents>\nAnswer.\n` },
    { name: 'prompty: the whole user message is the input', path: 'prompts/a.prompty', text: `${FM}system:\nBe brief.\nuser:\n{{ question }}\n` },
    { name: 'prompty: a trusted input', path: 'prompts/a.prompty', text: `${FM}user:\nReply in {{ locale }}.\n`, policy: { inputs: { trusted: ['locale'] } } },
    { name: 'prompty: a number and a count', path: 'prompts/a.prompty', text: '---\nname: a\ninputs:\n  n:\n    type: number\n---\nuser:\nUse {{ n }} words for {{ items.length }} items.\n' },
    { name: 'dotprompt: a fenced block', path: 'prompts/a.prompt', text: `${DP}Review this code:\n\`\`\`\n{{code}}\n\`\`\`\n` },
    { name: 'dotprompt: text before any role is a user message holding only the input', path: 'prompts/a.prompt', text: `${DP}{{input}}\n` },
    { name: 'dotprompt: media is not text', path: 'prompts/a.prompt', text: `${DP}Describe this:\n{{media url=photo}}\n` },
    { name: 'github: triple quotes', path: 'a.prompt.yml', text: 'messages:\n  - role: user\n    content: |\n      Summarize:\n      """\n      {{text}}\n      """\n' },
    { name: 'github: same-line double quotes count by default', path: 'a.prompt.yml', text: "messages:\n  - role: user\n    content: 'The title is \"{{title}}\".'\n" },
    { name: 'github: the whole content is the input', path: 'a.prompt.yml', text: "messages:\n  - role: user\n    content: '{{question}}'\n" },
    { name: 'copilot: editor paths are trusted', path: '.github/prompts/a.prompt.md', text: 'Document ${file} in ${workspaceFolder}.\n' },
    { name: 'copilot: the whole prompt is the input', path: '.github/prompts/a.prompt.md', text: '${input:request}\n' },
    { name: 'promptl: a tag pair', path: 'a.promptl', text: '<user>\nTranslate <source>{{ text }}</source>.\n</user>\n' },
    { name: 'template: a policy delimiter pair', path: 'prompts/a.j2', text: 'Summarize:\nBEGIN INPUT\n{{ text }}\nEND INPUT\n', policy: { delimiters: ['BEGIN INPUT ... END INPUT'] } },
    { name: 'template: a policy delimiter used both ways', path: 'prompts/a.j2', text: 'Summarize:\n###\n{{ text }}\n###\n', policy: { delimiters: ['### ... ###'] } },
  ],
  invalid: [
    {
      name: 'prompty: inline in a user message',
      path: 'prompts/a.prompty',
      text: `${FM}user:\nSummarize {{ ticket.body }} briefly.\n`,
      errors: [
        {
          text: '{{ ticket.body }}',
          line: 5,
          column: 11,
          severity: 'warning',
          message: "Untrusted input 'ticket' is not fenced: nothing marks where its text ends and the instructions resume. Wrap it in a tag pair such as <ticket_body>…</ticket_body>, a fenced block or triple quotes.",
        },
      ],
      output: `${FM}user:\nSummarize <ticket_body>{{ ticket.body }}</ticket_body> briefly.\n`,
    },
    {
      name: 'prompty: a loop over an untrusted list: one finding, the loop is fenced',
      path: 'prompts/a.prompty',
      text: `${FM}user:\nUse these:\n  {% for d in docs %}\n  - {{ d.title }}: {{ d.text }}\n  {% endfor %}\nAnswer.\n`,
      errors: [{ text: '{{ d.title }}: {{ d.text }}', line: 7, message: /^Untrusted input 'docs' \(its items, in the loop at line 6\) \(2 places\) is not fenced/ }],
      output: `${FM}user:\nUse these:\n  <docs>\n  {% for d in docs %}\n  - {{ d.title }}: {{ d.text }}\n  {% endfor %}\n  </docs>\nAnswer.\n`,
    },
    {
      name: 'prompty mustache: inline',
      path: 'prompts/a.prompty',
      text: '---\ntemplate: mustache\n---\nuser:\nAbout {{topic}}, please.\n',
      errors: [{ text: '{{topic}}', line: 5 }],
      output: '---\ntemplate: mustache\n---\nuser:\nAbout <topic>{{topic}}</topic>, please.\n',
    },
    {
      name: 'dotprompt: two inputs on a line; a reserved tag name gets a suffix',
      path: 'prompts/a.prompt',
      text: `${DP}{{role "user"}}\nHello {{user}}, about {{subject}}.\n`,
      errors: [{ text: '{{user}}', line: 5 }, { text: '{{subject}}', line: 5 }],
      output: `${DP}{{role "user"}}\nHello <user_input>{{user}}</user_input>, about <subject>{{subject}}</subject>.\n`,
    },
    {
      name: 'github: inside a quoted scalar, in the YAML-safe way',
      path: 'a.prompt.yml',
      text: "messages:\n  - role: user\n    content: 'Compare {{a}} with {{b}}'\n",
      errors: [{ text: '{{a}}', line: 3 }, { text: '{{b}}', line: 3 }],
      output: "messages:\n  - role: user\n    content: 'Compare <a_input>{{a}}</a_input> with <b_input>{{b}}</b_input>'\n",
    },
    {
      name: 'github: a label line then the input, in a literal block',
      path: 'a.prompt.yml',
      text: 'messages:\n  - role: user\n    content: |-\n      Issue body:\n      {{issue_body}}\n',
      errors: [{ text: '{{issue_body}}', line: 5 }],
      output: 'messages:\n  - role: user\n    content: |-\n      Issue body:\n      <issue_body>{{issue_body}}</issue_body>\n',
    },
    {
      name: 'copilot: the selection inline',
      path: '.github/prompts/review.prompt.md',
      text: 'Review ${selection} for SQL injection.\n',
      errors: [{ text: '${selection}', line: 1, column: 8 }],
      output: 'Review <selection>${selection}</selection> for SQL injection.\n',
    },
    {
      name: 'promptl: inline',
      path: 'a.promptl',
      text: '<user>\nTranslate {{ text }} to French.\n</user>\n',
      errors: [{ text: '{{ text }}', line: 2 }],
      output: '<user>\nTranslate <text_input>{{ text }}</text_input> to French.\n</user>\n',
    },
    {
      name: 'template (jinja): inline',
      path: 'prompts/summary.j2',
      text: 'Summarize this email: {{ email_body }}\n',
      errors: [{ text: '{{ email_body }}', line: 1 }],
      output: 'Summarize this email: <email_body>{{ email_body }}</email_body>\n',
    },
    {
      name: 'quotes do not count with quotes: false',
      path: 'prompts/a.prompty',
      text: `${FM}user:\nThe title is "{{ title }}".\n`,
      options: { quotes: false },
      errors: [{ text: '{{ title }}', line: 5 }],
    },
    {
      name: 'a policy delimiter that is closed before the input does not fence it',
      path: 'prompts/a.j2',
      text: 'BEGIN INPUT\nx\nEND INPUT\n{{ text }}\n',
      policy: { delimiters: ['BEGIN INPUT ... END INPUT'] },
      errors: [{ text: '{{ text }}', line: 4 }],
    },
    {
      name: 'prompty: a history-generated message is left to role-forgery, the rest is reported',
      path: 'prompts/a.prompty',
      text: `${FM}system:\nHi\n{% for m in history %}\n{{ m.role }}:\n{{ m.content }}\n{% endfor %}\nuser:\nQ: {{ q }}\n`,
      errors: [{ text: '{{ q }}', line: 11 }],
    },
  ],
});

fixRoundTrips(rule, [
  { name: 'prompty: every unfenced input of a file', path: 'prompts/a.prompty', text: `${FM}system:\nBe brief.\nuser:\nName: {{ name }}, tier {{ tier }}\n{% for d in docs %}\n{{ d }}\n{% endfor %}\n`, keepsExpressions: true },
  { name: 'dotprompt: adjacent expressions need two rounds', path: 'prompts/a.prompt', text: `${DP}{{role "user"}}\nCompare {{a}}{{b}} now.\n`, keepsExpressions: true, output: `${DP}{{role "user"}}\nCompare <a_input>{{a}}</a_input><b_input>{{b}}</b_input> now.\n` },
  { name: 'dotprompt: an each block', path: 'prompts/a.prompt', text: `${DP}{{role "user"}}\nTeam:\n{{#each members}}\n- {{name}} ({{role}})\n{{/each}}\n`, keepsExpressions: true },
  { name: 'github: plain scalar', path: 'a.prompt.yml', text: 'messages:\n  - role: user\n    content: Describe a {{animal}} in JSON\n', keepsExpressions: true },
  { name: 'copilot: input with a placeholder', path: '.github/prompts/a.prompt.md', text: '---\nmode: agent\n---\nCreate a test for ${input:scenario:Describe the scenario} now.\n', keepsExpressions: true },
  { name: 'promptl: for loop', path: 'a.promptl', text: '<user>\n{{ for item in items }}\n* {{ item }}\n{{ endfor }}\nPick one.\n</user>\n', keepsExpressions: true },
]);
