/**
 * The injection content scanners used by the `injection/override-phrase` and `injection/jailbreak-content`
 * rules (and by anyone who wants them on plain text):
 *
 *   findOverridePhrases(text)   → instruction-override and prompt-extraction phrases, all languages
 *   findJailbreakContent(text)  → jailbreak framings (weighted signals per passage), encoded payloads that
 *                                 decode to override/jailbreak phrases, adversarial-suffix token soup
 *   foldedView(tokens)          → the folded text with a map back to tokens (policy patterns run on it)
 *
 * Every finding says whether it is meant (`direct`), an example (`quoted`) or a defensive mention
 * (`defensive`: negated, framed as someone's attempt, quoted next to words about attacks); see mentions.ts.
 * Without `tokens`, a scan reads only the sentences the raw-text prefilter (prefilter.ts) marks as candidates;
 * their tokens are kept for the last text scanned, so the two rules tokenize a file's candidates once. Given
 * `tokens` (of the whole text), a scan reads them all: the same findings, slower (tests compare the two).
 */
import type { Span } from '../../types';
import { findEncodedBlocksIn, SHIFTED_STRONG_TRIGGERS, type Encoding } from './decoders';
import { JAILBREAK_PHRASES, JAILBREAK_THRESHOLD } from './jailbreakPhrases';
import { clauseSignals, PERSONA_STYLE } from './clauses';
import { classifyMention, quotedAboutAttacks, type Mention, type MentionKind } from './mentions';
import { tokenize, type Token } from './normalize';
import { NARROWING, OVERRIDE_PHRASES } from './overridePhrases';
import { PhraseTable, type PhraseIndexData, type PhraseMatch } from './phrases';
import { automatonFromData, automatonToData, buildPrefilter, candidateRanges, type Automaton, type AutomatonData } from './prefilter';
import { findAdversarialSuffixes, type SuffixHit } from './suffix';

export type { Mention, MentionKind } from './mentions';

/**
 * The built-in tables' indexes and prefilter as JSON (`TablesData`), put in the bundles by scripts/build.mjs
 * from `tablesData()`: building them took most of the language server's first analysis, reading them takes a
 * few milliseconds. Undefined when running from source (then everything is built on first use).
 */
declare const __PROMPTGOV_INJECTION_TABLES__: string | undefined;

/** The compiled state of the built-in tables, as JSON data. */
export interface TablesData {
  /** What it was built from, in brief (`tablesKey`): data made from other tables is not used. */
  key: string;
  override: PhraseIndexData;
  jailbreak: PhraseIndexData;
  prefilter: AutomatonData;
}

function tablesKey(): string {
  let chars = 0;
  for (const list of [OVERRIDE_PHRASES, JAILBREAK_PHRASES]) for (const p of list) chars += p.id.length + p.pattern.length + (p.notFollowedBy?.length ?? 0) + (p.crossBreaks ? 1 : 0);
  return `${OVERRIDE_PHRASES.length}/${JAILBREAK_PHRASES.length}/${chars}/${[...NARROWING].join(',')}/${SHIFTED_STRONG_TRIGGERS.join(',')}`;
}

let embedded: TablesData | null | undefined;

function embeddedTables(): TablesData | undefined {
  if (embedded === undefined) {
    embedded = null;
    if (typeof __PROMPTGOV_INJECTION_TABLES__ === 'string') {
      const data = JSON.parse(__PROMPTGOV_INJECTION_TABLES__) as TablesData;
      if (data.key === tablesKey()) embedded = data;
    }
  }
  return embedded ?? undefined;
}

let overrideTable: PhraseTable | undefined;
let jailbreakTable: PhraseTable | undefined;

/** The compiled override/extraction table (built on first use). */
export function overrideTableOf(): PhraseTable {
  return (overrideTable ??= new PhraseTable(OVERRIDE_PHRASES, NARROWING, embeddedTables()?.override));
}

