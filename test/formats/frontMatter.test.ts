import assert from 'node:assert/strict';
import { readFrontMatter, splitFrontMatter } from '../../shared/src/formats/frontMatter';
import { at } from './helpers';

describe('formats/frontMatter', () => {
  it('splits `---` front matter from the body with exact spans', () => {
    const text = '---\nname: x\n---\nBody\n';
    const split = splitFrontMatter(text)!;
    assert.equal(at(text, split.span), '---\nname: x\n---');
    assert.equal(at(text, split.content), 'name: x\n');
    assert.equal(text.slice(split.bodyStart), 'Body\n');
  });

  it('returns nothing when the file does not start with a fence', () => {
    assert.equal(splitFrontMatter('Hello\n---\nx: 1\n---\n'), undefined);
    assert.equal(splitFrontMatter(''), undefined);
  });

  it('allows `#` lines before the fence only when asked (Dotprompt)', () => {
    const text = '# Copyright\n#\n\n---\nmodel: m\n---\nHi';
    assert.equal(splitFrontMatter(text), undefined);
    const split = splitFrontMatter(text, { leadingComments: true })!;
    assert.equal(at(text, split.content), 'model: m\n');
    assert.deepEqual(split.leadingComments.map((c) => at(text, c.span)), ['# Copyright', '#']);
    assert.equal(split.leadingComments[0].text, ' Copyright');
    assert.equal(text.slice(split.leadingComments[0].textOffset, split.leadingComments[0].span.endOffset), ' Copyright');
  });

  it('accepts `+++` fences only when asked (Prompty)', () => {
    const text = '+++\nname: x\n+++\nBody';
    assert.equal(splitFrontMatter(text), undefined);
    assert.equal(at(text, splitFrontMatter(text, { plusFence: true })!.content), 'name: x\n');
  });

  it('keeps offsets exact with CRLF line endings and a BOM', () => {
    const text = '\uFEFF---\r\nname: x\r\nmodel: m\r\n---\r\nBody\r\n';
    const read = readFrontMatter(text);
    assert.equal(at(text, read.frontMatter!.content), 'name: x\r\nmodel: m\r\n');
    assert.equal(text.slice(read.bodyStart), 'Body\r\n');
    const pair = (read.frontMatter!.yaml!.contents as { items: Array<{ value: { range: number[] } }> }).items[1];
    assert.equal(text.slice(pair.value.range[0], pair.value.range[1]), 'm');
    assert.deepEqual(read.frontMatter!.value, { name: 'x', model: 'm' });
  });

  it('reports front matter that never closes at its opening fence, and parses nothing', () => {
    const text = '---\nname: x\nHello there\n';
    const read = readFrontMatter(text);
    assert.equal(read.frontMatter, undefined);
    assert.equal(read.bodyStart, 0);
    assert.equal(read.problems.length, 1);
    assert.equal(read.problems[0].ruleId, 'format/invalid-front-matter');
    assert.equal(at(text, read.problems[0].span), '---');
    assert.match(read.problems[0].message, /never closed/);
  });

  it('reports broken YAML at the position of the error', () => {
    const text = '---\nname: x\nmodel: [a, b\n---\nBody';
    const read = readFrontMatter(text);
    assert.equal(read.problems[0].ruleId, 'format/invalid-front-matter');
    assert.match(read.problems[0].message, /^Invalid YAML/);
    assert.ok(read.problems[0].span.offset >= text.indexOf('model'), 'the error is in the broken line or after it');
    assert.ok(read.problems[0].span.offset < text.indexOf('Body'));
  });

  it('reads empty front matter as an empty mapping and a scalar one as a problem', () => {
    assert.deepEqual(readFrontMatter('---\n---\nBody').frontMatter!.value, {});
    const scalar = readFrontMatter('---\njust text\n---\nBody');
    assert.equal(scalar.frontMatter!.value, undefined);
    assert.match(scalar.problems[0].message, /not a YAML mapping/);
  });

  it('collects YAML comments with exact spans', () => {
    const text = '---\n# promptgov-disable pii/email\nname: x # trailing\n---\n';
    const read = readFrontMatter(text);
    assert.deepEqual(read.comments.map((c) => at(text, c.span)), ['# promptgov-disable pii/email', '# trailing']);
    assert.equal(read.comments[0].text, ' promptgov-disable pii/email');
    assert.equal(text.slice(read.comments[1].textOffset, read.comments[1].span.endOffset), ' trailing');
  });
});
