/**
 * Phone numbers, validated with libphonenumber-js and its full metadata (`/max`: the exact number plans of
 * every country, E.164 and national formats).
 *
 * libphonenumber never sees the whole text: a linear scan first cuts candidates out of digit runs joined by
 * phone punctuation (`+`, spaces, `-`, `.`, `/`, parentheses) holding 7 to 15 digits, and drops the shapes
 * that are something else: dates, times, versions, IP addresses, SSNs, decimals, amounts, `#order` numbers,
 * longer ids. Each survivor is parsed once when it is international (`+…`, `00…`), otherwise once per
 * default region whose trunk prefix fits, and kept only when the plan says it is a valid number.
 *
 * Confidence comes from the shape (international > formatted national > bare digits) and from context:
 * bare digit runs need a word such as "phone" or "call" nearby.
 */
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { applyContext, CONTEXT, DEFAULT_BOOST, matchContext } from './context';

const CONTEXT_BOOST = DEFAULT_BOOST;
import { codeAt, digitsOf, numericSegments, isWordChar, type Detection } from './detection';
import { isFictionalPhone, isSequential, isRepeated } from './placeholders';
import { afterGroup, insideIban } from './iban';

export interface PhoneOptions {
  /** Regions tried, in order, for numbers written without a country code (ISO 3166 alpha-2). */
  regions?: readonly string[];
  /**
   * Candidates that cannot reach this confidence even with a context word are dropped before libphonenumber
   * is asked (the rules pass their `minConfidence`), and so are the regions in which a number, once found,
   * would score below it with the context words it has: a number may then be missing instead of returned
   * below this confidence. Default 0: every valid number is returned.
   */
  minConfidence?: number;
}

export const DEFAULT_PHONE_REGIONS: readonly string[] = ['US', 'CA', 'GB', 'DE', 'FR', 'IN', 'AU', 'ES', 'IT', 'NL', 'BR', 'IL'];

/** National (trunk) prefixes of common regions; regions not listed are assumed to use `0`. */
const TRUNK: Readonly<Record<string, string>> = {
  US: '1', CA: '1', PR: '1', IT: '', ES: '', PT: '', PL: '', DK: '', NO: '', SG: '', HK: '', LU: '', GR: '', CZ: '', SK: '',
  MX: '', RU: '8', BY: '8', KZ: '8', HU: '06', LT: '8',
};

/** Runs of more than one punctuation character allowed between digit groups. */
const SEPARATOR_RUNS: ReadonlySet<string> = new Set([') ', ' (', ')-', ' - ', ' – ', ') - ', '-(', '\u00a0(', ')\u00a0']);

const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
const MAX_LENGTH = 32;

const DATE_SHAPES = /^(?:\d{4}[-/. ]\d{1,2}[-/. ]\d{1,2}|\d{1,2}[-/. ]\d{1,2}[-/. ]\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2})$/;
const YEAR_RANGE = /^(?:1[89]|20)\d\d ?[-/] ?(?:1[89]|20)\d\d$/;
const SSN_SHAPE = /^\d{3}([- .])\d{2}\1\d{4}$/;
const DOTTED = /^\d+(?:\.\d+)+$/;
const LEADING_IDD = /^00/;
const RANGE_DASH = / ?[-–] ?/;
const DATE_INSIDE = /(?:^|\D)(?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d)(?:\D|$)/;
const MIXED_DOT = /[ \-–]/;
const SHORT_DOT = /(?:^|\D)\d\.|\.\d(?:\D|$)/;
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [DATE_SHAPES, YEAR_RANGE, SSN_SHAPE, DOTTED, COMPACT_DATE, LEADING_IDD, RANGE_DASH, DATE_INSIDE, MIXED_DOT, SHORT_DOT];

const enum Ch {
  Plus = 43, Open = 40, Close = 41, Space = 32, Dash = 45, Dot = 46, Slash = 47, Nbsp = 0xa0, Hash = 35, Dollar = 36,
}

function isSeparator(c: number): boolean {
  return c === Ch.Space || c === Ch.Dash || c === Ch.Dot || c === Ch.Slash || c === Ch.Open || c === Ch.Close || c === Ch.Nbsp || c === 0x2013 || c === 0x2011;
}

interface Candidate {
  start: number;
  end: number;
  digits: number;
}

