/**
 * The raw-text prefilter of the phrase tables: one pass over the text, without building tokens, that finds the
 * sentences where a phrase of the override or jailbreak table can match, so that only those are tokenized and
 * matched (most of a prompt has none).
 *
 * The pass reads words exactly as `tokenize` does (same folding of case, diacritics, homoglyphs and invisible
 * characters, same hyphen joins, `@`/`$` and leetspeak readings, same spaced-letter runs) but walks each word
 * through a trie of anchor words instead of building it. Each phrase is anchored on a chain of up to three of
 * its rarest required slots (an alternative is represented by its rarest word): a sentence is a candidate when
 * words of the chain's slots occur in it, in order, no further apart than the pattern allows (a phrase with one
 * required slot gets a chain per alternative, on two of its words). Sentences are cut only where
 * `tokenize` certainly starts a new sentence (after `! ? ; |`, a `.` before a space, a blank line, a new list
 * item), so each candidate run tokenizes to exactly the tokens the whole text would give there, and a run
 * scanned alone gives exactly the matches the whole text gives in it.
 *
 * Over-approximation is the rule: anything the pass cannot read exactly (Unicode tag characters, spaced-out
 * letters) makes its whole line a candidate; phrases that may cross sentences (`crossBreaks`) mark the words
 * around them, and the ROT13 / reversed trigger words of decoders.ts mark whole lines. A run with Devanagari
 * also takes the sentence after it (Hindi negations follow the verb). test/detectors/injection/prefilter.test.ts
 * checks that the prefiltered scans equal the full scans.
 *
 * Cost: one pass over the text (a trie step per letter, a short list of anchor refs per anchor word) plus the
 * candidates' tokens; the automaton (about 17,000 trie nodes) is built once, on first use, or read from JSON data
 * made at build time (`automatonToData` / `automatonFromData`; the bundles carry the built-in tables', see scan.ts).
 * After an edit, only the pieces of the text the edit touched are walked again (pieces.ts): a piece starts right
 * after a sentence, where the walk's state is that of a fresh walk except for the few phrases that may cross
 * sentences; a piece where one of those may reach across a cut is walked together with its neighbour.
 */
import type { Span } from '../../types';
import { FOLD_CLASS, foldCodePoint, isLetterAt, LEET } from './normalize';
import type { CompiledPhrase, Element } from './phrases';
import { PieceCache, pieceText, piecesOf } from './pieces';

/** Words too common in prompts to anchor a phrase on (any other word of the pattern is better). */
const COMMON = new Set([
  'the', 'a', 'an', 'to', 'of', 'and', 'or', 'you', 'your', 'i', 'me', 'my', 'is', 'are', 'be', 'it', 'this', 'that', 'in', 'on', 'for',
  'with', 'as', 'at', 'by', 'all', 'any', 'do', 'not', 'no', 'can', 'will', 'now', 'what', 'how', 'so', 'if', 'we', 'our', 'have', 'has',
  'was', 'were', 'from', 'about', 'new', 'only', 'just', 'more', 'use', 'say', 'tell', 'write', 'give', 'make', 'never', 'before', 'above',
  'set', 'put', 'stop', 'keep', 'every', 'system', 'prompt', 'policy', 'rules', 'rule', 'instructions', 'user', 'model', 'assistant',
  'answer', 'question', 'text', 'content', 'message', 'data', 'de', 'la', 'le', 'el', 'en', 'y', 'e', 'et', 'und', 'die', 'der', 'das',
  'don', 't', 's', 've', 're', 'll', 'd', 'm', 'u', 'he', 'she', 'they', 'them', 'than', 'then', 'there', 'here', 'who', 'which', 'when',
  'out', 'up', 'one', 'first', 'mode', 'show', 'list', 'output', 'print', 'return', 'provide', 'state', 'code', 'response', 'should',
  'must', 'would', 'could', 'need', 'want', 'like', 'also', 'each', 'other', 'into', 'after', 'below', 'following',
]);

/** Node 0 is the dead state; node 1 the root. Children of a-z and 0-9 in `kids`, others in `other`. */
export interface Automaton {
  kids: Kids;
  other: Map<number, Map<string, number>>;
  /** Anchor refs (`chain * 4 + step`) of a word that ends at the node; of a word that continues past it (prefix anchors on the path). */
  endRefs: (readonly number[])[];
  contRefs: (readonly number[])[];
  /** Per chain: its number of steps (1–3), the max words between step k's word and step k+1's (`gap[chain * 2 + k]`), its mode, and (crossing) its margin in words. */
  steps: Uint8Array;
  gap: Int32Array;
  mode: Uint8Array;
  margin: Int32Array;
}

