/**
 * Tolerant phrase patterns over tokens (see normalize.ts), written as data and matched in linear time.
 *
 * A pattern is a space-separated list of elements:
 *   - `ignore|disregard|forget*` — a slot: one of the alternatives. An alternative is one or more words joined
 *     with `_` (`pay_no_attention_to`); a trailing `*` makes its last word a prefix (`instruct*`); a leading
 *     `^` requires the word to be written in capitals (`^dan`). Words are folded like the text, so tables are
 *     written in natural spelling, in any script (Han/Kana words match character by character).
 *     A multi-word alternative also matches its words written together (`role_play` matches `roleplay` and
 *     `role-play`).
 *   - `?all|any` — an optional slot.
 *   - `~3` — a gap of up to 3 tokens.
 * A match never crosses a sentence boundary. Each pattern is tried only where its first slot matches
 * (an index on the first words), and a match is found by bounded backtracking: gaps and slots are few and
 * short, so the work per token is bounded by a constant of the table, never by the text.
 *
 * A table compiles a pattern only when a scan first tries it; its two word indexes are built from the patterns'
 * first and last required slots, or read from JSON data (`PhraseTable.indexData`, made at build time: see scan.ts).
 */
import { tokenize, type Token } from './normalize';

const WHITESPACE = /\s+/;
const CJK_START = /^[\u3040-\u30ff\u3400-\u9fff]/u;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [WHITESPACE, CJK_START];

/** One pattern of a table, with what a match means. */
/** "Of" in the languages that put a narrowing noun after the one it narrows. */
const OF = new Set(['de', 'di', 'del', 'des', 'du', 'da', 'do', 'della', 'dello', 'dei']);

export interface PhraseSpec {
  /** Stable id, e.g. `override.ignore-previous`. */
  id: string;
  /** BCP-47 language of the phrase (`en`, `de`, `zh` …). */
  lang: string;
  /** What the phrase does: `override`, `extraction`, `persona`, `refusal`, `restriction`, `roleplay` … */
  kind: string;
  /** The pattern (see the module comment). */
  pattern: string;
  /** Weight of the signal (jailbreak scoring: 3 alone is enough). Default 3. */
  weight?: number;
  /** A negation right before (or, in Japanese and Korean, right after) cancels the match. Default true. */
  negatable?: boolean;
  /** The match must be followed by a colon (`New instructions:`; a closing `]` or `)` may stand between: `[SYSTEM]:`). */
  colon?: boolean;
  /** The match must end a clause: punctuation, the end of the text, or `and/then/instead/now` follows. */
  clauseEnd?: boolean;
  /** Words (a slot, pattern syntax) that must not follow the match directly (`ignore instructions *in the document*`). */
  notFollowedBy?: string;
  /** The match may span sentence boundaries ("Well done. Now forget …"). */
  crossBreaks?: boolean;
}

export interface WordMatcher {
  text: string;
  prefix: boolean;
  caps: boolean;
}

export type Alternative = WordMatcher[];

export interface Slot {
  kind: 'slot';
  alts: Alternative[];
  optional: boolean;
  /** The alternatives by their first word: exact words in a map, prefixes in a trie (built on the slot's first match attempt). */
  index?: AltIndex;
}

interface AltIndex {
  exact: Map<string, Alternative[]>;
  prefix: AltTrie;
}

interface AltTrie {
  next: Map<string, AltTrie>;
  alts: Alternative[];
}

function indexAlternatives(alts: readonly Alternative[]): AltIndex {
  const index: AltIndex = { exact: new Map(), prefix: { next: new Map(), alts: [] } };
  for (const alt of alts) {
    const w = alt[0];
    if (w.prefix && alt.length === 1) {
      let node = index.prefix;
      for (let k = 0; k < w.text.length; k++) {
        const ch = w.text[k];
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map(), alts: [] }));
        node = child;
      }
      node.alts.push(alt);
    } else {
      const list = index.exact.get(w.text);
      if (list) list.push(alt);
      else index.exact.set(w.text, [alt]);
    }
  }
  return index;
}

export interface Gap {
  kind: 'gap';
  max: number;
}

export type Element = Slot | Gap;

export interface CompiledPhrase {
  spec: PhraseSpec;
  elements: Element[];
  notFollowedBy?: Slot;
}

export interface PhraseMatch {
  spec: PhraseSpec;
  /** Token indexes of the first and last token of the match. */
  first: number;
  last: number;
  /** Span in the text. */
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Phrases with a prefix word ending here. */
  phrases: number[];
}

