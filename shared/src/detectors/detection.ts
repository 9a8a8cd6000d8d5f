/**
 * What a PII detector returns. Detectors are pure functions `(text, options?) => Detection[]` over a
 * string; offsets are into that string. They never throw and never keep the raw value anywhere but in
 * `span` (the caller slices the text when it needs it, e.g. for a fix).
 */
import type { Span } from '../types';
import type { MaskKind } from '../engine/mask';
import type { PlaceholderReason } from './placeholders';

export type Facts = Record<string, string | number | boolean>;

export interface Detection {
  /** What was found: `email`, `phone`, `credit-card`, `iban`, `us-ssn`, `ip-address`, `uk-nino`, … */
  entity: string;
  span: Span;
  /** The detector module that found it (`email`, `phone`, `national-id`). */
  detector: string;
  /** The checks the value passed, in order (`tld`, `luhn`, `iin`, `mod-97`, `libphonenumber`, …). */
  validators: string[];
  /** 0..1, after context. Rules report values at or above their `minConfidence`. */
  confidence: number;
  /** Context words found near the value; negative ones are prefixed with `-` (`-version`). */
  context: string[];
  /** Set when the value is a documentation or test value (reported at `info`). */
  placeholder?: PlaceholderReason;
  /** Canonical form (digits only, lower-cased, compact) for fingerprints and de-duplication; never printed. */
  normalized: string;
  /** How `mask()` shows it. */
  maskKind: MaskKind;
  /** Non-sensitive facts for the message and the evidence: `{ scheme: 'visa' }`, `{ country: 'DE' }`, `{ range: 'private' }`. */
  facts?: Facts;
}

/** ASCII letter or digit. */
export function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Letter, digit or `_` (a `\w` character), or any non-ASCII letter/digit. */
export function isWordChar(code: number): boolean {
  if (isAlnum(code) || code === 95) return true;
  return code > 127 && WORD_CHAR.test(String.fromCharCode(code));
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The character code at `i`, or -1 outside the text. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

const NEXT_DIGIT = /[0-9]/g;

/** A stretch of text holding digits, where numeric values (and identifiers with digits) can lie. */
export interface DigitWindow extends Span {
  /** How many digits it holds. */
  digits: number;
  /** The longest run of consecutive digits in it. */
  longestRun: number;
  /** Its anchors, computed on first use (see `anchors`). */
  anchors?: number[];
}

let cachedText: string | undefined;
let cachedSegments: DigitWindow[] | undefined;
/** The cached segments with at least `n` digits, by `n` (each numeric detector asks for its own minimum). */
let cachedByDigits = new Map<number, DigitWindow[]>();

/**
 * The numeric segments of `text`: each whitespace-delimited token holding a digit, joined with the tokens next
 * to it (one space or tab apart, never across a line break) that hold digits too, are upper-case and at most
 * four letters long (`GB82 WEST 1234…`, `AB 12 34 56 C`), or are a single dash or slash (`415 - 555 - 2671`).
 * Every value the numeric detectors look for lies inside one segment, so they never read the prose between
 * numbers. The regex engine jumps from one digit to the next; each character is examined a bounded number of
 * times. The last text's segments are cached: every PII rule asks for them on the same text.
 */
export function numericSegments(text: string, minDigits = 1): DigitWindow[] {
  if (cachedText !== text || !cachedSegments) {
    cachedSegments = computeSegments(text);
    cachedText = text;
    cachedByDigits = new Map();
  }
  if (minDigits <= 1) return cachedSegments;
  let filtered = cachedByDigits.get(minDigits);
  if (!filtered) cachedByDigits.set(minDigits, (filtered = cachedSegments.filter((w) => w.digits >= minDigits)));
  return filtered;
}

function isBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0;
}

