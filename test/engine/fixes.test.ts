import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes } from '../../shared/src/engine/fixes';
import type { Fix } from '../../shared/src/types';

const replace = (offset: number, endOffset: number, text: string): Fix => ({ title: 't', edits: [{ offset, endOffset, text }] });

describe('engine/fixes', () => {
  it('applies non-overlapping fixes from the end backwards', () => {
    const r = applyFixes('abc def ghi', [replace(0, 3, 'X'), replace(8, 11, 'YY')]);
    assert.equal(r.text, 'X def YY');
    assert.equal(r.applied, 2);
  });

  it('skips a fix that overlaps one already taken, whole', () => {
    const r = applyFixes('abcdef', [replace(0, 4, 'X'), { title: 'two', edits: [{ offset: 5, endOffset: 6, text: 'Z' }, { offset: 2, endOffset: 3, text: 'Q' }] }]);
    assert.equal(r.text, 'Xef');
    assert.equal(r.skipped, 1);
  });

  it('applies a fix of several edits (fence: insert before and after)', () => {
    const r = applyFixes('say {{x}} now', [{ title: 'fence', edits: [{ offset: 4, endOffset: 4, text: '<x>' }, { offset: 9, endOffset: 9, text: '</x>' }] }]);
    assert.equal(r.text, 'say <x>{{x}}</x> now');
  });

  it('refuses two insertions at one point and edits out of range', () => {
    const r = applyFixes('ab', [replace(1, 1, 'X'), replace(1, 1, 'Y'), replace(1, 9, 'Z')]);
    assert.equal(r.text, 'aXb');
    assert.equal(r.skipped, 2);
  });

  it('ignores snippet fixes (they are for the editor)', () => {
    const r = applyFixes('ab', [{ ...replace(0, 1, 'X'), snippet: true }]);
    assert.equal(r.text, 'ab');
  });

  it('is idempotent: applying the same fixes to their output changes nothing', () => {
    const fixes = [replace(0, 3, '[REDACTED]')];
    const once = applyFixes('abc rest', fixes).text;
    // the same span in the new text no longer holds the old value; an already-applied edit is a no-op
    assert.equal(applyFixes(once, [replace(0, 10, '[REDACTED]')]).text, once);
  });

  it('applies disjoint edits exactly like a manual splice (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 10, maxLength: 80 }), fc.uniqueArray(fc.nat({ max: 79 }), { minLength: 2, maxLength: 8 }), (text, cuts) => {
        const points = cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b);
        const fixes: Fix[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) if (points[i] < points[i + 1]) fixes.push(replace(points[i], points[i + 1], `<${i}>`));
        let expected = text;
        for (const f of [...fixes].reverse()) expected = expected.slice(0, f.edits[0].offset) + f.edits[0].text + expected.slice(f.edits[0].endOffset);
        assert.equal(applyFixes(text, fixes).text, expected);
      }),
    );
  });

  it('never changes text outside the edited ranges (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 5 })), { maxLength: 6 }), (text, raw) => {
        const fixes = raw.map(([a, b, t]) => {
          const s = a % (text.length + 1);
          const e = s + (b % (text.length - s + 1));
          return replace(s, e, t);
        });
        const r = applyFixes(text, fixes);
        assert.ok(r.applied + r.skipped <= fixes.length);
        // Text before the first edit and after the last edit is untouched.
        const first = Math.min(...fixes.map((f) => f.edits[0].offset), text.length);
        const last = Math.max(...fixes.map((f) => f.edits[0].endOffset), 0);
        assert.equal(r.text.slice(0, first), text.slice(0, first));
        assert.ok(r.text.endsWith(text.slice(last)));
      }),
    );
  });
});