/** Every word index, by slot: a token's lookups in all of them are computed together and kept on the token. */
const INDEXES: FormClassifier[] = [];
/** Per word form: its phrase numbers in each index (by slot). Words repeat, so this is mostly hits. */
const MEMO = new Map<string, (readonly number[])[]>();

function entriesOf(form: string): (readonly number[])[] {
  let entry = MEMO.get(form);
  if (!entry) {
    if (MEMO.size > 50_000) MEMO.clear();
    entry = [];
    MEMO.set(form, entry);
  }
  for (let k = entry.length; k < INDEXES.length; k++) entry.push(INDEXES[k].compute(form));
  return entry;
}

/** The lookups of a token's text in every index (one hash per token, kept on it). */
function textEntry(t: Token): (readonly number[])[] {
  let e = t.entries as (readonly number[])[] | undefined;
  if (!e || e.length < INDEXES.length) t.entries = e = entriesOf(t.text);
  return e;
}

/** Anything that classifies word forms can share the per-token cache (see `wordClassifier`). */
interface FormClassifier {
  compute(form: string): readonly number[];
}

/**
 * Registers a classifier of word forms (e.g. "is this word a ROT13-encoded trigger?") that shares the token
 * lookup cache with the phrase indexes: a token's form is hashed once for all of them.
 */
export function wordClassifier(compute: (form: string) => readonly number[]): (t: Token) => readonly number[] {
  const slot = INDEXES.push({ compute }) - 1;
  MEMO.clear();
  return (t) => textEntry(t)[slot];
}

/** A word index as JSON data: its exact words and its prefix words, each with its phrase numbers, in insertion order. */
export interface WordIndexData {
  exact: [string, number[]][];
  prefixes: [string, number[]][];
}

/** A table's two word indexes as data (see `PhraseTable.indexData`). */
export interface PhraseIndexData {
  first: WordIndexData;
  last: WordIndexData;
}

/** Phrase numbers by word: exact words in a map, prefix words (`instruct*`) in a trie over UTF-16 units. */
class WordIndex implements FormClassifier {
  private exact = new Map<string, number[]>();
  private readonly prefixes: TrieNode = { next: new Map(), phrases: [] };
  private readonly slot = INDEXES.push(this) - 1;

  add(w: WordMatcher, phrase: number): void {
    if (w.prefix) {
      const node = this.prefixNode(w.text);
      if (!node.phrases.includes(phrase)) node.phrases.push(phrase);
    } else {
      const list = this.exact.get(w.text);
      if (!list) this.exact.set(w.text, [phrase]);
      else if (!list.includes(phrase)) list.push(phrase);
    }
    // Words added after a lookup: forget what was computed.
    MEMO.clear();
  }

  private prefixNode(word: string): TrieNode {
    let node = this.prefixes;
    for (let k = 0; k < word.length; k++) {
      let child = node.next.get(word[k]);
      if (!child) node.next.set(word[k], (child = { next: new Map(), phrases: [] }));
      node = child;
    }
    return node;
  }

  toData(): WordIndexData {
    const prefixes: [string, number[]][] = [];
    const visit = (node: TrieNode, path: string): void => {
      if (node.phrases.length) prefixes.push([path, [...node.phrases]]);
      for (const [ch, child] of node.next) visit(child, path + ch);
    };
    visit(this.prefixes, '');
    return { exact: [...this.exact].map(([w, list]) => [w, [...list]]), prefixes };
  }

  /** Fills an empty index from `toData`'s output (the same lookups as the index it was taken from). */
  load(data: WordIndexData): void {
    this.exact = new Map(data.exact);
    for (const [word, list] of data.prefixes) this.prefixNode(word).phrases = list;
    MEMO.clear();
  }

  /** The phrases with a word that may match token `t`'s text (`alt`: then its leetspeak readings, separately). */
  of(t: Token): readonly number[] {
    return textEntry(t)[this.slot];
  }

  /** The phrases matching a leetspeak reading of a token. */
  ofForm(form: string): readonly number[] {
    return entriesOf(form)[this.slot];
  }

  /** The phrase numbers of one word form (computed once per form, see `entriesOf`). */
  compute(s: string): readonly number[] {
    const list: number[] = [...(this.exact.get(s) ?? [])];
    let node: TrieNode | undefined = this.prefixes;
    for (let k = 0; k < s.length; k++) {
      node = node.next.get(s[k]);
      if (!node) break;
      for (const p of node.phrases) if (!list.includes(p)) list.push(p);
    }
    return list.length ? list : NONE;
  }
}

const NONE: readonly number[] = [];

