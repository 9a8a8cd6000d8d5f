/**
 * International Bank Account Numbers (ISO 13616): country code, two check digits, a country-specific BBAN.
 * Written in the electronic format (`DE89370400440532013000`) or the print format (groups of four separated
 * by spaces, `DE89 3704 0044 0532 0130 00`; dashes and other groupings are accepted when consistent).
 * Validated with `ibantools`: the country's length and BBAN structure, and ISO 7064 MOD 97-10.
 */
import { electronicFormatIBAN, getCountrySpecifications, isValidIBAN } from 'ibantools';
import { applyContext, CONTEXT, matchContext } from './context';
import { anchors, codeAt, isDigit, isLetter, isWordChar, numericSegments, type Detection } from './detection';

/** ibantools' country table, built on first use (not at every start of the CLI and the server). */
let specs: ReturnType<typeof getCountrySpecifications> | undefined;

/** The IBAN length of a country (ISO 3166 alpha-2), or undefined when the country has no IBAN. */
export function ibanLength(country: string): number | undefined {
  specs ??= getCountrySpecifications();
  return specs[country.toUpperCase()]?.chars ?? undefined;
}

const NON_ALNUM = /[^A-Za-z0-9]/g;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [NON_ALNUM];

/**
 * Example IBANs printed in the ISO 13616 register, bank documentation and SEPA guides: placeholders.
 * Compared in electronic format.
 */
const EXAMPLES = new Set([
  'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'DE89370400440532013000', 'FR1420041010050500013M02606',
  'NL91ABNA0417164300', 'BE68539007547034', 'CH9300762011623852957', 'ES9121000418450200051332', 'IT60X0542811101000000123456',
  'AT611904300234573201', 'PL61109010140000071219812874', 'SE4550000000058398257466', 'NO9386011117947', 'DK5000400440116243',
  'FI2112345600000785', 'IE29AIBK93115212345678', 'PT50000201231234567890154', 'LU280019400644750000', 'GR1601101250000000012300695',
]);

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Finds IBANs in `text`. */
export function findIbans(text: string): Detection[] {
  const out: Detection[] = [];
  for (const w of numericSegments(text, 8)) {
    let after = 0;
    for (const at of anchors(text, w)) {
      if (at < after || !ibanStart(text, at)) continue;
      const d = ibanAt(text, at);
      if (d) {
        out.push(d);
        after = d.span.endOffset;
      }
    }
  }
  return out;
}

/**
 * Whether `offset` lies inside an IBAN written with separators (`NL91 ABNA 0417 1643 00`): the phone,
 * card and national-id detectors call it for a candidate that follows an alphanumeric group and a single
 * space or dash, so that the digits of an IBAN's groups are not also reported as something else.
 */
export function insideIban(text: string, offset: number): boolean {
  let i = offset;
  // An IBAN is at most 34 characters plus 8 separators; walk back over that much at most.
  while (i > 0 && offset - i < 42) {
    const c = text.charCodeAt(i - 1);
    if (!(isAlnum(c) || c === 32 || c === 45)) break;
    i--;
    if (ibanStart(text, i)) {
      const d = ibanAt(text, i);
      if (d && d.span.endOffset > offset) return true;
    }
  }
  return false;
}

/** The candidate at `start` follows an alphanumeric group and one space or dash (`… ABNA 0417…`). */
export function afterGroup(text: string, start: number): boolean {
  const sep = codeAt(text, start - 1);
  return (sep === 32 || sep === 45) && isAlnum(codeAt(text, start - 2));
}

/** Two ASCII letters and two digits (a country code and check digits) at `at`. */
function ibanStart(text: string, at: number): boolean {
  return isLetter(codeAt(text, at)) && isLetter(codeAt(text, at + 1)) && isDigit(codeAt(text, at + 2)) && isDigit(codeAt(text, at + 3));
}

/** The IBAN starting at `start` (at its country code), if one does. */
export function ibanAt(text: string, start: number): Detection | undefined {
  if (isWordChar(codeAt(text, start - 1))) return undefined;
  const country = text.slice(start, start + 2);
  const upper = country === country.toUpperCase();
  const length = ibanLength(country);
  if (!length) return undefined;
  // Consume alphanumerics, allowing one kind of single separator between groups, until `length` are read.
  let i = start;
  let count = 0;
  let sep = -1;
  while (i < text.length && count < length) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) {
      count++;
      i++;
      continue;
    }
    if ((c === 32 || c === 45) && count >= 4 && isAlnum(codeAt(text, i + 1)) && (sep === -1 || sep === c)) {
      sep = c;
      i++;
      continue;
    }
    break;
  }
  if (count !== length) return undefined;
  // The value must end here: not glued to more letters or digits (`…3000X`), nor continued by a group.
  if (isAlnum(codeAt(text, i))) return undefined;
  const raw = text.slice(start, i);
  const compact = raw.replace(NON_ALNUM, '');
  const electronic = electronicFormatIBAN(compact) ?? compact.toUpperCase();
  if (!isValidIBAN(electronic)) return undefined;
  const span = { offset: start, endOffset: i };
  const ctx = matchContext(text, span, CONTEXT.iban);
  let base = sep === -1 ? 0.85 : 0.9;
  if (!upper || compact !== compact.toUpperCase()) base -= 0.25;
  return {
    entity: 'iban',
    span,
    detector: 'iban',
    validators: ['country-length', 'bban-format', 'mod-97'],
    confidence: applyContext(base, ctx),
    context: [...ctx.positive, ...ctx.negative.map((w) => `-${w}`)],
    ...(EXAMPLES.has(electronic) ? { placeholder: 'documentation' as const } : {}),
    normalized: electronic,
    maskKind: 'iban',
    facts: { country: electronic.slice(0, 2) },
  };
}