const enum Mode {
  Sentence,
  Crossing,
  Line,
}

const DEVANAGARI = /[\u0900-\u097f]/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [DEVANAGARI];

const CODE = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) CODE[0x61 + c] = c;
for (let c = 0; c < 10; c++) CODE[0x30 + c] = 26 + c;
const WIDTH = 36;
const NONE: readonly number[] = [];

/**
 * The child table, 16 bits a child while node numbers fit (the built-in tables have about 24,000 nodes): it is
 * most of the automaton's memory, every page of it written when the tables are read at start-up.
 */
export type Kids = Uint16Array | Int32Array;

function kidsFor(nodes: number): Kids {
  return nodes <= 0x10000 ? new Uint16Array(nodes * WIDTH) : new Int32Array(nodes * WIDTH);
}

/** Anchored phrases: table phrases plus word lists that mark whole lines (ROT13/reversed triggers). */
export interface PrefilterSource {
  phrases: readonly CompiledPhrase[];
  /** Words whose occurrence makes the whole line a candidate. */
  lineWords?: readonly string[];
}

function maxLen(el: Element): number {
  if (el.kind === 'gap') return el.max;
  let n = 0;
  for (const alt of el.alts) n = Math.max(n, alt.length);
  return n;
}

function wordCost(text: string, prefix: boolean): number {
  if (COMMON.has(text)) return 100;
  if (text.length <= 2) return 60;
  return prefix ? Math.max(2, 12 - text.length) : 1;
}

/** The rarest word of an alternative (any word of it must occur for it to match). */
function rarest(alt: readonly { text: string; prefix: boolean }[]): { text: string; prefix: boolean; cost: number; at: number } {
  let best = { text: alt[0].text, prefix: alt[0].prefix, cost: wordCost(alt[0].text, alt[0].prefix), at: 0 };
  alt.forEach((w, at) => {
    const cost = wordCost(w.text, w.prefix);
    if (cost < best.cost) best = { text: w.text, prefix: w.prefix, cost, at };
  });
  return best;
}

class Builder {
  /** Sized for the built-in tables (about 17,000 nodes); grows by doubling past that. */
  kids = new Int32Array(WIDTH * 20_000);
  other = new Map<number, Map<string, number>>();
  /** Per node: its parent (a child is always created after its parent). */
  parent = new Int32Array(20_000);
  /** Anchor refs of the nodes that end a word (exact) or a prefix word, by node (most nodes have none). */
  exact = new Map<number, number[]>();
  prefix = new Map<number, number[]>();
  private nodes = 2;

  private grow(from: number): number {
    if ((this.nodes + 1) * WIDTH > this.kids.length) {
      const bigger = new Int32Array(this.kids.length * 2);
      bigger.set(this.kids);
      this.kids = bigger;
      const parents = new Int32Array(this.parent.length * 2);
      parents.set(this.parent);
      this.parent = parents;
    }
    this.parent[this.nodes] = from;
    return this.nodes++;
  }

  private child(node: number, ch: string): number {
    const code = ch.charCodeAt(0);
    if (code < 128 && CODE[code] >= 0) {
      const at = node * WIDTH + CODE[code];
      if (!this.kids[at]) {
        // `grow` may replace `kids`: read it again after the call.
        const next = this.grow(node);
        this.kids[at] = next;
      }
      return this.kids[at];
    }
    let map = this.other.get(node);
    if (!map) this.other.set(node, (map = new Map()));
    let next = map.get(ch);
    if (!next) map.set(ch, (next = this.grow(node)));
    return next;
  }

  add(word: string, prefix: boolean, ref: number): void {
    let node = 1;
    // Walk by UTF-16 unit, as the scanner does.
    for (let k = 0; k < word.length; k++) node = this.child(node, word[k]);
    const lists = prefix ? this.prefix : this.exact;
    const list = lists.get(node);
    if (!list) lists.set(node, [ref]);
    else if (!list.includes(ref)) list.push(ref);
  }

  build(steps: number[], gap: number[], mode: number[], margin: number[]): Automaton {
    const n = this.nodes;
    const endRefs: (readonly number[])[] = new Array(n).fill(NONE);
    const contRefs: (readonly number[])[] = new Array(n).fill(NONE);
    // Prefix refs accumulate along each path; lists are sorted later steps first (see ScanState.apply) and
    // shared between nodes that add nothing. Parents come before their children, so one pass in node order
    // sees each parent's list before its children.
    const byStep = (a: number, b: number): number => (b & 3) - (a & 3);
    for (let node = 1; node < n; node++) {
      const acc = node === 1 ? NONE : contRefs[this.parent[node]];
      const prefix = this.prefix.get(node);
      const here = prefix ? [...acc, ...prefix.filter((r) => !acc.includes(r))].sort(byStep) : acc;
      contRefs[node] = here;
      const exact = this.exact.get(node);
      endRefs[node] = exact ? [...here, ...exact.filter((r) => !here.includes(r))].sort(byStep) : here;
    }
    const kids = kidsFor(n);
    kids.set(this.kids.subarray(0, n * WIDTH));
    return {
      kids,
      other: this.other,
      endRefs,
      contRefs,
      steps: Uint8Array.from(steps),
      gap: Int32Array.from(gap),
      mode: Uint8Array.from(mode),
      margin: Int32Array.from(margin),
    };
  }
}