/** Builds a trie key walk over UTF-16 units (the same walk at build and lookup time). */
function trieChild<T extends { next: Map<string, T> }>(node: T, ch: string): T | undefined {
  return node.next.get(ch);
}

/** Folded token texts of one table word (cached: tables repeat their words). Plain ASCII words need no tokenizer. */
const FOLDED_WORDS = new Map<string, string[]>();

function foldWord(word: string): string[] {
  let out = FOLDED_WORDS.get(word);
  if (out) return out;
  let ascii = word.length > 0;
  for (let k = 0; k < word.length && ascii; k++) {
    const c = word.charCodeAt(k) | 0x20;
    ascii = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39 && c === word.charCodeAt(k));
  }
  out = ascii ? [word.toLowerCase()] : tokenize(word).map((t) => t.text);
  FOLDED_WORDS.set(word, out);
  return out;
}

/** Compiled alternatives by source: a slot's words recur across a table's patterns, and compiled alternatives are never modified. */
const ALTERNATIVES = new Map<string, Alternative[]>();

/** Compiles one alternative (`pay_no_attention_to`, `instruct*`, `^dan`, `之前`). */
function compileAlternative(source: string): Alternative[] {
  let alts = ALTERNATIVES.get(source);
  if (!alts) ALTERNATIVES.set(source, (alts = compileAlternativeUncached(source)));
  return alts;
}

function compileAlternativeUncached(source: string): Alternative[] {
  const out: WordMatcher[] = [];
  for (const part of source.split('_')) {
    if (!part) continue;
    let word = part;
    let caps = false;
    let prefix = false;
    if (word.startsWith('^')) {
      caps = true;
      word = word.slice(1);
    }
    if (word.endsWith('*')) {
      prefix = true;
      word = word.slice(0, -1);
    }
    const texts = foldWord(word);
    for (let i = 0; i < texts.length; i++) out.push({ text: texts[i], prefix: prefix && i === texts.length - 1, caps });
  }
  if (!out.length) throw new Error(`empty alternative in phrase pattern: '${source}'`);
  const alts: Alternative[] = [out];
  const latin = out.every((w) => !CJK_START.test(w.text));
  if (out.length > 1 && latin) {
    // `role play` also matches `roleplay` / `role-play` (the tokenizer joins hyphenated words).
    alts.push([{ text: out.map((w) => w.text).join(''), prefix: out[out.length - 1].prefix, caps: out.some((w) => w.caps) }]);
  }
  return alts;
}

function compileSlot(source: string, optional: boolean): Slot {
  const alts = source.split('|').flatMap((alt) => compileAlternative(alt));
  return { kind: 'slot', optional, alts };
}

/** Compiles a pattern; throws on a malformed table entry (tables are built-in: a test compiles them all). */
export function compilePhrase(spec: PhraseSpec): CompiledPhrase {
  const elements: Element[] = [];
  for (const part of spec.pattern.trim().split(WHITESPACE)) {
    if (part.startsWith('~')) {
      const max = Number(part.slice(1));
      if (!Number.isInteger(max) || max < 0 || max > 8) throw new Error(`bad gap '${part}' in ${spec.id}`);
      elements.push({ kind: 'gap', max });
    } else if (part.startsWith('?')) {
      elements.push(compileSlot(part.slice(1), true));
    } else {
      elements.push(compileSlot(part, false));
    }
  }
  const first = elements[0];
  if (!first || first.kind !== 'slot' || first.optional) throw new Error(`${spec.id}: a pattern must start with a required slot`);
  const last = elements[elements.length - 1];
  if (last.kind !== 'slot') throw new Error(`${spec.id}: a pattern must end with a slot`);
  return { spec, elements, ...(spec.notFollowedBy ? { notFollowedBy: compileSlot(spec.notFollowedBy, false) } : {}) };
}

function wordMatches(w: WordMatcher, t: Token): boolean {
  if (w.caps && !t.caps) return false;
  if (w.prefix ? t.text.startsWith(w.text) : t.text === w.text) return true;
  if (t.alt) for (const a of t.alt) if (w.prefix ? a.startsWith(w.text) : a === w.text) return true;
  return false;
}

/** Tokens consumed by `alt` at `i`, or -1. Tokens after the match's first may not start a sentence. */
function altLength(alt: Alternative, tokens: readonly Token[], i: number, first: number): number {
  if (i + alt.length > tokens.length) return -1;
  for (let k = 0; k < alt.length; k++) {
    const t = tokens[i + k];
    if (i + k > first && t.brk && first !== Infinity) return -1;
    if (!wordMatches(alt[k], t)) return -1;
  }
  return alt.length;
}