function isJoiner(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** A token without digits that may sit inside a numeric value. */
function joinableWord(text: string, start: number, end: number): boolean {
  // Punctuation around the word belongs to the prose: `C,` `(WEST`.
  while (end > start && isEdgePunct(text.charCodeAt(end - 1))) end--;
  while (start < end && isEdgePunct(text.charCodeAt(start))) start++;
  const length = end - start;
  if (length === 0) return false;
  if (length === 1) {
    const c = text.charCodeAt(start);
    if (c === 45 || c === 47 || c === 0x2013) return true;
  }
  if (length > 4) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function isEdgePunct(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 41 || c === 40 || c === 93 || c === 91 || c === 33 || c === 63 || c === 34 || c === 39;
}

function computeSegments(text: string): DigitWindow[] {
  const out: DigitWindow[] = [];
  const n = text.length;
  let floor = 0;
  let at = 0;
  for (;;) {
    // The regex engine skips the prose between numbers far faster than a character loop.
    NEXT_DIGIT.lastIndex = at;
    if (!NEXT_DIGIT.test(text)) break;
    at = NEXT_DIGIT.lastIndex - 1;
    let start = at;
    while (start > floor && !isBreak(text.charCodeAt(start - 1))) start--;
    // Up to two digit-less tokens before (`AB 12 34 56 C`).
    for (let k = 0; k < 2; k++) {
      if (start - 2 < floor || !isJoiner(text.charCodeAt(start - 1)) || isBreak(text.charCodeAt(start - 2))) break;
      let ps = start - 1;
      while (ps > floor && !isBreak(text.charCodeAt(ps - 1))) ps--;
      if (!joinableWord(text, ps, start - 1)) break;
      start = ps;
    }
    // Tokens after, while they hold digits or are joinable words (at most two of those in a row).
    let end = at;
    while (end < n && !isBreak(text.charCodeAt(end))) end++;
    let words = 0;
    while (end + 1 < n && isJoiner(text.charCodeAt(end)) && !isBreak(text.charCodeAt(end + 1))) {
      let te = end + 1;
      let hasDigit = false;
      while (te < n && !isBreak(text.charCodeAt(te))) {
        const c = text.charCodeAt(te);
        if (c >= 48 && c <= 57) hasDigit = true;
        te++;
      }
      if (hasDigit) {
        words = 0;
        end = te;
        continue;
      }
      if (words >= 2 || !joinableWord(text, end + 1, te)) break;
      words++;
      end = te;
    }
    let digits = 0;
    let longestRun = 0;
    let run = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        digits++;
        run++;
        if (run > longestRun) longestRun = run;
      } else {
        run = 0;
      }
    }
    out.push({ offset: start, endOffset: end, digits, longestRun });
    floor = end;
    at = end;
  }
  return out;
}

/**
 * The anchors of a segment: every position where a run of ASCII letters or digits starts (the character
 * before is not a letter or digit). Values are matched only there, with sticky (`y`) patterns, so no
 * position inside a word is tried and no slice is made.
 */
export function anchors(text: string, segment: DigitWindow): number[] {
  if (segment.anchors) return segment.anchors;
  const out: number[] = [];
  let prevAlnum = segment.offset > 0 && isAlnum(text.charCodeAt(segment.offset - 1));
  for (let i = segment.offset; i < segment.endOffset; i++) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum && !prevAlnum) out.push(i);
    prevAlnum = alnum;
  }
  segment.anchors = out;
  return out;
}

/** Tries the sticky `pattern` at `position`; the match or undefined. */
export function matchAt(pattern: RegExp, text: string, position: number): RegExpExecArray | undefined {
  pattern.lastIndex = position;
  return pattern.exec(text) ?? undefined;
}

/** Keeps the best detection among those whose spans overlap (higher confidence, then longer, then earlier). */
export function resolveOverlaps(detections: Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => a.span.offset - b.span.offset || b.span.endOffset - a.span.endOffset);
  const out: Detection[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && d.span.offset < last.span.endOffset) {
      if (better(d, last)) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

function better(a: Detection, b: Detection): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.span.endOffset - a.span.offset > b.span.endOffset - b.span.offset;
}

/** Digits of a string. */
export function digitsOf(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) out += value[i];
  }
  return out;
}

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [WORD_CHAR, NEXT_DIGIT];