/**
 * Compiles the anchors of `source` (done once per table set). Each phrase becomes a chain of up to three of its
 * required slots (the rarest, in pattern order; slots made only of common words are left out when rarer ones
 * exist); a phrase with one required slot becomes one chain per alternative, on up to two of its words.
 */
export function buildPrefilter(source: PrefilterSource): Automaton {
  const builder = new Builder();
  const steps: number[] = [];
  const gap: number[] = [];
  const mode: number[] = [];
  const margin: number[] = [];
  const chain = (words: { text: string; prefix: boolean }[][], gaps: number[], m: Mode, span: number): void => {
    const id = steps.length;
    steps.push(words.length);
    gap.push(gaps[0] ?? 0, gaps[1] ?? 0);
    mode.push(m);
    margin.push(2 * span + 4);
    words.forEach((list, k) => {
      for (const w of list) builder.add(w.text, w.prefix, id * 4 + k);
    });
  };
  for (const p of source.phrases) {
    const els = p.elements;
    const m = p.spec.crossBreaks ? Mode.Crossing : Mode.Sentence;
    let span = 0;
    for (const el of els) span += maxLen(el);
    const slots: { at: number; cost: number; words: { text: string; prefix: boolean }[] }[] = [];
    els.forEach((el, at) => {
      if (el.kind !== 'slot' || el.optional) return;
      const words = el.alts.map(rarest);
      slots.push({ at, cost: words.reduce((n, w) => n + w.cost, 0), words });
    });
    if (slots.length === 1) {
      // One slot: a chain per alternative, on its two rarest words (in order) when it has two or more.
      for (const alt of (els[slots[0].at] as Extract<Element, { kind: 'slot' }>).alts) {
        if (alt.length === 1) {
          chain([[{ text: alt[0].text, prefix: alt[0].prefix }]], [], m, span);
          continue;
        }
        const ranked = alt.map((w, at) => ({ w, at, cost: wordCost(w.text, w.prefix) })).sort((a, b) => a.cost - b.cost || a.at - b.at).slice(0, 2).sort((a, b) => a.at - b.at);
        chain(ranked.map((r) => [{ text: r.w.text, prefix: r.w.prefix }]), [ranked[1].at - ranked[0].at], m, span);
      }
      continue;
    }
    // Slots of common words only are left out when rarer ones exist, unless they hold one word (`now`): such a
    // slot makes a chain much more selective. Cheapest first: a word that is a step of many chains costs a
    // little on each occurrence.
    const rare = slots.filter((sl) => sl.cost < 100 * sl.words.length || sl.cost <= 100);
    const pool = rare.length >= 2 ? rare : slots;
    const chosen = [...pool].sort((a, b) => a.cost - b.cost || a.at - b.at).slice(0, 3).sort((a, b) => a.at - b.at);
    const gaps: number[] = [];
    for (let k = 0; k + 1 < chosen.length; k++) {
      let d = 0;
      for (let e = chosen[k].at; e <= chosen[k + 1].at; e++) d += maxLen(els[e]);
      gaps.push(d);
    }
    chain(chosen.map((c) => c.words), gaps, m, span);
  }
  if (source.lineWords?.length) chain([source.lineWords.map((text) => ({ text, prefix: false }))], [], Mode.Line, 0);
  return builder.build(steps, gap, mode, margin);
}

const C_WORD = FOLD_CLASS.word;
const C_CJK = FOLD_CLASS.cjk;
const C_SPACE = FOLD_CLASS.space;
const C_NEWLINE = FOLD_CLASS.newline;
const C_BREAK = FOLD_CLASS.break;
const C_PUNCT = FOLD_CLASS.punct;
const ASCII_CLASS = Int8Array.from({ length: 128 }, (_, c) => foldCodePoint(c).cls);
const LEET_A = new Int32Array(128);
const LEET_B = new Int32Array(128);
for (let c = 0; c < 128; c++) {
  const m = LEET[String.fromCharCode(c)];
  LEET_A[c] = m ? m.charCodeAt(0) : c;
  LEET_B[c] = c === 0x31 ? 0x6c : LEET_A[c];
}

function separatorOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c !== ' ' && c !== '.' && c !== '-' && c !== '_' && c !== '*' && c !== '\u00a0') return false;
  }
  return true;
}

/**
 * The ranges of `text` to tokenize and match: runs of candidate sentences (each run starts and ends where
 * `tokenize` starts a sentence), plus the sentence after a run with Devanagari (Hindi negations follow the verb).
 */
export function candidateRanges(text: string, auto: Automaton): Span[] {
  const pieces = piecesOf(text);
  if (pieces.length === 1) return candidateRangesWhole(text, auto);
  let caches = pieceCaches.get(auto);
  if (!caches) pieceCaches.set(auto, (caches = { pieces: new PieceCache(), joined: new PieceCache() }));
  const st = new ScanState(text, auto);
  // The first piece is kept apart: a walk reads a character or two before where it starts, which at the start
  // of the text is nothing and elsewhere the period of a cut.
  const first = (from: number): number => (from === 0 ? 1 : 0);
  // Units: pieces, joined with a neighbour while a phrase that may cross sentences could reach across the cut.
  const units: { start: number; end: number; result: PieceWalk }[] = [];
  for (const piece of pieces) {
    let unit = { start: piece.start, end: piece.end, result: caches.pieces.read(piece.id, first(piece.start), () => st.walkPiece(piece.start, piece.end), () => pieceText(text, piece)) };
    for (;;) {
      const prev = units[units.length - 1];
      if (!prev || !(prev.result.tail || unit.result.head)) break;
      units.pop();
      const { start } = prev;
      const end = unit.end;
      unit = { start, end, result: caches.joined.read(text.slice(start, end), first(start), () => st.walkPiece(start, end)) };
    }
    units.push(unit);
  }
  caches.pieces.done();
  caches.joined.done();
  // Only the sentences `rangesOf` reads: the candidates and the two after each (where a run ends, or a run with
  // Devanagari); a unit's first two stand for the ones after its neighbour's last candidates.
  const segStart: number[] = [];
  const segFlag: boolean[] = [];
  for (const { start, result } of units) {
    for (const k of result.keep) {
      segStart.push(start + result.starts[k]);
      segFlag.push(result.flags[k] === 1);
    }
  }
  return rangesOf(text, segStart, segFlag);
}

/** The same, in one walk over the whole text (what the pieces must give; tests compare the two). */
export function candidateRangesWhole(text: string, auto: Automaton): Span[] {
  const st = new ScanState(text, auto);
  walk(text, auto, st, 0, text.length);
  return rangesOf(text, st.segStart, st.segFlag);
}

/**
 * What the walk of one piece (or of a few joined ones) gives: its sentences (offsets from its start) and which
 * are candidates; `head`: a phrase that may cross sentences matched so near its start that the words it marks
 * may lie before it; `tail`: such a phrase may be under way at its end (or marks the words after it).
 */
interface PieceWalk {
  starts: Int32Array;
  flags: Uint8Array;
  /** Indexes of the sentences the ranges depend on (see `candidateRanges`). */
  keep: Int32Array;
  head: boolean;
  tail: boolean;
}

/** Walk results per piece id and per text of joined pieces, per automaton. */
const pieceCaches = new WeakMap<Automaton, { pieces: PieceCache<PieceWalk>; joined: PieceCache<PieceWalk, string> }>();

/** The chains of phrases that may cross sentences, per automaton (the only state a cut does not end). */
const crossingOf = new WeakMap<Automaton, Int32Array>();

function crossingChains(auto: Automaton): Int32Array {
  let list = crossingOf.get(auto);
  if (!list) {
    const out: number[] = [];
    for (let c = 0; c < auto.mode.length; c++) if (auto.mode[c] === Mode.Crossing) out.push(c);
    crossingOf.set(auto, (list = Int32Array.from(out)));
  }
  return list;
}

/** A trie step for a character outside a-z0-9 (folded non-ASCII letters, CJK). */
function advanceOther(auto: Automaton, s: number, code: number, ch: string): number {
  if (s === 0) return 0;
  if (code < 128) {
    const k = CODE[code];
    return k < 0 ? 0 : auto.kids[s * WIDTH + k];
  }
  return auto.other.get(s)?.get(ch) ?? 0;
}