/** Finds phone numbers in `text`. */
export function findPhones(text: string, options: PhoneOptions = {}): Detection[] {
  const regions = (options.regions?.length ? options.regions : DEFAULT_PHONE_REGIONS).map((r) => r.toUpperCase());
  const out: Detection[] = [];
  const min = options.minConfidence ?? 0;
  for (const c of candidates(text)) {
    // A candidate with a parenthesized remark is tried again without it when it gives nothing: then
    // "nothing" must stay nothing, and validate may not skip lookups whose result it cannot score.
    const retry = openParenthesis(text, c) > c.start;
    const d = validate(text, c, regions, min, !retry) ?? (retry ? withoutParenthetical(text, c, regions, min) : undefined);
    if (d) out.push(d);
  }
  return out;
}

/**
 * A number followed by a parenthesized remark that starts with digits (`1-888-492-3716 (24/7)`): the
 * candidate ran into the remark; try it once more without it.
 */
function withoutParenthetical(text: string, c: Candidate, regions: readonly string[], min: number): Detection | undefined {
  const open = openParenthesis(text, c);
  if (open <= c.start) return undefined;
  const digits = digitsOf(text.slice(c.start, open)).length;
  if (digits < MIN_DIGITS) return undefined;
  return validate(text, { start: c.start, end: open, digits }, regions, min, true);
}

/** Where the last ` (` starting at or before `c.end` is, or `c.start` when the candidate holds none. */
function openParenthesis(text: string, c: Candidate): number {
  // Looked for inside the candidate only (an unbounded `lastIndexOf` walked back through the whole text for
  // every rejected candidate).
  let open = Math.min(c.end, text.length - 2);
  while (open > c.start && !(text.charCodeAt(open) === Ch.Space && text.charCodeAt(open + 1) === Ch.Open)) open--;
  return Math.max(open, c.start);
}

/**
 * Cuts phone-shaped candidates out of the text, looking only at windows around digit runs that hold at
 * least seven digits (linear: each character is looked at a bounded number of times).
 */
export function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const w of numericSegments(text, MIN_DIGITS)) candidatesIn(text, w.offset, w.endOffset, out);
  return out;
}

function candidatesIn(text: string, from: number, n: number, out: Candidate[]): void {
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    // A digit run glued to a word (`A123…`, `x_9…`) or continuing a number (`3.14…`) is not a phone start.
    const before = codeAt(text, i - 1);
    if (isWordChar(before) || ((before === Ch.Dot || before === 44) && isDigitCode(codeAt(text, i - 2)))) {
      i = skipToken(text, i);
      continue;
    }
    let start = i;
    let opened = false;
    if (before === Ch.Open) {
      start--;
      opened = true;
      if (codeAt(text, start - 1) === Ch.Plus) start--;
    } else if (before === Ch.Plus) {
      start--;
      if (codeAt(text, start - 1) === Ch.Open) {
        start--;
        opened = true;
      }
    }
    let j = i;
    let digits = 0;
    let lastDigitEnd = i;
    let seps = 0;
    let tooLong = false;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d >= 48 && d <= 57) {
        // Punctuation between digit groups: one character, or a short phone-like run (`) `, ` - `).
        if (seps > 1 && !SEPARATOR_RUNS.has(text.slice(j - seps, j))) break;
        digits++;
        seps = 0;
        j++;
        lastDigitEnd = j;
        if (digits > MAX_DIGITS + 2) {
          tooLong = true;
          break;
        }
        continue;
      }
      if (isSeparator(d) && seps < 3 && j - start < MAX_LENGTH + 4) {
        if (d === Ch.Open) opened = true;
        seps++;
        j++;
        continue;
      }
      break;
    }
    if (tooLong) {
      // A long digit sequence (card, id, timestamp…): skip it whole, no part of it is a phone.
      while (j < n && (isDigitCode(text.charCodeAt(j)) || isSeparator(text.charCodeAt(j)))) j++;
      i = j;
      continue;
    }
    let end = lastDigitEnd;
    if (opened && text.charCodeAt(end) === Ch.Close && hasOpenAfter(text, start, end)) end++;
    if (digits >= MIN_DIGITS && digits <= MAX_DIGITS && end - start <= MAX_LENGTH) out.push({ start, end, digits });
    i = Math.max(lastDigitEnd, i + 1);
  }
}

