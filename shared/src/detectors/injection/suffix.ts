/**
 * Adversarial-suffix scoring: optimized jailbreak suffixes look like token soup — words glued to
 * brackets and quotes, `camelJoined` fragments, runs of mismatched punctuation (`](`, `\!--`, `({[`) —
 * appended to an ordinary request. Code and Markdown have punctuation too, but in regular shapes:
 * identifiers, calls, operators, balanced brackets, links, tables.
 *
 * Each whitespace-separated chunk of prose (fenced code blocks and inline code are skipped) is classed as
 * `word` (an ordinary word with trailing punctuation), `code` (looks like code: operators, calls, member
 * access, paths, URLs, numbers) or `odd` (letters mixed with irregular punctuation, glued camel case,
 * clusters of unrelated symbols). A window of 10 chunks is suspicious when at least 4 are odd (5 when its
 * brackets balance), odd chunks outnumber code chunks three to one, and the window still has ordinary words
 * (it is appended to prose). Linear: one pass over the chunks with a sliding count.
 */
import type { Span } from '../../types';
import { PieceCache, pieceText, piecesOf } from './pieces';

export interface SuffixHit {
  span: Span;
  /** Odd chunks in the best window, out of `window`. */
  odd: number;
  window: number;
  score: number;
}

const WINDOW = 10;
const MIN_ODD = 4;

const enum Kind {
  Word,
  Code,
  Odd,
  Neutral,
  /** Not classified yet: classified only inside a window that could be suspicious. */
  Unknown,
}

/** Chunks as parallel typed arrays, reused from call to call (the scorer is not reentrant). */
interface Chunks {
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** The chunk may be odd: it has a bracket, quote, backslash or one of `*<>|~^`, a capital after its first character, or a non-ASCII capital. */
  mayBeOdd: Uint8Array;
}

let buffers: Chunks = { n: 0, start: new Int32Array(1024), end: new Int32Array(1024), kind: new Uint8Array(1024), mayBeOdd: new Uint8Array(1024) };

/** The buffers, emptied (they keep the size the largest text needed). */
function chunkBuffers(): Chunks {
  buffers.n = 0;
  return buffers;
}

/** The buffers with twice the room, holding what they held. */
function growChunkBuffers(): Chunks {
  const size = buffers.start.length * 2;
  const grown: Chunks = { n: buffers.n, start: new Int32Array(size), end: new Int32Array(size), kind: new Uint8Array(size), mayBeOdd: new Uint8Array(size) };
  grown.start.set(buffers.start);
  grown.end.set(buffers.end);
  grown.kind.set(buffers.kind);
  grown.mayBeOdd.set(buffers.mayBeOdd);
  return (buffers = grown);
}

/** ASCII characters without which `oddSymbols` and `glued` never call a chunk odd. */
const ODD_CAPABLE = new Uint8Array(128);
for (const c of '()[]{}"\\<>*|~^') ODD_CAPABLE[c.charCodeAt(0)] = 1;