/** The compiled jailbreak table (built on first use). */
export function jailbreakTableOf(): PhraseTable {
  return (jailbreakTable ??= new PhraseTable(JAILBREAK_PHRASES, undefined, embeddedTables()?.jailbreak));
}

let prefilter: Automaton | undefined;

/** The prefilter of both tables and of the ROT13/reversed trigger words (read from the bundle, else built on first use). */
function prefilterOf(): Automaton {
  if (prefilter) return prefilter;
  const data = embeddedTables()?.prefilter;
  return (prefilter = data ? automatonFromData(data) : buildBuiltInPrefilter());
}

function buildBuiltInPrefilter(): Automaton {
  return buildPrefilter({ phrases: [...overrideTableOf().phrases, ...jailbreakTableOf().phrases], lineWords: SHIFTED_STRONG_TRIGGERS });
}

/** The built-in tables' indexes and prefilter as data (for the bundles: scripts/build.mjs runs it from source). */
export function tablesData(): TablesData {
  return { key: tablesKey(), override: overrideTableOf().indexData(), jailbreak: jailbreakTableOf().indexData(), prefilter: automatonToData(prefilterOf()) };
}

let lastRunsText: string | undefined;
let lastRuns: Token[][] = [];

/** Tokens of the candidate runs of `text` (see prefilter.ts), in text order (the last text's are cached). */
export function candidateTokens(text: string): readonly (readonly Token[])[] {
  if (text !== lastRunsText) {
    lastRuns = candidateRanges(text, prefilterOf()).map((r) => tokenize(text, r.offset, r.endOffset));
    lastRunsText = text;
  }
  return lastRuns;
}

/** Forgets the last text's candidate tokens and tokens (tests: the next scan starts from the text alone). */
export function forgetLastText(): void {
  lastRunsText = undefined;
  lastText = undefined;
}

/** Tokens of the candidate runs lying inside `span` (a finding's words, for fingerprints). */
export function tokensIn(text: string, span: Span): Token[] {
  const out: Token[] = [];
  for (const run of candidateTokens(text)) for (const t of run) if (t.start >= span.offset && t.end <= span.endOffset) out.push(t);
  return out;
}

let lastText: string | undefined;
let lastTokens: Token[] = [];

/** Tokens of the whole of `text` (the last text's tokens are cached). */
export function tokensOf(text: string): Token[] {
  if (text !== lastText) {
    lastTokens = tokenize(text);
    lastText = text;
  }
  return lastTokens;
}

export interface PhraseFinding {
  span: Span;
  /** `override` or `extraction`. */
  kind: string;
  /** Ids of the phrases that matched (overlapping matches are merged). */
  ids: string[];
  langs: string[];
  mention: Mention;
}

const MENTION_RANK: Record<MentionKind, number> = { direct: 0, quoted: 1, defensive: 2 };

/** Instruction-override and prompt-extraction phrases in `text` (`tokens`: of the whole text; default: the prefiltered runs). */
export function findOverridePhrases(text: string, tokens?: readonly Token[]): PhraseFinding[] {
  if (tokens) return merge(text, tokens, overrideTableOf().scan(tokens, text));
  const out: PhraseFinding[] = [];
  for (const run of candidateTokens(text)) out.push(...merge(text, run, overrideTableOf().scan(run, text)));
  return out;
}