/** What the pass knows beyond the current word: sentences, anchors seen, spaced-letter runs. */
class ScanState {
  segStart: number[] = [0];
  segFlag: boolean[] = [false];
  private pendingUntil = -1;
  private segFirstWord = 0;
  /** The word count and offset where the walk started (a piece); a crossing match marking words before them sets `headCross`. */
  private base = 0;
  private from = 0;
  private headCross = false;
  /** Per chain: the word index of its latest step-0 word, and of its latest step-1 word that followed a step-0 word closely enough. */
  private readonly last0: Int32Array;
  private readonly last1: Int32Array;
  word = 0;
  lineStart = 0;
  private crossUntil = -1;
  private readonly ring = new Int32Array(64);
  private wStart = 0;
  private wEnd = 0;
  // Spaced-letter runs (`i g n o r e`): tokenize joins them into one token.
  private prevSingle = false;
  private prevEnd = -1;
  private runLen = 0;
  private sepFrom = 0;
  private sepTo = 0;

  constructor(
    private readonly text: string,
    private readonly auto: Automaton,
  ) {
    this.last0 = new Int32Array(auto.steps.length).fill(-(1 << 30));
    this.last1 = new Int32Array(auto.steps.length).fill(-(1 << 30));
  }

  newSegment(at: number): void {
    if (at <= this.segStart[this.segStart.length - 1]) return;
    this.segStart.push(at);
    this.segFlag.push(at < this.pendingUntil);
    this.segFirstWord = this.word;
  }

  private markRange(a: number, b: number): void {
    const { segStart, segFlag } = this;
    for (let j = segStart.length - 1; j >= 0; j--) {
      if (segStart[j] < b) segFlag[j] = true;
      if (segStart[j] <= a) break;
    }
    if (b > this.pendingUntil) this.pendingUntil = b;
  }

  markLine(at: number): void {
    const end = this.text.indexOf('\n', at);
    this.markRange(this.lineStart, end < 0 ? this.text.length : end);
  }

  private apply(refs: readonly number[]): void {
    const { steps, gap, mode } = this.auto;
    const word = this.word;
    // Refs come later steps first (see Builder.build): each step pairs with an earlier word of the step before.
    for (let k = 0; k < refs.length; k++) {
      const r = refs[k];
      const c = r >> 2;
      const step = r & 3;
      if (step === 0) {
        if (steps[c] === 1) this.hit(c);
        else this.last0[c] = word;
        continue;
      }
      const prev = step === 1 ? this.last0[c] : this.last1[c];
      if (!(word > prev && word - prev <= gap[c * 2 + step - 1] && (mode[c] === Mode.Crossing || prev >= this.segFirstWord))) continue;
      if (step + 1 === steps[c]) this.hit(c);
      else this.last1[c] = word;
    }
  }

  private hit(c: number): void {
    const m = this.auto.mode[c];
    if (m === Mode.Sentence) this.segFlag[this.segFlag.length - 1] = true;
    else if (m === Mode.Line) this.markLine(this.wStart);
    else {
      const word = this.word;
      const margin = Math.min(60, this.auto.margin[c]);
      if (word - this.base < margin) this.headCross = true;
      this.markRange(word - this.base >= margin ? Math.min(this.ring[(word - margin) & 63], this.wStart) : this.from, this.wEnd);
      this.crossUntil = Math.max(this.crossUntil, word + margin);
    }
  }

  /** The end of a word: its anchor refs (of its text and leetspeak readings), then word counting. */
  endWord(refs: readonly number[], alt1: readonly number[], alt2: readonly number[], wStart: number, wEnd: number, single: boolean): void {
    this.wStart = wStart;
    this.wEnd = wEnd;
    this.ring[this.word & 63] = wStart;
    if (refs.length) this.apply(refs);
    if (alt1.length) this.apply(alt1);
    if (alt2.length) this.apply(alt2);
    if (this.word <= this.crossUntil) this.segFlag[this.segFlag.length - 1] = true;
    if (single) this.single(wStart, wEnd);
    else if (this.prevSingle) {
      this.prevSingle = false;
      this.runLen = 0;
    }
    this.word++;
  }

  /** A one-character word: tokenize joins three or more of them written with the same short separator. */
  private single(wStart: number, wEnd: number): void {
    const { text, prevEnd } = this;
    const gap = wStart - prevEnd;
    const joins = this.prevSingle && gap <= 2 && separatorOnly(text, prevEnd, wStart) && (this.runLen < 2 || (gap === this.sepTo - this.sepFrom && text.startsWith(text.slice(this.sepFrom, this.sepTo), prevEnd)));
    if (joins) {
      if (this.runLen === 1) {
        this.sepFrom = prevEnd;
        this.sepTo = wStart;
      }
      this.runLen++;
      // The joined word may be an anchor: its line is a candidate. Count it as one word, as tokenize does.
      if (this.runLen === 3) {
        this.markLine(wStart);
        this.word -= 2;
      } else if (this.runLen > 3) this.word--;
    } else this.runLen = 1;
    this.prevSingle = true;
    this.prevEnd = wEnd;
  }

