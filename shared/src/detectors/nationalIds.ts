/**
 * National identification numbers: eighteen schemes with a defined structure, each validated by its check
 * digit (or check letter) where the scheme has one, and by the date or range rules it encodes.
 *
 * Schemes whose shape is common (nine or ten bare digits: NHS, SIN, TFN, Medicare, passport numbers)
 * start below the reporting threshold and need a context word ("NHS", "SIN", "passport"…) nearby;
 * schemes with a distinctive shape and a strong check (Italian fiscal code, Spanish NIE, Singapore NRIC)
 * are reported on their own. `NATIONAL_ID_SCHEMES` lists them with their labels, for docs and tests.
 */
import { allDigits, luhnValid, verhoeffValid, weightedSum } from './checksums';
import { applyContext, CONTEXT, matchContext } from './context';
import { anchors, codeAt, isWordChar, matchAt, numericSegments, resolveOverlaps, type Detection } from './detection';
import { isRepeated, isSequential, type PlaceholderReason } from './placeholders';
import { isValidItin } from './usSsn';

export interface IdCheck {
  /** The checks the value passed (`mod-11`, `luhn`, `date`, …). */
  validators: string[];
  /** Confidence before context. */
  base: number;
  placeholder?: PlaceholderReason;
}

export interface NationalIdScheme {
  entity: string;
  /** Human name used in messages: "UK National Insurance number". */
  label: string;
  /** Country (ISO 3166 alpha-2). */
  country: string;
  /** Global pattern of candidates (anchored on the value's own characters; boundaries are checked in code). */
  pattern: RegExp;
  /** Validates a candidate (as written); undefined when it is not one. */
  check(value: string): IdCheck | undefined;
  /** Reported only with a context word nearby (its base confidence is below the threshold). */
  requiresContext: boolean;
  /** Fewest digits a value holds, and its longest run of consecutive digits: windows with less are skipped. */
  minDigits: number;
  minRun: number;
}

const SEP = /[ -]/g;
const NON_ALNUM = /[^A-Za-z0-9]/g;

/** Removes separators; undefined when the value mixes separators (`123-456 789`). */
function compact(value: string): string | undefined {
  let sep = '';
  for (const ch of value) {
    if (ch === ' ' || ch === '-' || ch === '/' || ch === '.') {
      if (sep && ch !== sep) return undefined;
      sep = ch;
    }
  }
  return value.replace(NON_ALNUM, '');
}

function hasSeparator(value: string): boolean {
  SEP.lastIndex = 0;
  return SEP.test(value);
}

/** A plausible Gregorian date; `year` is the full year. */
function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

/** Digits that are a run (`1234567`) or one repeated digit are documentation values. */
function fakeDigits(digits: string): PlaceholderReason | undefined {
  if (isRepeated(digits)) return 'repeated';
  if (isSequential(digits.slice(0, -1)) || isSequential(digits)) return 'sequential';
  return undefined;
}

function withPlaceholder(c: IdCheck, digits: string): IdCheck {
  const p = c.placeholder ?? fakeDigits(digits);
  return p ? { ...c, placeholder: p } : c;
}

// --- United Kingdom -------------------------------------------------------------------------------

const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** HMRC's allocation rules: first letter not D F I Q U V, second not D F I O Q U V, some prefixes never used. */
export function checkUkNino(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || v.length !== 9) return undefined;
  if (hasSeparator(value) && value.length !== 13) return undefined; // QQ 12 34 56 C
  const prefix = v.slice(0, 2);
  if (prefix === 'QQ') return { validators: ['format'], base: 0.7, placeholder: 'documentation' }; // HMRC's example prefix
  if ('DFIQUV'.includes(v[0]) || 'DFIOQUV'.includes(v[1]) || NINO_BAD_PREFIX.has(prefix)) return undefined;
  return withPlaceholder({ validators: ['format', 'prefix-rules'], base: 0.65 }, v.slice(2, 8));
}