/** Whether any alternative of `slot` matches at `i` (ignoring sentence boundaries). */
function slotMatchesAt(slot: Slot, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  const stub: Element[] = [];
  return slotFrom(slot, t.text, stub, 0, tokens, i, i) >= 0 || (t.alt !== undefined && t.alt.some((a) => slotFrom(slot, a, stub, 0, tokens, i, i) >= 0));
}

/** Tries each alternative of `list` at `i`, then the rest of the pattern; the end of the first full match, or -1. */
function tryAlternatives(list: readonly Alternative[] | undefined, elements: readonly Element[], e: number, tokens: readonly Token[], i: number, first: number): number {
  if (!list) return -1;
  for (const alt of list) {
    const n = altLength(alt, tokens, i, first);
    if (n <= 0) continue;
    const end = matchFrom(elements, e, tokens, i + n, first);
    if (end >= 0) return end;
  }
  return -1;
}

/** The alternatives of `slot` whose first word may be `form` (exact, then each prefix along the trie), each tried. */
function slotFrom(slot: Slot, form: string, elements: readonly Element[], e: number, tokens: readonly Token[], i: number, first: number): number {
  const index = (slot.index ??= indexAlternatives(slot.alts));
  let end = tryAlternatives(index.exact.get(form), elements, e, tokens, i, first);
  if (end >= 0) return end;
  let node: AltTrie | undefined = index.prefix;
  for (let k = 0; k < form.length; k++) {
    node = trieChild(node, form[k]);
    if (!node) return -1;
    if (node.alts.length) {
      end = tryAlternatives(node.alts, elements, e, tokens, i, first);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** End (exclusive token index) of a match of `elements[e…]` starting at token `i`, or -1. `first` is the match's first token (Infinity: sentence boundaries may be crossed). */
function matchFrom(elements: readonly Element[], e: number, tokens: readonly Token[], i: number, first: number): number {
  if (e === elements.length) return i;
  const el = elements[e];
  if (el.kind === 'gap') {
    for (let k = 0; k <= el.max; k++) {
      if (k > 0) {
        const t = tokens[i + k - 1];
        if (!t || (t.brk && first !== Infinity)) return -1;
      }
      const end = matchFrom(elements, e + 1, tokens, i + k, first);
      if (end >= 0) return end;
    }
    return -1;
  }
  const t = tokens[i];
  if (t !== undefined && !(i > first && t.brk && first !== Infinity)) {
    let end = slotFrom(el, t.text, elements, e + 1, tokens, i, first);
    if (end >= 0) return end;
    if (t.alt) {
      for (const a of t.alt) {
        end = slotFrom(el, a, elements, e + 1, tokens, i, first);
        if (end >= 0) return end;
      }
    }
  }
  return el.optional ? matchFrom(elements, e + 1, tokens, i, first) : -1;
}

/** A table of phrases, indexed on the words its patterns start with (a map for words, a trie for prefixes). */
export class PhraseTable {
  /** Patterns compiled on first use: the indexes need only each pattern's first and last required slots. */
  private readonly compiled: (CompiledPhrase | undefined)[];
  private readonly first = new WordIndex();
  /** Index on the first words of each pattern's last required slot: a pattern is tried only in sentences holding one. */
  private readonly last = new WordIndex();
  /** Patterns that may cross sentence boundaries: never filtered by sentence. */
  private readonly crossing: boolean[];

  /**
   * `narrowing`: words that, inside an override or extraction match, narrow its target to something harmless
   * ("ignore the previous *formatting* instructions").
   */
  constructor(
    private readonly specs: readonly PhraseSpec[],
    private readonly narrowing: ReadonlySet<string> = new Set(),
    /** The indexes as data (`indexData()` of a table of the same specs): nothing is compiled until a scan needs it. */
    index?: PhraseIndexData,
  ) {
    this.compiled = new Array(specs.length).fill(undefined);
    this.crossing = specs.map((s) => s.crossBreaks === true);
    if (index) {
      this.first.load(index.first);
      this.last.load(index.last);
      return;
    }
    specs.forEach((spec, index) => {
      const parts = spec.pattern.trim().split(WHITESPACE);
      let lastRequired = parts.length - 1;
      while (lastRequired >= 0 && (parts[lastRequired].startsWith('~') || parts[lastRequired].startsWith('?'))) lastRequired--;
      if (parts[0].startsWith('~') || parts[0].startsWith('?') || lastRequired < 0) {
        // Malformed: compilePhrase says how.
        this.phrase(index);
        return;
      }
      for (const alt of compileSlot(parts[0], false).alts) this.first.add(alt[0], index);
      for (const alt of compileSlot(parts[lastRequired], false).alts) this.last.add(alt[0], index);
    });
  }

  /** Every pattern, compiled (all of them compiled now). */
  get phrases(): readonly CompiledPhrase[] {
    return this.specs.map((_, index) => this.phrase(index));
  }

  /** The word indexes as JSON data (scripts/build.mjs puts the built-in tables' in the bundles, see scan.ts). */
  indexData(): PhraseIndexData {
    return { first: this.first.toData(), last: this.last.toData() };
  }

  private phrase(index: number): CompiledPhrase {
    return (this.compiled[index] ??= compilePhrase(this.specs[index]));
  }

  /**
   * Every match in `tokens` (one per phrase and start token, the shortest-first reading), in token order.
   * `text` is the text the tokens were read from (for `colon` and `clauseEnd`).
   */
  scan(tokens: readonly Token[], text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const n = this.specs.length;
    // present[k] === sentence number: phrase k's last slot can match in this sentence;
    // tried[k] === token index: phrase k was already tried at this token.
    const present = new Int32Array(n).fill(-1);
    const tried = new Int32Array(n).fill(-1);
    let sentence = -1;
    let sentenceEnd = 0;
    const mark = (list: readonly number[]): void => {
      for (let j = 0; j < list.length; j++) present[list[j]] = sentence;
    };
    const attempt = (list: readonly number[], i: number): void => {
      for (let j = 0; j < list.length; j++) {
        const index = list[j];
        if (tried[index] === i || (present[index] !== sentence && !this.crossing[index])) continue;
        tried[index] = i;
        const p = this.phrase(index);
        const end = matchFrom(p.elements, 0, tokens, i, p.spec.crossBreaks ? Infinity : i);
        if (end < 0) continue;
        const last = end - 1;
        if (!this.accepts(p, tokens, text, i, last)) continue;
        out.push({ spec: p.spec, first: i, last, start: tokens[i].start, end: tokens[last].end });
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      if (i >= sentenceEnd) {
        sentence++;
        let k = i;
        do {
          const t = tokens[k];
          mark(this.last.of(t));
          if (t.alt) for (const a of t.alt) mark(this.last.ofForm(a));
          k++;
        } while (k < tokens.length && !tokens[k].brk);
        sentenceEnd = k;
      }
      const t = tokens[i];
      attempt(this.first.of(t), i);
      if (t.alt) for (const a of t.alt) attempt(this.first.ofForm(a), i);
    }
    return out;
  }

  private accepts(p: CompiledPhrase, tokens: readonly Token[], text: string, first: number, last: number): boolean {
    const spec = p.spec;
    // "would reveal *its* hidden prompt", "ignore *their* instructions": a description of someone else.
    if (spec.kind === 'override' || spec.kind === 'extraction') {
      for (let k = first + 1; k < last; k++) if (THIRD_PERSON.has(tokens[k].text)) return false;
      if (last - 1 > first && this.narrowing.has(tokens[last - 1].text)) return false;
      // Romance languages narrow after the noun: "as instruções antigas de instalação", "le istruzioni di montaggio".
      // One adjective may come between ("antigas").
      for (let j = last + 1; j <= last + 2; j++) {
        const of = tokens[j];
        if (!of || of.brk) break;
        if (!OF.has(of.text)) continue;
        const article = tokens[j + 1]?.text === 'la' || tokens[j + 1]?.text === 'l';
        const what = tokens[article ? j + 2 : j + 1];
        if (what && !what.brk && !tokens[j + 1].brk && this.narrowing.has(what.text)) return false;
        break;
      }
    }
    const next = tokens[last + 1];
    const sameSentence = next !== undefined && !next.brk;
    if (p.notFollowedBy && sameSentence && slotMatchesAt(p.notFollowedBy, tokens, last + 1)) return false;
    if (spec.colon || spec.clauseEnd) {
      let k = tokens[last].end;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '*' || text[k] === '"' || text[k] === '\'' || text[k] === ']' || text[k] === ')')) k++;
      const c = text[k];
      if (spec.colon) return c === ':' || c === '：';
      if (c === undefined || !next || next.brk) return true;
      if (',;:.!?\n\r)-—–。，！？、'.includes(c)) return true;
      return CLAUSE_WORDS.has(next.text);
    }
    return true;
  }
}

const THIRD_PERSON = new Set(['its', 'his', 'her', 'their', 'seine', 'ihre', 'sus', 'leurs']);
const CLAUSE_WORDS = new Set(['and', 'then', 'instead', 'now', 'but', 'please', 'completely', 'entirely', 'und', 'et', 'y', 'e']);
