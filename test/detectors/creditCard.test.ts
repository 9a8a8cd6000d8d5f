import assert from 'node:assert/strict';
import { cardScheme, findCreditCards } from '../../shared/src/detectors/creditCard';
import { grouped, mutateDigit, real, texts, withLuhn } from './helpers';

/** A Luhn-valid number of `length` digits starting with `prefix` (filler digits are not a run). */
function card(prefix: string, length: number): string {
  const filler = '738291046518372905';
  return withLuhn((prefix + filler).slice(0, length - 1));
}

describe('detectors/creditCard', () => {
  describe('issuer ranges and lengths (ISO/IEC 7812 IINs)', () => {
    const cases: Array<[string, string, number]> = [
      ['visa', '4', 16], ['visa', '4', 13], ['visa', '4', 19],
      ['mastercard', '51', 16], ['mastercard', '55', 16], ['mastercard', '2221', 16], ['mastercard', '2720', 16],
      ['amex', '34', 15], ['amex', '37', 15],
      ['discover', '6011', 16], ['discover', '65', 16], ['discover', '644', 16], ['discover', '622126', 16],
      ['diners', '36', 14], ['diners', '300', 14], ['diners', '38', 16],
      ['jcb', '3528', 16], ['jcb', '3589', 16],
      ['unionpay', '62', 16], ['unionpay', '62', 19],
      ['maestro', '6759', 16], ['maestro', '5018', 12],
      ['mir', '2200', 16],
      ['dankort', '5019', 16],
      ['uatp', '1', 15],
      ['troy', '9792', 16],
    ];
    for (const [scheme, prefix, length] of cases) {
      it(`${scheme} ${prefix}… (${length} digits)`, () => {
        const n = card(prefix, length);
        assert.equal(cardScheme(n)?.scheme, scheme);
        const text = `card ${n} on file`;
        const found = findCreditCards(text);
        assert.deepEqual(texts(text, found), [n]);
        assert.equal(found[0].facts?.scheme, scheme);
        assert.equal(found[0].normalized, n);
      });
    }
    it('a prefix no scheme uses, or a length the scheme does not issue, is not a card', () => {
      for (const [prefix, length] of [['1', 16], ['1', 14], ['7', 16], ['34', 16], ['51', 15], ['4', 15], ['2721', 16], ['99', 16]] as const) {
        const n = card(prefix, length);
        assert.equal(cardScheme(n), undefined, `${prefix}/${length}`);
        assert.deepEqual(findCreditCards(`card ${n}`), []);
      }
    });
  });

  describe('layouts and separators', () => {
    const visa = card('4', 16);
    const amex = card('37', 15);
    const diners = card('36', 14);
    const ok: string[] = [
      grouped(visa), grouped(visa, 4, '-'), visa,
      `${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`,
      `${diners.slice(0, 4)}-${diners.slice(4, 10)}-${diners.slice(10)}`,
      grouped(card('4', 19)),
    ];
    for (const value of ok) {
      it(value, () => assert.deepEqual(real(`pay with ${value}.`, findCreditCards(`pay with ${value}.`)), [value]));
    }
    const groupedVisa = grouped(visa);
    const bad: string[] = [
      `${groupedVisa.slice(0, 9)}-${groupedVisa.slice(10)}`, // mixed separators
      `${visa.slice(0, 5)} ${visa.slice(5, 9)} ${visa.slice(9)}`, // not a card layout
      `${visa}5`, // longer number
      `0${visa}`,
      `${visa}.50`, // a decimal
      `x${visa}`,
      `${visa}abc`,
      grouped(mutateDigit(visa, 15)), // Luhn fails
      grouped(mutateDigit(visa, 3)),
    ];
    for (const value of bad) {
      it(`not: ${value}`, () => assert.deepEqual(real(`pay with ${value} today`, findCreditCards(`pay with ${value} today`)), []));
    }
    it('a card followed by an expiry keeps only the card', () => {
      const text = `card ${groupedVisa} 12/27`;
      assert.deepEqual(texts(text, findCreditCards(text)), [groupedVisa]);
    });
  });

  describe('published test numbers are placeholders', () => {
    for (const n of ['4111 1111 1111 1111', '4242424242424242', '5555 5555 5555 4444', '378282246310005', '6011111111111117', '3530111333300000', '4000 0000 0000 0002']) {
      it(n, () => {
        const found = findCreditCards(`card ${n}`);
        assert.equal(found.length, 1);
        assert.equal(found[0].placeholder, 'documentation');
      });
    }
  });

  it('context: "invoice" lowers, "card" raises', () => {
    const n = card('4', 16);
    const plain = findCreditCards(`x ${n}`)[0].confidence;
    assert.ok(findCreditCards(`credit card ${n}`)[0].confidence > plain);
    assert.ok(findCreditCards(`invoice ${n}`)[0].confidence < plain);
  });
});
