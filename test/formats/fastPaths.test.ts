/**
 * The parsers' scanning helpers jump with the native string search (to the next line break, quote or brace)
 * instead of reading every character. Property tests: on random texts dense in quotes, fences, braces, tags
 * and every kind of line break, each gives exactly what the character-by-character reference gives
 * (test/formats/scanReference.ts).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assignDelimiters, findFences } from '../../shared/src/formats/delimiters';
import { computeLineStarts } from '../../shared/src/formats/lines';
import { computeLineStarts as engineLineStarts } from '../../shared/src/engine/positions';
import { ScanContext, StrayCloserCheck } from '../../shared/src/formats/templateScan/context';
import type { Expression, Message, PromptDocument, Span } from '../../shared/src/types';
import { ReferenceStrayCloserCheck, referenceAssignDelimiters, referenceFindFences, referenceLineStarts } from './scanReference';

const piece = fc.constantFrom('a', 'bc', ' ', '  ', '"', '"""', "'''", '\n', '\r\n', '\r', '```', '```js', '~~~', '`x`', '<doc>', '</doc>', '<a b="1">', '</a>', '{', '}', '}}', '{{x}}', '{{ y }}', '{{{z}}}', '\t', '\u00e9',
  // expressions holding what the scans look for: masked out, they must not count
  '{{a > b}}', '{{ "q" }}', '{{<x>}}', '{{`}}', '{{\n}}', '{{"""}}', '{{~~~}}', '{{</doc>}}', '{{```}}');
const text = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));

/** One message over the whole text, with a variable expression at every `{{…}}`. */
function document(t: string): { messages: Message[]; expressions: Expression[] } {
  const expressions: Expression[] = [];
  const re = /\{\{\{?[^{}]*\}?\}\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    expressions.push({ kind: 'variable', span: { offset: m.index, endOffset: m.index + m[0].length }, source: 'x', raw: true, message: 0 } as Expression);
  }
  return { messages: [{ role: 'user', kind: 'instructions', content: { offset: 0, endOffset: t.length } } as Message], expressions };
}

describe('formats: native-search fast paths agree with reading every character', () => {
  it('computeLineStarts (formats and engine)', () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(computeLineStarts(t), referenceLineStarts(t));
        assert.deepEqual(engineLineStarts(t), referenceLineStarts(t));
      }),
      { numRuns: 500 },
    );
  });

  it('findFences', () => {
    fc.assert(
      fc.property(text, fc.nat(40), (t, cut) => {
        const start = Math.min(cut, t.length);
        assert.deepEqual(findFences(t, start, t.length), referenceFindFences(t, start, t.length));
        assert.deepEqual(findFences(t, 0, start), referenceFindFences(t, 0, start));
      }),
      { numRuns: 500 },
    );
  });

  it('assignDelimiters (quotes, fences, tags, triple quotes)', () => {
    let delimited = 0;
    fc.assert(
      fc.property(text, (t) => {
        const fast = document(t);
        const slow = document(t);
        assignDelimiters(t, fast.messages, fast.expressions);
        referenceAssignDelimiters(t, slow.messages, slow.expressions);
        assert.deepEqual(
          fast.expressions.map((e) => e.delimiter),
          slow.expressions.map((e) => e.delimiter),
        );
        delimited += fast.expressions.filter((e) => e.delimiter).length;
      }),
      { numRuns: 800 },
    );
    assert.ok(delimited > 50, `only ${delimited} delimited expressions were generated`);
  });

  it('StrayCloserCheck', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(100), { maxLength: 6 }), (t, cuts) => {
        const bounds = [...new Set([0, ...cuts.map((c) => Math.min(c, t.length)), t.length])].sort((a, b) => a - b);
        const problems: Span[] = [];
        const ctx = new ScanContext(t, { expressions: [], references: [], comments: [], problems: [] } as unknown as PromptDocument);
        ctx.syntax = (span: Span) => void problems.push(span);
        const fast = new StrayCloserCheck(ctx);
        const slow = new ReferenceStrayCloserCheck(t);
        // Ranges in increasing order with gaps, as the scanners pass the text between template tags.
        for (let k = 0; k + 1 < bounds.length; k += 2) {
          fast.text(bounds[k], bounds[k + 1]);
          slow.text(bounds[k], bounds[k + 1]);
        }
        assert.deepEqual(problems, slow.stray);
      }),
      { numRuns: 500 },
    );
  });
});