  /** A newline (or `\\n` escape) before `next`: a blank line or a new list item starts a sentence. */
  newline(next: number, newlines: number): void {
    const text = this.text;
    let brk = newlines >= 2;
    let j = next;
    while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    const c = text[j];
    const d = text[j + 1];
    if (c === '-' || c === '*' || c === '+' || c === '#' || c === '>' || c === '|' || (c >= '0' && c <= '9' && (d === '.' || d === ')'))) brk = true;
    if (brk) this.newSegment(next);
  }

  /**
   * Walks `text[from, to)` as if the text started there (see pieces.ts for why a piece may be read so). Words
   * are counted on from far past the last walk's, so that no chain step of it pairs with one of this walk.
   */
  walkPiece(from: number, to: number): PieceWalk {
    this.word += 1 << 12;
    this.base = this.word;
    this.from = from;
    this.headCross = false;
    this.segStart = [from];
    this.segFlag = [false];
    this.pendingUntil = -1;
    this.segFirstWord = this.word;
    this.lineStart = from;
    this.crossUntil = -1;
    this.prevSingle = false;
    this.runLen = 0;
    walk(this.text, this.auto, this, from, to);
    // The sentence the walk starts at its end belongs to the next piece.
    let n = this.segStart.length;
    while (n > 0 && this.segStart[n - 1] >= to) n--;
    const starts = new Int32Array(n);
    const flags = new Uint8Array(n);
    const keep: number[] = [];
    for (let k = 0; k < n; k++) {
      starts[k] = this.segStart[k] - from;
      flags[k] = this.segFlag[k] ? 1 : 0;
      if (k < 2 || this.segFlag[k] || this.segFlag[k - 1] || this.segFlag[k - 2]) keep.push(k);
    }
    return { starts, flags, keep: Int32Array.from(keep), head: this.headCross, tail: this.crossingPending() };
  }

  /** Whether a crossing chain could still take a step, or a crossing match still marks, at the next word. */
  private crossingPending(): boolean {
    const word = this.word;
    if (this.crossUntil >= word) return true;
    const { steps, gap } = this.auto;
    for (const c of crossingChains(this.auto)) {
      if (steps[c] >= 2 && word - this.last0[c] <= gap[c * 2]) return true;
      if (steps[c] === 3 && word - this.last1[c] <= gap[c * 2 + 1]) return true;
    }
    return false;
  }
}

/** Runs of candidate sentences (`segStart`/`segFlag`: the sentences of the whole text, in order). */
function rangesOf(text: string, segStart: readonly number[], segFlag: readonly boolean[]): Span[] {
  const out: Span[] = [];
  const n = segStart.length;
  for (let j = 0; j < n; j++) {
    if (!segFlag[j]) continue;
    let k = j;
    while (k + 1 < n && segFlag[k + 1]) k++;
    const start = segStart[j];
    let end = k + 1 < n ? segStart[k + 1] : text.length;
    // Hindi negations follow the verb and may sit in the next sentence's first tokens (mentions.ts).
    if (k + 2 <= n && DEVANAGARI.test(text.slice(start, end))) end = k + 2 < n ? segStart[k + 2] : text.length;
    const last = out[out.length - 1];
    if (last && last.endOffset >= start) last.endOffset = Math.max(last.endOffset, end);
    else out.push({ offset: start, endOffset: end });
    j = k;
  }
  return out;
}

/**
 * The pass itself: `tokenize`'s loop, with the current word's trie states in locals (three of them once the
 * word has a digit: its text and its two leetspeak readings).
 */
