import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { parsePicoschemaKey } from '../../shared/src/formats/dotprompt';
import { at, expr, messageSummary, problemLines } from './helpers';

const GREETING = `# Copyright header
# promptgov-disable-next-line pii/phone

---
model: googleai/gemini-2.5-flash
version: 2.0.1
config:
  maxOutputTokens: 2048
input:
  schema:
    name: string, the user's name
    persona?: string
    items(array, things to list):
      title: string
    x-promptgov-trusted-note?: string
  default:
    persona: Space Pirate
ext:
  acme:
    owner: "@acme/prompts"
acme.retention: 30d
---
{{! promptgov-disable-next-line pii/email }}
{{role "system"}}
You love impressions.
{{role "user"}}
Say hello to Michael.
{{role "model"}}
Ahoy!
{{role "user"}}
Say hello to {{name}} as a "{{persona}}".
{{#each items as |item idx|}}{{item.title}} {{@index}} {{title}}{{/each}}
{{> footer tone=persona}}
`;

describe('formats/dotprompt', () => {
  const doc = parseDocument('prompts/hello.prompt', GREETING);

  it('allows # comment lines before the front matter and keeps them as comments', () => {
    assert.equal(doc.format, 'dotprompt');
    assert.deepEqual(doc.problems, []);
    assert.equal(at(doc, doc.comments[1].span), '# promptgov-disable-next-line pii/phone');
    const hbComment = doc.comments.find((c) => c.text.includes('pii/email'))!;
    assert.equal(at(doc, hbComment.span), '{{! promptgov-disable-next-line pii/email }}');
    assert.equal(hbComment.text, ' promptgov-disable-next-line pii/email ');
  });

  it('reads the model, metadata from top level, ext blocks and dotted keys', () => {
    assert.deepEqual(doc.models.map((m) => [m.id, m.source, at(doc, m.span)]), [['googleai/gemini-2.5-flash', 'model', 'googleai/gemini-2.5-flash']]);
    assert.equal(doc.metadata.version?.value, '2.0.1');
    assert.equal(doc.metadata.owner?.value, '@acme/prompts');
    assert.equal(doc.metadata.owner?.source, 'ext.acme.owner');
    assert.equal(at(doc, doc.metadata.owner!.span), '@acme/prompts');
    assert.equal(doc.metadata.retention?.source, 'acme.retention');
    assert.equal(doc.metadata.maxOutputTokens?.value, '2048');
  });

  it('reads Picoschema inputs (optional, typed keys) and input.default samples', () => {
    assert.deepEqual(doc.inputs.map((i) => [i.name, i.source, i.type, at(doc, i.span)]), [
      ['name', 'picoschema', 'string', 'name'],
      ['persona', 'picoschema', 'string', 'persona'],
      ['items', 'picoschema', 'array', 'items'],
      ['x-promptgov-trusted-note', 'picoschema', 'string', 'x-promptgov-trusted-note'],
    ]);
    assert.equal(at(doc, doc.inputs[1].sample), 'Space Pirate');
  });

  it('splits messages at {{role}} markers (model is the assistant) and marks few-shot examples', () => {
    assert.deepEqual(messageSummary(doc), [
      'system/instructions: You love impressions.',
      'user/example: Say hello to Michael.',
      'assistant/example: Ahoy!',
      'user/instructions: Say hello to {{name}} as a "{{persona}}".',
    ]);
    assert.equal(doc.messages[2].roleText, 'model');
    assert.equal(at(doc, doc.messages[2].marker), '{{role "model"}}');
  });

  it('treats every interpolation as raw and knows delimiters and locals', () => {
    const name = expr(doc, 'name');
    assert.deepEqual([name.kind, name.raw, name.variable, name.references, name.message], ['variable', true, 'name', ['name'], 3]);
    assert.equal(name.delimiter, undefined);
    const persona = expr(doc, 'persona');
    assert.deepEqual([persona.delimiter?.kind, at(doc, persona.delimiter?.span)], ['quotes', '"{{persona}}"']);
    const each = expr(doc, '#each items as |item idx|');
    assert.deepEqual([each.kind, each.block, each.references], ['block', 'each', ['items']]);
    assert.equal(expr(doc, 'item.title').local, true);
    assert.equal(expr(doc, '@index').local, true);
    assert.equal(expr(doc, 'title').local, true, 'a bare name inside #each is a property of the item');
    assert.deepEqual(expr(doc, '/each').block, '/each');
  });

  it('reads partials as references and role helpers as helpers', () => {
    assert.deepEqual(doc.references.map((r) => [r.kind, r.name, at(doc, r.span)]), [['partial', 'footer', 'footer']]);
    const partial = expr(doc, '> footer tone=persona');
    assert.deepEqual([partial.kind, partial.references], ['partial', ['persona']]);
    assert.equal(expr(doc, 'role "system"').kind, 'helper');
  });

  it('starts with a user message and continues with a model message after {{history}}', () => {
    const d = parseDocument('a.prompt', 'Hello {{history}} from the prompt file {{subject}}');
    assert.deepEqual(d.messages.map((m) => [m.role, m.roleText, at(d, m.content)]), [
      ['user', undefined, 'Hello'],
      ['assistant', 'model', 'from the prompt file {{subject}}'],
    ]);
    assert.equal(expr(d, 'history').kind, 'helper');
  });

  it('sets the variant from the file name', () => {
    assert.equal(parseDocument('p/_style.prompt', '{{role "system"}}Hi').variant, 'partial');
    assert.equal(parseDocument('p/hello.history.prompt', 'Hi').variant, 'history');
    assert.equal(parseDocument('p/hello.prompt', 'Hi').variant, undefined);
  });

  it('reports an extra `}}` and unclosed or mismatched blocks at their line', () => {
    const d = parseDocument('a.prompt', '---\nmodel: m\n---\nHello, {{ name }}!\n\nExtra: }}\n{{#if a}}\n{{/each}}\n');
    assert.deepEqual(problemLines(d), ['format/template-syntax@6', 'format/template-syntax@7', 'format/template-syntax@8']);
    assert.equal(at(d, d.problems[0].span), '}}');
    assert.match(d.problems[2].message, /closes no open/);
  });

  it('does not take the `}}` closing two JSON objects for a stray closer', () => {
    const d = parseDocument('a.prompt', 'Answer as {"a": {"b": 1}} about {{topic}}.');
    assert.deepEqual(d.problems, []);
    assert.equal(expr(d, 'topic').variable, 'topic');
  });

  it('reads JSON Schema inputs and x-promptgov-trusted', () => {
    const d = parseDocument('a.prompt', '---\ninput:\n  schema:\n    type: object\n    properties:\n      locale: {type: string, x-promptgov-trusted: true}\n      q: {type: string}\n---\n{{q}}');
    assert.deepEqual(d.inputs.map((i) => [i.name, i.source, i.type, i.trusted]), [
      ['locale', 'json-schema', 'string', true],
      ['q', 'json-schema', 'string', undefined],
    ]);
  });

  it('parses Picoschema keys', () => {
    assert.deepEqual(parsePicoschemaKey('name'), { name: 'name', optional: false, type: undefined });
    assert.deepEqual(parsePicoschemaKey('obj?(object, a nested object)'), { name: 'obj', optional: true, type: 'object' });
    assert.deepEqual(parsePicoschemaKey('arr(array)'), { name: 'arr', optional: false, type: 'array' });
    assert.equal(parsePicoschemaKey('(*)'), undefined);
  });
});