const ORDINARY = /^[("'“‘[*_]{0,2}(?:\p{L}[\p{Ll}\p{Lo}\p{Lm}\p{M}]*|\p{Lu}{2,})(?:['’]\p{L}{1,3})?[)"'”’\]*_]{0,2}[.,;:!?。、，]{0,3}[)"'”’\]]{0,2}$/u;
const NUMBERISH = /^[-+(]?[$€£]?\d[\d.,:/%x×-]*[)%]?[.,;:]?$/;
/** Shapes of code, one small pattern each (every one bounded or anchored, so each is linear on its own). */
const CODE_SHAPES: readonly RegExp[] = [
  /[=<>!]=|=>|->|::|&&|\|\||\+\+/,
  /\w\([^([{]|\w\($|\)\.|^\.\w|;$|\)\{$|^[}\])];?$/,
  /\$\{|\$\w|\/\/|^#\w|\w_\w|^--?\w|\w\/\w|=\w/,
  /\w\.\w+\(/,
  /\w\[\w*\]/,
  /^<\/?\w+>?$/,
  /^[a-z]+:\/\//,
  /@\w+\.\w/,
  /\w\.\w+$/,
  /^\w+=/,
  /^\\[a-zA-Z]{2}|[\^_]\{|\{\{|\}\}|\{%|%\}/,
];
const CAMEL_GLUE = /\p{Ll}{3}\p{Lu}\p{Ll}{2}|^\p{Lu}{2}\p{Ll}{3}/u;
const LETTER = /\p{L}/u;
const PUNCT_ONLY = /^[^\p{L}\p{N}\s]+$/u;
const COMMON_SYMBOLS = /^(?:-{1,3}|\.{2,4}|…|\*{1,3}|={1,3}|->|=>|<-|\/|\||&|#{1,6}|>|:\)|;\)|:-\)|:\(|!{1,3}|\?{1,3}|\?!|!\?|[-–—•·+×÷=*]|\[ \]|\[x\]|`{3}\w*|\(\)|\[\]|\{\}|\{\{|\}\}|\*\*|__|"|'|`|[.,;:]|«|»|\$|%|@)$/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [ORDINARY, NUMBERISH, ...CODE_SHAPES, CAMEL_GLUE, LETTER, PUNCT_ONLY, COMMON_SYMBOLS];

const BRACKETS = '()[]{}';
/** Symbols that never sit between the letters of ordinary words or code identifiers. */
const IRREGULAR = '*\\}{][<>|~^"';

function isAlnum(c: string): boolean {
  return LETTER.test(c) || (c >= '0' && c <= '9');
}

/** A chunk of symbols only: odd when it mixes a bracket, quote or backslash with other symbols (`({[`, `](#`, `--((`). */
function oddSymbols(chunk: string): boolean {
  const distinct = new Set(chunk);
  const special = [...distinct].filter((c) => BRACKETS.includes(c) || c === '"' || c === '\\' || c === '<' || c === '>');
  if (!special.length) return false;
  return distinct.size >= 2;
}

/** Letters with symbols glued in irregular ways: `giving**ONE`, `FOR:}Task`, `\!--Two`, `:)ish`, `oppositeley.](`, `anyway}--`. */
function glued(chunk: string): boolean {
  const chars = [...chunk];
  let firstLetter = chars.findIndex(isAlnum);
  let lastLetter = chars.length - 1;
  while (lastLetter >= 0 && !isAlnum(chars[lastLetter])) lastLetter--;
  if (firstLetter < 0) return false;
  const lead = chars.slice(0, firstLetter).join('');
  const trail = chars.slice(lastLetter + 1).join('');
  const body = chars.slice(firstLetter, lastLetter + 1);
  // Inner clusters.
  let i = 0;
  while (i < body.length) {
    if (isAlnum(body[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < body.length && !isAlnum(body[j])) j++;
    const cluster = body.slice(i, j).join('');
    if ([...cluster].some((c) => IRREGULAR.includes(c))) return true;
    i = j;
  }
  if (lead.length >= 2 && (lead.includes('\\') || new Set([...lead].filter((c) => BRACKETS.includes(c))).size >= 2 || lead === ':)' || lead === ';)' || lead.endsWith(':)'))) return true;
  if (trail) {
    if (trail.includes('\\') || trail.includes('(') || trail.includes('[') || trail.includes('{')) return true;
    const opened = (c: string) => chunk.includes(c);
    if ((trail.includes('}') && !opened('{')) || (trail.includes(']') && !opened('['))) return true;
    if (new Set([...trail].filter((c) => BRACKETS.includes(c))).size >= 2) return true;
  }
  return false;
}

/** Markdown links and images, reference links, HTML tags and inline code: punctuation with a meaning. */
function markup(chunk: string): boolean {
  const link = chunk.indexOf('](');
  if (link >= 0 && chunk.indexOf(')', link + 2) > 0) return true;
  if (chunk.includes('][') || chunk.startsWith('[![') || chunk.startsWith('![') || chunk.startsWith('[!')) return true;
  const lt = chunk.indexOf('<');
  if (lt >= 0 && LETTER.test(chunk[lt + 1] ?? '') && chunk.indexOf('>', lt) > 0) return true;
  return chunk.split('`').length > 2;
}

/** CSV-like data: a digit and a separator (`,`, `;`, `|`) in one chunk. */
function data(chunk: string): boolean {
  let digit = false;
  let separator = false;
  for (const c of chunk) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c === ',' || c === ';' || c === '|') separator = true;
  }
  return digit && separator;
}

/** Letters only, at most one capital at the start (the common case, decided without a regular expression). */
function plainWord(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) continue;
    if (i === 0 && c >= 0x41 && c <= 0x5a) continue;
    return false;
  }
  return true;
}

function classify(chunk: string): Kind {
  if (plainWord(chunk)) return Kind.Word;
  if (chunk.length > 60) return Kind.Neutral; // a URL, a hash, base64: other detectors read those
  if (markup(chunk)) return Kind.Neutral;
  if (ORDINARY.test(chunk)) return Kind.Word;
  if (NUMBERISH.test(chunk) || data(chunk)) return Kind.Neutral;
  if (CODE_SHAPES.some((re) => re.test(chunk))) return Kind.Code;
  if (PUNCT_ONLY.test(chunk)) return !COMMON_SYMBOLS.test(chunk) && oddSymbols(chunk) ? Kind.Odd : Kind.Neutral;
  if (!LETTER.test(chunk)) return Kind.Neutral;
  if (glued(chunk)) return Kind.Odd;
  // `similarlyNow`, `sureHere!!`: glued camel case in running text (a quoted or listed identifier is not).
  if (CAMEL_GLUE.test(chunk) && LETTER.test(chunk[0]) && !chunk.includes(',') && !chunk.includes('\'') && !chunk.includes('"')) return Kind.Odd;
  return Kind.Word;
}


/** Chunks of prose in `text[from, to)`, skipping fenced code blocks, inline code and the `skip` spans (sorted). */
function chunks(text: string, from: number, to: number, skip: readonly Span[]): Chunks {
  const out = chunkBuffers();
  chunkRange(text, from, to, skip, out, false, true);
  return buffers;
}

/**
 * Appends the chunks of `text[from, to)` to `out` (the shared buffers, grown as needed), starting inside a fence
 * or not and at a line's start or not; returns whether it ends inside a fence. `skip`: null to leave every
 * chunk that is not a plain word `Unknown`, marking in `mayBeOdd` the ones that may be odd (pieces.ts: spans
 * are applied when the pieces are put together).
 */
function chunkRange(text: string, from: number, to: number, skip: readonly Span[] | null, into: Chunks, fenceIn: boolean, lineStartIn: boolean): boolean {
  let s = 0;
  // Grown as chunks come (a text has far fewer chunks than characters).
  let out = into;
  let n = out.n;
  let i = from;
  let fence = fenceIn;
  let lineStart = lineStartIn;
  while (i < to) {
    if (lineStart) {
      let j = i;
      while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text.startsWith('```', j) || text.startsWith('~~~', j)) {
        fence = !fence;
        const nl = text.indexOf('\n', j);
        i = nl < 0 || nl >= to ? to : nl + 1;
        continue;
      }
      if (fence) {
        const nl = text.indexOf('\n', j);
        i = nl < 0 || nl >= to ? to : nl + 1;
        continue;
      }
      // Indented code, table rows, YAML keys and one-word list items are not prose.
      if (j - i >= 4 || text[j] === '|' || yamlLike(text, j, to)) {
        const nl = text.indexOf('\n', j);
        i = nl < 0 || nl >= to ? to : nl + 1;
        continue;
      }
      lineStart = false;
    }
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '`') {
      const close = text.indexOf('`', i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (close > 0 && close < to && (nl < 0 || close < nl)) {
        i = close + 1;
        continue;
      }
    }
    let j = i;
    // An ordinary word (letters, one capital at most, at the start) is decided without slicing it out.
    let plain = true;
    let may = false;
    for (; j < to; j++) {
      const d = text.charCodeAt(j);
      if (d === 0x20 || d === 0x0a || d === 0x09 || d === 0x0d) break;
      if (d === 0x5c && j > i && (text[j + 1] === 'n' || text[j + 1] === 't')) break;
      if (plain && !((d >= 0x61 && d <= 0x7a) || (j === i && d >= 0x41 && d <= 0x5a))) plain = false;
      if (d < 128) {
        if (ODD_CAPABLE[d] || (j > i && d >= 0x41 && d <= 0x5a)) may = true;
      } else if (j > i && (d >= 0xd800 || text[j] !== text[j].toLowerCase())) may = true;
    }
    if (j === i) j = i + 2; // a `\n` escape on its own
    let kind = plain ? Kind.Word : Kind.Unknown;
    if (skip && kind === Kind.Unknown) {
      while (s < skip.length && skip[s].endOffset <= i) s++;
      if (s < skip.length && skip[s].offset < j) kind = Kind.Neutral;
    }
    if (n === out.start.length) out = growChunkBuffers();
    out.start[n] = i;
    out.end[n] = j;
    out.kind[n] = kind;
    out.mayBeOdd[n] = kind === Kind.Unknown && may ? 1 : 0;
    n++;
    i = j;
  }
  out.n = n;
  return fence;
}

/** The chunks of one piece (offsets from its start; `Unknown` chunks not yet checked against the skip spans). */
interface PieceChunks {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  mayBeOdd: Uint8Array;
  fenceOut: boolean;
  /** Characters that token soup needs (brackets, quotes, glued capitals), counted up to MIN_ODD. */
  unusual: number;
  /** Indexes of the chunks that may be odd. */
  may: Int32Array;
}

/** Chunks per piece; variant: 1 the piece starts the text, 2 it starts inside a fence. */
const pieceChunks = new PieceCache<PieceChunks>();

function chunkPiece(text: string, from: number, to: number, fenceIn: boolean): PieceChunks {
  const tmp = chunkBuffers();
  const fenceOut = chunkRange(text, from, to, null, tmp, fenceIn, from === 0);
  const b = buffers;
  const n = b.n;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    start[k] = b.start[k] - from;
    end[k] = b.end[k] - from;
  }
  const may: number[] = [];
  for (let k = 0; k < n; k++) if (b.mayBeOdd[k]) may.push(k);
  return { start, end, kind: b.kind.slice(0, n), mayBeOdd: b.mayBeOdd.slice(0, n), fenceOut, unusual: unusualCount(text, from, to), may: Int32Array.from(may) };
}

/**
 * The chunks of the whole text, from the pieces' (pieces.ts: a piece ends before a line break, so no chunk,
 * inline code span or skipped line crosses a cut; whether a fence is open is carried from piece to piece), with
 * the skip spans applied as `chunks` applies them. Undefined when the text has too few unusual characters.
 */
function chunksByPiece(text: string, skip: readonly Span[]): Chunks | undefined {
  const pieces = piecesOf(text);
  const list: { at: number; c: PieceChunks }[] = [];
  let fence = false;
  let unusual = 0;
  for (const piece of pieces) {
    const fenceIn = fence;
    const c = pieceChunks.read(piece.id, (piece.start === 0 ? 1 : 0) | (fenceIn ? 2 : 0), () => chunkPiece(text, piece.start, piece.end, fenceIn), () => pieceText(text, piece));
    list.push({ at: piece.start, c });
    fence = c.fenceOut;
    unusual += c.unusual;
  }
  pieceChunks.done();
  if (unusual < MIN_ODD || !maySuspect(list, skip)) return undefined;
  let out = chunkBuffers();
  let n = 0;
  let s = 0;
  for (const { at, c } of list) {
    for (let k = 0; k < c.start.length; k++) {
      if (n === out.start.length) out = growChunkBuffers();
      const i = at + c.start[k];
      const j = at + c.end[k];
      let kind = c.kind[k];
      let may = c.mayBeOdd[k];
      if (kind === Kind.Unknown) {
        while (s < skip.length && skip[s].endOffset <= i) s++;
        if (s < skip.length && skip[s].offset < j) {
          kind = Kind.Neutral;
          may = 0;
        }
      }
      out.start[n] = i;
      out.end[n] = j;
      out.kind[n] = kind;
      out.mayBeOdd[n] = may;
      n++;
    }
  }
  out.n = n;
  return out;
}

/**
 * Whether some window could be suspicious: MIN_ODD chunks that may be odd (and lie outside the skip spans)
 * within one window. Without one, every window is skipped, and the chunks need not be put together.
 */
function maySuspect(list: readonly { at: number; c: PieceChunks }[], skip: readonly Span[]): boolean {
  let total = 0;
  for (const { c } of list) total += c.start.length;
  if (total < WINDOW / 2) return false;
  const size = Math.min(WINDOW, total);
  // The global indexes of the last MIN_ODD - 1 candidates, oldest first.
  const recent: number[] = [];
  let base = 0;
  let s = 0;
  for (const { at, c } of list) {
    for (let m = 0; m < c.may.length; m++) {
      const k = c.may[m];
      const i = at + c.start[k];
      while (s < skip.length && skip[s].endOffset <= i) s++;
      if (s < skip.length && skip[s].offset < at + c.end[k]) continue;
      const index = base + k;
      if (recent.length === MIN_ODD - 1) {
        if (index - recent[0] < size) return true;
        recent.shift();
      }
      recent.push(index);
    }
    base += c.start.length;
  }
  return false;
}

/** Characters token soup needs in `text[from, to)`, counted up to MIN_ODD (the prefilter of findAdversarialSuffixes). */
function unusualCount(text: string, from: number, to: number): number {
  let unusual = 0;
  for (let i = from; i < to && unusual < MIN_ODD; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x28 || c === 0x29 || c === 0x5c || c === 0x22 || c === 0x2a || c === 0x3c || c === 0x3e) unusual++;
    else if (c >= 0x41 && c <= 0x5a && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0x61 && p <= 0x7a) unusual++;
    }
  }
  return unusual;
}

