/**
 * Hidden Unicode: characters a reviewer cannot see but a model reads.
 *
 * Classes (one linear scan; ASCII is skipped at the cost of one comparison per character):
 *   - `tag`: Unicode tag characters U+E0000–E007F. U+E0020–E007E mirror printable ASCII and are the classic
 *     way to smuggle text ("ASCII smuggling"); the decoded text is returned.
 *   - `zero-width`: U+200B, U+200C, U+200D, U+2060, U+180E, U+FEFF (a byte-order mark anywhere but at the start).
 *   - `bidi`: embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069 (Trojan Source); the marks
 *     U+200E, U+200F and U+061C only on a line with no right-to-left letters (in Arabic or Hebrew text they
 *     are ordinary punctuation of the writing system).
 *   - `variation-selector`: two or more variation selectors in a row, or a supplementary selector
 *     (U+E0100–E01EF) after anything but a Han character — the "emoji smuggling" encoding.
 *   - `format`: other invisible format characters (Cf, the combining grapheme joiner, Hangul fillers, Khmer
 *     inherent vowels), except the visible Arabic/Syriac number marks and Egyptian hieroglyph controls.
 *   - `private-use` (Co) and `unassigned` (Cn, noncharacters included).
 * Not reported: emoji ZWJ sequences (👩‍💻, 👨‍👩‍👧, skin tones, gender signs), subdivision flags
 * (🏴 + tag letters + U+E007F), ZWJ/ZWNJ between letters of scripts that need them (Arabic, Persian, Indic,
 * Sinhala, Myanmar, Khmer, Mongolian), a single variation selector (️ after an emoji), a leading BOM.
 *
 * Characters close together (at most two visible characters between them, on one line) form one run, so
 * text interleaved with zero-width characters is one finding whose fix removes every hidden character.
 */
import type { Span } from '../../types';
import { PieceCache, pieceText, piecesOf } from './pieces';

export type HiddenClass = 'tag' | 'zero-width' | 'bidi' | 'variation-selector' | 'format' | 'private-use' | 'unassigned';

export interface HiddenChar {
  offset: number;
  /** UTF-16 length (2 for supplementary code points). */
  length: number;
  codePoint: number;
  cls: HiddenClass;
}

export interface HiddenRun {
  /** From the first to the last hidden character (visible characters between them included). */
  span: Span;
  chars: HiddenChar[];
  /** Classes present, in order of first appearance. */
  classes: HiddenClass[];
  /** The ASCII smuggled in tag characters, when there are any. */
  decodedTags?: string;
}

const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;
const CF = /\p{Cf}/u;
const CO = /\p{Co}/u;
const CN = /\p{Cn}/u;
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const HAN = /\p{Script=Han}/u;
const MARK = /\p{M}/u;
const NON_ASCII = /[^\x00-\x7e]/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [EXTENDED_PICTOGRAPHIC, EMOJI_MODIFIER, CF, CO, CN, RTL_LETTER, HAN, MARK, NON_ASCII];

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0x180e, 0xfeff]);
const BIDI = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const BIDI_MARKS = new Set([0x200e, 0x200f, 0x061c]);
const EXTRA_INVISIBLE = new Set([0x034f, 0x115f, 0x1160, 0x3164, 0xffa0, 0x17b4, 0x17b5]);

/** Visible format characters (prepended concatenation marks) and script-internal controls: never reported. */
function visibleFormat(cp: number): boolean {
  return (cp >= 0x0600 && cp <= 0x0605) || cp === 0x06dd || cp === 0x070f || cp === 0x0890 || cp === 0x0891 || cp === 0x08e2 || cp === 0x110bd || cp === 0x110cd || (cp >= 0x13430 && cp <= 0x1345f) || (cp >= 0x1bca0 && cp <= 0x1bca3);
}

