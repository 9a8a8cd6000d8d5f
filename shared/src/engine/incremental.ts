/**
 * Incremental scanning: a detector's results for a new version of a text, re-scanning only the blocks of
 * lines that changed since the last version (the language server checks a 2,000-line file per keystroke,
 * and one keystroke changes one line).
 *
 * The text is cut into blocks of lines at points its content decides (a line whose few characters hash to
 * a cut, or a blank line), so that inserting or deleting lines moves the blocks after it without changing
 * them. A block is scanned together with the lines around it (its window, below), and only the results
 * that start inside the block are kept. A block whose window lies in the text the new version shares with
 * the last one (everything before and after the edit) keeps its results, shifted to where the window now
 * starts; the others are scanned again.
 *
 * A window reaches `margin` lines past its block on each side, and further where those lines are short:
 * at least `before` characters before the block and `after` characters after it, in whole lines. This gives
 * exactly what a scan of the whole text gives when the scanner is local: what it reports at a position
 * depends only on the whole lines within that reach, and the results come in order of their start. The
 * detectors of sensitive values qualify: each value lies inside one line (detectors/detection.ts cuts
 * numeric segments at line breaks; an email address has none), a value is at most a few hundred
 * characters long (an email address: 64 + 1 + 253), and context words are read at most 60 characters
 * before it and 30 after (detectors/context.ts). Counting lines alone is not enough: eight short lines are
 * fewer characters than the context reach. Scanners that join passages far apart or read multi-line blocks
 * (PEM keys) do not qualify, and must not use this. A window whose results are out of order makes this
 * scanner fall back to whole-text scans for good. test/engine/incremental.test.ts checks the detectors
 * against whole-text scans on random edits, and the `pii/*` rules against checks without caches.
 *
 * Only a process that checks the same documents again and again gains from this: the language server
 * turns it on (`setIncrementalScans`). Elsewhere (the command line checks each file once) a scanner runs
 * on the whole text and nothing is kept. The first scan of a document is a whole-text scan too, its
 * results handed out to the blocks they start in: scanning block by block costs the margins again.
 */
import type { Span } from '../types';

export interface IncrementalOptions {
  /** Lines of context scanned on each side of a block (default 8). */
  margin?: number;
  /** Characters of context at least scanned before a block (default 128), in whole lines. */
  before?: number;
  /** Characters of context at least scanned after a block (default 384), in whole lines. */
  after?: number;
  /**
   * What else the results depend on besides the text, compared by identity: a rule passes its options
   * object (the engine keeps one per policy and rule), so that new options start a new cache.
   */
  variant?: object;
}

/** Whether a scanner's results may be computed block by block (see the module comment). */
export type Scan<T extends { span: Span }> = (text: string) => T[];

interface Block {
  /** Offsets into the text: the block, and its window (the block with its margins). */
  start: number;
  end: number;
  windowStart: number;
  windowEnd: number;
  /**
   * Names what the block's results depend on: where the block lies in its window, and the window's text.
   * A block of the next version whose window lies in the text the two versions share (before or after the
   * edit) and that is cut the same way keeps the id; any other block gets a new one. Ids are never given
   * again, so a cached id never matches another block.
   */
  id: number;
}

interface Cached<T> {
  /** The window's results, relative to the window's start. */
  results: T[];
  /** The same results shifted into the text, for `shift` (reused while the window does not move). */
  shifted: T[];
  shift: number;
}

interface Cache<T> {
  variant: object | undefined;
  /** Results of each block, by block id: the blocks of the last text scanned, and some of earlier texts. */
  byBlock: Map<number, Cached<T>>;
  /** A window gave results out of order: this scanner is scanned whole from now on. */
  whole: boolean;
}

const DEFAULT_MARGIN = 8;
/** See the module comment: context words 60 characters before a value; an email's local part is looked for up to 66 characters before its `@`. */
const DEFAULT_BEFORE = 128;
/** See the module comment: a value of up to ~320 characters, then 30 characters of context words and the character after those. */
const DEFAULT_AFTER = 384;
/** A block is cut after at least this many lines at a content-decided point, and after at most MAX_LINES. */
const MIN_LINES = 4;
const MAX_LINES = 48;
/** Texts shorter than this are scanned whole: the bookkeeping would cost more than it saves. */
const MIN_TEXT = 4096;
/** Caches kept per scanner: one per document path, the least recently used dropped first. */
const MAX_DOCUMENTS = 8;

