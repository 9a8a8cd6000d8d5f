/**
 * How random a string looks: Shannon entropy, character classes, and the documentation shapes that a
 * real key never has (`sk-xxxxxxxx`, `…EXAMPLE`, `abcdef123456`, `<your-key>`). Pure functions on strings.
 */
import { isRepeated, isSequential, placeholderValue, type PlaceholderReason } from '../placeholders';

/** Shannon entropy of `value` in bits per character (0 for an empty string). */
export function shannonEntropy(value: string): number {
  if (!value) return 0;
  // ASCII (every key): counts in a reused table; the terms are summed in order of first occurrence, as the
  // general path below does, so both give the same bits.
  const seen: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return entropyOfAny(value, seen);
    if (ASCII_COUNTS[c]++ === 0) seen.push(c);
  }
  let h = 0;
  for (const c of seen) {
    const p = ASCII_COUNTS[c] / value.length;
    ASCII_COUNTS[c] = 0;
    h -= p * Math.log2(p);
  }
  return h;
}

const ASCII_COUNTS = new Int32Array(128);

function entropyOfAny(value: string, seen: readonly number[]): number {
  for (const c of seen) ASCII_COUNTS[c] = 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export interface CharClasses {
  lower: number;
  upper: number;
  digit: number;
  /** Anything else (punctuation, symbols, non-ASCII). */
  other: number;
}

export function charClasses(value: string): CharClasses {
  const k: CharClasses = { lower: 0, upper: 0, digit: 0, other: 0 };
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) k.lower++;
    else if (c >= 65 && c <= 90) k.upper++;
    else if (c >= 48 && c <= 57) k.digit++;
    else k.other++;
  }
  return k;
}

/** How many of the four classes occur. */
export function classCount(value: string): number {
  return classesIn(charClasses(value));
}

/** How many of the four classes `k` counts occur. */
export function classesIn(k: CharClasses): number {
  return (k.lower > 0 ? 1 : 0) + (k.upper > 0 ? 1 : 0) + (k.digit > 0 ? 1 : 0) + (k.other > 0 ? 1 : 0);
}

/**
 * The Shannon entropy a random string of `length` characters drawn uniformly from `alphabet` symbols
 * has, approximately (Miller–Madow: the plug-in estimate falls short of log2 by (k − 1) / 2n ln 2).
 * Measured medians: 32 hex 3.63 (formula 3.66), 16 alphanumerics 3.75 (3.83), 64 hex 3.83 (3.83).
 */
export function expectedEntropy(length: number, alphabet: number): number {
  const n = Math.max(2, length);
  const k = Math.max(2, alphabet);
  return n >= k ? Math.log2(k) - (k - 1) / (2 * n * Math.LN2) : Math.log2(n) - (n - 1) / (2 * k * Math.LN2);
}

/**
 * The entropy a value must reach to count as random when `minEntropy` is asked for: `minEntropy` itself,
 * lowered for values whose length or alphabet cannot carry that much (a 16-character string has at most 4
 * bits per character, a hex string at most 4 whatever its length) to 0.6 bit under what a random string of
 * that length and alphabet has — about one random value in a thousand falls under it.
 */
export function entropyThreshold(length: number, minEntropy: number, alphabet = 64): number {
  return Math.min(minEntropy, expectedEntropy(length, alphabet) - 0.6);
}

