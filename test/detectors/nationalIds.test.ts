import assert from 'node:assert/strict';
import { findNationalIds, NATIONAL_ID_SCHEMES } from '../../shared/src/detectors/nationalIds';
import { mutateDigit, withLuhn, withVerhoeff } from './helpers';

// Check digits computed here from each scheme's published algorithm (independently of the detector).
const sum = (digits: string, weights: number[]): number => weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
const nhs = (nine: string): string => {
  const r = 11 - (sum(nine, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return r === 10 ? '' : nine + (r === 11 ? 0 : r);
};
const pesel = (ten: string): string => ten + ((10 - (sum(ten, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
const rrn = (twelve: string): string => twelve + ((11 - (sum(twelve, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10);
const thai = (twelve: string): string => twelve + ((11 - (sum(twelve, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10);
const turkish = (nine: string): string => {
  const d = [...nine].map(Number);
  const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${nine}${d10}${d11}`;
};
const tfn = (eight: string): string => {
  for (let d = 0; d <= 9; d++) if ((sum(eight + d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11) === 0) return eight + d;
  return '';
};
const medicare = (eight: string, irn = '1'): string => `${eight}${sum(eight, [1, 3, 7, 9, 1, 3, 7, 9]) % 10}${irn}`;
const nif = (eight: string): string => eight + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(eight) % 23];
const nric = (prefix: 'S' | 'T' | 'F' | 'G', seven: string): string => {
  const s = sum(seven, [2, 7, 6, 5, 4, 3, 2]) + (prefix === 'T' || prefix === 'G' ? 4 : 0);
  return prefix + seven + (prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK')[s % 11];
};

function find(text: string, entity?: string) {
  return findNationalIds(text, entity ? { entities: [entity] } : {}).filter((d) => d.confidence >= 0.5);
}
function one(text: string, entity: string, value: string): void {
  const found = find(text, entity);
  assert.deepEqual(found.map((d) => text.slice(d.span.offset, d.span.endOffset)), [value], text);
  assert.equal(found[0].entity, entity);
  assert.equal(found[0].placeholder, undefined, 'not a placeholder');
}
function none(text: string, entity?: string): void {
  const found = find(text, entity).filter((d) => !d.placeholder);
  assert.deepEqual(found.map((d) => `${d.entity}:${text.slice(d.span.offset, d.span.endOffset)}`), [], text);
}

describe('detectors/nationalIds', () => {
  it('covers at least fifteen schemes, each with an entity name and a label', () => {
    assert.ok(NATIONAL_ID_SCHEMES.length >= 15);
    assert.deepEqual(NATIONAL_ID_SCHEMES.map((s) => s.entity).sort(), [
      'au-medicare', 'au-tfn', 'ca-sin', 'es-nie', 'es-nif', 'in-aadhaar', 'in-pan', 'it-fiscal-code', 'kr-rrn', 'pl-pesel', 'sg-nric',
      'th-id', 'tr-id', 'uk-nhs', 'uk-nino', 'us-itin', 'us-passport', 'za-id',
    ]);
  });

  describe('uk-nino (HMRC allocation rules)', () => {
    it('found spaced and compact', () => {
      one('NI number AB 52 74 91 C', 'uk-nino', 'AB 52 74 91 C');
      one('nino: JK527491D', 'uk-nino', 'JK527491D');
    });
    it('prefixes never allocated, and bad suffixes, are not', () => {
      for (const v of ['DA527491C', 'AO527491C', 'BG527491C', 'GB527491C', 'NK527491C', 'ZZ527491C', 'AB527491E', 'AB 52 7491 C']) none(`nino ${v}`, 'uk-nino');
    });
    it('the QQ example prefix is a placeholder', () => {
      assert.equal(findNationalIds('QQ 12 34 56 C', { entities: ['uk-nino'] })[0]?.placeholder, 'documentation');
    });
  });

  describe('uk-nhs (modulus 11)', () => {
    it('the published example 943 476 5919 and a computed one, with context', () => {
      one('NHS number 943 476 5919', 'uk-nhs', '943 476 5919');
      const v = nhs('401023213');
      assert.ok(v);
      one(`patient NHS no. ${v}`, 'uk-nhs', v);
    });
    it('needs a context word; a wrong check digit is not one', () => {
      none('ref 943 476 5919', 'uk-nhs');
      none('NHS number 943 476 5918', 'uk-nhs');
    });
  });

  describe('ca-sin (Luhn)', () => {
    it('found with context, not without; a wrong check digit is not one', () => {
      const v = withLuhn('13045628');
      const spaced = `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`;
      one(`SIN ${spaced}`, 'ca-sin', spaced);
      none(`code ${spaced}`, 'ca-sin');
      none(`SIN ${mutateDigit(v, 8)}`, 'ca-sin');
    });
    it('the government example 046 454 286 is a placeholder', () => {
      assert.equal(findNationalIds('SIN 046 454 286', { entities: ['ca-sin'] })[0]?.placeholder, 'documentation');
    });
  });

  describe('in-aadhaar (Verhoeff)', () => {
    const v = withVerhoeff('49718203564');
    const spaced = `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`;
    it('found grouped on its own, bare with context', () => {
      one(`card ${spaced}`, 'in-aadhaar', spaced);
      one(`aadhaar ${v}`, 'in-aadhaar', v);
      none(`value ${v}`, 'in-aadhaar');
    });
    it('a changed digit, or a leading 0/1, is not one', () => {
      none(`aadhaar ${mutateDigit(v, 5)}`, 'in-aadhaar');
      none(`aadhaar ${withVerhoeff('19718203564')}`, 'in-aadhaar');
    });
  });

  describe('in-pan', () => {
    it('five letters (4th = holder type), four digits, a letter', () => {
      one('PAN BNZPM2501F', 'in-pan', 'BNZPM2501F');
      none('PAN BNZDM2501F', 'in-pan'); // D is not a holder type
      none('PAN BNZPM25011', 'in-pan');
    });
  });

  describe('au-tfn (weighted mod 11)', () => {
    it('found with context only', () => {
      const v = tfn('87645932');
      assert.ok(v);
      const spaced = `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`;
      one(`TFN ${spaced}`, 'au-tfn', spaced);
      one(`tax file number: ${v}`, 'au-tfn', v);
      none(`ref ${spaced}`, 'au-tfn');
      none(`TFN ${mutateDigit(v, 8)}`, 'au-tfn');
    });
  });

  describe('au-medicare (weighted mod 10)', () => {
    it('found with context; the first digit must be 2–6', () => {
      const v = medicare('29537104');
      const spaced = `${v.slice(0, 4)} ${v.slice(4, 9)} ${v.slice(9)}`;
      one(`Medicare card ${spaced}`, 'au-medicare', spaced);
      none(`Medicare card ${medicare('79537104')}`, 'au-medicare');
      none(`Medicare card ${mutateDigit(v, 8)}`, 'au-medicare');
    });
  });

  describe('es-nif and es-nie (mod 23 letter)', () => {
    it('NIF', () => {
      const v = nif('52840716');
      one(`DNI ${v}`, 'es-nif', v);
      one(`DNI ${v.slice(0, 8)}-${v[8]}`, 'es-nif', `${v.slice(0, 8)}-${v[8]}`);
      none(`DNI 52840716${v[8] === 'A' ? 'B' : 'A'}`, 'es-nif');
    });
    it('NIE (X/Y/Z stand for 0/1/2)', () => {
      const v = `Y${nif('15284071').slice(1)}`;
      one(`NIE ${v}`, 'es-nie', v);
      none(`NIE X${v.slice(1)}`, 'es-nie');
    });
  });

  describe('it-fiscal-code (check character)', () => {
    it('the classic example and its omocode variant', () => {
      one('codice fiscale RSSMRA85T10A562S', 'it-fiscal-code', 'RSSMRA85T10A562S');
      none('codice fiscale RSSMRA85T10A562T', 'it-fiscal-code');
      none('codice fiscale RSSMRA85Z10A562S', 'it-fiscal-code'); // Z is not a month letter
    });
  });

  describe('pl-pesel (weights 1-3-7-9, encoded birth date)', () => {
    it('the published example and a 2000s birth date', () => {
      one('PESEL 44051401359', 'pl-pesel', '44051401359');
      const v = pesel('0224150123'); // 2002-04-15 (month + 20)
      one(`PESEL: ${v}`, 'pl-pesel', v);
    });
    it('an impossible date or a wrong check digit is not one', () => {
      none(`PESEL ${pesel('4413140135')}`, 'pl-pesel'); // month 13
      none(`PESEL ${pesel('4402300135')}`, 'pl-pesel'); // 30 February
      none('PESEL 44051401358', 'pl-pesel');
    });
  });

  describe('kr-rrn (birth date, gender digit, mod 11)', () => {
    it('with a dash it stands alone; a bad date is not one', () => {
      const v = rrn('850612123456');
      one(`RRN ${v.slice(0, 6)}-${v.slice(6)}`, 'kr-rrn', `${v.slice(0, 6)}-${v.slice(6)}`);
      none(`RRN ${rrn('851312123456').slice(0, 6)}-${rrn('851312123456').slice(6)}`, 'kr-rrn');
    });
  });

  describe('sg-nric (check letter, S/T/F/G series)', () => {
    it('each series', () => {
      for (const prefix of ['S', 'T', 'F', 'G'] as const) {
        const v = nric(prefix, '8206431');
        one(`NRIC ${v}`, 'sg-nric', v);
      }
      none('NRIC S8206431Z', 'sg-nric');
    });
  });

  describe('za-id (date, citizenship, Luhn)', () => {
    it('found; a wrong check digit or citizenship digit is not one', () => {
      const v = withLuhn('870412512408');
      one(`ID number ${v}`, 'za-id', v);
      none(`ID number ${mutateDigit(v, 12)}`, 'za-id');
      none(`ID number ${withLuhn('870412512438')}`, 'za-id'); // citizenship 3
    });
  });

  describe('tr-id (two check digits)', () => {
    it('found with context; a change breaks it', () => {
      const v = turkish('382917465');
      one(`TC Kimlik No ${v}`, 'tr-id', v);
      none(`TC Kimlik No ${mutateDigit(v, 10)}`, 'tr-id');
      none(`TC Kimlik No ${mutateDigit(v, 3)}`, 'tr-id');
    });
  });

  describe('th-id (mod 11)', () => {
    it('formatted 1-4-5-2-1 stands alone', () => {
      const v = thai('310050043827');
      const f = `${v[0]}-${v.slice(1, 5)}-${v.slice(5, 10)}-${v.slice(10, 12)}-${v[12]}`;
      one(`Thai ID ${f}`, 'th-id', f);
      none(`Thai ID ${mutateDigit(v, 12)}`, 'th-id');
    });
  });

  describe('us-itin and us-passport', () => {
    it('ITIN', () => {
      one('ITIN 912-78-4410', 'us-itin', '912-78-4410');
      none('ITIN 912-93-4410', 'us-itin');
    });
    it('passport numbers need the word "passport"', () => {
      one('US passport 583920174', 'us-passport', '583920174');
      one('passport no. C03005988', 'us-passport', 'C03005988');
      none('order 583920174', 'us-passport');
    });
  });

  it('overlapping candidates keep the most confident scheme', () => {
    const v = pesel('8506121234');
    const found = findNationalIds(`PESEL ${v}`);
    assert.equal(found.filter((d) => d.confidence >= 0.5).length, 1);
    assert.equal(found[0].entity, 'pl-pesel');
  });

  it('values inside longer tokens are not taken', () => {
    none('hash 943476591912 and xRSSMRA85T10A562S');
    none('id S8206431D9');
  });
});