function merge(text: string, tokens: readonly Token[], matches: PhraseMatch[]): PhraseFinding[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhraseFinding[] = [];
  let cur: PhraseFinding | undefined;
  let readings: { mention: Mention; lang: string }[] = [];
  let curEnd = -1;
  const close = (): void => {
    if (cur) cur.mention = groupMention(readings);
  };
  for (const m of matches) {
    const mention = classifyMention(text, tokens, m.first, m.last, m.spec.negatable !== false, m.spec.lang);
    if (cur && m.start < curEnd) {
      if (m.end > cur.span.endOffset) cur.span.endOffset = m.end;
      curEnd = cur.span.endOffset;
      readings.push({ mention, lang: m.spec.lang });
      if (!cur.ids.includes(m.spec.id)) cur.ids.push(m.spec.id);
      if (!cur.langs.includes(m.spec.lang)) cur.langs.push(m.spec.lang);
      if (cur.kind !== m.spec.kind && m.spec.kind === 'override') cur.kind = 'override';
      continue;
    }
    close();
    cur = { span: { offset: m.start, endOffset: m.end }, kind: m.spec.kind, ids: [m.spec.id], langs: [m.spec.lang], mention };
    readings = [{ mention, lang: m.spec.lang }];
    curEnd = m.end;
    out.push(cur);
  }
  close();
  return out;
}

/**
 * How a group of overlapping matches is meant. A frame, a quote next to words about attacks or an example list
 * is about the place, so one such reading decides. A negation depends on the language (Spanish "no" before a
 * Portuguese sentence is not one), so it decides only when every reading agrees.
 */
function groupMention(readings: readonly { mention: Mention; lang: string }[]): Mention {
  const placed = readings.find((r) => r.mention.kind === 'defensive' && r.mention.reason !== 'negated');
  if (placed) return placed.mention;
  // When a non-English phrase matched, the text is in that language: its readings decide about negation, by
  // majority (French "n'ignore" is negated for the French patterns, not for the Spanish ones that also match).
  const local = readings.filter((r) => r.lang !== 'en');
  const judges = local.length ? local : readings;
  const negated = judges.filter((r) => r.mention.kind === 'defensive');
  if (negated.length === judges.length || (local.length && negated.length > judges.length - negated.length)) return negated[0].mention;
  return judges
    .map((r) => r.mention)
    .filter((m) => m.kind !== 'defensive')
    .reduce((a, b) => (MENTION_RANK[b.kind] > MENTION_RANK[a.kind] ? b : a));
}

export interface JailbreakSignal {
  id: string;
  kind: string;
  weight: number;
  span: Span;
  mention: Mention;
}

export interface JailbreakFinding {
  /** `framing` (weighted signals), `encoded` (a payload that decodes to an attack) or `suffix` (token soup). */
  type: 'framing' | 'encoded' | 'suffix';
  span: Span;
  /** Signals that made the score (framing), or that matched in the decoded text (encoded). */
  signals: JailbreakSignal[];
  score: number;
  /** How the passage is meant: the most direct of its signals. */
  mention: Mention;
  encoding?: Encoding;
  /** The decoded text (encoded payloads). */
  decoded?: string;
  suffix?: SuffixHit;
}

/** Passages whose signals are further apart than this are scored separately. */
const PASSAGE_GAP = 1500;

/** Clause signals standing on a harmful topic: in them "how to …" is the request. */
const HARM_SIGNALS: ReadonlySet<string> = new Set(['clause.refusal-harm', 'clause.fiction-payload', 'clause.completion-payload']);

