/**
 * Every occurrence of many ASCII literals in a text, in one pass: an Aho–Corasick automaton compiled into a
 * dense transition table (a row of 128 ASCII codes per state, upper-case letters sharing the lower-case
 * transitions; characters no literal uses, and every non-ASCII one, lead back to the start state). The scan
 * reads each character once, with one table read, whatever the number of literals — where a regular
 * expression alternation of the same literals tries every alternative at every position.
 *
 *   const scanner = new LiteralScanner([{ text: 'ghp_' }, { text: 'password', ignoreCase: true }]);
 *   const hits = scanner.scan(text);   // hits.starts[k], hits.ids[k]: literal `ids[k]` at `starts[k]`
 *
 * Case: a literal with `ignoreCase` matches with ASCII letters folded (what a JavaScript `/i` regular
 * expression without `u` does for an ASCII pattern: no other character folds to an ASCII one); the others
 * match exactly (checked against the text after the automaton proposes them).
 *
 * Texts of a thousand characters and more are read by the same loop in WebAssembly where it is available
 * (literalScanWasm.ts: about twice as fast), with the JavaScript loop below as the fallback.
 *
 * Hits come sorted by start, and at one start by decreasing length: the first hit at a start is the longest
 * literal there, which is what a longest-first alternation (`/password|pass/`) finds at that position.
 */

import { LANES, laneScan, MAX_TEXT, type LaneScan } from './literalScanWasm';

export interface LiteralSpec {
  /** ASCII only. */
  text: string;
  /** Compare ASCII letters without regard to case (default false). */
  ignoreCase?: boolean;
}

/** Hits of one scan: parallel arrays, sorted by start, then by decreasing literal length. */
export interface LiteralHits {
  starts: number[];
  ids: number[];
}

interface Automaton {
  /**
   * `next[state * 128 + code]` for every ASCII code (a row per state: the index is a shift, not a product,
   * which keeps the loop as fast as a loop with constants).
   */
  next: Uint16Array | Uint32Array;
  /** States at or above this number end at least one literal. */
  firstOutput: number;
  /** Literal ids ending in state `firstOutput + k`: `outputIds[outputStart[k] .. outputStart[k + 1])`. */
  outputStart: Int32Array;
  outputIds: Int32Array;
  /** Length of each literal. */
  lengths: Int32Array;
  /** The longest literal's length (no state is deeper). */
  maxLength: number;
  /** Each exact-case literal's text (undefined for the `ignoreCase` ones). */
  exact: Array<string | undefined>;
  /** The WebAssembly lanes for this table, made on the first long text; null where there are none. */
  lanes?: LaneScan | null;
}

export class LiteralScanner {
  readonly literals: readonly LiteralSpec[];
  private automaton: Automaton | undefined;

  constructor(literals: readonly LiteralSpec[]) {
    for (const l of literals) {
      if (!l.text) throw new Error('LiteralScanner: empty literal');
      for (let i = 0; i < l.text.length; i++) if (l.text.charCodeAt(i) > 127) throw new Error(`LiteralScanner: non-ASCII literal ${JSON.stringify(l.text)}`);
    }
    this.literals = literals;
  }

  /** Every occurrence of every literal in `text` (built on first use: the table costs a few milliseconds). */
  scan(text: string): LiteralHits {
    const a = (this.automaton ??= compile(this.literals));
    const hits: LiteralHits = { starts: [], ids: [] };
    const n = text.length;
    if (n < QUARTER_MIN * 4) {
      const ends: number[] = [];
      const states: number[] = [];
      run(a.next, a.firstOutput, text, 0, n, 0, ends, states);
      for (let h = 0; h < ends.length; h++) record(a, text, states[h], ends[h], hits);
      return hits;
    }
    // Parts of the text side by side (see run4): the state of a character depends on the one before it, so a
    // single scan waits on every table read, and independent ones overlap them. In WebAssembly first
    // (literalScanWasm.ts), each part starting in the state the scan has there, as in run4.
    const lanes = a.lanes === undefined ? (a.lanes = a.next instanceof Uint16Array ? (laneScan(a.next, a.firstOutput) ?? null) : null) : a.lanes;
    if (lanes && n <= MAX_TEXT) {
      const units = lanes.load(text);
      const w = Math.floor(n / LANES);
      const found = units && lanes.run(w, laneStarts(a, units, w));
      if (units && found) {
        const { ends, hitStates } = found;
        let s = found.state;
        for (let i = LANES * w; i < n; i++) {
          const c = units[i];
          s = c < 128 ? a.next[(s << 7) | c] : 0;
          if (s >= a.firstOutput) {
            ends.push(i);
            hitStates.push(s);
          }
        }
        for (let h = 0; h < ends.length; h++) record(a, text, hitStates[h], ends[h], hits);
        return hits;
      }
    }
    // In JavaScript, four quarters (15–20 % faster than one scan).
    const [ends, states] = run4(a.next, a.firstOutput, codeUnits(text), n, Math.floor(n / 4), a.maxLength);
    for (let h = 0; h < ends.length; h++) record(a, text, states[h], ends[h], hits);
    return hits;
  }
}

