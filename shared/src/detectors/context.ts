/**
 * Context words: the words written near a value raise or lower the confidence that it is what its shape
 * says (what Presidio calls context enhancement). "Call me at 020 7946 0018" is a phone number; "order
 * 4532 0151 1283 0366" may be a card number but "invoice" and "order" make it less likely; a 9-digit
 * string is a US passport number only when "passport" is written next to it.
 *
 * API (shared by the PII and the secrets detectors):
 *   contextWords(text, span, window?)     → the lower-cased words around a span (never the value itself)
 *   matchContext(text, span, spec)        → which positive and negative words of `spec` occur there
 *   applyContext(base, match, spec?)      → the adjusted confidence in [0, 1]
 *   CONTEXT[entity]                       → the built-in word lists, by entity name
 *
 * Words are compared after lower-casing; a listed word also matches its plural (`phone` → `phones`) and,
 * when it ends with `*`, any word it starts (`tele*` → `telephone`). Listed phrases (`date of birth`)
 * match consecutive words. Only letters make words, so a value's digits are never part of its context.
 */
import type { Span } from '../types';

export interface ContextWindow {
  /** Words looked at before the value (default 5), within `DEFAULT_BEFORE` characters. */
  wordsBefore?: number;
  /** Words looked at after the value (default 3), within `DEFAULT_AFTER` characters. */
  wordsAfter?: number;
  /**
   * Negative words count only this close (default 3 before, 2 after; the words after on the value's own line
   * only): "version" must sit right next to "1.2.3.4".
   */
  negativeBefore?: number;
  negativeAfter?: number;
}

export interface ContextSpec extends ContextWindow {
  /** Words that make the value more likely to be this entity (`phone`, `tel`, `call`). */
  positive: readonly string[];
  /** Words that make it less likely (`version`, `order`, `invoice`). */
  negative?: readonly string[];
  /** How much a positive word adds to the confidence (default 0.3). */
  boost?: number;
  /** How much a negative word takes away (default 0.4). */
  penalty?: number;
}

export interface ContextMatch {
  /** Positive words found (as listed in the spec, deduplicated, in spec order). */
  positive: string[];
  /** Negative words found. */
  negative: string[];
}

export const DEFAULT_BOOST = 0.3;
export const DEFAULT_PENALTY = 0.4;
export const DEFAULT_WORDS_BEFORE = 5;
export const DEFAULT_WORDS_AFTER = 3;
/** Character limits of the window, so that a long line of digits and punctuation does not reach far. */
export const DEFAULT_BEFORE = 60;
export const DEFAULT_AFTER = 30;

/**
 * Words are letters (any script). Numbers are tokens too (shown as `#`): they count towards the window, so
 * that the word before a list of values is not taken as the context of the last one, but never match.
 */
const WORD = /\p{L}+|\p{N}+/gu;
const NUMBER_START = /^\p{N}/u;
const LETTER = /\p{L}/u;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [WORD, LETTER, NUMBER_START];

/**
 * Where the context window before a value starts: `DEFAULT_BEFORE` characters back, or after the last blank
 * line between there and the value (searched within the window only: a search of the whole text would cost
 * its length for every value).
 */
function windowStart(text: string, span: Span): number {
  const limit = Math.max(0, span.offset - DEFAULT_BEFORE);
  for (let i = span.offset - 2; i >= limit; i--) if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) return i + 2;
  return limit;
}

/** Where the context window after a value ends: `DEFAULT_AFTER` characters on, or at the first blank line. */
function windowEnd(text: string, span: Span): number {
  const limit = Math.min(text.length, span.endOffset + DEFAULT_AFTER);
  for (let i = span.endOffset; i + 2 <= limit; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) return i;
  return limit;
}

/**
 * The words (lower-cased) around `span`: the last `wordsBefore` words before it and the first `wordsAfter`
 * after it, looking at most `DEFAULT_BEFORE`/`DEFAULT_AFTER` characters away and never across a blank line
 * (a heading two paragraphs up does not count). The span's own text is excluded.
 */