function walk(text: string, auto: Automaton, st: ScanState, from: number, to: number): void {
  const { kids, endRefs, contRefs } = auto;
  const CW = C_WORD;
  const CC = C_CJK;
  const CS = C_SPACE;
  const CN = C_NEWLINE;
  const CB = C_BREAK;
  const CP = C_PUNCT;
  let inWord = false;
  let wStart = 0;
  let wEnd = 0;
  let wLen = 0;
  let sT = 1;
  let lastT = 1;
  let digits = false;
  let sA = 0;
  let lastAl = 1;
  let sB = 0;
  let lastBl = 1;
  let letters = false;
  let newlines = 0;
  let curTag = false;
  let i = from;
  while (i < to) {
    let cp = text.charCodeAt(i);
    let k = cp < 128 ? CODE[cp >= 0x41 && cp <= 0x5a ? cp | 0x20 : cp] : -1;
    let width = 1;
    let isTag = false;
    if (k < 0) {
      if (cp >= 0xd800 && cp <= 0xdbff) {
        cp = text.codePointAt(i)!;
        if (cp > 0xffff) width = 2;
        if (cp >= 0xe0020 && cp <= 0xe007e) {
          cp -= 0xe0000;
          isTag = true;
          st.markLine(i);
          k = cp < 128 ? CODE[cp >= 0x41 && cp <= 0x5a ? cp | 0x20 : cp] : -1;
        }
      }
    }
    let cls = -1;
    let folded = '';
    if (k < 0) {
      if (cp < 128) cls = ASCII_CLASS[cp];
      else {
        const f = foldCodePoint(cp);
        cls = f.cls;
        folded = f.text;
      }
    }
    // What ends the current word before this character is read: a tag boundary, a space, a break, punctuation.
    let ends = isTag !== curTag;
    curTag = isTag;
    const escape = cp === 0x5c && i + 1 < to && (text[i + 1] === 'n' || text[i + 1] === 't' || text[i + 1] === 'r');
    if (k < 0 && !escape) {
      if (cls === CS || cls === CN || cls === CB || cls === CC) ends = true;
      else if (cls === CP) {
        const hyphen = inWord && letters && (cp === 0x2d || cp === 0x2010 || cp === 0x2011) && isLetterAt(text, i + 1);
        const leet = !hyphen && (cp === 0x40 || cp === 0x24) && isLetterAt(text, i + 1) && (inWord ? letters : !isLetterAt(text, i - 1));
        if (hyphen) {
          i += width;
          continue;
        }
        if (leet) {
          k = cp === 0x40 ? 0 : 18;
          cls = -1;
        } else ends = true;
      }
    }
    if (escape) ends = true;
    if (ends && inWord) {
      inWord = false;
      newlines = 0;
      st.endWord(sT ? endRefs[sT] : contRefs[lastT], digits ? (sA ? endRefs[sA] : contRefs[lastAl]) : NONE, digits ? (sB ? endRefs[sB] : contRefs[lastBl]) : NONE, wStart, wEnd, wLen === 1);
    }
    if (escape) {
      if (text[i + 1] === 'n') st.newline(i + 2, ++newlines);
      i += 2;
      continue;
    }
    if (k >= 0) {
      // Letters and digits (ASCII, tag characters read as ASCII, `@`/`$` read as a/s): one trie step each.
      if (!inWord) {
        inWord = true;
        wStart = i;
        wLen = 0;
        sT = lastT = 1;
        digits = letters = false;
      }
      const tag = isTag;
      do {
        wLen++;
        if (k >= 26 && !digits) {
          digits = true;
          sA = sB = sT;
          lastAl = lastBl = lastT;
        }
        if (sT) {
          sT = kids[sT * WIDTH + k];
          if (sT) lastT = sT;
        }
        if (k < 26) letters = true;
        if (digits) {
          const code = k < 26 ? 0x61 + k : 0x30 + k - 26;
          const a = CODE[LEET_A[code]];
          const b = CODE[LEET_B[code]];
          if (sA) {
            sA = kids[sA * WIDTH + a];
            if (sA) lastAl = sA;
          }
          if (sB) {
            sB = kids[sB * WIDTH + b];
            if (sB) lastBl = sB;
          }
        }
        i += width;
        if (tag || cls === CP) break;
        cp = text.charCodeAt(i);
        k = cp < 128 ? CODE[cp >= 0x41 && cp <= 0x5a ? cp | 0x20 : cp] : -1;
      } while (k >= 0 && i < to);
      wEnd = i;
      continue;
    }
    if (cls === CW) {
      if (!inWord) {
        inWord = true;
        wStart = i;
        wLen = 0;
        sT = lastT = 1;
        digits = letters = false;
      }
      for (let q = 0; q < folded.length; q++) {
        const code = folded.charCodeAt(q);
        const ch = folded[q];
        wLen++;
        if (code >= 0x30 && code <= 0x39 && !digits) {
          digits = true;
          sA = sB = sT;
          lastAl = lastBl = lastT;
        }
        sT = advanceOther(auto, sT, code, ch);
        if (sT) lastT = sT;
        if (digits) {
          sA = advanceOther(auto, sA, code < 128 ? LEET_A[code] : code, ch);
          if (sA) lastAl = sA;
          sB = advanceOther(auto, sB, code < 128 ? LEET_B[code] : code, ch);
          if (sB) lastBl = sB;
        }
      }
      letters = true;
      wEnd = i + width;
    } else if (cls === CC) {
      let s = 1;
      let last = 1;
      for (let q = 0; q < folded.length; q++) {
        s = advanceOther(auto, s, folded.charCodeAt(q), folded[q]);
        if (s) last = s;
      }
      newlines = 0;
      st.endWord(s ? endRefs[s] : contRefs[last], NONE, NONE, i, i + width, false);
    } else if (cls === CN) {
      if (cp === 0x0a) st.lineStart = i + 1;
      st.newline(i + 1, ++newlines);
    } else if (cls === CB) {
      if (cp === 0x2e) {
        const next = text.charCodeAt(i + 1);
        const atEnd = i + 1 >= to || next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d;
        if (atEnd && text.charCodeAt(i - 2) !== 0x2e) st.newSegment(i + 1);
      } else st.newSegment(i + width);
    }
    i += width;
  }
  if (inWord) st.endWord(sT ? endRefs[sT] : contRefs[lastT], digits ? (sA ? endRefs[sA] : contRefs[lastAl]) : NONE, digits ? (sB ? endRefs[sB] : contRefs[lastBl]) : NONE, wStart, wEnd, wLen === 1);
}