/**
 * Incremental scanners by name (one scanner: `pii/phone`), then by document path. Anything else the
 * results depend on must be in the name or the `variant`: the cache cannot see it.
 */
const caches = new Map<string, Map<string, Cache<unknown>>>();

let enabled = false;

/** Turns incremental scans on (the language server) or off, forgetting every cached result. */
export function setIncrementalScans(on: boolean): void {
  enabled = on;
  clearIncrementalScans();
}

/**
 * `scan(text)`, computed block by block and cached per block between calls with the same `name` and
 * `path`. The results are copies whose `span` is shifted into `text`; they are shared with the cache (a
 * block that did not move returns the same objects as the call before), so the caller must not change them.
 */
export function scanIncrementally<T extends { span: Span }>(name: string, path: string, text: string, scan: Scan<T>, options: IncrementalOptions = {}): T[] {
  if (!enabled || text.length < MIN_TEXT) return scan(text);
  let byPath = caches.get(name);
  if (!byPath) {
    byPath = new Map();
    caches.set(name, byPath);
  }
  let cache = byPath.get(path) as Cache<T> | undefined;
  if (cache) byPath.delete(path); // re-inserted below: most recently used last
  if (!cache || cache.variant !== options.variant) cache = { variant: options.variant, byBlock: new Map(), whole: false };
  byPath.set(path, cache);
  if (byPath.size > MAX_DOCUMENTS) byPath.delete(byPath.keys().next().value as string);
  if (cache.whole) return scan(text);

  // One map per scanner and document, changed in place: a new map per check would be garbage that lives
  // until the next check (the server keeps each check's results that long), so the collector copies it.
  const byBlock = cache.byBlock;
  const blocks = blocksOf(path, text, options.margin ?? DEFAULT_MARGIN, options.before ?? DEFAULT_BEFORE, options.after ?? DEFAULT_AFTER);
  if (byBlock.size === 0) return scanWhole(cache, blocks, text, scan);
  const out: T[] = [];
  for (const block of blocks) {
    let cached = byBlock.get(block.id);
    if (!cached) {
      const results: T[] = [];
      let last = -1;
      for (const item of scan(text.slice(block.windowStart, block.windowEnd))) {
        if (item.span.offset < last) {
          cache.whole = true;
          cache.byBlock = new Map();
          return scan(text);
        }
        last = item.span.offset;
        const at = item.span.offset + block.windowStart;
        if (at >= block.start && at < block.end) results.push(item);
      }
      cached = { results, shifted: results, shift: results.length ? -1 : block.windowStart };
      byBlock.set(block.id, cached);
    }
    // Most blocks hold nothing for a given scanner.
    if (cached.results.length === 0) continue;
    const shift = block.windowStart;
    if (cached.shift !== shift) {
      // Blocks before an edit keep their place: their shifted results are reused as they are.
      cached.shifted = cached.results.map((item) => ({ ...item, span: { offset: item.span.offset + shift, endOffset: item.span.endOffset + shift } }));
      cached.shift = shift;
    }
    for (const item of cached.shifted) out.push(item);
  }
  // The ids of blocks that are gone are never asked for again: dropped once they outnumber the live ones.
  if (byBlock.size > 2 * blocks.length + 64) {
    const live = new Set(blocks.map((b) => b.id));
    for (const id of byBlock.keys()) if (!live.has(id)) byBlock.delete(id);
  }
  return out;
}

/**
 * The first scan of a document: the whole text at once, each result cached in the block it starts in
 * (what scanning that block's window gives, for a local scanner), so that the next version re-scans only
 * the blocks that changed.
 */
function scanWhole<T extends { span: Span }>(cache: Cache<T>, blocks: readonly Block[], text: string, scan: Scan<T>): T[] {
  const all = scan(text);
  let b = 0;
  let last = -1;
  let results: T[] = [];
  let shifted: T[] = [];
  const close = (): void => {
    const block = blocks[b];
    cache.byBlock.set(block.id, results.length ? { results, shifted, shift: block.windowStart } : { results, shifted: results, shift: block.windowStart });
    results = [];
    shifted = [];
  };
  for (const item of all) {
    if (item.span.offset < last) {
      cache.whole = true;
      cache.byBlock = new Map();
      return all;
    }
    last = item.span.offset;
    while (b < blocks.length - 1 && item.span.offset >= blocks[b].end) {
      close();
      b++;
    }
    const shift = blocks[b].windowStart;
    results.push({ ...item, span: { offset: item.span.offset - shift, endOffset: item.span.endOffset - shift } });
    shifted.push(item);
  }
  for (; b < blocks.length; b++) close();
  return all;
}

