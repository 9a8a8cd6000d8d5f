import rule, { safeFilterSpan } from '../../../shared/src/rules/injection/raw-interpolation';
import assert from 'node:assert/strict';
import { ruleTester } from '../harness';
import { fixRoundTrips } from './fixes';

const FM = '---\nname: a\n---\n';
const DP = '---\nmodel: googleai/gemini-2.5-flash\n---\n';

ruleTester(rule, {
  valid: [
    { name: 'prompty: escaped output', path: 'prompts/a.prompty', text: `${FM}user:\n<q>{{ q }}</q>\n` },
    { name: 'prompty: `| safe` on a trusted input', path: 'prompts/a.prompty', text: `${FM}user:\n{{ banner | safe }}\n`, policy: { inputs: { trusted: ['banner'] } } },
    { name: 'prompty: a variable named safe', path: 'prompts/a.prompty', text: `${FM}user:\n{{ safe }} and {{ x | safe_join }}\n` },
    { name: 'prompty: `| e` after `| safe` escapes again', path: 'prompts/a.prompty', text: `${FM}user:\n{{ q | e }}\n` },
    { name: 'prompty: autoescape true', path: 'prompts/a.prompty', text: `${FM}user:\n{% autoescape true %}{{ q }}{% endautoescape %}\n` },
    { name: 'template (handlebars): double braces escape', path: 'prompts/a.hbs', text: 'Hello {{name}}\n' },
    { name: 'template (handlebars): triple braces on a trusted input', path: 'prompts/a.hbs', text: 'Hello {{{html}}}\n', policy: { inputs: { trusted: ['html'] } } },
    { name: 'dotprompt: no input at all', path: 'prompts/a.prompt', text: `${DP}Tell a joke.\n` },
    { name: 'dotprompt: the explanation can be switched off', path: 'prompts/a.prompt', text: `${DP}Hi {{name}}\n`, options: { explainDotprompt: false } },
    { name: 'dotprompt: only trusted inputs (a top-level list)', path: 'prompts/a.prompt', text: '---\nmodel: x/y\nx-promptgov-trusted: [locale]\ninput:\n  schema:\n    locale: string\n---\nReply in {{locale}}.\n' },
    { name: 'dotprompt: only trusted inputs (a Picoschema description tag)', path: 'prompts/a.prompt', text: '---\nmodel: x/y\ninput:\n  schema:\n    locale: string, reply language @trusted\n---\nReply in {{locale}}.\n' },
  ],
  invalid: [
    {
      name: 'prompty: `| safe` is removed',
      path: 'prompts/a.prompty',
      text: `${FM}user:\n<doc>{{ doc | safe }}</doc>\n`,
      errors: [{ text: '{{ doc | safe }}', line: 5, severity: 'warning', message: "Untrusted input 'doc' is marked `| safe`: it is printed without escaping, so it can close the tags that fence it. Remove `| safe`." }],
      output: `${FM}user:\n<doc>{{ doc }}</doc>\n`,
    },
    {
      name: 'prompty: `|safe` in a filter chain',
      path: 'prompts/a.prompty',
      text: `${FM}user:\n{{ doc|safe|trim }}\n`,
      errors: [{ text: '{{ doc|safe|trim }}' }],
      output: `${FM}user:\n{{ doc|trim }}\n`,
    },
    {
      name: 'prompty: an autoescape false region is reported once, at its tag',
      path: 'prompts/a.prompty',
      text: `${FM}user:\n{% autoescape false %}\n{{ a }} {{ b }}\n{% endautoescape %}\n`,
      errors: [{ text: '{% autoescape false %}', line: 5, message: /^`autoescape false` prints untrusted input 'a', 'b' without escaping \(2 places\)/ }],
      output: `${FM}user:\n{% autoescape true %}\n{{ a }} {{ b }}\n{% endautoescape %}\n`,
    },
    {
      name: 'prompty mustache: triple mustache',
      path: 'prompts/a.prompty',
      text: '---\ntemplate: mustache\n---\nuser:\n<q>{{{q}}}</q>\n',
      errors: [{ text: '{{{q}}}', line: 5, message: /printed raw \(\{\{\{…\}\}\}\)/ }],
      output: '---\ntemplate: mustache\n---\nuser:\n<q>{{q}}</q>\n',
    },
    {
      name: 'template (handlebars): triple braces and {{& x}}',
      path: 'prompts/a.hbs',
      text: 'A {{{one}}} B {{& two}} C {{~{three}~}}\n',
      errors: [{ text: '{{{one}}}' }, { text: '{{& two}}' }],
      output: 'A {{one}} B {{two}} C {{~{three}~}}\n',
    },
    {
      name: 'template (jinja): `| safe`',
      path: 'prompts/a.j2',
      text: 'Text: {{ body | safe }}\n',
      errors: [{ text: '{{ body | safe }}', line: 1 }],
      output: 'Text: {{ body }}\n',
    },
    {
      name: 'dotprompt: one explanation per file, at the first untrusted interpolation',
      path: 'prompts/a.prompt',
      text: `${DP}{{role "system"}}\nBe kind.\n{{role "user"}}\nHi {{name}}, {{question}}\n`,
      errors: [{ text: '{{name}}', line: 7, severity: 'info', message: /^Dotprompt never escapes interpolations and splits messages after rendering: if untrusted input 'name'/ }],
      output: null,
    },
  ],
});

describe('injection/raw-interpolation: safeFilterSpan', () => {
  it('finds `| safe` and the blanks before it, not `safe_join` nor `unsafe`', () => {
    const text = '{{ a | safe_join | unsafe | safe }}';
    const span = safeFilterSpan(text, { offset: 0, endOffset: text.length });
    assert.deepEqual(span && text.slice(span.offset, span.endOffset), ' | safe');
    assert.equal(safeFilterSpan('{{ a | safe_x }}', { offset: 0, endOffset: 16 }), undefined);
  });
});

fixRoundTrips(rule, [
  { name: 'prompty: several `| safe`', path: 'prompts/a.prompty', text: `${FM}user:\n<a>{{ a | safe }}</a>\n<b>{{ b|safe }}</b>\n` },
  { name: 'template (handlebars): raw forms', path: 'prompts/a.hbs', text: '<x>{{{x}}}</x> <y>{{& y}}</y>\n' },
  { name: 'prompty: autoescape region', path: 'prompts/a.prompty', text: `${FM}user:\n{% autoescape False %}<a>{{ a }}</a>{% endautoescape %}\n` },
]);