export function contextWords(text: string, span: Span, window: ContextWindow = {}): { before: string[]; after: string[]; afterOnLine: number } {
  const start = windowStart(text, span);
  const end = windowEnd(text, span);
  const before = words(text, start, span.offset, start > 0 && isLetter(text[start - 1]), false);
  const after = words(text, span.endOffset, end, false, end < text.length && isLetter(text[end]));
  const wordsAfter = after.slice(0, window.wordsAfter ?? DEFAULT_WORDS_AFTER);
  // How many of the words after lie on the value's own line (a word never spans a line break).
  let afterOnLine = wordsAfter.length;
  for (let i = span.endOffset; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      afterOnLine = Math.min(afterOnLine, wordCount(text, span.endOffset, i));
      break;
    }
  }
  return {
    before: before.slice(Math.max(0, before.length - (window.wordsBefore ?? DEFAULT_WORDS_BEFORE))),
    after: wordsAfter,
    afterOnLine,
  };
}

/**
 * `contextWords` for a window of ASCII text (the usual case), or undefined when it holds another character.
 * Every value found asks for its context, and `contextWords` makes a string of every word in its window: this
 * reads the words before the value backwards from it and stops at the last one kept, and those after it at the
 * last one kept, making strings of those only. Same words, same `afterOnLine`.
 */
function asciiContextWords(text: string, span: Span, window: ContextWindow): { before: string[]; after: string[]; afterOnLine: number } | undefined {
  // Only the default window (the built-in lists set none): `contextWords` reads other sizes.
  if (window.wordsBefore !== undefined || window.wordsAfter !== undefined) return undefined;
  const start = windowStart(text, span);
  const end = windowEnd(text, span);
  for (let i = start; i < span.offset; i++) if (text.charCodeAt(i) >= 128) return undefined;
  for (let i = span.endOffset; i < end; i++) if (text.charCodeAt(i) >= 128) return undefined;
  const cutStart = start > 0 && isLetter(text[start - 1]);
  const cutEnd = end < text.length && isLetter(text[end]);

  // Before: the last DEFAULT_WORDS_BEFORE words, read backwards (a word is a run of letters or of digits).
  const wanted = DEFAULT_WORDS_BEFORE;
  const before: string[] = [];
  let i = span.offset;
  while (i > start && before.length < wanted) {
    const kind = asciiKind(text.charCodeAt(i - 1));
    if (kind === 0) {
      i--;
      continue;
    }
    let j = i - 1;
    while (j > start && asciiKind(text.charCodeAt(j - 1)) === kind) j--;
    // The window's first word is dropped when the window's edge cuts it.
    if (cutStart && j === start) break;
    before.push(kind === 2 ? '#' : text.slice(j, i).toLowerCase());
    i = j;
  }
  before.reverse();

  // After: the first DEFAULT_WORDS_AFTER words, and how many of them come before the end of the value's line.
  const wantedAfter = DEFAULT_WORDS_AFTER;
  const after: string[] = [];
  let afterOnLine = -1;
  i = span.endOffset;
  while (i < end && after.length < wantedAfter) {
    const c = text.charCodeAt(i);
    const kind = asciiKind(c);
    if (kind === 0) {
      if (c === 10 && afterOnLine < 0) afterOnLine = after.length;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && asciiKind(text.charCodeAt(j)) === kind) j++;
    // The window's last word is dropped when the window's edge cuts it.
    if (cutEnd && j === end) break;
    after.push(kind === 2 ? '#' : text.slice(i, j).toLowerCase());
    i = j;
  }
  // No line break before the last word taken: every word taken is on the value's line.
  if (afterOnLine < 0) afterOnLine = after.length;
  return { before, after, afterOnLine };
}

/** 1 for an ASCII letter, 2 for a digit, 0 otherwise. */
function asciiKind(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(ch);
}

/** The words of `text[from, to)`; a word cut by the window's edge is dropped (it is not the word that was written). */
function words(text: string, from: number, to: number, cutStart: boolean, cutEnd: boolean): string[] {
  return asciiWords(text, from, to, cutStart, cutEnd) ?? unicodeWords(text.slice(from, to), cutStart, cutEnd);
}

