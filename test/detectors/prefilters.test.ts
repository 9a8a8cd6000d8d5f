/**
 * The PII detectors' cheap tests before their regular expressions may skip work, never a value: property
 * tests over random texts dense in digits, letters and separators.
 *   - numeric segments (detection.ts) hold every digit of the text, in order, without overlapping;
 *   - `schemeMayMatchAt` (nationalIds.ts: the first characters and the digit count a scheme needs) is true
 *     wherever the scheme's pattern matches.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchAt, numericSegments } from '../../shared/src/detectors/detection';
import { NATIONAL_ID_SCHEMES, schemeMayMatchAt } from '../../shared/src/detectors/nationalIds';

const chars = fc.constantFrom('0', '1', '2', '5', '7', '8', '9', 'A', 'S', 'X', 'T', 'Z', 'a', 'x', 'l', 'm', ' ', '-', '.', '/', '\t', '\n', '(', '+', '\u00e9');
const text = fc.array(chars, { maxLength: 120 }).map((a) => a.join(''));
/** Mostly digits in the usual groupings, so that the long-number patterns match now and then. */
const numbery = fc
  .array(fc.oneof(fc.stringMatching(/^[0-9]{1,13}$/), fc.constantFrom(' ', '-', ' ', 'A', 'SS', 'X', 'T', 'AB', 'ABCDE', 'RSSMRA', '\n')), { maxLength: 12 })
  .map((a) => a.join(''));

describe('detectors: prefilters never drop a value', () => {
  it('numeric segments cover every digit, in order, disjoint', () => {
    fc.assert(
      fc.property(fc.oneof(text, numbery), (t) => {
        const segments = numericSegments(t);
        let covered = 0;
        let last = -1;
        for (const w of segments) {
          assert.ok(w.offset >= last && w.offset < w.endOffset, 'segments are sorted and disjoint');
          last = w.endOffset;
          for (let i = w.offset; i < w.endOffset; i++) if (t[i] >= '0' && t[i] <= '9') covered++;
        }
        assert.equal(covered, (t.match(/[0-9]/g) ?? []).length);
      }),
      { numRuns: 500 },
    );
  });

  it('schemeMayMatchAt is true wherever a national-id pattern matches', () => {
    let matches = 0;
    fc.assert(
      fc.property(fc.oneof(text, numbery, numbery), (t) => {
        for (const scheme of NATIONAL_ID_SCHEMES) {
          for (let at = 0; at < t.length; at++) {
            if (!matchAt(scheme.pattern, t, at)) continue;
            matches++;
            assert.ok(schemeMayMatchAt(scheme, t, at), `${scheme.entity} matches at ${at} of ${JSON.stringify(t)}`);
          }
        }
      }),
      { numRuns: 500 },
    );
    assert.ok(matches > 100, `only ${matches} pattern matches were generated`);
  });

  it('schemeMayMatchAt rules out most positions (it is a filter, not a formality)', () => {
    const t = 'Order 2025-03-04, ticket ABC-1234, call at 10:30, total $129.95, v1.2.3';
    let allowed = 0;
    let tried = 0;
    for (const scheme of NATIONAL_ID_SCHEMES) {
      for (let at = 0; at < t.length; at++) {
        tried++;
        if (schemeMayMatchAt(scheme, t, at)) allowed++;
      }
    }
    assert.ok(allowed * 20 < tried, `${allowed} of ${tried} positions allowed`);
  });
});
