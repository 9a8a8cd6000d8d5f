import assert from 'node:assert/strict';
import { luhnCheckDigit, luhnValid, mod97, verhoeffCheckDigit, verhoeffValid, weightedSum } from '../../shared/src/detectors/checksums';

describe('detectors/checksums', () => {
  describe('Luhn (ISO/IEC 7812-1 annex B)', () => {
    it('accepts numbers whose check digit is right', () => {
      // 7992739871 + 3 is the textbook example; 79927398713 is valid.
      assert.equal(luhnValid('79927398713'), true);
      assert.equal(luhnCheckDigit('7992739871'), 3);
      assert.equal(luhnValid('046454286'), true); // Canada SIN example
    });
    it('rejects any other check digit, and non-digits', () => {
      for (let d = 0; d <= 9; d++) if (d !== 3) assert.equal(luhnValid(`7992739871${d}`), false);
      assert.equal(luhnValid('7992a39871'), false);
      assert.equal(luhnValid(''), false);
      assert.equal(luhnValid('0'), false);
    });
    it('catches every single-digit error and adjacent transpositions other than 09/90', () => {
      const base = '4539148803436467';
      assert.equal(luhnValid(base), true);
      for (let i = 0; i < base.length; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === base[i]) continue;
          assert.equal(luhnValid(base.slice(0, i) + d + base.slice(i + 1)), false, `position ${i} digit ${d}`);
        }
      }
    });
  });

  describe('Verhoeff', () => {
    it('computes the check digit of the published example (236 → 3)', () => {
      assert.equal(verhoeffCheckDigit('236'), 3);
      assert.equal(verhoeffValid('2363'), true);
      assert.equal(verhoeffValid('2364'), false);
    });
    it('catches every single-digit error and every adjacent transposition', () => {
      const payload = '84759201356';
      const full = payload + verhoeffCheckDigit(payload);
      assert.equal(verhoeffValid(full), true);
      for (let i = 0; i < full.length; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === full[i]) continue;
          assert.equal(verhoeffValid(full.slice(0, i) + d + full.slice(i + 1)), false);
        }
        if (i + 1 < full.length && full[i] !== full[i + 1]) {
          const swapped = full.slice(0, i) + full[i + 1] + full[i] + full.slice(i + 2);
          assert.equal(verhoeffValid(swapped), false, `transposition at ${i}`);
        }
      }
    });
  });

  describe('ISO 7064 MOD 97-10', () => {
    it('gives 1 for a valid IBAN rearranged (BBAN + country + check digits)', () => {
      // DE89 3704 0044 0532 0130 00, rearranged.
      assert.equal(mod97('370400440532013000DE89'), 1);
      assert.equal(mod97('370400440532013000DE88'), 0);
    });
    it('refuses characters outside 0-9A-Z', () => {
      assert.equal(mod97('12 34'), -1);
    });
  });

  it('weightedSum multiplies digit by weight', () => {
    assert.equal(weightedSum('123', [3, 2, 1]), 3 + 4 + 3);
  });
});