/**
 * `unicodeWords` for an ASCII window (the usual case), without the Unicode regular expression: in ASCII,
 * `\p{L}` is `[A-Za-z]` and `\p{N}` is `[0-9]`. Undefined when the window holds a non-ASCII character.
 */
function asciiWords(text: string, from: number, to: number, cutStart: boolean, cutEnd: boolean): string[] | undefined {
  const out: string[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    const kind = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (kind === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < to; j++) {
      const d = text.charCodeAt(j);
      if (d >= 128) return undefined;
      const same = kind === 1 ? (d >= 65 && d <= 90) || (d >= 97 && d <= 122) : d >= 48 && d <= 57;
      if (!same) break;
    }
    if (!(cutStart && i === from)) {
      if (cutEnd && j === to) break;
      out.push(kind === 2 ? '#' : text.slice(i, j).toLowerCase());
    }
    i = j;
  }
  return out;
}

/** `words(text, from, to, false, false).length`, without making the words. */
function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  let prev = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return words(text, from, to, false, false).length;
    const kind = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (kind !== 0 && kind !== prev) n++;
    prev = kind;
  }
  return n;
}

function unicodeWords(slice: string, cutStart: boolean, cutEnd: boolean): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) {
    if (cutStart && m.index === 0) continue;
    if (cutEnd && m.index + m[0].length === slice.length) break;
    out.push(NUMBER_START.test(m[0]) ? '#' : m[0].toLowerCase());
  }
  return out;
}

/** Which of `spec`'s positive and negative words occur in the window around `span`. */
export function matchContext(text: string, span: Span, spec: ContextSpec): ContextMatch {
  const { before, after, afterOnLine } = asciiContextWords(text, span, spec) ?? contextWords(text, span, spec);
  const compiled = compile(spec);
  const nearBefore = before.slice(Math.max(0, before.length - (spec.negativeBefore ?? 3)));
  // Negative words after the value count on its own line only: the next line is the next record ("Phone:
  // 415-555-2671" then "Card: 4111 …" is not a card-related phone number), while a label before a value
  // often sits on the line above it.
  const nearAfter = after.slice(0, Math.min(spec.negativeAfter ?? 2, afterOnLine));
  return {
    positive: findCompiled(joined(before, after), compiled.positive),
    negative: findCompiled(joined(nearBefore, nearAfter), compiled.negative),
  };
}

function joined(a: string[], b: string[]): string[] {
  return b.length === 0 ? a : a.length === 0 ? b : a.concat(b);
}

/** The listed words (or phrases) that occur in `tokens`. */
export function findListed(tokens: readonly string[], listed: readonly string[]): string[] {
  return findCompiled(tokens, compileList(listed));
}

interface CompiledList {
  /** Word (and its plural forms) → the entry as listed. */
  words: Map<string, string>;
  stems: Array<[string, string]>;
  /** A phrase's words, their plurals, and the entry. */
  phrases: Array<[string[], string[], string]>;
  order: Map<string, number>;
}

const compiledSpecs = new WeakMap<ContextSpec, { positive: CompiledList; negative: CompiledList }>();

function compile(spec: ContextSpec): { positive: CompiledList; negative: CompiledList } {
  let c = compiledSpecs.get(spec);
  if (!c) {
    c = { positive: compileList(spec.positive), negative: compileList(spec.negative ?? []) };
    compiledSpecs.set(spec, c);
  }
  return c;
}

function compileList(listed: readonly string[]): CompiledList {
  const out: CompiledList = { words: new Map(), stems: [], phrases: [], order: new Map() };
  listed.forEach((entry, i) => {
    out.order.set(entry, i);
    if (entry.includes(' ')) {
      const words = entry.split(' ');
      out.phrases.push([words, words.map((w) => `${w}s`), entry]);
    }
    else if (entry.endsWith('*')) out.stems.push([entry.slice(0, -1), entry]);
    else for (const form of [entry, `${entry}s`, `${entry}es`]) if (!out.words.has(form)) out.words.set(form, entry);
  });
  return out;
}