/** NHS number: ten digits, modulus 11 with weights 10…2; a remainder giving 10 is never issued. */
export function nhsCheckDigit(nine: string): number | undefined {
  const r = 11 - (weightedSum(nine, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (r === 10) return undefined;
  return r === 11 ? 0 : r;
}

export function checkUkNhs(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || v.length !== 10 || !allDigits(v)) return undefined;
  if (nhsCheckDigit(v.slice(0, 9)) !== Number(v[9])) return undefined;
  // The 999 range is reserved for test patients.
  const placeholder: PlaceholderReason | undefined = v.startsWith('999') ? 'documentation' : undefined;
  return withPlaceholder({ validators: ['mod-11'], base: hasSeparator(value) ? 0.3 : 0.25, ...(placeholder ? { placeholder } : {}) }, v);
}

// --- Canada ---------------------------------------------------------------------------------------

export function checkCaSin(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || v.length !== 9 || !allDigits(v)) return undefined;
  if (v[0] === '8' || !luhnValid(v)) return undefined;
  // 0 is never issued: the government's own example is 046 454 286.
  const placeholder: PlaceholderReason | undefined = v[0] === '0' ? 'documentation' : undefined;
  return withPlaceholder({ validators: ['luhn'], base: hasSeparator(value) ? 0.35 : 0.25, ...(placeholder ? { placeholder } : {}) }, v);
}

// --- India ----------------------------------------------------------------------------------------

export function checkInAadhaar(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || v.length !== 12 || !allDigits(v)) return undefined;
  if (v[0] === '0' || v[0] === '1' || !verhoeffValid(v)) return undefined;
  if (hasSeparator(value) && value.length !== 14) return undefined;
  return withPlaceholder({ validators: ['verhoeff'], base: hasSeparator(value) ? 0.55 : 0.35 }, v);
}

/** PAN: five letters (the fourth says the holder's kind), four digits, a letter. */
export function checkInPan(value: string): IdCheck | undefined {
  if (value.length !== 10) return undefined;
  if (!'ABCFGHLJPTK'.includes(value[3])) return undefined;
  return withPlaceholder({ validators: ['format', 'holder-type'], base: 0.6 }, value.slice(5, 9));
}

// --- Australia ------------------------------------------------------------------------------------

export function checkAuTfn(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || !allDigits(v) || (v.length !== 8 && v.length !== 9)) return undefined;
  const weights = v.length === 9 ? [1, 4, 3, 7, 5, 8, 6, 9, 10] : [10, 7, 8, 4, 6, 3, 5, 1];
  if (weightedSum(v, weights) % 11 !== 0) return undefined;
  return withPlaceholder({ validators: ['mod-11'], base: 0.25 }, v);
}

export function checkAuMedicare(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || v.length !== 10 || !allDigits(v)) return undefined;
  if (v[0] < '2' || v[0] > '6') return undefined;
  if (weightedSum(v, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 !== Number(v[8])) return undefined;
  return withPlaceholder({ validators: ['weighted-mod-10'], base: hasSeparator(value) ? 0.35 : 0.25 }, v);
}

// --- Spain ----------------------------------------------------------------------------------------

const NIF_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function nifLetter(number: number): string {
  return NIF_LETTERS[number % 23];
}

export function checkEsNif(value: string): IdCheck | undefined {
  const v = compact(value)?.toUpperCase();
  if (!v || v.length !== 9) return undefined;
  const digits = v.slice(0, 8);
  if (!allDigits(digits) || nifLetter(Number(digits)) !== v[8]) return undefined;
  return withPlaceholder({ validators: ['mod-23'], base: 0.6 }, digits);
}

export function checkEsNie(value: string): IdCheck | undefined {
  const v = compact(value)?.toUpperCase();
  if (!v || v.length !== 9) return undefined;
  const lead = 'XYZ'.indexOf(v[0]);
  const digits = v.slice(1, 8);
  if (lead < 0 || !allDigits(digits) || nifLetter(Number(`${lead}${digits}`)) !== v[8]) return undefined;
  return withPlaceholder({ validators: ['mod-23'], base: 0.7 }, digits);
}

// --- Italy ----------------------------------------------------------------------------------------

const CF_ODD: Readonly<Record<string, number>> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6,
  R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
const CF_OMOCODE = 'LMNPQRSTUV';
const CF_MONTHS = 'ABCDEHLMPRST';

/** The check letter of the first 15 characters of a codice fiscale. */
export function fiscalCodeCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = first15[i];
    if (i % 2 === 0) sum += CF_ODD[ch] ?? 0;
    else sum += ch >= '0' && ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function deOmocode(ch: string): string {
  const k = CF_OMOCODE.indexOf(ch);
  return k >= 0 ? String(k) : ch;
}