/** The size of the alphabet a value seems drawn from: 10 (digits), 16 (hex), 36, 62 or 64 (`k`: its `charClasses`, when known). */
export function alphabetSize(value: string, k: CharClasses = charClasses(value)): number {
  if (!k.lower && !k.upper && !k.other) return 10;
  let hex = true;
  for (let i = 0; i < value.length && hex; i++) {
    const c = value.charCodeAt(i);
    hex = (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
  }
  if (hex && !(k.lower && k.upper)) return 16;
  if (!k.other && (!k.lower || !k.upper)) return 36;
  return k.other ? 64 : 62;
}

/** Words of five letters or more: found anywhere, in any case (a random key holds one by chance about never). */
const LONG_WORDS = ['example', 'sample', 'dummy', 'placeholder', 'redacted', 'replace', 'insert', 'changeme', 'notreal', 'invalid', 'yourkey', 'secretkey'];
/**
 * Whether any of LONG_WORDS occurs: one pass of the regular expression engine, where a search per word cost
 * twelve (the words are letters only, so the alternation needs no escaping). Which one, in list order, is
 * then found word by word, for the rare value that holds one.
 */
const ANY_LONG_WORD = new RegExp(LONG_WORDS.join('|'));
/** Short words: only all lower or all upper case and at an edge of the value or next to a non-letter. */
const SHORT_WORDS = ['your', 'fake', 'todo', 'here', 'test'];
const SHORT_WORDS_UPPER = SHORT_WORDS.map((w) => w.toUpperCase());
const SEQUENTIAL_RUN = 8;
const REPEATED_RUN = 6;

/**
 * Why the variable part of a key (after its fixed prefix) is a documentation value, or undefined when it
 * looks real: a placeholder word inside it (`EXAMPLE`, `your_key_here`), long runs of one character or of
 * consecutive characters (`xxxxxx`, `12345678`, `abcdefgh`), very low entropy, or `…`/`...` elisions.
 * Tuned so that a random key of up to a few thousand characters almost never matches by chance.
 */
export function secretPlaceholder(body: string): PlaceholderReason | undefined {
  if (body.length <= 64) {
    const whole = placeholderValue(body);
    if (whole) return whole;
  }
  const lower = body.toLowerCase();
  if (ANY_LONG_WORD.test(lower)) {
    for (const w of LONG_WORDS) if (lower.includes(w)) return w === 'replace' || w === 'insert' || w === 'yourkey' ? 'your-value' : 'word';
  }
  for (let k = 0; k < SHORT_WORDS.length; k++) {
    const w = SHORT_WORDS[k];
    if (hasShortWord(body, w) || hasShortWord(body, SHORT_WORDS_UPPER[k])) return w === 'your' || w === 'here' ? 'your-value' : 'word';
  }
  if (body.includes('...') || body.includes('…')) return 'masked';
  const found = runs(lower);
  if (found & REPEATED) return lower.includes('xxxx') ? 'masked' : 'repeated';
  if (found & SEQUENTIAL) return 'sequential';
  if (sequentialCoverage(lower) >= 0.6) return 'sequential';
  if (body.length >= 16 && shannonEntropy(body) < 2.5) return 'repeated';
  return undefined;
}

/**
 * The share of a value's letters and digits that sit in ascending runs of three or more (`abc123xyz789`,
 * `abcd1234`): hand-typed example values are made of them, random keys almost never.
 */
export function sequentialCoverage(lower: string): number {
  let alnum = 0;
  let covered = 0;
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!isAlnumCode(c)) {
      if (run >= 3) covered += run;
      run = 0;
      continue;
    }
    alnum++;
    if (run > 0 && c - lower.charCodeAt(i - 1) === 1) run++;
    else {
      if (run >= 3) covered += run;
      run = 1;
    }
  }
  if (run >= 3) covered += run;
  return alnum ? covered / alnum : 0;
}

function hasShortWord(body: string, word: string): boolean {
  let i = body.indexOf(word);
  while (i >= 0) {
    const before = i === 0 || !isLetterCode(body.charCodeAt(i - 1));
    const after = i + word.length === body.length || !isLetterCode(body.charCodeAt(i + word.length));
    if (before || after) return true;
    i = body.indexOf(word, i + 1);
  }
  return false;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const REPEATED = 1;
const SEQUENTIAL = 2;

/**
 * The runs a value holds, in one pass: REPEATED for REPEATED_RUN characters of one code, SEQUENTIAL for
 * SEQUENTIAL_RUN whose codes step by +1 or by -1. Each step is counted when the character after it is a
 * letter or digit (so a run may start on a separator: `/0123456`).
 */
function runs(value: string): number {
  let found = 0;
  let same = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const alnum = isAlnumCode(c);
    const step = c - value.charCodeAt(i - 1);
    same = alnum && step === 0 ? same + 1 : 1;
    up = alnum && step === 1 ? up + 1 : 1;
    down = alnum && step === -1 ? down + 1 : 1;
    if (same >= REPEATED_RUN) found |= REPEATED;
    if (up >= SEQUENTIAL_RUN || down >= SEQUENTIAL_RUN) found |= SEQUENTIAL;
  }
  return found;
}

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * A value shaped like a random key of its alphabet: not a placeholder, at least two character classes
 * when it is long enough to have them by chance, and enough entropy for its length.
 */
export function looksRandom(value: string, minEntropy = 3): boolean {
  if (value.length < 8) return false;
  if (secretPlaceholder(value) || isRepeated(value) || isSequential(value)) return false;
  if (value.length >= 16 && classCount(value) < 2) return false;
  return shannonEntropy(value) >= entropyThreshold(value.length, minEntropy, alphabetSize(value));
}

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [ANY_LONG_WORD];