/** The state the scan has at the start of each of the LANES parts of `w` characters (see run4). */
function laneStarts(a: Automaton, units: Uint16Array, w: number): number[] {
  const starts = [0];
  for (let k = 1; k < LANES; k++) starts.push(warm(a.next, units, Math.max(0, k * w - a.maxLength), k * w));
  return starts;
}

/** Below four times this many characters, one scan. */
const QUARTER_MIN = 256;

/**
 * The UTF-16 code units of `text` in a typed array: the native encoder copies them in a fraction of the time a
 * loop of `charCodeAt` takes to read them, and the scan's loop then reads plain array elements (about a third
 * faster than `charCodeAt`, which checks the string's representation at every call). The array is reused
 * from one scan to the next; only its first `text.length` elements are the text's.
 */
function codeUnits(text: string): Uint16Array {
  if (text.length > units.length) {
    // Texts of up to a million characters keep the array for the next scan; a larger one gets an array of its own.
    const array = new Uint16Array(Math.max(text.length, 1 << 16));
    if (text.length <= KEEP_UNITS) units = array;
    else return fill(array, text);
  }
  return fill(units, text);
}

function fill(array: Uint16Array, text: string): Uint16Array {
  if (nodeBuffer) nodeBuffer.from(array.buffer, array.byteOffset, array.byteLength).write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) array[i] = text.charCodeAt(i);
  return array;
}

/** Node's `Buffer`, whose encoder fills the array natively; undefined in a browser (the core runs there too). */
const nodeBuffer = (globalThis as { Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): { write(text: string, offset: number, encoding: 'utf16le'): number } } }).Buffer;

/** The largest text whose code-unit array is kept between scans (2 MB of memory). */
const KEEP_UNITS = 1 << 20;
let units = new Uint16Array(0);

/** The state reached from the start state over `text[from, to)`, recording nothing. */
function warm(next: Uint16Array | Uint32Array, text: Uint16Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    s = c < 128 ? next[(s << 7) | c] : 0;
  }
  return s;
}

/**
 * `run` over the quarters `[k·q, (k+1)·q)` of the text at once (the last one then on to its end); returns the
 * ends and states of the hits, by end. A quarter starts in the state the whole scan would have there: a state
 * is the longest literal prefix ending at a character, never longer than `maxLength`, so scanning the
 * `maxLength` characters before the quarter from the start state reaches it.
 */
function run4(next: Uint16Array | Uint32Array, firstOutput: number, text: Uint16Array, n: number, q: number, maxLength: number): [number[], number[]] {
  const b1 = q;
  const b2 = 2 * q;
  const b3 = 3 * q;
  let s0 = 0;
  let s1 = warm(next, text, Math.max(0, b1 - maxLength), b1);
  let s2 = warm(next, text, Math.max(0, b2 - maxLength), b2);
  let s3 = warm(next, text, Math.max(0, b3 - maxLength), b3);
  const e0: number[] = [];
  const t0: number[] = [];
  const e1: number[] = [];
  const t1: number[] = [];
  const e2: number[] = [];
  const t2: number[] = [];
  const e3: number[] = [];
  const t3: number[] = [];
  for (let i = 0; i < q; i++) {
    const c0 = text[i];
    const c1 = text[b1 + i];
    const c2 = text[b2 + i];
    const c3 = text[b3 + i];
    s0 = c0 < 128 ? next[(s0 << 7) | c0] : 0;
    s1 = c1 < 128 ? next[(s1 << 7) | c1] : 0;
    s2 = c2 < 128 ? next[(s2 << 7) | c2] : 0;
    s3 = c3 < 128 ? next[(s3 << 7) | c3] : 0;
    if (s0 >= firstOutput) {
      e0.push(i);
      t0.push(s0);
    }
    if (s1 >= firstOutput) {
      e1.push(b1 + i);
      t1.push(s1);
    }
    if (s2 >= firstOutput) {
      e2.push(b2 + i);
      t2.push(s2);
    }
    if (s3 >= firstOutput) {
      e3.push(b3 + i);
      t3.push(s3);
    }
  }
  let s = s3;
  for (let i = b3 + q; i < n; i++) {
    const c = text[i];
    s = c < 128 ? next[(s << 7) | c] : 0;
    if (s >= firstOutput) {
      e3.push(i);
      t3.push(s);
    }
  }
  return [e0.concat(e1, e2, e3), t0.concat(t1, t2, t3)];
}

/**
 * The hot loop: one table read per character. The positions where a state that ends a literal is reached
 * are collected, and resolved into literals afterwards (they are rare), so the loop stays this small.
 */
