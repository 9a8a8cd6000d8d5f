/**
 * The token counter (shared/src/governance/tokens.ts, js-tiktoken with counts cached per run of lines)
 * against one plain js-tiktoken count of the whole text: the same count for every text, in both
 * encodings. Texts: the repository's docs and fixtures (real prose, code, YAML, Markdown) and random strings over an alphabet chosen to hit the pre-tokenizer's edges (line
 * breaks before letters, digits and slashes; punctuation runs; contractions; non-BMP characters; lone
 * surrogates), plus edits of one text, since counts are cached per line.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import { countTokens, type EncodingName } from '../../shared/src/governance/tokens';

const ROOT = join(__dirname, '..', '..');
const reference: Record<EncodingName, Tiktoken> = { o200k_base: new Tiktoken(o200k), cl100k_base: new Tiktoken(cl100k) };
const ENCODINGS: EncodingName[] = ['o200k_base', 'cl100k_base'];

function expected(text: string, encoding: EncodingName): number {
  return reference[encoding].encode(text, [], []).length;
}

function textFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) textFiles(path, out);
    else if (/\.(md|prompt|prompty|promptl|ya?ml)$/.test(name)) out.push(path);
  }
  return out;
}

describe('governance/tokens: counts as js-tiktoken counts', () => {
  it('on the docs and the fixtures', () => {
    const files = [...textFiles(join(ROOT, 'docs')), ...textFiles(join(ROOT, 'test', 'fixtures'))].slice(0, 150);
    assert.ok(files.length > 20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const encoding of ENCODINGS) assert.equal(countTokens(text, encoding).tokens, expected(text, encoding), `${file} (${encoding})`);
    }
  });

  it('on random text over the pre-tokenizer edges', () => {
    const pieces = ['a', 'Zebra', 'x1', '7', '123456', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '.', '/', '//', "'s", "'LL", '{{', '}}', 'é', 'Ärger', '日本語', '😀', '\u200b', '\ud800', '\udfff', '<|endoftext|>', '-', '—'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), fc.constantFrom(...ENCODINGS), (parts, encoding) => {
        const text = parts.join('');
        assert.equal(countTokens(text, encoding).tokens, expected(text, encoding), JSON.stringify(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('after edits of a text whose lines are cached', () => {
    const base = readFileSync(join(ROOT, 'README.md'), 'utf8');
    fc.assert(
      fc.property(fc.nat(base.length), fc.nat(40), fc.constantFrom('', 'x', '\n', 'Word ', '\nNew line ', '😀', ' /'), (at, cut, insert) => {
        const text = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut));
        assert.equal(countTokens(text, 'o200k_base').tokens, expected(text, 'o200k_base'));
      }),
      { numRuns: 60 },
    );
  });

  it('says the count is exact, and counts the empty text as 0', () => {
    assert.deepEqual(countTokens('Hello, world!', 'o200k_base'), { tokens: expected('Hello, world!', 'o200k_base'), encoding: 'o200k_base', exact: true });
    assert.deepEqual(countTokens('', 'cl100k_base'), { tokens: 0, encoding: 'cl100k_base', exact: true });
  });
});
