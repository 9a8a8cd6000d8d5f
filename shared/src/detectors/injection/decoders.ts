/**
 * Encoded blocks that may carry instructions: base64 (standard and URL-safe), hex (plain, spaced, `\x`-escaped),
 * percent-encoding, `\uXXXX` escapes, ROT13 and reversed text. Each candidate is decoded and kept only when
 * it decodes to readable text; the caller then looks for override and jailbreak phrases in the decoded text.
 *
 * Leetspeak and homoglyphs need no decoding: the tokenizer reads them (normalize.ts).
 * ROT13 and reversed text have no shape of their own: a line is decoded only when it contains at least
 * two ROT13-encoded (or reversed) trigger words, so ordinary text costs one set lookup per word.
 */
import type { Span } from '../../types';
import type { Token } from './normalize';
import { wordClassifier } from './phrases';
import { PieceCache, pieceText, piecesOf, type Piece } from './pieces';

export type Encoding = 'base64' | 'hex' | 'percent' | 'unicode-escape' | 'rot13' | 'reversed';

export interface EncodedBlock {
  encoding: Encoding;
  /** The encoded text's span. */
  span: Span;
  /** The decoded text. */
  decoded: string;
}

const HEX_SPACED = /\b[0-9a-fA-F]{2}(?:[ :,-][0-9a-fA-F]{2}){11,}\b/g;
const HEX_ESCAPED = /(?:\\x[0-9a-fA-F]{2}){8,}/g;
const PERCENT = /(?:%[0-9a-fA-F]{2}){8,}/g;
const UNICODE_ESCAPE = /(?:\\u[0-9a-fA-F]{4}){6,}/g;
const NON_HEX = /[^0-9a-fA-F]/g;
const ONLY_HEX = /^[0-9a-fA-F]+$/;
/** Eleven separator + hex pair units: without them HEX_SPACED cannot match (a native test that starts only at separators). */
const HEX_SPACED_MIN = /(?:[ :,-][0-9a-fA-F]{2}){11}/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [HEX_SPACED, HEX_ESCAPED, PERCENT, UNICODE_ESCAPE, NON_HEX, ONLY_HEX, HEX_SPACED_MIN];

const B64_VALUES = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => (B64_VALUES[c.charCodeAt(0)] = i));
B64_VALUES['-'.charCodeAt(0)] = 62;
B64_VALUES['_'.charCodeAt(0)] = 63;
/** Base64 characters by kind: 1 upper case, 2 lower case, 4 digit, 8 `+ / - _`; 0 not base64. */
const B64_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 0x41 && c <= 0x5a) B64_CLASS[c] = 1;
  else if (c >= 0x61 && c <= 0x7a) B64_CLASS[c] = 2;
  else if (c >= 0x30 && c <= 0x39) B64_CLASS[c] = 4;
  else if (c === 0x2b || c === 0x2f || c === 0x2d || c === 0x5f) B64_CLASS[c] = 8;
}

