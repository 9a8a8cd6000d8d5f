/**
 * Pieces of a text for the whole-text passes of the injection content scanners (the prefilter walk, the
 * adversarial-suffix chunker, the encoded-block search, the non-ASCII test of hidden-unicode), so that a
 * language server re-reads only the piece an edit touched: each pass keeps its result per piece and reuses it
 * for the next text, whose pieces before and after the edit are the same (same id). What the passes do with
 * the pieces' results (tokens and phrases of the candidate runs, passages, mentions) is done on the whole text,
 * as before: it costs little, and mentions read far (fence parity from the start of the text, 1,500
 * characters back for an example section).
 *
 * A piece ends right before a line break that follows a sentence-ending period after two letters or digits
 * (`… 30 days.` then `\n`). There every pass is in a state it would also be in at the start of a text, as far
 * as what follows can tell: the prefilter has just started a sentence with no word in progress and no newline
 * counted (a word ended at the period), the chunker is inside a line that holds no chunk to come, and no
 * base64 run, hex run or escape sequence crosses a line break. What still reaches across (the prefilter's few
 * phrases that may cross sentences, a fenced code block) each pass carries over itself; see its comments.
 *
 * Cuts are chosen by content: at a qualifying line break once the piece holds at least MIN_PIECE characters
 * and the line's last characters hash to one in four (or the piece holds MAX_PIECE), so that an edit changes
 * the cuts near it and, a cut or two later, the same cuts as before follow. A text without such line breaks
 * (code, CRLF line ends, lists without periods) is one piece, read whole as before.
 *
 * test/detectors/injection/incremental.test.ts checks the pieces against whole-text reads on random edits.
 */
import { commonPrefix, commonSuffix } from '../../engine/incremental';

export interface Piece {
  start: number;
  end: number;
  /**
   * Names the piece's text: a piece of the next text that lies in what the two texts share (before or after
   * the edit) keeps its id, any other piece gets a new one (ids are never given again).
   */
  id: number;
  /** The piece's text, once asked for (`pieceText`): sliced once, its hash computed once, for every pass. */
  text?: string;
}

const MIN_PIECE = 1024;
const MAX_PIECE = 8192;
/** Characters before a cut that decide it (`lineHash`). */
const HASHED = 16;

let lastText: string | undefined;
let lastPieces: Piece[] = [];
let nextId = 0;
let whole = false;

/** Counts of piece results computed (not found in a cache), for tests. */
export const pieceStats = { computed: 0 };

/**
 * Tests: with `on`, every text is one piece, so that each pass reads the whole text as it did before pieces
 * (what the pieces must give); the pieces of the last text read without it are kept.
 */
export function setWholeTextScans(on: boolean): void {
  whole = on;
}

/** The pieces of `text`, in order, covering it (the last text's are kept: three passes ask for them). */
export function piecesOf(text: string): readonly Piece[] {
  if (whole) return [{ start: 0, end: text.length, id: nextId++ }];
  if (text !== lastText) {
    const old = lastText;
    const oldPieces = lastPieces;
    const shared = cut(text);
    // A text that is not an edit of the last one is read whole, as fast as it can be read once: its pieces are
    // kept for the next text, which may be an edit of it. An edit in two far-apart places shares little at the
    // start and end, but most pieces.
    const related = shared >= text.length / 2 || (old !== undefined && samePieces(old, oldPieces, text, lastPieces) >= text.length / 2);
    lastReturned = related ? lastPieces : [{ start: 0, end: text.length, id: nextId++ }];
  }
  return lastReturned;
}

/** Characters of `text` in pieces whose text was a piece of `old` too. */
function samePieces(old: string, oldPieces: readonly Piece[], text: string, pieces: readonly Piece[]): number {
  if (Math.abs(old.length - text.length) > text.length / 2) return 0;
  const seen = new Set<string>();
  for (const piece of oldPieces) seen.add(pieceText(old, piece));
  let n = 0;
  for (const piece of pieces) if (seen.has(pieceText(text, piece))) n += piece.end - piece.start;
  return n;
}

let lastReturned: Piece[] = [];

/**
 * Cuts `text` into pieces (`lastPieces`); returns how much of it the last text shares (at its start and end).
 * The cuts before an edit are the last text's; after it, the cuts are looked for again until one falls where
 * the last text had one: from there on they are the last text's.
 */
