/**
 * Payment card numbers (ISO/IEC 7812): 12 to 19 digits, written contiguous or in the groups printed on
 * cards (4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3 …) with one kind of separator (spaces or dashes, not mixed),
 * whose issuer identification number belongs to a known scheme with that length, and whose Luhn check
 * digit is right. Published test numbers are placeholders.
 */
import { afterGroup, insideIban } from './iban';
import { luhnValid } from './checksums';
import { applyContext, CONTEXT, matchContext } from './context';
import { anchors, codeAt, isDigit as isDigitCode, isWordChar, matchAt, numericSegments, type Detection } from './detection';
import { isTestCardNumber } from './placeholders';

export interface CardScheme {
  scheme: string;
  lengths: readonly number[];
}

interface Range {
  from: number;
  to: number;
  /** Number of leading digits compared. */
  digits: number;
  scheme: string;
  lengths: readonly number[];
}

const L16_19 = [16, 17, 18, 19];
/** Issuer ranges (prefix intervals on the first `digits` digits); more specific ranges first. */
const RANGES: readonly Range[] = [
  { from: 34, to: 34, digits: 2, scheme: 'amex', lengths: [15] },
  { from: 37, to: 37, digits: 2, scheme: 'amex', lengths: [15] },
  { from: 2200, to: 2204, digits: 4, scheme: 'mir', lengths: [16, 17, 18, 19] },
  { from: 2221, to: 2720, digits: 4, scheme: 'mastercard', lengths: [16] },
  { from: 51, to: 55, digits: 2, scheme: 'mastercard', lengths: [16] },
  { from: 4, to: 4, digits: 1, scheme: 'visa', lengths: [13, 16, 19] },
  { from: 6011, to: 6011, digits: 4, scheme: 'discover', lengths: L16_19 },
  { from: 644, to: 649, digits: 3, scheme: 'discover', lengths: L16_19 },
  { from: 65, to: 65, digits: 2, scheme: 'discover', lengths: L16_19 },
  { from: 622126, to: 622925, digits: 6, scheme: 'discover', lengths: L16_19 },
  { from: 62, to: 62, digits: 2, scheme: 'unionpay', lengths: L16_19 },
  { from: 81, to: 81, digits: 2, scheme: 'unionpay', lengths: L16_19 },
  { from: 300, to: 305, digits: 3, scheme: 'diners', lengths: [14, 15, 16, 17, 18, 19] },
  { from: 3095, to: 3095, digits: 4, scheme: 'diners', lengths: [14, 15, 16, 17, 18, 19] },
  { from: 36, to: 36, digits: 2, scheme: 'diners', lengths: [14, 15, 16, 17, 18, 19] },
  { from: 38, to: 39, digits: 2, scheme: 'diners', lengths: [14, 15, 16, 17, 18, 19] },
  { from: 3528, to: 3589, digits: 4, scheme: 'jcb', lengths: L16_19 },
  { from: 5018, to: 5018, digits: 4, scheme: 'maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { from: 5020, to: 5020, digits: 4, scheme: 'maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { from: 5038, to: 5038, digits: 4, scheme: 'maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { from: 5893, to: 5893, digits: 4, scheme: 'maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { from: 6304, to: 6304, digits: 4, scheme: 'maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { from: 6759, to: 6759, digits: 4, scheme: 'maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { from: 6761, to: 6763, digits: 4, scheme: 'maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { from: 506099, to: 506198, digits: 6, scheme: 'verve', lengths: [16, 18, 19] },
  { from: 650002, to: 650027, digits: 6, scheme: 'verve', lengths: [16, 18, 19] },
  { from: 60, to: 60, digits: 2, scheme: 'rupay', lengths: [16] },
  { from: 508, to: 508, digits: 3, scheme: 'rupay', lengths: [16] },
  { from: 9792, to: 9792, digits: 4, scheme: 'troy', lengths: [16] },
  { from: 5019, to: 5019, digits: 4, scheme: 'dankort', lengths: [16] },
  { from: 4571, to: 4571, digits: 4, scheme: 'dankort', lengths: [16] },
  { from: 1, to: 1, digits: 1, scheme: 'uatp', lengths: [15] },
  { from: 636368, to: 636368, digits: 6, scheme: 'elo', lengths: [16] },
  { from: 606282, to: 606282, digits: 6, scheme: 'hipercard', lengths: [16] },
  { from: 636, to: 636, digits: 3, scheme: 'interpayment', lengths: L16_19 },
  { from: 637, to: 639, digits: 3, scheme: 'instapayment', lengths: [16] },
];

/** The card scheme of a number (digits only) whose prefix and length match an issuer range. */
export function cardScheme(digits: string): CardScheme | undefined {
  for (const r of RANGES) {
    if (digits.length < r.digits) continue;
    const prefix = Number(digits.slice(0, r.digits));
    if (prefix >= r.from && prefix <= r.to && r.lengths.includes(digits.length)) return { scheme: r.scheme, lengths: r.lengths };
  }
  return undefined;
}

/** Group layouts printed on cards or typed by people, by total length. */
const LAYOUTS: readonly (readonly number[])[] = [
  [4, 4, 4, 4, 3], [4, 4, 4, 4, 2], [4, 4, 4, 4, 1], [4, 4, 4, 4], [6, 13], [4, 6, 5], [4, 6, 4], [4, 4, 4, 3], [4, 4, 4, 2], [4, 4, 4, 1], [4, 4, 5], [4, 4, 4],
];

/** A candidate run: digit groups joined by spaces or dashes (consistency is checked in code). */
const GROUPS = /\d{1,19}(?:[ -]\d{1,19}){0,6}/y;
const NON_DIGITS = /\D/g;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [GROUPS, NON_DIGITS];

/** Finds payment card numbers in `text`. */
export function findCreditCards(text: string): Detection[] {
  const out: Detection[] = [];
  for (const w of numericSegments(text, 12)) {
    if (w.longestRun < 3) continue;
    for (const at of anchors(text, w)) {
      if (!isDigitCode(text.charCodeAt(at))) continue;
      const m = matchAt(GROUPS, text, at);
      if (!m || m[0].length < 12) continue;
      const d = cardAt(text, at, m[0]);
      if (d) out.push(d);
    }
  }
  return out;
}

function isSep(c: number): boolean {
  return c === 32 || c === 45;
}

function cardAt(text: string, start: number, run: string): Detection | undefined {
  const before = codeAt(text, start - 1);
  if (isWordChar(before) || ((before === 46 || before === 44 || before === 45 || before === 47) && isWordChar(codeAt(text, start - 2)))) return undefined;
  // Groups up to the first change of separator.
  let sep: string | undefined;
  const sizes: number[] = [];
  let size = 0;
  let stop = run.length;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (!isSep(c)) {
      size++;
      continue;
    }
    if (sep !== undefined && run[i] !== sep) {
      stop = i;
      break;
    }
    sep = run[i];
    sizes.push(size);
    size = 0;
  }
  sizes.push(size);
  // The layouts whose groups the run starts with, in order, then the first group alone (no array is made
  // per candidate: every digit run of twelve or more comes here).
  for (const layout of LAYOUTS) {
    if (layout.length > sizes.length) continue;
    let same = true;
    for (let i = 0; i < layout.length && same; i++) same = layout[i] === sizes[i];
    if (!same) continue;
    const d = tryLayout(text, start, run, stop, sep, layout);
    if (d) return d;
  }
  return sizes[0] >= 12 ? tryLayout(text, start, run, stop, sep, [sizes[0]]) : undefined;
}

function tryLayout(text: string, start: number, run: string, stop: number, sep: string | undefined, layout: readonly number[]): Detection | undefined {
  let length = 0;
  for (const size of layout) length += size;
  if (length < 12 || length > 19) return undefined;
  const used = length + layout.length - 1;
  if (used > stop) return undefined;
  return validate(text, start, start + used, run.slice(0, used).replace(NON_DIGITS, ''), sep !== undefined && layout.length > 1);
}

function validate(text: string, start: number, end: number, digits: string, grouped: boolean): Detection | undefined {
  const after = codeAt(text, end);
  if (isWordChar(after)) return undefined;
  if ((after === 46 || after === 44) && isWordChar(codeAt(text, end + 1)) && !grouped) return undefined;
  if (!luhnValid(digits)) return undefined;
  const scheme = cardScheme(digits);
  if (!scheme) return undefined;
  // The groups of an IBAN (`RS35 2600 0560 1001 6113 79`) are not a card number.
  if (afterGroup(text, start) && insideIban(text, start)) return undefined;
  const span = { offset: start, endOffset: end };
  const ctx = matchContext(text, span, CONTEXT['credit-card']);
  const base = grouped ? 0.85 : 0.7;
  return {
    entity: 'credit-card',
    span,
    detector: 'credit-card',
    validators: ['iin', 'length', 'luhn'],
    confidence: applyContext(base, ctx),
    context: [...ctx.positive, ...ctx.negative.map((w) => `-${w}`)],
    ...(isTestCardNumber(digits) ? { placeholder: 'documentation' as const } : {}),
    normalized: digits,
    maskKind: 'number',
    facts: { scheme: scheme.scheme },
  };
}
