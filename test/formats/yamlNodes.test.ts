import assert from 'node:assert/strict';
import { getIn, parseYamlRegion, scalarText, scalarValueSpan, yamlDepthExceeds } from '../../shared/src/formats/yamlNodes';
import { at } from './helpers';

describe('formats/yamlNodes', () => {
  it('gives node offsets into the whole text when parsing a region', () => {
    const text = 'BODY BEFORE\nkey: value\nlist:\n  - "quoted"\nEND';
    const start = text.indexOf('key');
    const parsed = parseYamlRegion(text, start, text.indexOf('END'));
    assert.equal(at(text, scalarValueSpan(text, getIn(parsed.doc!.contents, ['key']))), 'value');
    assert.equal(at(text, scalarValueSpan(text, getIn(parsed.doc!.contents, ['list', 0]))), 'quoted');
  });

  it('spans block scalars without the header and trailing breaks', () => {
    const text = 'a: |\n  line one\n  line two\n\nb: >-\n  folded\n  text\nc: \'single\'\n';
    const root = parseYamlRegion(text, 0, text.length).doc!.contents;
    assert.equal(at(text, scalarValueSpan(text, getIn(root, ['a']))), 'line one\n  line two');
    assert.equal(at(text, scalarValueSpan(text, getIn(root, ['b']))), 'folded\n  text');
    assert.equal(at(text, scalarValueSpan(text, getIn(root, ['c']))), 'single');
  });

  it('keeps numbers as written', () => {
    const text = 'version: 1.10\nmax: 0300\n';
    const root = parseYamlRegion(text, 0, text.length).doc!.contents;
    assert.equal(scalarText(getIn(root, ['version'])), '1.10');
    assert.equal(scalarText(getIn(root, ['max'])), '0300');
  });

  it('survives a billion-laughs alias bomb with a problem instead of expanding it', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = lines.join('\n');
    const parsed = parseYamlRegion(text, 0, text.length);
    assert.ok(parsed.doc, 'the node tree is still there');
    assert.equal(parsed.value, undefined);
    assert.match(parsed.problems.map((p) => p.message).join('\n'), /alias/);
  });

  it('refuses 10,000-deep flow nesting without overflowing the stack', () => {
    const text = '['.repeat(10000) + ']'.repeat(10000);
    const parsed = parseYamlRegion(text, 0, text.length);
    assert.equal(parsed.doc, undefined);
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0].message, /nested more than/);
  });

  it('refuses 10,000-deep block nesting (indentation and compact sequences)', () => {
    const parts: string[] = [];
    for (let i = 0; i < 10000; i++) parts.push(`${' '.repeat(i)}k${i}:\n`);
    const mapping = parts.join('');
    assert.ok(yamlDepthExceeds(mapping, 0, mapping.length, 200) >= 0);
    assert.match(parseYamlRegion(mapping, 0, mapping.length).problems[0].message, /nested more than/);
    const seq = '- '.repeat(10000) + 'x';
    assert.match(parseYamlRegion(seq, 0, seq.length).problems[0].message, /nested more than/);
  });

  it('does not count brackets in quotes or comments as nesting', () => {
    const text = `a: "${'['.repeat(500)}" # ${'{'.repeat(500)}\nb: 1\n`;
    assert.equal(yamlDepthExceeds(text, 0, text.length, 200), -1);
    assert.deepEqual(parseYamlRegion(text, 0, text.length).problems, []);
  });

  it('reports only the first YAML document', () => {
    const text = 'a: 1\n---\nb: 2\n';
    const parsed = parseYamlRegion(text, 0, text.length);
    assert.deepEqual(parsed.value, { a: 1 });
    assert.match(parsed.problems[0].message, /first YAML document/);
  });
});
