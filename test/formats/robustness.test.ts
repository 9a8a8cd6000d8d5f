/**
 * Bad input never throws and never hangs: empty, binary, replacement characters, 20 MB, alias bombs,
 * absurd nesting, unclosed front matter, CRLF, BOM, and random template soup (property test).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from '../../shared/src/formats';
import type { Format, PromptDocument, Span } from '../../shared/src/types';
import { at, expr, problemLines } from './helpers';

const SAMPLE_PATHS: Record<Format, string> = {
  prompty: 'a.prompty',
  dotprompt: 'a.prompt',
  'github-prompt': 'a.prompt.yml',
  copilot: 'a.prompt.md',
  promptl: 'a.promptl',
  template: 'a.j2',
  policy: '.promptgov.yaml',
};
const FORMATS = Object.keys(SAMPLE_PATHS) as Format[];

/** Every span of the document lies within the text; lists are ordered; message indexes are valid. */
function assertWellFormed(doc: PromptDocument): void {
  const n = doc.text.length;
  const check = (span: Span | undefined, what: string) => {
    if (!span) return;
    assert.ok(span.offset >= 0 && span.offset <= span.endOffset && span.endOffset <= n, `${what} span ${JSON.stringify(span)} out of [0, ${n}]`);
  };
  check(doc.body, 'body');
  check(doc.frontMatter?.span, 'front matter');
  for (const m of doc.messages) {
    check(m.content, 'message');
    check(m.marker, 'marker');
  }
  let last = -1;
  for (const e of doc.expressions) {
    check(e.span, 'expression');
    check(e.delimiter?.span, 'delimiter');
    assert.ok(e.span.offset >= last, 'expressions are sorted');
    last = e.span.offset;
    assert.ok(e.message >= -1 && e.message < doc.messages.length, 'message index');
  }
  for (const x of [...doc.comments, ...doc.references, ...doc.problems, ...doc.inputs]) check(x.span, 'item');
  for (const c of doc.comments) assert.ok(c.textOffset >= c.span.offset && c.textOffset <= c.span.endOffset);
  for (const m of doc.models) check(m.span, 'model');
  for (const i of doc.inputs) check(i.sample, 'sample');
  for (const f of Object.values(doc.metadata.extra)) check(f.span, 'meta');
  assert.equal(doc.lineStarts[0], 0);
}