/** Scripts whose letters join (ZWJ/ZWNJ are part of their spelling). */
function joiningScript(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x08ff) || // Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic Extended
    (cp >= 0x0900 && cp <= 0x0dff) || // Devanagari … Sinhala
    (cp >= 0x0f00 && cp <= 0x0fff) || // Tibetan
    (cp >= 0x1000 && cp <= 0x109f) || // Myanmar
    (cp >= 0x1780 && cp <= 0x18af) || // Khmer, Mongolian
    (cp >= 0xa8e0 && cp <= 0xa8ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefc) ||
    (cp >= 0x11000 && cp <= 0x111ff) // Brahmi, Kaithi, Chakma, Sharada …
  );
}

function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

function isSkinTone(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff;
}

/** The code point before `i` (skipping low surrogates properly), or -1. */
function cpBefore(text: string, i: number): { cp: number; at: number } {
  if (i <= 0) return { cp: -1, at: -1 };
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return { cp: text.codePointAt(i - 2)!, at: i - 2 };
  }
  return { cp: lo, at: i - 1 };
}

/** The emoji a ZWJ follows: skips VS16 and skin-tone modifiers. */
function emojiBefore(text: string, i: number): boolean {
  let at = i;
  for (let steps = 0; steps < 4; steps++) {
    const { cp, at: prev } = cpBefore(text, at);
    if (cp < 0) return false;
    if (cp === 0xfe0f || isSkinTone(cp) || cp === 0x20e3) {
      at = prev;
      continue;
    }
    return EXTENDED_PICTOGRAPHIC.test(String.fromCodePoint(cp)) || EMOJI_MODIFIER.test(String.fromCodePoint(cp));
  }
  return false;
}

/** A letter (skipping combining marks) of a joining script before `i`. */
function joiningBefore(text: string, i: number): boolean {
  let at = i;
  for (let steps = 0; steps < 4; steps++) {
    const { cp, at: prev } = cpBefore(text, at);
    if (cp < 0) return false;
    if (MARK.test(String.fromCodePoint(cp)) && !joiningScript(cp)) {
      at = prev;
      continue;
    }
    return joiningScript(cp);
  }
  return false;
}

/** Whether the line around `i` holds a right-to-left letter. */
function rtlLine(text: string, i: number): boolean {
  const start = text.lastIndexOf('\n', i - 1) + 1;
  let end = text.indexOf('\n', i);
  if (end < 0) end = text.length;
  return RTL_LETTER.test(text.slice(start, end));
}

const pieceNonAscii = new PieceCache<boolean>();

/** Whether `text` has any code point outside printable ASCII besides tab/CR/LF (the cheap prefilter). */
export function hasNonAscii(text: string, from = 0, to = text.length): boolean {
  if (from === 0 && to === text.length) {
    const pieces = piecesOf(text);
    if (pieces.length === 1) return NON_ASCII.test(text);
    // Piece by piece (pieces.ts), so that a language server re-reads only the piece an edit touched.
    let any = false;
    for (const piece of pieces) if (pieceNonAscii.read(piece.id, 0, () => NON_ASCII.test(pieceText(text, piece)), () => pieceText(text, piece))) any = true;
    pieceNonAscii.done();
    return any;
  }
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x7e) return true;
  return false;
}

/** Every hidden character of `text[from, to)`, with legitimate uses left out. */
export function findHiddenChars(text: string, from = 0, to = text.length): HiddenChar[] {
  const out: HiddenChar[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) {
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const length = cp > 0xffff ? 2 : 1;
    const cls = classify(text, i, cp, length, to);
    if (cls) out.push({ offset: i, length, codePoint: cp, cls });
    // A subdivision flag: 🏴 + tag letters/digits + cancel tag. Skip the whole sequence.
    if (cp === 0x1f3f4) {
      let j = i + length;
      let n = 0;
      while (j + 1 < to) {
        const t = text.codePointAt(j)!;
        if ((t >= 0xe0030 && t <= 0xe0039) || (t >= 0xe0061 && t <= 0xe007a)) {
          j += 2;
          n++;
        } else break;
      }
      if (n >= 1 && n <= 7 && text.codePointAt(j) === 0xe007f) {
        i = j + 2;
        continue;
      }
    }
    i += length;
  }
  return out;
}

