import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { at, expr, messageSummary, problemLines } from './helpers';

describe('formats/promptl', () => {
  const text = `---
provider: openai
model: gpt-4o
maxTokens: 400
parameters:
  question:
    type: text
---
/* promptgov-disable-next-line pii/email */
You are terse.

<system>
<prompt path="./shared/style" />
</system>

{{ if greeting }}
<user>
{{ for item, i in items }}- {{ item.name }} {{ i }}{{ endfor }}
{{ answer = question + "?" }}
<question>{{ question }}</question> {{ answer }}
</user>
{{ endif }}
<assistant>Sure.</assistant>
<message role="user">Thanks {{ name }}</message>
`;
  const doc = parseDocument('prompts/parent.promptl', text);

  it('reads message tags, and text outside them as system', () => {
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(messageSummary(doc), [
      'system/instructions: /* promptgov-disable-next-line pii/email */',
      'system/instructions: <prompt path="./shared/style" />',
      'user/example: {{ for item, i in items }}- {{ item.name }} {{ i }}{{ endfor }}',
      'assistant/example: Sure.',
      'user/instructions: Thanks {{ name }}',
    ]);
    assert.equal(at(doc, doc.messages[4].marker), '<message role="user">');
    assert.equal(doc.messages[4].roleText, 'user');
    assert.equal(at(doc, doc.messages[0].content), '/* promptgov-disable-next-line pii/email */\nYou are terse.');
  });

  it('reads includes, comments, model and parameters', () => {
    assert.deepEqual(doc.references.map((r) => [r.kind, r.name, at(doc, r.span)]), [['include', './shared/style', './shared/style']]);
    assert.equal(expr(doc, 'prompt path="./shared/style"').kind, 'partial');
    assert.deepEqual(doc.comments.map((c) => c.text), [' promptgov-disable-next-line pii/email ']);
    assert.deepEqual(doc.models.map((m) => [m.id, m.provider]), [['gpt-4o', 'openai']]);
    assert.equal(doc.metadata.maxOutputTokens?.value, '400');
    assert.deepEqual(doc.inputs.map((i) => [i.name, i.source, i.type]), [['question', 'promptl', 'text']]);
  });

  it('knows loop variables and assignments are local, interpolations raw, and tag delimiters', () => {
    assert.deepEqual(expr(doc, 'for item, i in items').references, ['items']);
    assert.equal(expr(doc, 'item.name').local, true);
    assert.equal(expr(doc, 'i').local, true);
    const assign = expr(doc, 'answer = question + "?"');
    assert.deepEqual([assign.kind, assign.block, assign.references], ['block', 'set', ['question']]);
    assert.equal(expr(doc, 'answer').local, true);
    const q = expr(doc, 'question');
    assert.deepEqual([q.raw, q.delimiter?.kind, q.delimiter?.name], [true, 'tag', 'question']);
    assert.equal(expr(doc, 'if greeting').references[0], 'greeting');
  });

  it('reports unclosed tags, blocks and comments', () => {
    const d = parseDocument('a.promptl', '<user>\n{{ if a }}\nhi\n</assistant>\n/* open');
    assert.deepEqual(problemLines(d), ['format/template-syntax@1', 'format/template-syntax@2', 'format/template-syntax@4', 'format/template-syntax@5']);
  });
});
