/**
 * The multi-literal scanner (shared/src/detectors/literalScan.ts): every occurrence of every literal, exact
 * case or ASCII case folded, sorted by start and then longest first — checked on hand-picked cases and, with
 * fast-check, against a brute-force search over random texts built to be full of near misses.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LiteralScanner, type LiteralSpec } from '../../shared/src/detectors/literalScan';

/** Every (start, id) where literal `id` occurs in `text`, by brute force, in the order the scanner promises. */
function bruteForce(text: string, literals: readonly LiteralSpec[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  for (let at = 0; at < text.length; at++) {
    literals.forEach((l, id) => {
      const piece = text.slice(at, at + l.text.length);
      if (piece.length === l.text.length && (l.ignoreCase ? lower(piece) === lower(l.text) : piece === l.text)) out.push([at, id]);
    });
  }
  return out.sort((a, b) => a[0] - b[0] || literals[b[1]].text.length - literals[a[1]].text.length || a[1] - b[1]);
}

function pairs(scanner: LiteralScanner, text: string): Array<[number, number]> {
  const hits = scanner.scan(text);
  return hits.starts.map((s, k) => [s, hits.ids[k]]);
}

describe('detectors/literalScan', () => {
  it('finds every occurrence, overlapping ones included, longest first at one start', () => {
    const literals: LiteralSpec[] = [{ text: 'pass' }, { text: 'password' }, { text: 'sword' }, { text: 'word' }, { text: 'ss' }];
    const scanner = new LiteralScanner(literals);
    assert.deepEqual(pairs(scanner, 'my password'), [
      [3, 1], // password
      [3, 0], // pass
      [5, 4], // ss
      [6, 2], // sword
      [7, 3], // word
    ]);
  });

  it('matches exact-case literals exactly and ignoreCase ones with ASCII letters folded', () => {
    const scanner = new LiteralScanner([{ text: 'AKIA' }, { text: 'token', ignoreCase: true }, { text: 'sk-' }]);
    assert.deepEqual(pairs(scanner, 'akia AKIA Token TOKEN sk- SK-'), [
      [5, 0],
      [10, 1],
      [16, 1],
      [22, 2],
    ]);
  });

  it('never folds non-ASCII characters into ASCII ones, and non-ASCII text resets the search', () => {
    const scanner = new LiteralScanner([{ text: 'key', ignoreCase: true }, { text: 'sk' }]);
    // U+212A KELVIN SIGN lower-cases to `k` in Unicode, but a JavaScript /i regex without `u` keeps it apart.
    assert.deepEqual(pairs(scanner, '\u212aey k\u00e9y s\u212a key'), [[11, 0]]);
  });

  it('handles literals that are suffixes and prefixes of each other (failure links)', () => {
    const literals: LiteralSpec[] = [{ text: 'abcd' }, { text: 'bc' }, { text: 'bcde' }, { text: 'cdx' }, { text: 'c' }];
    const scanner = new LiteralScanner(literals);
    const text = 'abcdex abcdx bcdbcde';
    assert.deepEqual(pairs(scanner, text), bruteForce(text, literals));
  });

  it('rejects empty and non-ASCII literals', () => {
    assert.throws(() => new LiteralScanner([{ text: '' }]), /empty/);
    assert.throws(() => new LiteralScanner([{ text: 'caf\u00e9' }]), /non-ASCII/);
  });

  it('finds exactly what a brute-force search finds (random literals, random texts)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', '-', '_', '1', ' ', '\u00e9');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join('').replace(/\u00e9/g, 'c'));
    const spec = fc.record({ text: word, ignoreCase: fc.boolean() });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 80 }), (literals, chars) => {
        const text = chars.join('');
        assert.deepEqual(pairs(new LiteralScanner(literals), text), bruteForce(text, literals));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same in long texts, scanned as four quarters side by side (hits across the quarter edges too)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', '-', '_', '1', ' ', '\u00e9');
    const word = fc.array(fc.constantFrom('a', 'b', 'A', '-', '_', '1'), { minLength: 1, maxLength: 9 }).map((a) => a.join(''));
    const spec = fc.record({ text: word, ignoreCase: fc.boolean() });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { minLength: 1000, maxLength: 2600 }), (literals, chars) => {
        const text = chars.join('');
        assert.deepEqual(pairs(new LiteralScanner(literals), text), bruteForce(text, literals));
      }),
      { numRuns: 60 },
    );
    // The code units of a long text are copied into an array kept for the next scan: a shorter text scanned
    // after a longer one must not see the longer one's tail, and a text too long to keep gets its own array.
    const kept = new LiteralScanner([{ text: 'tail-needle' }]);
    const long = `${'y'.repeat(2990)}tail-needle`;
    assert.deepEqual(pairs(kept, long), [[2990, 0]]);
    assert.deepEqual(pairs(kept, 'z'.repeat(2000)), []);
    assert.deepEqual(pairs(kept, `${'z'.repeat(2985)}tail-needl`), []);
    const huge = `${'q'.repeat(1_100_000)}tail-needle${'q'.repeat(1000)}tail-needle`;
    assert.deepEqual(pairs(kept, huge), [[1_100_000, 0], [1_101_011, 0]]);
    assert.deepEqual(pairs(kept, long), [[2990, 0]]);
    // More hits than the WebAssembly lanes have room for (a text of one literal repeated): the JavaScript loop
    // scans it, with the same hits.
    // (A literal ends at every character here: 20,000 hits a lane.)
    const dense = new LiteralScanner([{ text: 'a' }, { text: 'AB', ignoreCase: true }]);
    const found = pairs(dense, 'ab'.repeat(40_000));
    assert.equal(found.length, 80_000);
    assert.deepEqual(found.slice(0, 4), [[0, 1], [0, 0], [2, 1], [2, 0]]);
    assert.deepEqual(found.slice(-2), [[79_998, 1], [79_998, 0]]);
    // A literal straddling each quarter edge of a 4,000-character text.
    const scanner = new LiteralScanner([{ text: 'needle-in-hay' }, { text: 'NEEDLE', ignoreCase: true }]);
    for (const edge of [1000, 2000, 3000]) {
      for (let shift = -12; shift <= 1; shift++) {
        const chars = 'x'.repeat(4000).split('');
        chars.splice(edge + shift, 13, ...'needle-in-hay');
        const text = chars.join('').slice(0, 4000);
        assert.deepEqual(pairs(scanner, text), [[edge + shift, 0], [edge + shift, 1]], `edge ${edge}, shift ${shift}`);
      }
    }
  });
});