/** Whether `text[start, end]` holds a `(` (what `text.lastIndexOf("(", end) >= start` says, without walking back through the whole text). */
function hasOpenAfter(text: string, start: number, end: number): boolean {
  for (let k = end; k >= start; k--) if (text.charCodeAt(k) === Ch.Open) return true;
  return false;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function skipToken(text: string, i: number): number {
  let j = i;
  while (j < text.length && (isWordChar(text.charCodeAt(j)) || isDigitCode(text.charCodeAt(j)))) j++;
  return j;
}

/**
 * A candidate that passes the shape filters and libphonenumber, as a detection. `mayDrop`: a number that
 * would score below `min` may be left out (undefined) instead of returned.
 */
function validate(text: string, c: Candidate, regions: readonly string[], min: number, mayDrop: boolean): Detection | undefined {
  let { start, end } = c;
  // Unbalanced parentheses at the edges belong to the prose: "(call 555-…)".
  let value = text.slice(start, end);
  if (value.startsWith('(') && !value.includes(')')) {
    start++;
    value = value.slice(1);
  }
  if (value.endsWith(')') && !value.includes('(')) {
    end--;
    value = value.slice(0, -1);
  }
  // Glued on the right to a word, or a number continuing (`…1234.5`, `…1234-A`).
  const after = codeAt(text, end);
  if (isWordChar(after)) return undefined;
  if ((after === Ch.Dot || after === 44 || after === Ch.Dash || after === Ch.Slash) && isWordChar(codeAt(text, end + 1))) return undefined;
  if (after === 37) return undefined; // 12345678%
  if (after === 58 && isDigitCode(codeAt(text, end + 1))) return undefined; // 2024-01-15 10:…
  const prev = previousNonSpace(text, start);
  if (prev === Ch.Hash || prev === Ch.Dollar || prev === 0x20ac || prev === 0xa3 || prev === 0xa5 || prev === 0x20b9) return undefined; // #order, amounts
  if (prev === 58 && isDigitCode(codeAt(text, start - 1))) return undefined; // …10:30 2024…

  const digits = digitsOf(value);
  if (digits.length < MIN_DIGITS) return undefined;
  // The groups of an IBAN (`NL91 ABNA 0417 1643 00`) are not a phone number.
  if (afterGroup(text, start) && insideIban(text, start)) return undefined;
  if (DATE_SHAPES.test(value) || YEAR_RANGE.test(value) || SSN_SHAPE.test(value) || DATE_INSIDE.test(value)) return undefined;
  if (DOTTED.test(value) && !plausibleDotted(value)) return undefined;
  // Dots are phone punctuation only on their own (`415.555.2671`), never mixed with spaces or dashes, and
  // never next to a single digit (`2.1`, `v1.2`).
  if (value.includes('.') && (MIXED_DOT.test(value) || SHORT_DOT.test(value))) return undefined;
  if (isRepeated(digits) || isSequential(digits)) return undefined;
  if (isRoundRange(value)) return undefined;

  // `011` is the international call prefix of the NANP (US, Canada): `011 44 20 …` is +44 20 …; a national
  // number that starts with 011 (Delhi, Johannesburg) has at most 11 digits.
  const idd011 = value.startsWith('011') && digits.length >= 12;
  const international = value.startsWith('+') || value.startsWith('(+') || digits.startsWith('00') || idd011;
  const separated = value.length > digits.length + (value.startsWith('+') ? 1 : 0);
  const bare = !separated;
  if (bare && !international && COMPACT_DATE.test(digits)) return undefined;

  const fiction = fictional(text, start, end, idd011 ? `00${digits.slice(3)}` : digits, international);
  if (fiction) return fiction;
  // The best this shape can score; when even a context word cannot lift it to `min`, skip the lookup.
  const ceiling = international ? (bare ? 0.7 : 0.8) : !bare ? 0.65 : digits.startsWith('0') ? 0.5 : 0.35;
  if (ceiling + CONTEXT_BOOST < min) return undefined;
  const span = { offset: start, endOffset: end };
  const ctx = matchContext(text, span, CONTEXT.phone);
  if (applyContext(ceiling, ctx) < min) return undefined;

  // A national number found only in a region whose trunk prefix it was written without scores `bare ? 0.35 :
  // 0.45` before context: when that stays under `min`, those regions need not be asked (the Aadhaar-shaped
  // `2345 6789 0123` was looked up in eight more regions for a detection the rule then dropped).
  const withoutTrunkTooLow = mayDrop && applyContext(bare ? 0.35 : 0.45, ctx) < min;
  const parsed = parse(idd011 ? `+${value.slice(3).trimStart()}` : value, digits, idd011 ? digits.slice(3) : digits, international, regions, withoutTrunkTooLow);
  if (!parsed) return undefined;
  const { number, validators } = parsed;

  let base: number;
  if (international) base = bare ? 0.7 : 0.8;
  else if (!bare) base = parsed.withoutTrunk ? 0.45 : 0.65;
  else base = digits.startsWith('0') && !parsed.withoutTrunk ? 0.5 : 0.35;
  const confidence = applyContext(base, ctx);
  const country = number.country;
  return {
    entity: 'phone',
    span,
    detector: 'phone',
    validators,
    confidence,
    context: [...ctx.positive, ...ctx.negative.map((w) => `-${w}`)],
    ...(isFictionalPhone(country, number.nationalNumber) ? { placeholder: 'documentation' as const } : {}),
    normalized: number.number,
    maskKind: 'phone',
    facts: country ? { country, format: international ? 'international' : 'national' } : { format: international ? 'international' : 'national' },
  };
}

/**
 * Ranges reserved for drama and documentation are not "valid" in libphonenumber's metadata (no operator
 * holds them), yet they are the numbers people write in examples: report them as placeholders.
 */
function fictional(text: string, start: number, end: number, digits: string, international: boolean): Detection | undefined {
  const national = international ? digits.replace(LEADING_IDD, '') : digits;
  // Every candidate asks: the three countries are tried in turn, without building a list of them.
  for (let k = 0; k < FICTION_COUNTRIES.length; k++) {
    const country = FICTION_COUNTRIES[k];
    const nsn = fictionNsn(k, national, international);
    if (!nsn || !isFictionalPhone(country, nsn)) continue;
    const span = { offset: start, endOffset: end };
    const ctx = matchContext(text, span, CONTEXT.phone);
    return {
      entity: 'phone',
      span,
      detector: 'phone',
      validators: ['fiction-range'],
      confidence: applyContext(international ? 0.8 : 0.65, ctx),
      context: [...ctx.positive, ...ctx.negative.map((w) => `-${w}`)],
      placeholder: 'documentation',
      normalized: `+${country === 'GB' ? '44' : country === 'AU' ? '61' : '1'}${nsn}`,
      maskKind: 'phone',
      facts: { country, format: international ? 'international' : 'national' },
    };
  }
  return undefined;
}

const FICTION_COUNTRIES = ['GB', 'AU', 'US'];

/** The national significant number `national` would have in `FICTION_COUNTRIES[k]`, or '' when it cannot be one there. */
function fictionNsn(k: number, national: string, international: boolean): string {
  if (international) {
    const code = k === 0 ? '44' : k === 1 ? '61' : '1';
    return national.startsWith(code) ? national.slice(code.length) : '';
  }
  if (k < 2) return national.startsWith('0') ? national.slice(1) : '';
  return national.length === 11 && national.startsWith('1') ? national.slice(1) : national;
}

function previousNonSpace(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === Ch.Space) k--;
  return codeAt(text, k);
}

