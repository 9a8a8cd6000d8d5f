import assert from 'node:assert/strict';
import { findIbans, ibanLength } from '../../shared/src/detectors/iban';
import { grouped, makeIban, mutateDigit, real, texts } from './helpers';

// National check digits inside the BBAN (ibantools verifies them for these countries), computed here.
function mod(n: bigint, m: bigint): bigint {
  return ((n % m) + m) % m;
}
/** Belgium: the last two digits are the first ten mod 97 (97 when 0). */
function belgianBban(ten: string): string {
  const r = Number(mod(BigInt(ten), 97n)) || 97;
  return ten + String(r).padStart(2, '0');
}
/** Norway: mod 11 with weights 5 4 3 2 7 6 5 4 3 2 (a remainder of 1 has no check digit: avoid). */
function norwegianBban(ten: string): string {
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const r = 11 - (w.reduce((s, x, i) => s + x * Number(ten[i]), 0) % 11);
  return ten + (r === 11 ? '0' : String(r));
}
/** Spain: two control digits, over 00+bank+branch and over the account, weights 1 2 4 8 5 10 9 7 3 6. */
function spanishBban(bank: string, branch: string, account: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (ten: string): string => {
    const r = 11 - (w.reduce((s, x, i) => s + x * Number(ten[i]), 0) % 11);
    return r === 11 ? '0' : r === 10 ? '1' : String(r);
  };
  return bank + branch + dc(`00${bank}${branch}`) + dc(account) + account;
}
/** France: RIB key = 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), digits-only account. */
function frenchBban(bank: string, branch: string, account: string): string {
  const key = 97n - mod(89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account), 97n);
  return bank + branch + account + String(key).padStart(2, '0');
}

describe('detectors/iban (ISO 13616)', () => {
  const samples: Array<[string, string]> = [
    ['DE', '370400440532013087'],
    ['GB', 'NWBK60161331926876'],
    ['FR', frenchBban('30002', '00550', '00001578914')],
    ['NL', 'ABNA0417164376'],
    ['ES', spanishBban('2100', '0418', '0200051376')],
    ['IT', 'X0542811101000000123476'],
    ['CH', '00762011623852976'],
    ['NO', norwegianBban('8601111794')], // shortest: 15 characters
    ['MT', 'MALT011000012345MTLCAST001S'], // 31 characters
    ['BE', belgianBban('5390075471')],
    ['PL', '109010140000071219812876'],
    ['SA', '80000000608010167576'],
  ];
  for (const [country, bban] of samples) {
    const iban = makeIban(country, bban);
    it(`${country}: compact and print format`, () => {
      assert.equal(iban.length, ibanLength(country));
      for (const form of [iban, grouped(iban), grouped(iban, 4, '-')]) {
        const text = `Pay to ${form}, thanks`;
        const found = findIbans(text);
        assert.deepEqual(texts(text, found), [form]);
        assert.equal(found[0].normalized, iban);
        assert.equal(found[0].facts?.country, country);
      }
    });
    it(`${country}: a changed digit or a wrong length is not an IBAN`, () => {
      const digitAt = iban.slice(4).search(/\d/) + 4;
      assert.deepEqual(findIbans(`IBAN ${mutateDigit(iban, digitAt)}`), []);
      assert.deepEqual(findIbans(`IBAN ${mutateDigit(iban, 2)}`), []); // check digits
      assert.deepEqual(findIbans(`IBAN ${iban.slice(0, -1)}`), []);
      assert.deepEqual(findIbans(`IBAN ${iban}7`), []);
    });
  }

  it('other groupings are accepted when the separators are consistent', () => {
    const iban = makeIban('GB', 'NWBK60161331926876');
    const text = `IBAN ${iban.slice(0, 4)} ${iban.slice(4, 8)} ${iban.slice(8, 14)} ${iban.slice(14)}`;
    assert.equal(findIbans(text).length, 1);
    const mixed = `IBAN ${iban.slice(0, 4)} ${iban.slice(4, 8)}-${iban.slice(8)}`;
    assert.deepEqual(findIbans(mixed), []);
  });

  it('a group glued to the next word is not taken', () => {
    const iban = makeIban('DE', '370400440532013087');
    assert.deepEqual(findIbans(`${grouped(iban)}X`), []);
    assert.deepEqual(findIbans(`X${iban}`), []);
  });

  it('lower-case IBANs are found with less confidence', () => {
    const iban = makeIban('DE', '370400440532013087');
    const [upper] = findIbans(iban);
    const [lower] = findIbans(iban.toLowerCase());
    assert.ok(lower && upper && lower.confidence < upper.confidence);
  });

  it('a country without IBANs is not one', () => {
    assert.equal(ibanLength('US'), undefined);
    assert.deepEqual(findIbans('US12 3456 7890 1234 5678'), []);
  });

  it('published example IBANs are placeholders', () => {
    for (const example of ['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'NL91ABNA0417164300']) {
      const found = findIbans(`IBAN ${example}`);
      assert.equal(found.length, 1, example);
      assert.equal(found[0].placeholder, 'documentation');
      assert.deepEqual(real(example, found), []);
    }
  });
});