function run(next: Uint16Array | Uint32Array, firstOutput: number, text: string, from: number, to: number, state: number, ends: number[], states: number[]): void {
  let s = state;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    s = c < 128 ? next[(s << 7) | c] : 0;
    if (s >= firstOutput) {
      ends.push(i);
      states.push(s);
    }
  }
}

/** Records the literals that end at `i` in state `s` (exact-case ones only when the text has that case). */
function record(a: Automaton, text: string, s: number, i: number, hits: LiteralHits): void {
  const o = s - a.firstOutput;
  for (let j = a.outputStart[o]; j < a.outputStart[o + 1]; j++) {
    const id = a.outputIds[j];
    const start = i + 1 - a.lengths[id];
    const exact = a.exact[id];
    if (exact !== undefined && !text.startsWith(exact, start)) continue;
    insert(hits, start, id, a.lengths);
  }
}

/**
 * Appends a hit, moving it back past the hits it sorts before (later start, or same start and shorter):
 * hits arrive by end, so a hit is out of place only among the few that end inside it.
 */
function insert(hits: LiteralHits, start: number, id: number, lengths: Int32Array): void {
  const { starts, ids } = hits;
  let k = starts.length;
  starts.push(start);
  ids.push(id);
  while (k > 0 && (starts[k - 1] > start || (starts[k - 1] === start && lengths[ids[k - 1]] < lengths[id]))) {
    starts[k] = starts[k - 1];
    ids[k] = ids[k - 1];
    k--;
  }
  starts[k] = start;
  ids[k] = id;
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function compile(literals: readonly LiteralSpec[]): Automaton {
  // Character classes: one per distinct (folded) character used; letters share a class with their upper case.
  const classes = new Uint8Array(128);
  let classCount = 1;
  for (const l of literals) {
    for (let i = 0; i < l.text.length; i++) {
      const c = fold(l.text.charCodeAt(i));
      if (!classes[c]) classes[c] = classCount++;
    }
  }
  for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32];

  // The trie, then failure links and the full transition function, breadth first.
  const trie: number[][] = [[]];
  const own: number[][] = [[]];
  literals.forEach((l, id) => {
    let s = 0;
    for (let i = 0; i < l.text.length; i++) {
      const k = classes[fold(l.text.charCodeAt(i))];
      let t = trie[s][k];
      if (t === undefined) {
        t = trie.length;
        trie[s][k] = t;
        trie.push([]);
        own.push([]);
      }
      s = t;
    }
    own[s].push(id);
  });
  const states = trie.length;
  const fail = new Int32Array(states);
  const delta = new Int32Array(states * classCount);
  const outputs: number[][] = new Array(states);
  const order: number[] = [0];
  outputs[0] = [];
  for (let k = 1; k < classCount; k++) {
    const t = trie[0][k];
    delta[k] = t ?? 0;
    if (t !== undefined) {
      fail[t] = 0;
      order.push(t);
    }
  }
  for (let q = 1; q < order.length; q++) {
    const s = order[q];
    outputs[s] = [...own[s], ...outputs[fail[s]]];
    for (let k = 1; k < classCount; k++) {
      const t = trie[s][k];
      if (t !== undefined) {
        fail[t] = delta[fail[s] * classCount + k];
        order.push(t);
        delta[s * classCount + k] = t;
      } else {
        delta[s * classCount + k] = delta[fail[s] * classCount + k];
      }
    }
  }

  // Renumber: states without output first, so that one comparison tells whether a state ends a literal.
  const renumber = new Int32Array(states);
  let id = 0;
  for (let s = 0; s < states; s++) if (!outputs[s].length) renumber[s] = id++;
  const firstOutput = id;
  for (let s = 0; s < states; s++) if (outputs[s].length) renumber[s] = id++;
  const next = states < 65536 ? new Uint16Array(states * 128) : new Uint32Array(states * 128);
  for (let s = 0; s < states; s++) {
    for (let c = 0; c < 128; c++) next[renumber[s] * 128 + c] = renumber[delta[s * classCount + classes[c]]];
  }
  const outputStart = new Int32Array(states - firstOutput + 1);
  const ids: number[] = [];
  const byNew: number[][] = new Array(states - firstOutput);
  for (let s = 0; s < states; s++) if (outputs[s].length) byNew[renumber[s] - firstOutput] = outputs[s];
  byNew.forEach((list, k) => {
    outputStart[k] = ids.length;
    // Longest first: at one end position, a longer literal starts earlier.
    ids.push(...[...list].sort((a, b) => literals[b].text.length - literals[a].text.length || a - b));
  });
  outputStart[byNew.length] = ids.length;
  return {
    next,
    firstOutput,
    outputStart,
    outputIds: Int32Array.from(ids),
    lengths: Int32Array.from(literals, (l) => l.text.length),
    maxLength: literals.reduce((m, l) => Math.max(m, l.text.length), 0),
    exact: literals.map((l) => (l.ignoreCase ? undefined : l.text)),
  };
}

/** This module defines no regular expression. */
export const PATTERNS: readonly RegExp[] = [];
