/**
 * Property tests: generated valid values are found; the same values with a changed check digit are not.
 * The generators compute check digits from each scheme's published algorithm, independently of the
 * detectors under test.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCreditCards } from '../../shared/src/detectors/creditCard';
import { findIbans } from '../../shared/src/detectors/iban';
import { findNationalIds } from '../../shared/src/detectors/nationalIds';
import { findSsns } from '../../shared/src/detectors/usSsn';
import { grouped, makeIban, withLuhn, withVerhoeff } from './helpers';

const RUNS = { numRuns: 300 };
const digits = (min: number, max = min) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));
/** The same string with the digit at `index` replaced by a different digit. */
const changeDigit = (value: string, index: number, by: number) => value.slice(0, index) + String((Number(value[index]) + by) % 10) + value.slice(index + 1);
const spans = (text: string, found: Array<{ span: { offset: number; endOffset: number } }>) => found.map((d) => text.slice(d.span.offset, d.span.endOffset));

describe('properties', () => {
  it('Luhn-valid Visa and Mastercard numbers are found, grouped or not; a changed check digit is not', () => {
    const card = fc.tuple(fc.constantFrom('4', '51', '52', '53', '54', '55', '2221', '2500', '2720'), digits(14)).map(([p, rest]) => withLuhn((p + rest).slice(0, 15)));
    fc.assert(
      fc.property(card, fc.boolean(), fc.integer({ min: 1, max: 9 }), (n, group, by) => {
        const written = group ? grouped(n) : n;
        const text = `Card: ${written} (expires soon)`;
        assert.deepEqual(spans(text, findCreditCards(text)), [written]);
        const bad = changeDigit(n, 15, by);
        const badText = `Card: ${group ? grouped(bad) : bad} (expires soon)`;
        assert.deepEqual(findCreditCards(badText), []);
      }),
      RUNS,
    );
  });

  it('IBANs with valid MOD 97-10 check digits are found; any changed BBAN digit is not', () => {
    fc.assert(
      fc.property(digits(18), fc.nat(17), fc.integer({ min: 1, max: 9 }), fc.boolean(), (bban, at, by, group) => {
        const iban = makeIban('DE', bban);
        const written = group ? grouped(iban) : iban;
        assert.deepEqual(spans(written, findIbans(written)), [written]);
        const bad = changeDigit(iban, 4 + at, by);
        assert.deepEqual(findIbans(group ? grouped(bad) : bad), []);
      }),
      RUNS,
    );
  });

  it('SSNs that follow the SSA rules are found; an area of 000, 666 or 9xx is not', () => {
    const area = fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666).map((a) => String(a).padStart(3, '0'));
    const group = fc.integer({ min: 1, max: 99 }).map((g) => String(g).padStart(2, '0'));
    const serial = fc.integer({ min: 1, max: 9999 }).map((s) => String(s).padStart(4, '0'));
    const badArea = fc.oneof(fc.constant('000'), fc.constant('666'), fc.integer({ min: 900, max: 999 }).map(String));
    fc.assert(
      fc.property(area, group, serial, badArea, fc.constantFrom('-', ' ', '.'), (a, g, s, bad, sep) => {
        const value = `${a}${sep}${g}${sep}${s}`;
        const text = `SSN ${value}`;
        assert.deepEqual(spans(text, findSsns(text)), [value]);
        assert.deepEqual(findSsns(`SSN ${bad}${sep}${g}${sep}${s}`), []);
        assert.deepEqual(findSsns(`SSN ${a}${sep}00${sep}${s}`), []);
      }),
      RUNS,
    );
  });

  it('Aadhaar numbers with a valid Verhoeff digit are found; a changed check digit is not', () => {
    const payload = fc.tuple(fc.integer({ min: 2, max: 9 }), digits(10)).map(([first, rest]) => `${first}${rest}`);
    fc.assert(
      fc.property(payload, fc.integer({ min: 1, max: 9 }), (p, by) => {
        const v = withVerhoeff(p);
        const spaced = `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`;
        const text = `Aadhaar: ${spaced}`;
        assert.deepEqual(spans(text, findNationalIds(text, { entities: ['in-aadhaar'] })), [spaced]);
        const bad = changeDigit(v, 11, by);
        assert.deepEqual(findNationalIds(`Aadhaar: ${bad}`, { entities: ['in-aadhaar'] }), []);
      }),
      RUNS,
    );
  });

  it('NHS numbers with a valid modulus-11 digit are found; a changed check digit is not', () => {
    const nhs = digits(9).map((nine) => {
      let s = 0;
      for (let i = 0; i < 9; i++) s += Number(nine[i]) * (10 - i);
      const r = 11 - (s % 11);
      return r === 10 ? undefined : nine + (r === 11 ? 0 : r);
    }).filter((v): v is string => v !== undefined);
    fc.assert(
      fc.property(nhs, fc.integer({ min: 1, max: 9 }), (v, by) => {
        const spaced = `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`;
        const text = `NHS number: ${spaced}`;
        const found = findNationalIds(text, { entities: ['uk-nhs'] });
        assert.deepEqual(spans(text, found), [spaced]);
        assert.ok(found[0].confidence >= 0.5);
        assert.deepEqual(findNationalIds(`NHS number: ${changeDigit(v, 9, by)}`, { entities: ['uk-nhs'] }), []);
      }),
      RUNS,
    );
  });

  it('PESEL numbers (valid date and check digit) are found; a changed check digit is not', () => {
    const pesel = fc.tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), digits(4)).map(([y, m, d, serial]) => {
      const month = m + (y >= 2000 ? 20 : 0);
      const ten = `${String(y % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(d).padStart(2, '0')}${serial}`;
      const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      let s = 0;
      for (let i = 0; i < 10; i++) s += Number(ten[i]) * w[i];
      return ten + ((10 - (s % 10)) % 10);
    });
    fc.assert(
      fc.property(pesel, fc.integer({ min: 1, max: 9 }), (v, by) => {
        const text = `PESEL ${v}`;
        assert.deepEqual(spans(text, findNationalIds(text, { entities: ['pl-pesel'] })), [v]);
        assert.deepEqual(findNationalIds(`PESEL ${changeDigit(v, 10, by)}`, { entities: ['pl-pesel'] }), []);
      }),
      RUNS,
    );
  });
});