describe('formats/robustness', function () {
  this.timeout(120_000);

  for (const format of FORMATS) {
    it(`${format}: empty file`, () => {
      const doc = parseDocument(SAMPLE_PATHS[format], '', format);
      assertWellFormed(doc);
      assert.deepEqual([doc.messages, doc.expressions], [[], []]);
      assert.equal(doc.format, format);
    });

    it(`${format}: binary-looking text and U+FFFD`, () => {
      let binary = '';
      for (let i = 0; i < 4096; i++) binary += String.fromCharCode((i * 7919) % 256);
      assertWellFormed(parseDocument(SAMPLE_PATHS[format], binary, format));
      const replaced = '---\nname: caf\uFFFD\n---\nHello \uFFFD{{x}}\uFFFD\0\n';
      assertWellFormed(parseDocument(SAMPLE_PATHS[format], replaced, format));
    });

    it(`${format}: random template soup`, () => {
      const pieces = ['{{', '}}', '{{{', '}}}', '{%', '%}', '{#', '#}', '{{!--', '--}}', '---\n', '+++\n', '\n', '\r\n', '"', "'''", '<a>', '</a>',
        '```\n', 'role "system"', '#each ', '/each', '#if ', '/if', 'else', 'x', 'y.z', ' ', ':', '- ', '[', ']', '&a ', '*a',
        '${input:a}', '${selection}', '<!--', '-->', '/*', '*/', '<user>', '</user>', '<prompt path="p"/>', 'system:\n', 'messages:\n', 'role: user\n', '\uFEFF'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
          assertWellFormed(parseDocument(SAMPLE_PATHS[format], parts.join(''), format));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('parses a 20 MB file completely (linear scanners)', () => {
    const chunk = 'The customer {{ name }} asked about "{{ topic }}" in <doc>{{ doc }}</doc>. '.padEnd(200, 'x') + '\n';
    const text = '---\nmodel: googleai/gemini-2.5-flash\n---\n' + chunk.repeat(Math.ceil(20_000_000 / chunk.length));
    assert.ok(text.length >= 20_000_000);
    const doc = parseDocument('big.prompt', text);
    assert.deepEqual(doc.problems, []);
    assert.equal(doc.expressions.length, 3 * Math.ceil(20_000_000 / chunk.length));
    const last = doc.expressions[doc.expressions.length - 1];
    assert.equal(at(doc, last.span), '{{ doc }}');
    assert.equal(last.delimiter?.kind, 'tag');
    assert.equal(doc.lineStarts.length, Math.ceil(20_000_000 / chunk.length) + 4);
  });

  it('survives a YAML alias bomb in front matter', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    for (const format of ['prompty', 'dotprompt', 'copilot', 'promptl'] as Format[]) {
      const doc = parseDocument(SAMPLE_PATHS[format], `---\n${lines.join('\n')}\n---\nHi {{x}}\n`, format);
      assertWellFormed(doc);
      assert.equal(doc.frontMatter?.value, undefined);
      assert.ok(doc.problems.some((p) => p.ruleId === 'format/invalid-front-matter' && /alias/.test(p.message)), format);
    }
    const gh = parseDocument('a.prompt.yml', `${lines.join('\n')}\nmessages: *i\n`);
    assert.ok(gh.problems.some((p) => /alias/.test(p.message)));
  });

  it('survives 10,000-deep YAML nesting (flow and block)', () => {
    const flow = parseDocument('a.prompty', `---\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\nsystem:\nHi\n`);
    assert.deepEqual(problemLines(flow), ['format/invalid-front-matter@2']);
    assert.match(flow.problems[0].message, /nested more than 200 levels/);
    assert.equal(flow.messages.length, 1, 'the body is still read');
    // Block mapping 10,000 levels deep (one space per level keeps it at ~50 MB).
    const parts = ['---\n'];
    for (let i = 0; i < 10_000; i++) parts.push(`${' '.repeat(i)}k:\n`);
    parts.push('---\nHello {{x}}\n');
    const block = parseDocument('a.prompt', parts.join(''));
    assert.equal(block.problems.length, 1);
    assert.match(block.problems[0].message, /nested more than/);
    assert.equal(expr(block, 'x').variable, 'x');
    const gh = parseDocument('a.prompt.yml', 'messages:\n' + '- '.repeat(10_000) + 'x\n');
    assert.match(gh.problems[0].message, /nested more than/);
  });

  it('survives 10,000-deep nested template blocks', () => {
    const jinja = parseDocument('a.prompty', '{% if a %}'.repeat(10_000) + '{{ x }}' + '{% endif %}'.repeat(10_000));
    assert.deepEqual(jinja.problems, []);
    assert.equal(jinja.expressions.length, 20_001);
    const each = parseDocument('a.prompt', '{{#each xs}}'.repeat(10_000) + '{{x}}' + '{{/each}}'.repeat(10_000));
    assert.deepEqual(each.problems, []);
    assert.equal(expr(each, 'x').local, true);
    const promptl = parseDocument('a.promptl', '{{ if a }}'.repeat(10_000) + '{{ x }}' + '{{ endif }}'.repeat(10_000));
    assert.deepEqual(promptl.problems, []);
    const unclosed = parseDocument('a.prompt', '{{#if a}}'.repeat(10_000));
    assert.equal(unclosed.problems.length, 50, 'syntax problems are capped');
  });

  it('keeps offsets exact with CRLF line endings', () => {
    const text = '---\r\nmodel: gpt-4\r\nname: crlf\r\n---\r\nsystem:\r\nHi {{ name }}\r\n\r\nuser:\r\n"{{q}}"\r\n';
    const doc = parseDocument('a.prompty', text);
    assert.deepEqual(doc.problems, []);
    assert.equal(at(doc, doc.models[0].span), 'gpt-4');
    assert.equal(at(doc, doc.metadata.name!.span), 'crlf');
    assert.deepEqual(doc.messages.map((m) => [at(doc, m.marker), at(doc, m.content)]), [['system:', 'Hi {{ name }}'], ['user:', '"{{q}}"']]);
    assert.equal(expr(doc, 'q').delimiter?.kind, 'quotes');
    assert.equal(doc.lineStarts[1], text.indexOf('model'));
  });

  it('reads files that start with a BOM', () => {
    for (const [path, text] of [
      ['a.prompt', '\uFEFF---\nmodel: m\n---\nHi {{x}}'],
      ['a.prompt.yml', '\uFEFFmodel: m\nmessages:\n  - role: user\n    content: Hi {{x}}\n'],
      ['a.prompt.md', '\uFEFF---\nmodel: m\n---\nHi ${selection}'],
    ] as const) {
      const doc = parseDocument(path, text);
      assert.deepEqual(doc.problems, [], path);
      assert.equal(at(doc, doc.models[0].span), 'm', path);
      assert.equal(doc.expressions.length, 1, path);
    }
  });

  it('reports a front matter that never closes in every front-matter format', () => {
    for (const format of ['prompty', 'dotprompt', 'copilot', 'promptl'] as Format[]) {
      const doc = parseDocument(SAMPLE_PATHS[format], '---\nmodel: m\nHello there\n', format);
      assert.deepEqual(problemLines(doc), ['format/invalid-front-matter@1'], format);
      assert.ok(doc.messages.length > 0, `${format} still reads the text`);
    }
  });
});