/** `7000-10000`, `2000 - 3000`: two round numbers joined by a dash are a range. */
function isRoundRange(value: string): boolean {
  const parts = value.split(RANGE_DASH);
  return parts.length === 2 && parts.every((p) => p.length >= 3 && p.endsWith('00') && !p.startsWith('0'));
}

/** Dotted numbers are phones only in phone groupings (`415.555.2671`, `01.23.45.67.89`), not versions or IPs. */
function plausibleDotted(value: string): boolean {
  const groups = value.split('.');
  if (groups.some((g) => g.length < 2)) return false;
  if (groups.length === 4 && groups.every((g) => g.length <= 3 && Number(g) <= 255)) return false; // IPv4
  return groups.length <= 5;
}

interface Parsed {
  number: PhoneNumber;
  validators: string[];
  /** A national number written without its region's trunk prefix (`98765 43210` for India). */
  withoutTrunk: boolean;
}

/** `valueDigits`: the digits of `value` (`digits` are those of the number as written, before a `011` was dropped). */
function parse(value: string, digits: string, valueDigits: string, international: boolean, regions: readonly string[], skipWithoutTrunk: boolean): Parsed | undefined {
  if (international) {
    // Dropping `(` and `)` keeps the digits: `valueDigits` are the text's too.
    const text = value.startsWith('(+') ? value.replace('(', '').replace(')', ' ') : value;
    for (const region of international && !value.includes('+') ? regions : [undefined]) {
      const number = tryParse(text, valueDigits, region);
      if (number) return { number, validators: ['libphonenumber', 'e164'], withoutTrunk: false };
    }
    return undefined;
  }
  const leadingZero = digits.startsWith('0');
  // Regions whose trunk prefix the number starts with first, then those where it may be written without.
  const ordered = [
    ...regions.filter((r) => fitsTrunk(r, digits, true)),
    ...(skipWithoutTrunk ? [] : regions.filter((r) => !leadingZero && !fitsTrunk(r, digits, true) && (TRUNK[r] ?? '0') === '0')),
  ];
  for (const region of ordered) {
    const number = tryParse(value, valueDigits, region);
    if (number) return { number, validators: ['libphonenumber', `plan:${region}`], withoutTrunk: !fitsTrunk(region, digits, true) };
  }
  return undefined;
}