/** An automaton as plain JSON data (scripts/build.mjs puts the built-in tables' in the bundles, see scan.ts). Small numbers, to read fast. */
export interface AutomatonData {
  nodes: number;
  /** Per node from 2 on (a parent always has a lower number than its children): its number minus its parent's. */
  up: number[];
  /** Per node from 2 on: the character leading to it, as its index in `kids` (a-z0-9) or -1 (then the next of `chars`). */
  via: number[];
  chars: string[];
  /** Distinct ref lists; the nodes with a non-empty end / continuation list, as pairs (node minus the previous pair's node, list). */
  lists: number[][];
  end: number[];
  cont: number[];
  steps: number[];
  gap: number[];
  mode: number[];
  margin: number[];
}

export function automatonToData(auto: Automaton): AutomatonData {
  const n = auto.endRefs.length;
  const parent = new Int32Array(n);
  const via = new Array<number>(n).fill(0);
  const charOf = new Map<number, string>();
  for (let node = 1; node < n; node++) {
    for (let k = 0; k < WIDTH; k++) {
      const c = auto.kids[node * WIDTH + k];
      if (c) {
        parent[c] = node;
        via[c] = k;
      }
    }
    const map = auto.other.get(node);
    if (map) {
      for (const [ch, c] of map) {
        parent[c] = node;
        via[c] = -1;
        charOf.set(c, ch);
      }
    }
  }
  const up: number[] = [];
  const chars: string[] = [];
  for (let node = 2; node < n; node++) {
    if (parent[node] >= node) throw new Error('prefilter: a node numbered before its parent');
    up.push(node - parent[node]);
    if (via[node] < 0) chars.push(charOf.get(node)!);
  }
  const lists: number[][] = [];
  const ids = new Map<readonly number[], number>();
  const pairs = (refs: readonly (readonly number[])[]): number[] => {
    const out: number[] = [];
    let prev = 0;
    for (let k = 0; k < n; k++) {
      const list = refs[k];
      if (!list.length) continue;
      let id = ids.get(list);
      if (id === undefined) {
        ids.set(list, (id = lists.length));
        lists.push([...list]);
      }
      out.push(k - prev, id);
      prev = k;
    }
    return out;
  };
  return {
    nodes: n,
    up,
    via: via.slice(2),
    chars,
    lists,
    end: pairs(auto.endRefs),
    cont: pairs(auto.contRefs),
    steps: [...auto.steps],
    gap: [...auto.gap],
    mode: [...auto.mode],
    margin: [...auto.margin],
  };
}

/** The automaton `automatonToData` describes (a few milliseconds, against a hundred or more for `buildPrefilter`). */
export function automatonFromData(data: AutomatonData): Automaton {
  const n = data.nodes;
  const kids = kidsFor(n);
  const other = new Map<number, Map<string, number>>();
  const { up, via, chars, lists, end, cont } = data;
  let c = 0;
  for (let j = 0; j < up.length; j++) {
    const node = j + 2;
    const parent = node - up[j];
    const k = via[j];
    if (k >= 0) kids[parent * WIDTH + k] = node;
    else {
      let map = other.get(parent);
      if (!map) other.set(parent, (map = new Map()));
      map.set(chars[c++], node);
    }
  }
  const endRefs: (readonly number[])[] = new Array(n).fill(NONE);
  const contRefs: (readonly number[])[] = new Array(n).fill(NONE);
  for (let j = 0, k = 0; j < end.length; j += 2) endRefs[(k += end[j])] = lists[end[j + 1]];
  for (let j = 0, k = 0; j < cont.length; j += 2) contRefs[(k += cont[j])] = lists[cont[j + 1]];
  return {
    kids,
    other,
    endRefs,
    contRefs,
    steps: Uint8Array.from(data.steps),
    gap: Int32Array.from(data.gap),
    mode: Uint8Array.from(data.mode),
    margin: Int32Array.from(data.margin),
  };
}