/** `key: value` or `- item` (a single chunk) lines. */
function yamlLike(text: string, j: number, to: number): boolean {
  let nl = text.indexOf('\n', j);
  if (nl < 0 || nl > to) nl = to;
  const line = text.slice(j, nl).trimEnd();
  if (line.startsWith('- ') && !line.slice(2).trim().includes(' ')) return true;
  let k = 0;
  while (k < line.length && (isAlnum(line[k]) || line[k] === '_' || line[k] === '-')) k++;
  return k > 0 && line[k] === ':' && (k + 1 === line.length || line[k + 1] === ' ');
}

/** Suspicious token-soup windows in `text[from, to)`, merged into runs. */
export function findAdversarialSuffixes(text: string, from = 0, to = text.length, skip: readonly Span[] = []): SuffixHit[] {
  // Prefilter: token soup needs brackets, quotes, backslashes or glued capitals; plain prose has too few.
  let list: Chunks | undefined;
  if (from === 0 && to === text.length && piecesOf(text).length > 1) list = chunksByPiece(text, skip);
  else if (unusualCount(text, from, to) >= MIN_ODD) list = chunks(text, from, to, skip);
  if (!list) return [];
  const n = list.n;
  const hits: SuffixHit[] = [];
  if (n < WINDOW / 2) return hits;
  const size = Math.min(WINDOW, n);
  const kindAt = (q: number): Kind => {
    let kind = list.kind[q];
    if (kind === Kind.Unknown) list.kind[q] = kind = classify(text.slice(list.start[q], list.end[q]));
    return kind;
  };
  // A window is suspicious only with MIN_ODD odd chunks, and a chunk that cannot be odd is never one: windows
  // with fewer candidates are skipped, the others are counted exactly (their chunks classified once).
  let candidates = 0;
  for (let i = 0; i < size; i++) if (list.mayBeOdd[i]) candidates++;
  let current: SuffixHit | undefined;
  for (let start = 0; start + size <= n; start++) {
    if (start > 0) {
      if (list.mayBeOdd[start - 1]) candidates--;
      if (list.mayBeOdd[start + size - 1]) candidates++;
    }
    if (candidates < MIN_ODD) continue;
    let odd = 0;
    let code = 0;
    let word = 0;
    for (let q = start; q < start + size; q++) {
      const kind = kindAt(q);
      if (kind === Kind.Odd) odd++;
      else if (kind === Kind.Code) code++;
      else if (kind === Kind.Word) word++;
    }
    const suspicious = odd >= MIN_ODD && odd >= 3 * code && word >= 3;
    if (!suspicious) continue;
    // Trim the window to its odd chunks at both ends.
    let a = start;
    while (list.kind[a] !== Kind.Odd) a++;
    let b = start + size - 1;
    while (list.kind[b] !== Kind.Odd) b--;
    const score = Math.round((odd / size) * 100) / 100;
    if (current && list.start[a] <= current.span.endOffset) {
      current.span.endOffset = Math.max(current.span.endOffset, list.end[b]);
      if (odd > current.odd) Object.assign(current, { odd, window: size, score });
    } else {
      current = { span: { offset: list.start[a], endOffset: list.end[b] }, odd, window: size, score };
      hits.push(current);
    }
  }
  return hits;
}
