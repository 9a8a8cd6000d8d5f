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
 * Hits come sorted by start, and at one start by decreasing length: the first hit at a start is the longest
 * literal there, which is what a longest-first alternation (`/password|pass/`) finds at that position.
 */

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
    // Four quarters side by side (see run4): the state of a character depends on the one before it, so a
    // single scan waits on every table read, and four independent ones overlap them (15–20 % faster alone).
    const [ends, states] = run4(a.next, a.firstOutput, text, Math.floor(n / 4), a.maxLength);
    for (let h = 0; h < ends.length; h++) record(a, text, states[h], ends[h], hits);
    return hits;
  }
}

/** Below four times this many characters, one scan. */
const QUARTER_MIN = 256;

/** The state reached from the start state over `text[from, to)`, recording nothing. */
function warm(next: Uint16Array | Uint32Array, text: string, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
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
function run4(next: Uint16Array | Uint32Array, firstOutput: number, text: string, q: number, maxLength: number): [number[], number[]] {
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
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(b1 + i);
    const c2 = text.charCodeAt(b2 + i);
    const c3 = text.charCodeAt(b3 + i);
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
  run(next, firstOutput, text, b3 + q, text.length, s3, e3, t3);
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