function cut(text: string): number {
  const old = lastText ?? '';
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const delta = text.length - old.length;
  const out: Piece[] = [];
  let o = 0;
  // Pieces that end in the shared start are kept (a cut depends on the text before it and its line break).
  while (o < lastPieces.length && lastPieces[o].end < prefix) out.push(lastPieces[o++]);
  let start = out.length ? out[out.length - 1].end : 0;
  const shared = text.length - suffix;
  for (let p = text.indexOf('.\n', start + MIN_PIECE - 1) + 1; p > 0; p = text.indexOf('.\n', p + 1) + 1) {
    if (p - start < MIN_PIECE || !isAlnum(text.charCodeAt(p - 2)) || !isAlnum(text.charCodeAt(p - 3))) continue;
    if (p - start < MAX_PIECE && lineHash(text, p) % 4 !== 0) continue;
    out.push({ start, end: p, id: start >= shared ? idOf(start - delta, p - delta) : nextId++ });
    start = p;
    if (p - HASHED - 3 >= shared && lastPieces.length) {
      // Past the edit: if the last text had this cut, it had every later one.
      while (o < lastPieces.length && lastPieces[o].start < p - delta) o++;
      if (o < lastPieces.length && lastPieces[o].start === p - delta) {
        for (; o < lastPieces.length; o++) out.push({ start: lastPieces[o].start + delta, end: lastPieces[o].end + delta, id: lastPieces[o].id });
        lastText = text;
        lastPieces = out;
        return prefix + suffix;
      }
    }
  }
  out.push({ start, end: text.length, id: start >= shared ? idOf(start - delta, old.length) : nextId++ });
  lastText = text;
  lastPieces = out;
  return prefix + suffix;

  /** The id of the last text's piece `[from, to)` if it had one (its text is the same), else a new one. */
  function idOf(from: number, to: number): number {
    for (const piece of lastPieces) if (piece.start === from && piece.end === to) return piece.id;
    return nextId++;
  }
}

/** A piece's text. */
export function pieceText(text: string, piece: Piece): string {
  return (piece.text ??= text.slice(piece.start, piece.end));
}


function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A hash of the (at most 16) characters before `end` on their line: only the line itself decides a cut. */
function lineHash(text: string, end: number): number {
  let h = 7;
  for (let i = end - 1; i >= 0 && i >= end - 16; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) break;
    h = (h * 31 + c) | 0;
  }
  return (h >>> 3) & 0xffff;
}

/**
 * Results of one pass per piece (by id, or by text for joined pieces) and `variant` (a small number: what else
 * the result depends on, such as whether the piece starts the text), kept for the last two texts read.
 * `read` finds a piece's result or computes it; `done` ends a text.
 *
 * Given the piece's text (`textOf`), a result missing by id is also looked for by text among the last
 * RECENT results computed: an edit in two places (a replace-all, a revert) leaves the pieces between the two
 * places as they were, but not their ids.
 */
export class PieceCache<T, K = number> {
  private last: Map<K, T>[] = [];
  private older: Map<K, T>[] = [];
  private next: Map<K, T>[] = [];
  private recent: Map<string, { key: string; value: T }>[] = [];

  read(key: K, variant: number, compute: () => T, textOf?: () => string): T {
    let value = this.next[variant]?.get(key) ?? this.last[variant]?.get(key) ?? this.older[variant]?.get(key);
    if (value === undefined) {
      const recent = textOf ? (this.recent[variant] ??= new Map()) : undefined;
      const text = textOf?.();
      const entry = recent && text !== undefined ? recent.get(text) : undefined;
      if (entry) {
        // Used last, dropped last.
        recent!.delete(entry.key);
        recent!.set(entry.key, entry);
        value = entry.value;
      } else {
        value = compute();
        pieceStats.computed++;
        if (recent && text !== undefined) {
          // The key is a copy: a slice would hold on to the whole text it was cut from.
          const key = (' ' + text).slice(1);
          recent.set(key, { key, value });
          if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
        }
      }
    }
    (this.next[variant] ??= new Map()).set(key, value);
    return value;
  }

  done(): void {
    this.older = this.last;
    this.last = this.next;
    this.next = [];
  }
}

const RECENT = 512;