/** Signals of the jailbreak table in `tokens`, each classified; its clause anchors become clause signals (clauses.ts). */
function signals(text: string, tokens: readonly Token[]): JailbreakSignal[] {
  const matches = jailbreakTableOf().scan(tokens, text);
  const anchors = matches.filter((m) => m.spec.kind === 'feature');
  const clauses = clauseSignals(tokens, anchors.map((m) => ({ id: m.spec.id, first: m.first, last: m.last, negatable: m.spec.negatable !== false })), text);
  const out = matches.filter((m) => m.spec.kind !== 'feature').map((m) => ({
    id: m.spec.id,
    kind: m.spec.kind,
    weight: m.spec.weight ?? 3,
    span: { offset: m.start, endOffset: m.end },
    mention: classifyMention(text, tokens, m.first, m.last, m.spec.negatable !== false, m.spec.lang),
  }));
  for (const c of clauses) {
    // Words a table phrase of the same kind also read are quoted with the phrase's words ("never refuses a
    // request", not "refuses"); the clause keeps its own weight.
    const phrase = out.find((t) => t.kind === c.kind && !t.id.startsWith('clause.') && t.span.offset <= tokens[c.first].start && t.span.endOffset >= tokens[c.last].end);
    const mention = classifyMention(text, tokens, c.first, c.last, c.negatable);
    // A clause signal that carries its own frame (a story, a text to continue, a note planted for the reader)
    // stays what it is inside that frame: a quote is its payload, not an example.
    // A harmful "how to …" is the request itself, not the writer asking how to use a tool. In writing about attacks
    // (a study's sample prompts, phrases seen in the wild) a quote is an example all the same.
    const reread = !c.frameable && mention.kind === 'defensive' && mention.reason !== 'negated';
    const example = reread && quotedAboutAttacks(text, tokens[c.first].start, tokens[c.last].end);
    const own: Mention | undefined = !reread || example ? undefined : mention.reason === 'framed' || (mention.reason === 'how-to-question' && HARM_SIGNALS.has(c.id)) ? { kind: 'direct' } : mention.reason === 'quoted-with-cue' ? { kind: 'quoted', reason: 'quoted' } : undefined;
    out.push({ id: c.id, kind: c.kind, weight: c.weight, span: phrase ? { ...phrase.span } : { offset: tokens[c.first].start, endOffset: tokens[c.last].end }, mention: own ?? mention });
  }
  return out;
}

/**
 * The weight of a passage: a signal whose words lie inside another's reads the same words and does not
 * add to it (the heavier one counts); a signal id counts once however often it repeats.
 */
function score(list: readonly JailbreakSignal[]): number {
  const best = new Map<string, number>();
  const repeats = new Map<string, number>();
  for (const s of list) {
    const inside = list.some(
      (o) => o !== s && o.span.offset <= s.span.offset && o.span.endOffset >= s.span.endOffset && (o.weight > s.weight || (o.weight === s.weight && (o.span.endOffset - o.span.offset > s.span.endOffset - s.span.offset || o.id < s.id))),
    );
    if (inside) continue;
    best.set(s.id, Math.max(best.get(s.id) ?? 0, s.weight));
    repeats.set(s.id, (repeats.get(s.id) ?? 0) + 1);
  }
  let total = 0;
  // A weak signal said twice in other words ("no refusals, no warnings") counts twice, never more.
  for (const [id, w] of best) total += w === 1 && (repeats.get(id) ?? 0) >= 2 ? 2 : w;
  // Style instructions alone ("stay in character, no disclaimers") are how persona prompts are written.
  let styleOnly = best.size > 0;
  for (const id of best.keys()) if (!PERSONA_STYLE.has(id)) styleOnly = false;
  return styleOnly ? Math.min(total, 2) : total;
}

export interface JailbreakOptions {
  /** Look for encoded payloads (default true). */
  encoded?: boolean;
  /** Look for adversarial suffixes (default true). */
  suffixes?: boolean;
  /** Score needed to report a passage (default 3). */
  threshold?: number;
  /** Spans (sorted) the suffix scorer treats as neutral: template expressions. */
  skip?: readonly Span[];
}