/** The number, as written, is in the form a region's people write national numbers. */
function fitsTrunk(region: string, digits: string, strict: boolean): boolean {
  const trunk = TRUNK[region] ?? '0';
  if (trunk === '1') return !digits.startsWith('0') && (digits.length === 10 || (digits.length === 11 && digits.startsWith('1')));
  if (trunk === '') return true;
  return strict ? digits.startsWith(trunk) && !digits.startsWith(`${trunk}0`) : true;
}

/**
 * libphonenumber's answers, by region and number: the same numbers come back on every edit of a file (the
 * language server checks the whole text each time) and across the files of a repository, and a parse with
 * validation costs tens of microseconds. Keyed on the digits and whether a `+` leads, not on the text as
 * written: a candidate holds only digits, a leading `+` and phone punctuation (spaces, `-`, `.`, `/`,
 * parentheses, dashes), which libphonenumber strips, so `+1 (312) 877-6448` and `+1.312.877.6448` get the
 * same answer. Bounded (512 numbers: one file's worth, so that the benchmark, which re-reads the same corpus
 * every round, is not served from the cache); the oldest entries go first.
 */
const parsed = new Map<string, PhoneNumber | null>();
const PARSED_MAX = 512;
/** The keys of `parsed` in the order they were added, as a ring: the next to go is at `oldest`. */
const parsedOrder: string[] = [];
let oldest = 0;

/** Bundlers (esbuild for dist/) and tsx provide it; libphonenumber is required on first use only. */
declare const require: (id: string) => unknown;

type Libphonenumber = typeof import('libphonenumber-js/max');
let libphonenumber: Libphonenumber | undefined;

/**
 * libphonenumber with its full metadata, loaded the first time a candidate needs it: evaluating the
 * metadata costs milliseconds at every start of the CLI and the language server, and most files hold no
 * phone-shaped number at all.
 */
function phoneLibrary(): Libphonenumber {
  return (libphonenumber ??= require('libphonenumber-js/max') as Libphonenumber);
}

/** `digits`: the digits of `value` (the caller has them). */
function tryParse(value: string, digits: string, region: string | undefined): PhoneNumber | undefined {
  const key = `${region ?? ''}\u0000${value.includes('+') ? '+' : ''}${digits}`;
  const known = parsed.get(key);
  if (known !== undefined) return known ?? undefined;
  let number: PhoneNumber | undefined;
  try {
    const found = phoneLibrary().parsePhoneNumberFromString(value, region ? { defaultCountry: region as CountryCode } : undefined);
    number = found && found.isValid() ? found : undefined;
  } catch {
    number = undefined;
  }
  // A key is added only when absent, so the ring's order is the map's insertion order.
  if (parsed.size >= PARSED_MAX) parsed.delete(parsedOrder[oldest]);
  parsedOrder[oldest] = key;
  oldest = (oldest + 1) % PARSED_MAX;
  parsed.set(key, number ?? null);
  return number;
}
