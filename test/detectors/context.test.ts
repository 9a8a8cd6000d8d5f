import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyContext, CONTEXT, contextWords, findListed, matchContext } from '../../shared/src/detectors/context';

function spanOf(text: string, value: string) {
  const offset = text.indexOf(value);
  return { offset, endOffset: offset + value.length };
}

describe('detectors/context', () => {
  it('reads the words before and after a value, lower-cased, numbers as #', () => {
    const text = 'Please Call me at 415-555-2671 after 5 pm';
    const words = contextWords(text, spanOf(text, '415-555-2671'));
    assert.deepEqual(words.before, ['please', 'call', 'me', 'at']);
    assert.deepEqual(words.after, ['after', '#', 'pm']);
  });

  it('stops at a blank line and drops words cut by the window edge', () => {
    const text = 'Phone\n\nvalue 4155552671';
    assert.deepEqual(contextWords(text, spanOf(text, '4155552671')).before, ['value']);
    const long = `telephone${'.'.repeat(55)}x 4155552671`;
    assert.ok(!contextWords(long, spanOf(long, '4155552671')).before.includes('telephone'));
  });

  it('matches plurals, stems with *, and phrases', () => {
    assert.deepEqual(findListed(['phones', 'connecting', 'social', 'security'], ['phone', 'connect*', 'social security', 'fax']), ['phone', 'connect*', 'social security']);
  });

  it('negative words count only right next to the value', () => {
    const near = 'version 10.1.2.3';
    assert.deepEqual(matchContext(near, spanOf(near, '10.1.2.3'), CONTEXT['ip-address']).negative, ['version']);
    const far = 'version notes say the host is 10.1.2.3';
    assert.deepEqual(matchContext(far, spanOf(far, '10.1.2.3'), CONTEXT['ip-address']).negative, []);
  });

  it('negative words after a value count on its own line only (the next line is another record)', () => {
    const sameLine = 'call 415-555-2671 card';
    assert.deepEqual(matchContext(sameLine, spanOf(sameLine, '415-555-2671'), CONTEXT.phone).negative, ['card']);
    for (const text of ['call 415-555-2671\ncard 4532 0151 1283 0366', 'call 415-555-2671\r\nCard: 4532015112830366']) {
      const match = matchContext(text, spanOf(text, '415-555-2671'), CONTEXT.phone);
      assert.deepEqual(match, { positive: ['call'], negative: [] }, JSON.stringify(text));
      assert.deepEqual(contextWords(text, spanOf(text, '415-555-2671')).afterOnLine, 0);
    }
    // A label on the line above still counts.
    const label = 'Order number:\n4155552671';
    assert.deepEqual(matchContext(label, spanOf(label, '4155552671'), CONTEXT.phone).negative, ['order']);
  });

  it('positive raises, negative lowers, both cancel out; result stays in [0, 1]', () => {
    assert.equal(applyContext(0.5, { positive: ['phone'], negative: [] }), 0.8);
    assert.equal(applyContext(0.5, { positive: [], negative: ['order'] }), 0.1);
    assert.equal(applyContext(0.5, { positive: ['phone'], negative: ['order'] }), 0.5);
    assert.equal(applyContext(0.9, { positive: ['x'], negative: [] }), 1);
    assert.equal(applyContext(0.1, { positive: [], negative: ['x'] }), 0);
  });

  it('has word lists for every PII entity', () => {
    for (const entity of ['email', 'phone', 'credit-card', 'iban', 'us-ssn', 'ip-address', 'mac-address', 'crypto-wallet', 'uk-nino', 'uk-nhs', 'ca-sin', 'in-aadhaar', 'in-pan', 'au-tfn', 'au-medicare', 'es-nif', 'es-nie', 'it-fiscal-code', 'pl-pesel', 'kr-rrn', 'sg-nric', 'za-id', 'tr-id', 'th-id', 'us-itin', 'us-passport']) {
      assert.ok(CONTEXT[entity]?.positive.length, entity);
    }
  });
  it('afterOnLine counts the words between the value and the end of its line (within the window)', () => {
    // Seeded texts of words, numbers, punctuation and line breaks; the reference counts with the Unicode
    // word pattern the module documents (letters or digits, a change of kind starts a new word).
    let seed = 5;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const parts = ['call', 'Phone', '42', 'x9', ' ', ' ', '-', '\n', '.', 'é', 'ab1cd'];
    for (let n = 0; n < 3000; n++) {
      let text = 'v';
      for (let i = 0; i < 14; i++) text += parts[Math.floor(random() * parts.length)];
      const span = { offset: 0, endOffset: 1 };
      const { after, afterOnLine } = contextWords(text, span);
      const window = text.slice(1, Math.min(text.length, 1 + 30));
      const blank = window.indexOf('\n\n');
      const visible = blank >= 0 ? window.slice(0, blank) : window;
      const newline = visible.indexOf('\n');
      const onLine = newline >= 0 ? (visible.slice(0, newline).match(/\p{L}+|\p{N}+/gu) ?? []).length : after.length;
      assert.equal(afterOnLine, Math.min(after.length, onLine), JSON.stringify(text));
    }
  });

  it('matchContext reads the same words as contextWords (its ASCII path reads only the words it keeps)', () => {
    // The reference: the words of contextWords, matched as the module documents (all the words for positive
    // ones; the three before and the two after on the value's line for negative ones).
    const piece = fc.constantFrom('call', 'Phone', 'NUMBER', 'order', 'version', 'tele', 'telephone', 'connecting', 'social', 'security', 'card', '42', 'x9', 'ab1cd', ' ', ' ', '  ', '-', ':', '.', '\n', '\n\n', '\r\n', '\u00e9', 'Ünited');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(12), (pieces, at, length) => {
        const text = pieces.join('');
        const offset = at % (text.length + 1);
        const span = { offset, endOffset: Math.min(text.length, offset + length) };
        for (const spec of [CONTEXT.phone, CONTEXT['ip-address'], CONTEXT['us-ssn'], CONTEXT['credit-card']]) {
          const { before, after, afterOnLine } = contextWords(text, span, spec);
          const expected = {
            positive: findListed([...before, ...after], spec.positive),
            negative: findListed([...before.slice(Math.max(0, before.length - 3)), ...after.slice(0, Math.min(2, afterOnLine))], spec.negative ?? []),
          };
          assert.deepEqual(matchContext(text, span, spec), expected, JSON.stringify([text, span]));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