/** Jailbreak framings, encoded payloads and adversarial suffixes in `text` (`tokens`: of the whole text; default: the prefiltered runs). */
export function findJailbreakContent(text: string, options: JailbreakOptions = {}, tokens?: readonly Token[]): JailbreakFinding[] {
  const threshold = options.threshold ?? JAILBREAK_THRESHOLD;
  const out: JailbreakFinding[] = [];
  const runs = tokens ? [tokens] : candidateTokens(text);
  const found = runs.flatMap((run) => signals(text, run)).filter((s) => s.mention.kind !== 'defensive');
  found.sort((a, b) => a.span.offset - b.span.offset);
  let passage: JailbreakSignal[] = [];
  const flush = (): void => {
    if (passage.length && score(passage) >= threshold) {
      // On a tie, a table phrase names the finding better than a clause signal (clauses.ts).
      const strongest = passage.reduce((best, s) => (s.weight > best.weight || (s.weight === best.weight && best.id.startsWith('clause.') && !s.id.startsWith('clause.')) ? s : best), passage[0]);
      const direct = passage.some((s) => s.mention.kind === 'direct');
      out.push({
        type: 'framing',
        span: { ...strongest.span },
        signals: passage,
        score: score(passage),
        mention: direct ? { kind: 'direct' } : { kind: 'quoted', reason: 'quoted' },
      });
    }
    passage = [];
  };
  for (const s of found) {
    const last = passage[passage.length - 1];
    if (last && s.span.offset - last.span.endOffset > PASSAGE_GAP) flush();
    passage.push(s);
  }
  flush();

  if (options.encoded !== false) {
    for (const block of findEncodedBlocksIn(text, runs)) {
      const decodedTokens = tokenize(block.decoded);
      const overrides = findOverridePhrases(block.decoded, decodedTokens).filter((f) => f.mention.kind !== 'defensive');
      const inner = signals(block.decoded, decodedTokens).filter((s) => s.mention.kind !== 'defensive');
      const innerScore = score(inner);
      if (!overrides.length && innerScore < 2) continue;
      const sigs: JailbreakSignal[] = [
        ...overrides.map((f) => ({ id: f.ids[0], kind: f.kind, weight: 3, span: f.span, mention: f.mention })),
        ...inner,
      ];
      out.push({ type: 'encoded', span: block.span, signals: sigs, score: Math.max(innerScore, overrides.length ? 3 : 0), mention: { kind: 'direct' }, encoding: block.encoding, decoded: block.decoded });
    }
  }

  if (options.suffixes !== false) {
    for (const hit of findAdversarialSuffixes(text, 0, text.length, options.skip ?? [])) {
      out.push({ type: 'suffix', span: hit.span, signals: [], score: hit.score, mention: { kind: 'direct' }, suffix: hit });
    }
  }
  out.sort((a, b) => a.span.offset - b.span.offset);
  return dedupe(out);
}

/** An encoded block inside a framing passage's span, or the same block read twice (hex and base64), is kept once. */
function dedupe(list: JailbreakFinding[]): JailbreakFinding[] {
  const out: JailbreakFinding[] = [];
  for (const f of list) {
    const prev = out[out.length - 1];
    if (prev && prev.span.offset === f.span.offset && prev.span.endOffset === f.span.endOffset) continue;
    out.push(f);
  }
  return out;
}

/**
 * The folded text (tokens joined by single spaces) and, for each of its characters, the token it came from
 * (-1 for spaces). `leet`: use each token's leetspeak reading where it has one (`w0rd` → `word`).
 */
export function foldedView(tokens: readonly Token[], leet = false): { text: string; tokenAt: Int32Array } {
  let text = '';
  const owners: number[] = [];
  tokens.forEach((t, i) => {
    if (i > 0) {
      text += ' ';
      owners.push(-1);
    }
    const form = leet && t.alt ? t.alt[0] : t.text;
    text += form;
    for (let k = 0; k < form.length; k++) owners.push(i);
  });
  return { text, tokenAt: Int32Array.from(owners) };
}

/** Maps a match `[from, to)` of a folded view back to a span of the original text. */
export function spanOfFolded(tokens: readonly Token[], tokenAt: Int32Array, from: number, to: number): Span | undefined {
  let a = from;
  while (a < to && tokenAt[a] < 0) a++;
  let b = to - 1;
  while (b >= a && tokenAt[b] < 0) b--;
  if (a > b) return undefined;
  return { offset: tokens[tokenAt[a]].start, endOffset: tokens[tokenAt[b]].end };
}