function findCompiled(tokens: readonly string[], list: CompiledList): string[] {
  if (!tokens.length) return [];
  // Most windows hold none of the listed words: nothing is allocated for them.
  let found: Set<string> | undefined;
  const { words, stems, phrases } = list;
  for (const t of tokens) {
    const w = words.get(t);
    if (w !== undefined) (found ??= new Set()).add(w);
    for (let k = 0; k < stems.length; k++) if (t.startsWith(stems[k][0])) (found ??= new Set()).add(stems[k][1]);
  }
  for (let k = 0; k < phrases.length; k++) if (hasPhrase(tokens, phrases[k][0], phrases[k][1])) (found ??= new Set()).add(phrases[k][2]);
  if (!found) return [];
  return [...found].sort((a, b) => (list.order.get(a) ?? 0) - (list.order.get(b) ?? 0));
}

function hasPhrase(tokens: readonly string[], phrase: readonly string[], plurals: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const t = tokens[i + j];
      if (t !== phrase[j] && t !== plurals[j]) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The confidence after context: `base` plus `boost` when a positive word is near, minus `penalty` when a
 * negative word is near; when both are near they cancel out ("call the NHS number …").
 */
export function applyContext(base: number, match: ContextMatch, spec?: Pick<ContextSpec, 'boost' | 'penalty'>): number {
  let c = base;
  const positive = match.positive.length > 0;
  const negative = match.negative.length > 0;
  if (positive && !negative) c += spec?.boost ?? DEFAULT_BOOST;
  else if (negative && !positive) c -= spec?.penalty ?? DEFAULT_PENALTY;
  return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100;
}

/** Words that say "this is an identifier of something else", shared by most numeric entities. */
const NOT_PERSONAL = ['version', 'order', 'invoice', 'ticket', 'build', 'release', 'commit', 'tracking', 'sku', 'isbn', 'serial', 'transaction', 'ref', 'reference', 'shipment', 'batch', 'lot', 'issue', 'pr'];

/** The built-in context word lists, by entity name. */
export const CONTEXT: Readonly<Record<string, ContextSpec>> = {
  email: { positive: ['email', 'e-mail', 'mail', 'contact', 'address', 'reach', 'write', 'send'], negative: [] },
  phone: {
    positive: ['phone', 'tel', 'telephone', 'call', 'mobile', 'cell', 'cellphone', 'fax', 'sms', 'text', 'whatsapp', 'contact', 'hotline', 'dial', 'ring', 'reach', 'telefon', 'téléphone', 'telefono', 'teléfono', 'handy', 'portable', 'móvil', 'tlf', 'mob', 'ph', 'phone number', 'landline', 'helpline'],
    negative: [
      ...NOT_PERSONAL, 'id', 'ids', 'account', 'date', 'time', 'timestamp', 'epoch', 'port', 'pid', 'uuid', 'hash', 'amount', 'total', 'price',
      'zip', 'postcode', 'code', 'step', 'page', 'row', 'items', 'count', 'size', 'bytes', 'population', 'year', 'years',
      'nhs', 'aadhaar', 'aadhar', 'ssn', 'sin', 'tfn', 'passport', 'pesel', 'iban', 'card', 'medicare', 'nino', 'insurance', 'tax', 'kimlik', 'nric', 'rrn', 'isbn', 'imei',
      // units written after a quantity
      'token', 'words', 'characters', 'chars', 'ms', 'seconds', 'minutes', 'hours', 'days', 'rows', 'requests', 'users', 'lines', 'kb', 'mb', 'gb', 'dollars', 'usd', 'eur',
    ],
  },
  'credit-card': {
    positive: ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'discover', 'cc', 'pan', 'payment', 'pay', 'cardholder', 'expiry', 'expires', 'cvv', 'cvc', 'jcb', 'diners', 'maestro', 'unionpay', 'kreditkarte', 'carte', 'tarjeta'],
    negative: [...NOT_PERSONAL, 'id', 'account', 'phone', 'isbn', 'imei', 'uuid', 'hash'],
  },
  iban: { positive: ['iban', 'bank', 'account', 'transfer', 'wire', 'sepa', 'bic', 'swift', 'konto', 'compte', 'cuenta', 'pay', 'payment', 'beneficiary'], negative: [] },
  'us-ssn': {
    positive: ['ssn', 'ssns', 'social', 'security', 'social security', 'ssa', 'taxpayer', 'tin', 'ss'],
    negative: [...NOT_PERSONAL, 'phone', 'zip', 'account', 'date', 'routing'],
  },
  'ip-address': {
    positive: ['ip', 'ipv', 'address', 'host', 'server', 'client', 'addr', 'inet', 'gateway', 'subnet', 'dns', 'proxy', 'connect*', 'from', 'remote', 'peer', 'origin', 'ping'],
    negative: ['version', 'versions', 'release', 'build', 'ver', 'oid', 'section', 'chapter', 'rule', 'step', 'clause', 'figure', 'table', 'sdk', 'api', 'lib', 'library', 'package', 'npm', 'pip', 'python', 'node', 'java', 'release*', 'upgrade*', 'update*', 'patch'],
  },
  'mac-address': { positive: ['mac', 'hardware', 'ethernet', 'wifi', 'wi-fi', 'bssid', 'nic', 'interface', 'device', 'hwaddr', 'ether', 'bluetooth'], negative: ['hash', 'sha', 'md', 'checksum', 'digest', 'ipv'] },
  'crypto-wallet': { positive: ['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'address', 'crypto', 'send', 'pay', 'donate', 'deposit', 'withdraw', 'usdt', 'erc', 'coin'], negative: ['hash', 'tx', 'txid', 'transaction', 'block', 'commit', 'contract'] },
  'uk-nino': { positive: ['ni', 'nino', 'national insurance', 'insurance', 'hmrc'], negative: NOT_PERSONAL },
  'uk-nhs': { positive: ['nhs', 'health', 'patient', 'medical', 'hospital', 'gp', 'chi'], negative: [...NOT_PERSONAL, 'phone', 'tel'] },
  'ca-sin': { positive: ['sin', 'social insurance', 'insurance', 'nas', 'canada', 'canadian'], negative: [...NOT_PERSONAL, 'phone'] },
  'in-aadhaar': { positive: ['aadhaar', 'aadhar', 'uidai', 'uid', 'enrolment', 'enrollment'], negative: [...NOT_PERSONAL, 'phone'] },
  'in-pan': { positive: ['pan', 'permanent account', 'income tax', 'tax', 'india', 'indian'], negative: [] },
  'au-tfn': { positive: ['tfn', 'tax file', 'tax file number', 'ato'], negative: NOT_PERSONAL },
  'au-medicare': { positive: ['medicare', 'health', 'patient', 'card'], negative: NOT_PERSONAL },
  'es-nif': { positive: ['nif', 'dni', 'nie', 'documento', 'identidad', 'fiscal', 'id', 'identity', 'tax'], negative: [] },
  'es-nie': { positive: ['nie', 'extranjero', 'foreigner', 'residence', 'nif', 'id'], negative: [] },
  'it-fiscal-code': { positive: ['codice fiscale', 'codice', 'fiscale', 'cf', 'fiscal code', 'tax code'], negative: [] },
  'pl-pesel': { positive: ['pesel', 'identification', 'id'], negative: [...NOT_PERSONAL, 'phone'] },
  'kr-rrn': { positive: ['rrn', 'resident registration', 'resident', 'registration', 'jumin'], negative: [...NOT_PERSONAL, 'phone'] },
  'sg-nric': { positive: ['nric', 'fin', 'ic', 'identity card', 'singapore'], negative: [] },
  'za-id': { positive: ['id', 'identity', 'south africa', 'rsa', 'sa', 'identity number'], negative: [...NOT_PERSONAL, 'phone', 'account'] },
  'tr-id': { positive: ['tc', 'kimlik', 'tckn', 'tc kimlik', 'identity', 'turkish', 'turkey', 'citizenship'], negative: [...NOT_PERSONAL, 'phone'] },
  'th-id': { positive: ['thai', 'thailand', 'citizen', 'identification', 'id card', 'national id'], negative: [...NOT_PERSONAL, 'phone'] },
  'us-itin': { positive: ['itin', 'taxpayer', 'tin', 'tax', 'irs', 'individual taxpayer'], negative: [...NOT_PERSONAL, 'phone'] },
  'us-passport': { positive: ['passport', 'passports', 'travel document'], negative: [] },
};
