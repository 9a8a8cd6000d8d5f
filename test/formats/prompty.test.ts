import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { at, expr, messageSummary, problemLines } from './helpers';

const V1 = `---
name: Contoso Chat
description: A retail assistant
version: 1.2.0
authors:
  - Ann
  - Bob
model:
  api: chat
  configuration:
    type: azure_openai
    azure_deployment: gpt-4o-mini
    azure_endpoint: \${ENV:AZURE_OPENAI_ENDPOINT}
  parameters:
    max_tokens: 128
inputs:
  customer:
    type: object
  question:
    type: string
    sample: What tents do you sell?
sample: \${file:chat.json}
---
system:
You are a helpful assistant for {{customer.name}}.
{% for item in customer.orders %}
- {{item.name}} ({{ loop.index }})
{% endfor %}

# user:
{{question}}
`;

describe('formats/prompty', () => {
  it('reads v1 models, metadata, inputs and ${file:} references with exact spans', () => {
    const doc = parseDocument('chat.prompty', V1);
    assert.equal(doc.format, 'prompty');
    assert.equal(doc.engine, 'jinja');
    assert.deepEqual(doc.models.map((m) => [m.id, m.source, m.provider, at(doc, m.span)]), [
      ['gpt-4o-mini', 'model.configuration.azure_deployment', 'azure_openai', 'gpt-4o-mini'],
    ]);
    assert.equal(doc.metadata.name?.value, 'Contoso Chat');
    assert.equal(at(doc, doc.metadata.version!.span), '1.2.0');
    assert.equal(doc.metadata.maxOutputTokens?.value, '128');
    assert.equal(doc.metadata.maxOutputTokens?.source, 'model.parameters.max_tokens');
    assert.equal(doc.metadata.extra.authors?.value, 'Ann, Bob');
    assert.deepEqual(doc.inputs.map((i) => [i.name, i.source, i.type, at(doc, i.span)]), [
      ['customer', 'prompty-inputs', 'object', 'customer'],
      ['question', 'prompty-inputs', 'string', 'question'],
    ]);
    assert.equal(at(doc, doc.inputs[1].sample), 'What tents do you sell?');
    assert.deepEqual(doc.references.map((r) => [r.kind, r.name, at(doc, r.span)]), [['file', 'chat.json', 'chat.json']]);
    assert.deepEqual(doc.problems, []);
  });

  it('splits messages at role-marker lines; `# user:` is a marker, `# user` is a heading', () => {
    const doc = parseDocument('chat.prompty', V1);
    assert.deepEqual(messageSummary(doc), ['system/instructions: You are a helpful assistant for {{customer.name}}.', 'user/instructions: {{question}}']);
    assert.equal(at(doc, doc.messages[0].marker), 'system:');
    assert.equal(at(doc, doc.messages[1].marker), '# user:');
    assert.equal(doc.messages[1].roleText, 'user');
    const heading = parseDocument('a.prompty', 'system:\nHi\n# user\n{{q}}\n');
    assert.equal(heading.messages.length, 1);
  });

  it('treats text before the first marker as system; markers are case-insensitive and take [attributes]', () => {
    const doc = parseDocument('a.prompty', 'Be brief.\n\nUSER:\nhello\n  assistant[name="bot"]:\nhi!\nuser:\n{{q}}');
    assert.deepEqual(doc.messages.map((m) => [m.role, m.kind, at(doc, m.content)]), [
      ['system', 'instructions', 'Be brief.'],
      ['user', 'example', 'hello'],
      ['assistant', 'example', 'hi!'],
      ['user', 'instructions', '{{q}}'],
    ]);
    assert.equal(at(doc, doc.messages[2].marker), 'assistant[name="bot"]:');
  });

  it('scans Jinja: loop variables are local, the iterable is an input, expressions know their message', () => {
    const doc = parseDocument('chat.prompty', V1);
    const name = expr(doc, 'customer.name');
    assert.deepEqual([name.variable, name.path, name.references, name.raw, name.message], ['customer', 'customer.name', ['customer'], false, 0]);
    const loop = expr(doc, 'for item in customer.orders');
    assert.deepEqual([loop.kind, loop.block, loop.references], ['block', 'for', ['customer']]);
    assert.equal(expr(doc, 'item.name').local, true);
    assert.deepEqual(expr(doc, 'item.name').references, []);
    assert.equal(expr(doc, 'loop.index').local, true);
    assert.equal(expr(doc, 'question').message, 1);
    assert.equal(at(doc, expr(doc, 'question').span), '{{question}}');
  });

  it('reads v2 models, list inputs with defaults, metadata blocks and options.maxOutputTokens', () => {
    const text = `---
name: threaded
metadata:
  owner: "@team-x"
  data_class: customer_pii
  tags: [a, b]
model:
  id: gpt-4o
  provider: openai
  options:
    maxOutputTokens: 512
inputs:
  - name: question
    kind: string
    default: Hello
    trusted: true
  - name: photo
    kind: image
---
user:
{{question}} {{photo}}
`;
    const doc = parseDocument('t.prompty', text);
    assert.deepEqual(doc.models.map((m) => [m.id, m.source, m.provider]), [['gpt-4o', 'model.id', 'openai']]);
    assert.equal(doc.metadata.owner?.value, '@team-x');
    assert.equal(doc.metadata.owner?.source, 'metadata.owner');
    assert.equal(at(doc, doc.metadata.owner!.span), '@team-x');
    assert.equal(doc.metadata.dataClass?.value, 'customer_pii');
    assert.equal(doc.metadata.extra['metadata.tags']?.value, 'a, b');
    assert.equal(doc.metadata.maxOutputTokens?.value, '512');
    assert.deepEqual(doc.inputs.map((i) => [i.name, i.type, i.trusted, at(doc, i.span)]), [
      ['question', 'string', true, 'question'],
      ['photo', 'image', undefined, 'photo'],
    ]);
    assert.equal(at(doc, doc.inputs[0].sample), 'Hello');
  });

  it('reads `model: <id>` shorthand and marks ${env:} models as indirect', () => {
    const plain = parseDocument('a.prompty', '---\nmodel: gpt-4.1\n---\nHi');
    assert.deepEqual(plain.models.map((m) => [m.id, m.source, m.indirect]), [['gpt-4.1', 'model', undefined]]);
    const env = parseDocument('a.prompty', '---\nmodel:\n  configuration:\n    azure_deployment: ${env:DEPLOYMENT}\n---\nHi');
    assert.deepEqual(env.models.map((m) => [m.id, m.indirect, at(env, m.span)]), [['${env:DEPLOYMENT}', true, '${env:DEPLOYMENT}']]);
  });

  it('uses Mustache when the template says so', () => {
    const doc = parseDocument('a.prompty', '---\ntemplate: mustache\n---\nuser:\n{{#items}}{{name}}{{/items}} {{{raw}}}');
    assert.equal(doc.engine, 'mustache');
    assert.deepEqual([expr(doc, '#items').block, expr(doc, '#items').variable, expr(doc, '/items').block], ['items', 'items', '/items']);
    assert.equal(expr(doc, 'raw').raw, true);
    assert.equal(expr(doc, 'name').raw, false);
  });

  it('accepts +++ fences and a sample mapping that declares inputs', () => {
    const doc = parseDocument('a.prompty', '+++\nsample:\n  context: outdoor gear\n+++\nuser:\n{{context}}');
    assert.deepEqual(doc.inputs.map((i) => [i.name, i.source, at(doc, i.sample)]), [['context', 'default', 'outdoor gear']]);
  });

  it('reports Jinja syntax problems at their place', () => {
    const doc = parseDocument('a.prompty', 'system:\n{% if a %}\nx {{ b\n{% for c in d %}{% endif %}\n');
    assert.deepEqual(problemLines(doc), ['format/template-syntax@3', 'format/template-syntax@4']);
    assert.match(doc.problems[0].message, /Unclosed `\{\{`/);
    assert.match(doc.problems[1].message, /`\{% for %\}` is never closed/);
  });

  it('reports a front matter that never closes and still scans the text', () => {
    const doc = parseDocument('a.prompty', '---\nname: x\nsystem:\nHello {{name}}\n');
    assert.deepEqual(problemLines(doc), ['format/invalid-front-matter@1']);
    assert.equal(doc.frontMatter, undefined);
    assert.equal(expr(doc, 'name').variable, 'name');
  });
});