function classify(text: string, i: number, cp: number, length: number, to: number): HiddenClass | undefined {
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag';
  if (ZERO_WIDTH.has(cp)) {
    if (cp === 0xfeff && i === 0) return undefined; // a byte-order mark at the start of the file
    if (cp === 0x200d || cp === 0x200c) {
      const next = i + 1 < to ? text.codePointAt(i + 1)! : -1;
      const nextCh = next >= 0 ? String.fromCodePoint(next) : '';
      if (cp === 0x200d && emojiBefore(text, i) && next >= 0 && (EXTENDED_PICTOGRAPHIC.test(nextCh) || EMOJI_MODIFIER.test(nextCh))) return undefined;
      if (joiningBefore(text, i) && next >= 0 && joiningScript(next)) return undefined;
    }
    return 'zero-width';
  }
  if (BIDI.has(cp)) return 'bidi';
  if (BIDI_MARKS.has(cp)) return rtlLine(text, i) ? undefined : 'bidi';
  if (isVariationSelector(cp)) {
    const prev = cpBefore(text, i).cp;
    const nextCp = i + length < to ? text.codePointAt(i + length)! : -1;
    if (isVariationSelector(prev) || isVariationSelector(nextCp)) return 'variation-selector';
    if (cp >= 0xe0100) return prev >= 0 && HAN.test(String.fromCodePoint(prev)) ? undefined : 'variation-selector';
    return undefined;
  }
  if (EXTRA_INVISIBLE.has(cp)) return 'format';
  const ch = String.fromCodePoint(cp);
  if (cp >= 0xd800 && cp <= 0xdfff) return 'unassigned'; // a lone surrogate: not a character at all
  if (CF.test(ch)) return visibleFormat(cp) ? undefined : 'format';
  if (CO.test(ch)) return 'private-use';
  // Unassigned in this runtime's Unicode tables; the emoji blocks grow every year, so they get the benefit of the doubt.
  if (CN.test(ch)) return cp >= 0x1f000 && cp <= 0x1faff ? undefined : 'unassigned';
  return undefined;
}

/** Hidden characters grouped into runs (at most `maxGap` visible code units between two, none a newline). */
export function findHiddenRuns(text: string, from = 0, to = text.length, maxGap = 2): HiddenRun[] {
  if (!hasNonAscii(text, from, to)) return [];
  const runs: HiddenRun[] = [];
  let run: HiddenRun | undefined;
  for (const ch of findHiddenChars(text, from, to)) {
    if (run) {
      const gapStart = run.span.endOffset;
      const gap = text.slice(gapStart, ch.offset);
      if (ch.offset - gapStart <= maxGap && !gap.includes('\n')) {
        run.chars.push(ch);
        run.span.endOffset = ch.offset + ch.length;
        if (!run.classes.includes(ch.cls)) run.classes.push(ch.cls);
        continue;
      }
    }
    run = { span: { offset: ch.offset, endOffset: ch.offset + ch.length }, chars: [ch], classes: [ch.cls] };
    runs.push(run);
  }
  for (const r of runs) {
    if (!r.classes.includes('tag')) continue;
    let decoded = '';
    for (const c of r.chars) if (c.codePoint >= 0xe0020 && c.codePoint <= 0xe007e) decoded += String.fromCharCode(c.codePoint - 0xe0000);
    if (decoded) r.decodedTags = decoded;
  }
  return runs;
}

/** `U+200B` */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const NAMES: Readonly<Record<number, string>> = {
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x2060: 'WORD JOINER', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)', 0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x061c: 'ARABIC LETTER MARK',
  0x00ad: 'SOFT HYPHEN', 0x034f: 'COMBINING GRAPHEME JOINER', 0x3164: 'HANGUL FILLER', 0xe0001: 'LANGUAGE TAG', 0xe007f: 'CANCEL TAG',
};

/** A readable name for a hidden code point (`U+200B ZERO WIDTH SPACE`). */
export function codePointName(cp: number): string {
  const name = NAMES[cp];
  if (name) return `${codePointLabel(cp)} ${name}`;
  if (cp >= 0xe0020 && cp <= 0xe007e) return `${codePointLabel(cp)} TAG ${JSON.stringify(String.fromCharCode(cp - 0xe0000))}`;
  return codePointLabel(cp);
}