/** Words whose ROT13 or reversed form marks a line worth decoding. */
const TRIGGERS = [
  'ignore', 'disregard', 'forget', 'previous', 'prior', 'above', 'instructions', 'instruction', 'prompt', 'system', 'reveal', 'restrictions',
  'rules', 'pretend', 'jailbreak', 'password', 'override', 'guidelines', 'filters', 'secret', 'unfiltered', 'everything', 'print', 'developer',
  'mode', 'ethical', 'refuse', 'you', 'are', 'now', 'the', 'and', 'all', 'your',
];
const STRONG_TRIGGERS = new Set(['ignore', 'disregard', 'forget', 'previous', 'instructions', 'instruction', 'prompt', 'reveal', 'restrictions', 'pretend', 'jailbreak', 'password', 'override', 'guidelines', 'filters', 'unfiltered', 'developer', 'ethical', 'refuse', 'secret', 'rules', 'system']);
/** The ROT13 and reversed forms of the strong triggers: a line without one is never decoded (prefilter.ts marks them). */
export const SHIFTED_STRONG_TRIGGERS: readonly string[] = [...STRONG_TRIGGERS].flatMap((w) => [rot13(w), ...(w.length >= 4 ? [[...w].reverse().join('')] : [])]);
const ROT13_TRIGGERS = new Map(TRIGGERS.map((w) => [rot13(w), w]));
const REVERSED_TRIGGERS = new Map(TRIGGERS.filter((w) => w.length >= 4).map((w) => [[...w].reverse().join(''), w]));
/** 1: a ROT13 trigger, 2: a strong one; 4: a reversed trigger, 8: a strong one (cached per token with the phrase lookups). */
const triggerBits = wordClassifier((form) => {
  let bits = 0;
  const r = ROT13_TRIGGERS.get(form);
  if (r !== undefined) bits |= STRONG_TRIGGERS.has(r) ? 3 : 1;
  const v = REVERSED_TRIGGERS.get(form);
  if (v !== undefined) bits |= STRONG_TRIGGERS.has(v) ? 12 : 4;
  return bits ? [bits] : NO_BITS;
});
const NO_BITS: readonly number[] = [];

export function rot13(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) out += String.fromCharCode(((c - 0x61 + 13) % 26) + 0x61);
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(((c - 0x41 + 13) % 26) + 0x41);
    else out += s[i];
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text when they are mostly printable UTF-8 (≥ 90 % letters, digits, punctuation, spaces), else undefined. */
export function readableText(bytes: Uint8Array): string | undefined {
  if (bytes.length < 8) return undefined;
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  let printable = 0;
  let letters = 0;
  let spaces = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
      printable++;
      spaces++;
    } else if (c >= 0x21 && c < 0x7f) {
      printable++;
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    } else if (c >= 0xa0 && c !== 0xfffd) {
      printable++;
      letters++;
    }
  }
  const n = [...text].length;
  if (printable / n < 0.9 || letters / n < 0.5 || spaces === 0) return undefined;
  return text;
}

/**
 * Maximal runs of base64 characters (standard or URL-safe alphabet, up to two `=` of padding) at least 20
 * characters long that hold a digit or mixed case (plain words are not base64). One linear pass.
 */
export function base64Runs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let bits = c < 128 ? B64_CLASS[c] : 0;
    if (!bits) {
      i++;
      continue;
    }
    const start = i;
    let seen = 0;
    do {
      seen |= bits;
      c = text.charCodeAt(++i);
      bits = c < 128 ? B64_CLASS[c] : 0;
    } while (bits);
    let end = i;
    while (end < n && end - i < 2 && text.charCodeAt(end) === 0x3d) end++;
    // Upper and lower case, or a digit: plain words are not base64.
    if (end - start >= 20 && ((seen & 3) === 3 || seen & 4)) out.push({ start, end });
    i = end;
  }
  return out;
}

