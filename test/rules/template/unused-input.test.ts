import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { analyzeText } from '../../../shared/src/analyze';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import rule from '../../../shared/src/rules/template/unused-input';
import { ruleTester } from '../harness';

ruleTester(rule, {
  valid: [
    {
      name: 'prompty: every input read (through paths, loops and conditions)',
      path: 'prompts/chat.prompty',
      text: '---\ninputs:\n  customer:\n    type: object\n  documentation:\n    type: object\n  question:\n    type: string\n---\nsystem:\n{% for item in documentation %}{{ item.title }}{% endfor %}\n{% if customer.vip %}VIP{% endif %}\nuser:\n{{ question }}\n',
    },
    {
      name: 'prompty v2: list-form inputs',
      path: 'prompts/threaded.prompty',
      text: '---\ninputs:\n  - name: question\n    kind: string\n  - name: conversation\n    kind: thread\n---\nsystem:\nHi\n{{conversation}}\nuser:\n{{question}}\n',
    },
    {
      name: 'dotprompt: read by a helper argument and a block',
      path: 'prompts/a.prompt',
      text: '---\ninput:\n  schema:\n    photo: string\n    items(array): string\n---\n{{media url=photo}}{{#each items}}{{this}}{{/each}}\n',
    },
    {
      name: 'dotprompt: the whole context is handed on ({{json this}})',
      path: 'prompts/a.prompt',
      text: '---\ninput:\n  schema:\n    a: string\n    b: string\n---\nData: {{json this}}\n',
    },
    {
      name: 'dotprompt: a partial may read the inputs',
      path: 'prompts/a.prompt',
      text: '---\ninput:\n  schema:\n    a: string\n    style: string\n---\n{{a}} {{> style}}\n',
    },
    {
      name: 'dotprompt: input.default alone is not a declaration to report',
      path: 'prompts/a.prompt',
      text: '---\ninput:\n  default:\n    tone: friendly\n---\nHello\n',
    },
    {
      name: 'github: test data may carry values for evaluators',
      path: '.github/prompts/a.prompt.yml',
      text: 'messages:\n  - role: user\n    content: Summarize {{text}}\ntestData:\n  - text: hello\n    extra: unused\n',
    },
    {
      name: 'promptl: parameters read',
      path: 'prompts/a.promptl',
      text: '---\nparameters:\n  q:\n    type: string\n---\n<user>{{ q }}</user>\n',
    },
    {
      name: 'promptl: an include may read the parameters',
      path: 'prompts/a.promptl',
      text: '---\nparameters:\n  q:\n    type: string\n---\n<user><prompt path="shared" /></user>\n',
    },
    {
      name: 'prompty v2: an input bound to a tool parameter is read',
      path: 'prompts/weather.prompty',
      text: '---\ntools:\n  - name: get_weather\n    kind: function\n    bindings:\n      unit:\n        input: preferred_unit\ninputs:\n  - name: question\n    kind: string\n  - name: preferred_unit\n    kind: string\n---\nuser:\n{{question}}\n',
    },
    {
      name: 'copilot: not applicable (${input:x} declares by use)',
      path: '.github/prompts/a.prompt.md',
      text: 'Explain ${input:topic}.\n',
    },
  ],
  invalid: [
    {
      name: 'prompty v1: an input no expression reads',
      path: 'prompts/chat.prompty',
      text: '---\ninputs:\n  customer:\n    type: object\n  question:\n    type: string\n---\nsystem:\nAnswer {{ question }}\n',
      errors: [{ text: 'customer', line: 3, column: 3, severity: 'info', message: "Input 'customer' is declared but no template expression reads it." }],
      output: null,
    },
    {
      name: 'prompty v2: list entry, reported at its name',
      path: 'prompts/threaded.prompty',
      text: '---\ninputs:\n  - name: question\n    kind: string\n  - name: conversation\n    kind: thread\n---\nuser:\n{{question}}\n',
      errors: [{ text: 'conversation', line: 5, column: 11 }],
      output: null,
    },
    {
      name: 'dotprompt: Picoschema keys with ? and (type) are reported at the name',
      path: 'prompts/a.prompt',
      text: '---\ninput:\n  schema:\n    topic: string\n    budget?: number, Optional budget\n    tags?(array, labels): string\n---\n{{topic}}\n',
      errors: [{ text: 'budget', line: 5, column: 5 }, { text: 'tags', line: 6, column: 5 }],
      output: null,
    },
    {
      name: 'dotprompt: a name read only inside an each block is not the input (it is the item field)',
      path: 'prompts/a.prompt',
      text: '---\ninput:\n  schema:\n    items(array): string\n    name: string\n---\n{{#each items}}{{name}}{{/each}}\n',
      errors: [{ text: 'name', line: 5 }],
    },
    {
      name: 'dotprompt: JSON Schema properties',
      path: 'prompts/a.prompt',
      text: '---\ninput:\n  schema:\n    type: object\n    properties:\n      topic:\n        type: string\n      tone:\n        type: string\n---\n{{topic}}\n',
      errors: [{ text: 'tone', line: 8, column: 7 }],
    },
    {
      name: 'github: a declared variable never used',
      path: '.github/prompts/a.prompt.yml',
      text: 'messages:\n  - role: user\n    content: Summarize {{text}}\nvariables:\n  - name: text\n  - name: language\n',
      errors: [{ text: 'language', line: 6, column: 11 }],
    },
    {
      name: 'promptl: a parameter never used',
      path: 'prompts/a.promptl',
      text: '---\nparameters:\n  q:\n    type: string\n  unused:\n    type: string\n---\n<user>{{ q }}</user>\n',
      errors: [{ text: 'unused', line: 5, column: 3 }],
    },
  ],
});

describe('template/unused-input: the real prompt corpus', () => {
  const dir = '/work/shared/corpus/real-prompts';
  it('reports only the groundedness evaluator whose template never reads `question`', function () {
    if (!existsSync(dir)) {
      console.log(`    skipped: ${dir} is absent, so the corpus check did not run`);
      this.skip();
    }
    const found: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f !== 'SOURCES.md').sort()) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const analysis = analyzeText(file, text, resolveFromObjects({}), { rules: [rule] });
      for (const f of analysis?.output.findings ?? []) found.push(`${file} ${f.line}:${f.column} ${text.slice(f.offset, f.endOffset)}`);
    }
    assert.deepEqual(found, ['Azure-Samples__contoso-chat__src-api-evaluators-custom_evals-groundedness.prompty 15:3 question']);
  });
});