export function checkItFiscalCode(value: string): IdCheck | undefined {
  const v = value.toUpperCase();
  if (v.length !== 16) return undefined;
  const day = Number(deOmocode(v[9]) + deOmocode(v[10]));
  if (!CF_MONTHS.includes(v[8]) || !((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return undefined;
  if (fiscalCodeCheckChar(v.slice(0, 15)) !== v[15]) return undefined;
  const base = value === v ? 0.85 : 0.6;
  return { validators: ['format', 'date', 'check-char'], base };
}

// --- Poland ---------------------------------------------------------------------------------------

export function peselCheckDigit(ten: string): number {
  return (10 - (weightedSum(ten, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
}

export function checkPlPesel(value: string): IdCheck | undefined {
  if (value.length !== 11 || !allDigits(value)) return undefined;
  if (peselCheckDigit(value) !== Number(value[10])) return undefined;
  const yy = Number(value.slice(0, 2));
  const mm = Number(value.slice(2, 4));
  const dd = Number(value.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  if (century === undefined || !validDate(century + yy, mm % 20, dd)) return undefined;
  return withPlaceholder({ validators: ['weighted-mod-10', 'date'], base: 0.35 }, value);
}

// --- South Korea ----------------------------------------------------------------------------------

export function rrnCheckDigit(twelve: string): number {
  return (11 - (weightedSum(twelve, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
}

export function checkKrRrn(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || v.length !== 13 || !allDigits(v)) return undefined;
  const g = Number(v[6]);
  const century = g === 9 || g === 0 ? 1800 : g <= 2 || g === 5 || g === 6 ? 1900 : 2000;
  if (!validDate(century + Number(v.slice(0, 2)), Number(v.slice(2, 4)), Number(v.slice(4, 6)))) return undefined;
  const dashed = value.length === 14 && value[6] === '-';
  // Numbers issued since October 2020 have no check digit: those need a dash and a context word.
  if (rrnCheckDigit(v) !== Number(v[12])) return dashed ? withPlaceholder({ validators: ['date'], base: 0.3 }, v) : undefined;
  return withPlaceholder({ validators: ['date', 'mod-11'], base: dashed ? 0.65 : 0.4 }, v);
}

// --- Singapore ------------------------------------------------------------------------------------

export function nricCheckLetter(prefix: string, seven: string): string | undefined {
  let sum = weightedSum(seven, [2, 7, 6, 5, 4, 3, 2]);
  if (prefix === 'T' || prefix === 'G') sum += 4;
  const r = sum % 11;
  if (prefix === 'S' || prefix === 'T') return 'JZIHGFEDCBA'[r];
  if (prefix === 'F' || prefix === 'G') return 'XWUTRQPNMLK'[r];
  return undefined;
}

export function checkSgNric(value: string): IdCheck | undefined {
  const v = value.toUpperCase();
  if (v.length !== 9 || !allDigits(v.slice(1, 8))) return undefined;
  if (v[0] === 'M') return withPlaceholder({ validators: ['format'], base: 0.3 }, v.slice(1, 8)); // M series: no public check table
  const expected = nricCheckLetter(v[0], v.slice(1, 8));
  if (!expected || expected !== v[8]) return undefined;
  return withPlaceholder({ validators: ['check-letter'], base: value === v ? 0.8 : 0.55 }, v.slice(1, 8));
}

// --- South Africa ---------------------------------------------------------------------------------

export function checkZaId(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || v.length !== 13 || !allDigits(v)) return undefined;
  const yy = Number(v.slice(0, 2));
  if (!validDate(2000 + yy, Number(v.slice(2, 4)), Number(v.slice(4, 6)))) return undefined;
  if (v[10] !== '0' && v[10] !== '1' && v[10] !== '2') return undefined;
  if (!luhnValid(v)) return undefined;
  return withPlaceholder({ validators: ['date', 'citizenship', 'luhn'], base: 0.55 }, v);
}

// --- Turkey ---------------------------------------------------------------------------------------

export function checkTrId(value: string): IdCheck | undefined {
  if (value.length !== 11 || !allDigits(value) || value[0] === '0') return undefined;
  const d = (i: number): number => value.charCodeAt(i) - 48;
  const odd = d(0) + d(2) + d(4) + d(6) + d(8);
  const even = d(1) + d(3) + d(5) + d(7);
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d(9)) return undefined;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += d(i);
  if (sum % 10 !== d(10)) return undefined;
  return withPlaceholder({ validators: ['check-digit-10', 'check-digit-11'], base: 0.45 }, value);
}

// --- Thailand -------------------------------------------------------------------------------------

export function thIdCheckDigit(twelve: string): number {
  return (11 - (weightedSum(twelve, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10;
}

export function checkThId(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || v.length !== 13 || !allDigits(v)) return undefined;
  if (v[0] === '0' || v[0] === '9') return undefined;
  if (hasSeparator(value) && value.length !== 17) return undefined;
  if (thIdCheckDigit(v) !== Number(v[12])) return undefined;
  return withPlaceholder({ validators: ['mod-11'], base: hasSeparator(value) ? 0.6 : 0.4 }, v);
}

// --- United States --------------------------------------------------------------------------------

export function checkUsItin(value: string): IdCheck | undefined {
  const v = compact(value);
  if (!v || v.length !== 9 || !allDigits(v) || !isValidItin(v)) return undefined;
  const dashed = value.length === 11 && value[3] === '-' && value[6] === '-';
  return withPlaceholder({ validators: ['irs-ranges'], base: dashed ? 0.55 : hasSeparator(value) ? 0.45 : 0.25 }, v);
}

/** US passport book numbers: nine digits, or (next generation, 2021+) a letter and eight digits. No check digit. */
export function checkUsPassport(value: string): IdCheck | undefined {
  if (value.length !== 9) return undefined;
  if (!allDigits(value.slice(1)) || !(allDigits(value[0]) || (value[0] >= 'A' && value[0] <= 'Z'))) return undefined;
  return withPlaceholder({ validators: ['format'], base: 0.2 }, value.slice(1));
}

// --- The table ------------------------------------------------------------------------------------

const P = {
  nino: /[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]/y,
  ten334: /\d{3}[ -]?\d{3}[ -]?\d{4}/y,
  nine333: /\d{3}[ -]?\d{3}[ -]?\d{3}/y,
  twelve444: /\d{4}[ -]?\d{4}[ -]?\d{4}/y,
  pan: /[A-Z]{5}\d{4}[A-Z]/y,
  tfn: /\d{3}[ -]?\d{3}[ -]?\d{2,3}/y,
  medicare: /[2-6]\d{3}[ -]?\d{5}[ -]?\d/y,
  nif: /\d{8}-?[A-Za-z]/y,
  nie: /[XYZxyz]-?\d{7}-?[A-Za-z]/y,
  fiscal: /[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]/y,
  eleven: /\d{11}/y,
  rrn: /\d{6}-?\d{7}/y,
  nric: /[STFGMstfgm]\d{7}[A-Za-z]/y,
  thirteen: /\d{6} ?\d{4} ?\d{3}/y,
  th: /[1-8](?:-\d{4}-\d{5}-\d{2}-|\d{11}|\s\d{4}\s\d{5}\s\d{2}\s)\d/y,
  itin: /9\d{2}[ -]?\d{2}[ -]?\d{4}/y,
  passport: /[A-Z0-9]\d{8}/y,
};

export const NATIONAL_ID_SCHEMES: readonly NationalIdScheme[] = [
  { entity: 'uk-nino', label: 'UK National Insurance number', country: 'GB', pattern: P.nino, check: checkUkNino, requiresContext: false, minDigits: 6, minRun: 2 },
  { entity: 'uk-nhs', label: 'UK NHS number', country: 'GB', pattern: P.ten334, check: checkUkNhs, requiresContext: true, minDigits: 10, minRun: 3 },
  { entity: 'ca-sin', label: 'Canadian Social Insurance Number', country: 'CA', pattern: P.nine333, check: checkCaSin, requiresContext: true, minDigits: 9, minRun: 3 },
  { entity: 'in-aadhaar', label: 'Indian Aadhaar number', country: 'IN', pattern: P.twelve444, check: checkInAadhaar, requiresContext: false, minDigits: 12, minRun: 4 },
  { entity: 'in-pan', label: 'Indian PAN', country: 'IN', pattern: P.pan, check: checkInPan, requiresContext: false, minDigits: 4, minRun: 4 },
  { entity: 'au-tfn', label: 'Australian Tax File Number', country: 'AU', pattern: P.tfn, check: checkAuTfn, requiresContext: true, minDigits: 8, minRun: 2 },
  { entity: 'au-medicare', label: 'Australian Medicare number', country: 'AU', pattern: P.medicare, check: checkAuMedicare, requiresContext: true, minDigits: 10, minRun: 1 },
  { entity: 'es-nif', label: 'Spanish NIF/DNI', country: 'ES', pattern: P.nif, check: checkEsNif, requiresContext: false, minDigits: 8, minRun: 8 },
  { entity: 'es-nie', label: 'Spanish NIE', country: 'ES', pattern: P.nie, check: checkEsNie, requiresContext: false, minDigits: 7, minRun: 7 },
  { entity: 'it-fiscal-code', label: 'Italian fiscal code', country: 'IT', pattern: P.fiscal, check: checkItFiscalCode, requiresContext: false, minDigits: 1, minRun: 1 },
  { entity: 'pl-pesel', label: 'Polish PESEL', country: 'PL', pattern: P.eleven, check: checkPlPesel, requiresContext: true, minDigits: 11, minRun: 11 },
  { entity: 'kr-rrn', label: 'Korean Resident Registration Number', country: 'KR', pattern: P.rrn, check: checkKrRrn, requiresContext: false, minDigits: 13, minRun: 6 },
  { entity: 'sg-nric', label: 'Singapore NRIC/FIN', country: 'SG', pattern: P.nric, check: checkSgNric, requiresContext: false, minDigits: 7, minRun: 7 },
  { entity: 'za-id', label: 'South African ID number', country: 'ZA', pattern: P.thirteen, check: checkZaId, requiresContext: false, minDigits: 13, minRun: 3 },
  { entity: 'tr-id', label: 'Turkish identity number (TC Kimlik)', country: 'TR', pattern: P.eleven, check: checkTrId, requiresContext: true, minDigits: 11, minRun: 11 },
  { entity: 'th-id', label: 'Thai national ID number', country: 'TH', pattern: P.th, check: checkThId, requiresContext: false, minDigits: 13, minRun: 1 },
  { entity: 'us-itin', label: 'US ITIN', country: 'US', pattern: P.itin, check: checkUsItin, requiresContext: false, minDigits: 9, minRun: 2 },
  { entity: 'us-passport', label: 'US passport number', country: 'US', pattern: P.passport, check: checkUsPassport, requiresContext: true, minDigits: 8, minRun: 8 },
];

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [SEP, NON_ALNUM, ...Object.values(P)];

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLetter = (c: number): boolean => isUpper(c) || (c >= 97 && c <= 122);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** What a scheme's pattern needs at its first characters (see `leadOk`). */
const enum Lead {
  /** At least `minRun` consecutive digits, the first in `first`…`last` (character codes). */
  DigitRun,
  /** Upper-case letters at 0 and 1 (NINO). */
  Nino,
  /** Upper-case letters at 0 and 4 (PAN). */
  Pan,
  /** X, Y or Z in either case (NIE). */
  Nie,
  /** ASCII letters at 0 and 5 (fiscal code). */
  Fiscal,
  /** S, T, F, G or M in either case, then a digit (NRIC). */
  Nric,
  /** An upper-case letter or a digit, then a digit (passport). */
  Passport,
}

interface Need {
  lead: Lead;
  /** For `Lead.DigitRun`: the shortest run of digits at the anchor, and the range of its first digit. */
  minRun: number;
  first: number;
  last: number;
  /** How many digits any match holds, and the longest a match can be. */
  digits: number;
  length: number;
}

const digitRun = (minRun: number, digits: number, length: number, first = 48, last = 57): Need => ({ lead: Lead.DigitRun, minRun, first, last, digits, length });
const shaped = (lead: Lead, digits: number, length: number): Need => ({ lead, minRun: 0, first: 0, last: 0, digits, length });

/**
 * What each scheme's pattern needs, tested before the regular expression runs (an anchor fails most
 * patterns on its first characters): the lead (the first characters; for digits, how many consecutive
 * digits start at the anchor), then `digits` digits among the `length` characters from the anchor.
 * Each test is implied by its pattern: skipping the pattern when one fails changes no result. Data, not a
 * closure per scheme: the loop below tests them at every anchor, through one call site.
 */
const NEEDS: ReadonlyMap<RegExp, Need> = new Map<RegExp, Need>([
  [P.nino, shaped(Lead.Nino, 6, 13)],
  [P.ten334, digitRun(3, 10, 12)],
  [P.nine333, digitRun(3, 9, 11)],
  [P.twelve444, digitRun(4, 12, 14)],
  [P.pan, shaped(Lead.Pan, 4, 10)],
  [P.tfn, digitRun(3, 8, 11)],
  [P.medicare, digitRun(4, 10, 12, 50, 54)],
  [P.nif, digitRun(8, 8, 10)],
  [P.nie, shaped(Lead.Nie, 7, 11)],
  [P.fiscal, shaped(Lead.Fiscal, 0, 16)],
  [P.eleven, digitRun(11, 11, 11)],
  [P.rrn, digitRun(6, 13, 14)],
  [P.nric, shaped(Lead.Nric, 7, 9)],
  [P.thirteen, digitRun(6, 13, 15)],
  [P.th, digitRun(1, 13, 17, 49, 56)],
  [P.itin, digitRun(3, 9, 11, 57, 57)],
  [P.passport, shaped(Lead.Passport, 8, 9)],
]);

/** Whether the characters at `at` can start a match of a pattern with this need (`run`: digits from `at`). */
function leadOk(need: Need, text: string, at: number, run: number): boolean {
  const c = text.charCodeAt(at);
  switch (need.lead) {
    case Lead.DigitRun:
      return run >= need.minRun && c >= need.first && c <= need.last;
    case Lead.Nino:
      return isUpper(c) && isUpper(text.charCodeAt(at + 1));
    case Lead.Pan:
      return isUpper(c) && isUpper(text.charCodeAt(at + 4));
    case Lead.Nie:
      return c === 88 || c === 89 || c === 90 || c === 120 || c === 121 || c === 122;
    case Lead.Fiscal:
      return isAsciiLetter(c) && isAsciiLetter(text.charCodeAt(at + 5));
    case Lead.Nric:
      return (c === 83 || c === 84 || c === 70 || c === 71 || c === 77 || c === 115 || c === 116 || c === 102 || c === 103 || c === 109) && isDigitCode(text.charCodeAt(at + 1));
    case Lead.Passport:
      return (isUpper(c) || isDigitCode(c)) && isDigitCode(text.charCodeAt(at + 1));
  }
}

const MAX_LENGTH = 17;

/**
 * The cheap necessary conditions `findNationalIds` tests before running `scheme.pattern` at `at` (the
 * characters it starts with, enough digits within its longest length): false means the pattern cannot match
 * there. Exported for the tests, which check that it never says false where the pattern matches.
 */
export function schemeMayMatchAt(scheme: NationalIdScheme, text: string, at: number): boolean {
  const need = NEEDS.get(scheme.pattern);
  if (!need) return true;
  const lead = codeAt(text, at);
  if (isDigitCode(lead) ? !LEADS_WITH_DIGIT.has(scheme.pattern) : isAsciiLetter(lead) ? !LEADS_WITH_LETTER.has(scheme.pattern) : true) return false;
  let run = 0;
  while (isDigitCode(codeAt(text, at + run))) run++;
  if (!leadOk(need, text, at, run)) return false;
  let digits = 0;
  for (let j = 0; j < need.length; j++) if (isDigitCode(codeAt(text, at + j))) digits++;
  return digits >= need.digits;
}

/** The patterns whose first character may be an ASCII digit, and those whose first may be an ASCII letter. */
const LEADS_WITH_DIGIT: ReadonlySet<RegExp> = new Set([P.ten334, P.nine333, P.twelve444, P.tfn, P.medicare, P.nif, P.eleven, P.rrn, P.thirteen, P.th, P.itin, P.passport]);
const LEADS_WITH_LETTER: ReadonlySet<RegExp> = new Set([P.nino, P.pan, P.nie, P.fiscal, P.nric, P.passport]);
const NONE: readonly number[] = [];

export interface NationalIdOptions {
  /** Entities to look for (default: all). */
  entities?: readonly string[];
}

interface SchemeSet {
  schemes: readonly NationalIdScheme[];
  needs: ReadonlyArray<Need | undefined>;
  /** Indices of the schemes whose pattern can start with a digit, and of those that can start with a letter. */
  digitLed: readonly number[];
  letterLed: readonly number[];
  /** Scratch: which schemes a segment can hold. */
  active: Uint8Array;
}

function schemeSet(entities: readonly string[] | undefined): SchemeSet {
  const wanted = entities ? new Set(entities) : undefined;
  const schemes = NATIONAL_ID_SCHEMES.filter((s) => !wanted || wanted.has(s.entity));
  return {
    schemes,
    needs: schemes.map((s) => NEEDS.get(s.pattern)),
    digitLed: schemes.map((_, k) => k).filter((k) => LEADS_WITH_DIGIT.has(schemes[k].pattern)),
    letterLed: schemes.map((_, k) => k).filter((k) => LEADS_WITH_LETTER.has(schemes[k].pattern)),
    active: new Uint8Array(schemes.length),
  };
}

/** The default (every scheme), built once: a rule runs this detector on every document. */
const ALL_SCHEMES = schemeSet(undefined);
/** Scratch for `countDigits` (reused: a typed array per call was costly). */
let digitsTo = new Int32Array(256);

/** Fills `digitsTo[i - from]` with the digits in `text[from, i)` for `i` up to `to`; returns `to`. */
function countDigits(text: string, from: number, to: number): number {
  if (digitsTo.length < to - from + 1) digitsTo = new Int32Array(2 * (to - from + 1));
  let n = 0;
  digitsTo[0] = 0;
  for (let i = from; i < to; i++) {
    if (isDigitCode(text.charCodeAt(i))) n++;
    digitsTo[i - from + 1] = n;
  }
  return to;
}

/** Finds national identification numbers in `text`; overlapping candidates keep the most confident. */
export function findNationalIds(text: string, options: NationalIdOptions = {}): Detection[] {
  const { schemes, needs, digitLed, letterLed, active } = options.entities ? schemeSet(options.entities) : ALL_SCHEMES;
  const out: Detection[] = [];
  for (const w of numericSegments(text, 4)) {
    let any = false;
    for (let k = 0; k < schemes.length; k++) {
      const on = w.digits >= schemes[k].minDigits && w.longestRun >= schemes[k].minRun;
      active[k] = on ? 1 : 0;
      any ||= on;
    }
    if (!any) continue;
    // digitsTo[i - w.offset]: digits in text[w.offset, i), up to MAX_LENGTH characters past the segment (a
    // match may not end there, but the count of a need reads that far); made on the first anchor that needs it.
    let counted = -1;
    for (const at of anchors(text, w)) {
      // charCodeAt outside the text is NaN, which no test below accepts (as codeAt's -1).
      if (isWordChar(text.charCodeAt(at - 1))) continue;
      let run = 0;
      while (isDigitCode(text.charCodeAt(at + run))) run++;
      const lead = text.charCodeAt(at);
      for (const k of isDigitCode(lead) ? digitLed : isAsciiLetter(lead) ? letterLed : NONE) {
        if (!active[k]) continue;
        const scheme = schemes[k];
        const need = needs[k];
        if (need) {
          if (!leadOk(need, text, at, run)) continue;
          if (counted < 0) counted = countDigits(text, w.offset, Math.min(text.length, w.endOffset + MAX_LENGTH));
          if (digitsTo[Math.min(at + need.length, counted) - w.offset] - digitsTo[at - w.offset] < need.digits) continue;
        }
        const m = matchAt(scheme.pattern, text, at);
        if (!m) continue;
        const start = at;
        const end = start + m[0].length;
        if (!standalone(text, start, end)) continue;
        const c = scheme.check(m[0]);
        if (!c) continue;
        const span = { offset: start, endOffset: end };
        const ctx = matchContext(text, span, CONTEXT[scheme.entity]);
        out.push({
          entity: scheme.entity,
          span,
          detector: 'national-id',
          validators: c.validators,
          confidence: applyContext(c.base, ctx, { boost: scheme.requiresContext ? 0.45 : 0.3 }),
          context: [...ctx.positive, ...ctx.negative.map((x) => `-${x}`)],
          ...(c.placeholder ? { placeholder: c.placeholder } : {}),
          normalized: `${scheme.entity}:${m[0].replace(NON_ALNUM, '').toUpperCase()}`,
          maskKind: 'id',
          facts: { country: scheme.country, scheme: scheme.label },
        });
      }
    }
  }
  return resolveOverlaps(out);
}

function standalone(text: string, start: number, end: number): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  if (isWordChar(before) || isWordChar(after)) return false;
  if ((before === 45 || before === 46 || before === 47) && isWordChar(codeAt(text, start - 2))) return false;
  if ((after === 45 || after === 46 || after === 47) && isWordChar(codeAt(text, end + 1))) return false;
  return true;
}
