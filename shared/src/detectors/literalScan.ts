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
    const ends: number[] = [];
    const states: number[] = [];
    run(a.next, a.firstOutput, text, ends, states);
    const hits: LiteralHits = { starts: [], ids: [] };
    for (let h = 0; h < ends.length; h++) record(a, text, states[h], ends[h], hits);
    return hits;
  }
}

/**
 * The hot loop: one table read per character. The positions where a state that ends a literal is reached
 * are collected, and resolved into literals afterwards (they are rare), so the loop stays this small.
 */
function run(next: Uint16Array | Uint32Array, firstOutput: number, text: string, ends: number[], states: number[]): void {
  let s = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
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
    exact: literals.map((l) => (l.ignoreCase ? undefined : l.text)),
  };
}

/** This module defines no regular expression. */
export const PATTERNS: readonly RegExp[] = [];
