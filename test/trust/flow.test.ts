import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { resolveFromObjects } from '../../shared/src/policy/resolve';
import type { PromptDocument } from '../../shared/src/types';
import { analyzeFlow, anyIn, lineUnit, literalText } from '../../shared/src/trust/flow';
import { chatTokenMarkers, findChatTokens } from '../../shared/src/trust/chatTokens';
import { fenceTagName, unitsCover } from '../../shared/src/trust/edits';

function uses(path: string, text: string) {
  const doc = parseDocument(path, text);
  const flow = analyzeFlow(doc, resolveFromObjects({}, { filePath: path }));
  return { doc, flow, list: flow.uses.map((u) => ({ text: text.slice(u.expression.span.offset, u.expression.span.endOffset), sources: u.sources, kind: u.kind, generated: u.generated, untrusted: u.untrusted.length > 0 })) };
}

const slice = (doc: PromptDocument, s: { offset: number; endOffset: number } | undefined) => (s ? doc.text.slice(s.offset, s.endOffset) : undefined);

describe('trust: data flow', () => {
  it('traces Jinja loop variables and set assignments to their inputs; loop.index is no data', () => {
    const { list } = uses('a.prompty', '---\nname: a\n---\nsystem:\n{% for d in docs %}{{ d.text }} {{ loop.index }}{% endfor %}\n{% set who = customer.name %}{{ who }}\n');
    assert.deepEqual(list.map((u) => [u.text, u.sources]), [['{{ d.text }}', ['docs']], ['{{ who }}', ['customer']]]);
  });
  it('traces Handlebars each items (bare names and this), ignores @index and counts', () => {
    const { list } = uses('a.prompt', '---\nmodel: x/y\n---\n{{#each team}}{{name}} {{this}} {{@index}}{{/each}} {{team.length}}\n');
    assert.deepEqual(list.map((u) => [u.text, u.sources]), [['{{name}}', ['team']], ['{{this}}', ['team']]]);
  });
  it('traces PromptL for loops and Mustache sections', () => {
    assert.deepEqual(uses('a.promptl', '<user>{{ for x in xs }}{{ x }}{{ endfor }}</user>\n').list.map((u) => u.sources), [['xs']]);
    assert.deepEqual(uses('a.prompty', '---\ntemplate: mustache\n---\nuser:\n{{#items}}{{name}}{{/items}}\n').list.map((u) => u.sources), [['name', 'items']]);
  });
  it('media and thread inputs; numbers carry no words', () => {
    const { list } = uses('a.prompty', '---\nname: a\ninputs:\n  - name: photo\n    kind: image\n  - name: chat\n    kind: thread\n  - name: n\n    kind: integer\n---\nsystem:\n{{photo}} {{chat}} {{n}} {{q}}\n');
    assert.deepEqual(list.map((u) => [u.text, u.kind]), [['{{photo}}', 'media'], ['{{q}}', 'text']]);
    assert.deepEqual(uses('a.prompt', '---\nmodel: x/y\n---\n{{media url=photo}} {{role "user"}}{{history}}\n').list.map((u) => [u.text, u.kind]), [['{{media url=photo}}', 'media']]);
  });
  it('marks what a Prompty history loop prints as generated', () => {
    const { list, flow } = uses('a.prompty', '---\nname: a\n---\nsystem:\nHi {{ a }}\n{% for m in history %}\n{{ m.role }}:\n{{ m.content }}\n{% endfor %}\n{{ b }}\n');
    assert.deepEqual(list.map((u) => [u.text, u.generated]), [['{{ a }}', false], ['{{ m.role }}', true], ['{{ m.content }}', true], ['{{ b }}', false]]);
    assert.equal(flow.dynamicRoleLines.length, 1);
  });

  describe('units', () => {
    it('a line, or the outermost block that opens and closes inside the message', () => {
      const { doc, flow } = uses('a.prompty', '---\nname: a\n---\nsystem:\nA {{ x }} B\n{% if y %}\n{% for d in ds %}\n{{ d }}\n{% endfor %}\n{% endif %}\n');
      const m = doc.messages[0];
      const x = doc.expressions.findIndex((e) => e.source === 'x');
      const d = doc.expressions.findIndex((e) => e.source === 'd');
      assert.equal(slice(doc, lineUnit(doc, flow.blocks, x, m.content)), 'A {{ x }} B\n');
      assert.equal(slice(doc, lineUnit(doc, flow.blocks, d, m.content)), '{% if y %}\n{% for d in ds %}\n{{ d }}\n{% endfor %}\n{% endif %}\n');
      assert.equal(slice(doc, lineUnit(doc, flow.blocks, d, m.content, true)), '{% for d in ds %}\n{{ d }}\n{% endfor %}\n');
    });
    it('no unit when the line holds half of another block, or text outside the message', () => {
      const a = uses('a.prompty', '---\nname: a\n---\nsystem:\n{% if y %}A {{ x }}\nB{% endif %} C\n');
      const ix = a.doc.expressions.findIndex((e) => e.source === 'x');
      assert.equal(slice(a.doc, lineUnit(a.doc, a.flow.blocks, ix, a.doc.messages[0].content)), '{% if y %}A {{ x }}\nB{% endif %} C\n');
      const b = uses('a.prompt.yml', 'messages:\n  - role: system\n    content: Hi {{x}}\n');
      assert.equal(lineUnit(b.doc, b.flow.blocks, 0, b.doc.messages[0].content), undefined);
    });
    it('unitsCover says whether moving the units empties the message', () => {
      const { doc } = uses('a.prompty', '---\nname: a\n---\nsystem:\nA\nB\n');
      const m = doc.messages[0];
      const lineA = { offset: m.content.offset, endOffset: m.content.offset + 2 };
      assert.equal(unitsCover(doc, m, [lineA]), false);
      assert.equal(unitsCover(doc, m, [lineA, { offset: m.content.offset + 2, endOffset: m.content.endOffset + 1 }]), true);
    });
  });

  it('literalText blanks expressions and keeps offsets', () => {
    const doc = parseDocument('a.prompty', '---\nname: a\n---\nsystem:\nA {{ x }}\nB\n');
    assert.equal(literalText(doc, doc.messages[0].content), 'A        \nB');
  });

  it('a message without a chat-token marker has no token in its literal text (role-forgery skips building it)', () => {
    // Tokens whole, cut by expressions, and with expressions or blank lines around them: seeded, replayable.
    const pieces = ['<|im_start|>', '<|eot_', '{{ x }}', 'id|>', '[INST]', '[/INST]', '<s>', '</s>', '<<SYS>>', '<start_of_turn>', '_of_turn>', '<｜User｜>',
      '\n\nHuman:', '\n\nAssistant:', 'Hu{{x}}man:', '\n', '\n\n', ' ', 'text', '<', '|', '>', '[', ']', '{{#if a}}', '{{/if}}', 'INST', 'SYS>>'];
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
    let withTokens = 0;
    let skipped = 0;
    for (let n = 0; n < 600; n++) {
      let body = '';
      for (let k = 0, count = 1 + Math.floor(next() * 6); k < count; k++) body += pieces[Math.floor(next() * pieces.length)];
      const text = `---\nmodel: x/y\n---\n{{role "system"}}\n${body}\n{{role "user"}}\nhi\n`;
      const doc = parseDocument('a.prompt', text);
      const markers = chatTokenMarkers(doc.text);
      for (const m of doc.messages) {
        const tokens = findChatTokens(literalText(doc, m.content), m.content.offset);
        if (tokens.length) withTokens++;
        if (!anyIn(markers, m.content.offset, m.content.endOffset)) {
          skipped++;
          assert.deepEqual(tokens, [], `tokens in a message without markers: ${JSON.stringify(body)}`);
        }
      }
    }
    assert.ok(withTokens > 50 && skipped > 50, `both kinds of message were generated (${withTokens} with tokens, ${skipped} skipped)`);
  });

  it('anyIn finds a sorted offset inside a range', () => {
    assert.equal(anyIn([], 0, 10), false);
    assert.equal(anyIn([3, 8, 20], 4, 8), false);
    assert.equal(anyIn([3, 8, 20], 4, 9), true);
    assert.equal(anyIn([3, 8, 20], 21, 30), false);
    assert.equal(anyIn([3, 8, 20], 0, 4), true);
  });

  it('fenceTagName makes a safe tag from a path', () => {
    assert.deepEqual(['customer.message', 'user', 'a', '1st', 'x-y z', ''].map(fenceTagName), ['customer_message', 'user_input', 'a_input', 'input_1st', 'x_y_z', 'untrusted_input']);
  });
});