/** Decodes standard or URL-safe base64 (padding optional); undefined when it is not base64. */
export function base64Bytes(s: string): Uint8Array | undefined {
  let end = s.length;
  while (end > 0 && s[end - 1] === '=') end--;
  if (end % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64_VALUES[c] : -1;
    if (v < 0) return undefined;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function hexBytes(s: string): Uint8Array | undefined {
  const digits = (s.startsWith('0x') || s.startsWith('0X') ? s.slice(2) : s).replace(NON_HEX, '');
  if (digits.length % 2 !== 0) return undefined;
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/**
 * Encoded blocks in `text[from, to)` that decode to readable text. `tokens` are the tokens of the same range
 * (for ROT13 and reversed lines).
 */
export function findEncodedBlocks(text: string, tokens: readonly Token[], from = 0, to = text.length): EncodedBlock[] {
  return findEncodedBlocksIn(text, [tokens], from, to);
}

/** The same, with the tokens given as runs (the prefiltered ranges of scan.ts; each line lies in one run). */
export function findEncodedBlocksIn(text: string, runs: readonly (readonly Token[])[], from = 0, to = text.length): EncodedBlock[] {
  const whole = from === 0 && to === text.length;
  const pieces = whole ? piecesOf(text) : [];
  const out = pieces.length > 1 ? blocksByPiece(text, pieces) : blocksOf(whole ? text : text.slice(from, to), from);
  for (const tokens of runs) out.push(...shiftedLines(text, tokens, 1, 'rot13', rot13));
  for (const tokens of runs) out.push(...shiftedLines(text, tokens, 4, 'reversed', (s) => [...s].reverse().join('')));
  return out;
}

/** What one piece of a text holds (offsets from its start), by shape. */
interface PieceBlocks {
  runs: EncodedBlock[];
  spacedHex: EncodedBlock[];
  /** `\\x` hex, percent-encoding, `\\u` escapes. */
  escaped: EncodedBlock[][];
}

const pieceBlocks = new PieceCache<PieceBlocks>();

/**
 * The blocks of the whole text from its pieces' (pieces.ts: none of the shapes crosses a line break, so a piece
 * holds the same matches alone as in the text). `blocksOf` looks for spaced hex when the text has both of its
 * markers; here a piece is searched when it has both, which gives the same: a piece holding a match has both.
 */
function blocksByPiece(text: string, pieces: readonly Piece[]): EncodedBlock[] {
  const found = pieces.map((piece) => ({ at: piece.start, b: pieceBlocks.read(piece.id, 0, () => blocksOfPiece(pieceText(text, piece)), () => pieceText(text, piece)) }));
  pieceBlocks.done();
  const out: EncodedBlock[] = [];
  const shifted = (list: readonly EncodedBlock[], at: number): void => {
    for (const b of list) out.push({ encoding: b.encoding, span: { offset: b.span.offset + at, endOffset: b.span.endOffset + at }, decoded: b.decoded });
  };
  for (const f of found) shifted(f.b.runs, f.at);
  for (const f of found) shifted(f.b.spacedHex, f.at);
  // By shape, then by place, as `blocksOf` lists them.
  for (let k = 0; k < 3; k++) for (const f of found) shifted(f.b.escaped[k], f.at);
  return out;
}

function blocksOfPiece(slice: string): PieceBlocks {
  const spaced = HEX_SPACED_MIN.test(slice) && hasSpacedHex(slice);
  return { runs: runBlocks(slice, 0), spacedHex: spaced ? spacedHexBlocks(slice, 0) : [], escaped: escapedBlocks(slice, 0) };
}

/** Encoded blocks of `slice` (the text from `from`) other than ROT13 and reversed lines. */
function blocksOf(slice: string, from: number): EncodedBlock[] {
  const out = runBlocks(slice, from);
  // The other shapes are rare: each regular expression runs only when its marker occurs.
  if (HEX_SPACED_MIN.test(slice) && hasSpacedHex(slice)) out.push(...spacedHexBlocks(slice, from));
  for (const list of escapedBlocks(slice, from)) out.push(...list);
  return out;
}

function adder(out: EncodedBlock[], from: number): (encoding: Encoding, index: number, length: number, bytes: Uint8Array | undefined) => void {
  return (encoding, index, length, bytes) => {
    if (!bytes) return;
    const decoded = readableText(bytes);
    if (decoded !== undefined) out.push({ encoding, span: { offset: from + index, endOffset: from + index + length }, decoded });
  };
}

/** Base64 and plain hex runs. */
function runBlocks(slice: string, from: number): EncodedBlock[] {
  const out: EncodedBlock[] = [];
  const add = adder(out, from);
  for (const run of base64Runs(slice)) {
    const value = slice.slice(run.start, run.end);
    // Runs of hex digits (after an optional 0x) are hex; the others are base64.
    const digits = value.startsWith('0x') || value.startsWith('0X') ? value.slice(2) : value;
    if (ONLY_HEX.test(digits)) {
      if (digits.length >= 24) add('hex', run.start, run.end - run.start, hexBytes(digits));
      continue;
    }
    add('base64', run.start, run.end - run.start, base64Bytes(value));
  }
  return out;
}

function spacedHexBlocks(slice: string, from: number): EncodedBlock[] {
  const out: EncodedBlock[] = [];
  const add = adder(out, from);
  for (const m of slice.matchAll(HEX_SPACED)) add('hex', m.index!, m[0].length, hexBytes(m[0]));
  return out;
}

/** `\x` hex, percent-encoding and `\u` escapes, by shape. */
function escapedBlocks(slice: string, from: number): EncodedBlock[][] {
  const hex: EncodedBlock[] = [];
  const percent: EncodedBlock[] = [];
  const unicode: EncodedBlock[] = [];
  if (slice.includes('\\x')) for (const m of slice.matchAll(HEX_ESCAPED)) adder(hex, from)('hex', m.index!, m[0].length, hexBytes(m[0].split('\\x').join('')));
  if (slice.includes('%')) for (const m of slice.matchAll(PERCENT)) adder(percent, from)('percent', m.index!, m[0].length, hexBytes(m[0].split('%').join('')));
  if (slice.includes('\\u')) for (const m of slice.matchAll(UNICODE_ESCAPE)) {
    const codes = m[0].split('\\u').filter(Boolean).map((h) => parseInt(h, 16));
    const decoded = String.fromCharCode(...codes);
    if (readableText(new TextEncoder().encode(decoded)) !== undefined) unicode.push({ encoding: 'unicode-escape', span: { offset: from + m.index!, endOffset: from + m.index! + m[0].length }, decoded });
  }
  return [hex, percent, unicode];
}

/** Three hex pairs separated by one space, colon, comma or dash: the marker of spaced hex. */
function hasSpacedHex(text: string): boolean {
  let pairs = 0;
  for (let i = 0; i + 2 < text.length; i++) {
    if (isHex(text.charCodeAt(i)) && isHex(text.charCodeAt(i + 1)) && ' :,-'.includes(text[i + 2])) {
      if (++pairs >= 3) return true;
      i += 2;
    } else pairs = 0;
  }
  return false;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** Lines with two or more encoded trigger words (one of them strong), decoded whole. `bit`: 1 (ROT13) or 4 (reversed). */
function shiftedLines(text: string, tokens: readonly Token[], bit: number, encoding: Encoding, decode: (s: string) => string): EncodedBlock[] {
  const out: EncodedBlock[] = [];
  let lineEnd = -1;
  let hits = 0;
  let strong = false;
  let first = -1;
  let last = -1;
  const flush = (): void => {
    if (hits >= 2 && strong) {
      const span = { offset: tokens[first].start, endOffset: tokens[last].end };
      out.push({ encoding, span, decoded: decode(text.slice(span.offset, span.endOffset)) });
    }
    hits = 0;
    strong = false;
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const bits = t.cjk ? 0 : (triggerBits(t)[0] ?? 0);
    if (!(bits & bit)) continue;
    if (t.start > lineEnd) {
      flush();
      lineEnd = text.indexOf('\n', t.start);
      if (lineEnd < 0) lineEnd = text.length;
    }
    hits++;
    if (bits & (bit << 1)) strong = true;
    if (first < 0) first = lineFirstToken(tokens, i, text);
    last = lineLastToken(tokens, i, lineEnd);
  }
  flush();
  return out;
}

function lineFirstToken(tokens: readonly Token[], i: number, text: string): number {
  const lineStart = text.lastIndexOf('\n', tokens[i].start - 1) + 1;
  let k = i;
  while (k > 0 && tokens[k - 1].start >= lineStart) k--;
  return k;
}

function lineLastToken(tokens: readonly Token[], i: number, lineEnd: number): number {
  let k = i;
  while (k + 1 < tokens.length && tokens[k + 1].end <= lineEnd) k++;
  return k;
}
