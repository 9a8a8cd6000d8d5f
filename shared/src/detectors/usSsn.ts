/**
 * US Social Security numbers, by the Social Security Administration's rules: area 001–899 except 666,
 * group 01–99, serial 0001–9999; written `AAA-GG-SSSS` (also with spaces or dots, the same separator
 * twice) or as nine bare digits (which need a context word such as "SSN"). Numbers the SSA or the press
 * made famous (the Woolworth wallet card 078-05-1120, the LifeLock ad, `123-45-6789`) are placeholders.
 *
 * US ITINs (`9XX-7X-XXXX`) share the shape; `findItins` finds those (IRS ranges of the middle group).
 */
import { applyContext, CONTEXT, matchContext } from './context';
import { anchors, codeAt, isDigit, isWordChar, matchAt, numericSegments, type Detection } from './detection';
import { isRepeated, type PlaceholderReason } from './placeholders';

const SHAPE = /\d{3}[- .]?\d{2}[- .]?\d{4}/y;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [SHAPE];

/** Advertised, leaked-in-print or otherwise famous numbers: documentation values, never a person's. */
const ADVERTISED = new Set(['078051120', '219099999', '457555462', '123456789', '111111111', '999999999']);

export interface SsnParts {
  area: string;
  group: string;
  serial: string;
  separator: string;
}

/** Splits `AAA?GG?SSSS` when both separators are the same (or both absent). */
export function splitSsn(value: string): SsnParts | undefined {
  if (value.length === 9) return { area: value.slice(0, 3), group: value.slice(3, 5), serial: value.slice(5), separator: '' };
  if (value.length !== 11) return undefined;
  const a = value[3];
  const b = value[6];
  if (a !== b) return undefined;
  return { area: value.slice(0, 3), group: value.slice(4, 6), serial: value.slice(7), separator: a };
}

/** The SSA's structural rules (since 2011 areas are randomized, so no area-to-state check remains). */
export function isValidSsn(digits: string): boolean {
  if (digits.length !== 9) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00') return false;
  if (digits.slice(5) === '0000') return false;
  return true;
}

/** ITIN: area 9XX, group 50–65, 70–88, 90–92 or 94–99 (IRS). */
export function isValidItin(digits: string): boolean {
  if (digits.length !== 9 || digits[0] !== '9') return false;
  const g = Number(digits.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/** Finds US Social Security numbers in `text`. */
export function findSsns(text: string): Detection[] {
  return findShapes(text, 'us-ssn', isValidSsn, { dashed: 0.65, spaced: 0.55, bare: 0.3 });
}

/** Finds US Individual Taxpayer Identification Numbers in `text`. */
export function findItins(text: string): Detection[] {
  return findShapes(text, 'us-itin', isValidItin, { dashed: 0.6, spaced: 0.45, bare: 0.25 });
}

function findShapes(text: string, entity: 'us-ssn' | 'us-itin', valid: (digits: string) => boolean, base: { dashed: number; spaced: number; bare: number }): Detection[] {
  const out: Detection[] = [];
  for (const w of numericSegments(text, 9)) {
    for (const at of anchors(text, w)) {
      // Three digits first, or the shape cannot match (a cheap test before the regular expression).
      if (!isDigit(codeAt(text, at)) || !isDigit(codeAt(text, at + 1)) || !isDigit(codeAt(text, at + 2))) continue;
      const m = matchAt(SHAPE, text, at);
      if (!m) continue;
      const start = at;
      const end = start + m[0].length;
      if (!standalone(text, start, end)) continue;
      const parts = splitSsn(m[0]);
      if (!parts) continue;
      const digits = parts.area + parts.group + parts.serial;
      if (!valid(digits)) continue;
      const span = { offset: start, endOffset: end };
      const ctx = matchContext(text, span, CONTEXT[entity]);
      const b = parts.separator === '-' ? base.dashed : parts.separator ? base.spaced : base.bare;
      const placeholder: PlaceholderReason | undefined = ADVERTISED.has(digits) ? 'documentation' : isRepeated(digits) ? 'repeated' : undefined;
      out.push({
        entity,
        span,
        detector: entity,
        validators: [entity === 'us-ssn' ? 'ssa-rules' : 'irs-ranges', 'delimiters'],
        confidence: applyContext(b, ctx),
        context: [...ctx.positive, ...ctx.negative.map((x) => `-${x}`)],
        ...(placeholder ? { placeholder } : {}),
        normalized: digits,
        maskKind: 'number',
      });
    }
  }
  return out;
}

/** Not part of a longer number, word, date or dashed id. */
function standalone(text: string, start: number, end: number): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  if (isWordChar(before) || isWordChar(after)) return false;
  const sepBefore = before === 45 || before === 46 || before === 47 || before === 44;
  const sepAfter = after === 45 || after === 46 || after === 47 || after === 44 || after === 58;
  if (sepBefore && isWordChar(codeAt(text, start - 2))) return false;
  if (sepAfter && isWordChar(codeAt(text, end + 1))) return false;
  return true;
}