/** Forgets every cached result (tests; a server may call it when memory matters more than speed). */
export function clearIncrementalScans(): void {
  caches.clear();
  cuts.clear();
}

interface Cut {
  text: string;
  blocks: Block[];
}

/** The last cut of each document (by reach and path): every scanner of one check asks about the same text. */
const cuts = new Map<string, Cut>();
let nextId = 0;

function blocksOf(path: string, text: string, margin: number, before: number, after: number): Block[] {
  const name = `${margin}:${before}:${after}:${path}`;
  const last = cuts.get(name);
  if (last && last.text === text) return last.blocks;
  const lines = lineStarts(text);
  const starts = scratch;
  const startOf = (line: number): number => (line >= lines ? text.length : starts[Math.max(0, line)]);
  // What the two versions share: `prefix` characters at the start, `suffix` at the end (moved by `delta`).
  const old = last?.text ?? '';
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const delta = text.length - old.length;
  const oldBlocks = last?.blocks ?? [];
  let o = 0;
  const blocks: Block[] = [];
  let first = 0;
  for (let line = 0; line < lines; line++) {
    const count = line - first + 1;
    if (line < lines - 1 && count < MAX_LINES && (count < MIN_LINES || !isCut(text, starts[line], starts[line + 1] - 1))) continue;
    const start = startOf(first);
    const end = startOf(line + 1);
    // `margin` lines, or more where they hold fewer than `before` / `after` characters.
    const windowStart = Math.min(startOf(first - margin), startOf(lineAt(starts, lines, start - before)));
    const windowEnd = Math.max(startOf(line + 1 + margin), end + after >= text.length ? text.length : startOf(lineAt(starts, lines, end + after) + 1));
    const block: Block = { start, end, windowStart, windowEnd, id: -1 };
    // The old block cut the same way, if its window is shared text (old blocks are in order: one walk).
    const shift = block.windowEnd <= prefix ? 0 : block.windowStart >= text.length - suffix ? delta : undefined;
    if (shift !== undefined) {
      while (o < oldBlocks.length && oldBlocks[o].start < block.start - shift) o++;
      const twin = oldBlocks[o];
      if (twin && twin.start === block.start - shift && twin.end === block.end - shift && twin.windowStart === block.windowStart - shift && twin.windowEnd === block.windowEnd - shift) block.id = twin.id;
    }
    if (block.id < 0) block.id = nextId++;
    blocks.push(block);
    first = line + 1;
  }
  cuts.delete(name); // re-inserted: most recently used last
  cuts.set(name, { text, blocks });
  if (cuts.size > MAX_DOCUMENTS) cuts.delete(cuts.keys().next().value as string);
  return blocks;
}

/** Compared a chunk at a time first: a string comparison is one native call, a character loop is not. */
const CHUNK = 1024;

/** Length of the longest common prefix of `a` and `b`. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix of `a` and `b`, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + CHUNK <= limit && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < limit && a.charCodeAt(a.length - i - 1) === b.charCodeAt(b.length - i - 1)) i++;
  return i;
}

/**
 * Whether the line `[start, end)` (its `\n` at `end`) ends a block: a blank line, or one whose length and
 * first and last characters hash to one in eight. Only the line itself decides, so that an edit moves the
 * cuts of its own block and no others.
 */
function isCut(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length <= 1) return true;
  return (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) % 8 === 0;
}

/** The line holding `offset` (0 for offsets before the text): binary search in the first `lines` line starts. */
function lineAt(starts: Int32Array, lines: number, offset: number): number {
  let lo = 0;
  let hi = lines - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where the lines of the text being cut start: filled by `lineStarts`, read only while cutting (blocks keep
 * offsets of their own), so one buffer serves every cut instead of a new array per check.
 */
let scratch = new Int32Array(4096);

/**
 * Fills `scratch` with the offsets where lines start (after each `\n`) and returns how many there are; a
 * lone `\r` does not cut here, which only makes blocks longer.
 */
function lineStarts(text: string): number {
  let count = 1;
  scratch[0] = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) {
    if (count === scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[count++] = i + 1;
  }
  return count;
}
