/**
 * Finds the keys of the provider table (providers.ts) in a text, from the anchors of anchors.ts (one pass
 * over the text for every literal and word the secret detectors start from):
 *
 *   1. At each place where a literal prefix or anchor of the table starts, the entries whose prefix is a
 *      prefix of the longest literal there are tried, longest prefix first, by a hand-written segment
 *      matcher (greedy runs over lookup tables: one read per character, nothing to backtrack).
 *   2. After each context word of the table (any case) where a key without a prefix may follow, the next
 *      ~160 characters are searched for a value of the entry's shape in a value position (`KEY=…`,
 *      `"key": "…"`, `Authorization: …`) whose field name is not an id, a URL or a name.
 *
 * Every candidate must stand alone (no letter or digit glued to either side) and, unless it is a
 * documentation placeholder, mix character classes like a random string does and pass its checksum.
 */
import type { Span } from '../../types';
import type { PlaceholderReason } from '../placeholders';
import { WORDISH, isIn } from './charset';
import { bech32Valid, crc32Base62Valid } from './checksums';
import { secretPlaceholder } from './entropy';
import { credentialField, fieldBefore } from './fields';
import { PROVIDER_LITERALS, secretAnchors } from './anchors';
import { PROVIDER_KEYS, type ProviderKey, type Run, type Segment } from './providers';

export interface KeyMatch {
  entry: ProviderKey;
  /** The span to report (the key; for `AccountKey=…`-style entries the value only; URLs with scheme). */
  span: Span;
  /** How it was found and checked: `prefix`, `anchor`, `context`, `charset`, `length`, `checksum`, `marker`. */
  validators: string[];
  /** Context words that found it (context entries) or lie near it. */
  context: string[];
  placeholder?: PlaceholderReason;
  /** Set when the entry has a checksum and this key fails it. */
  checksumFailed?: boolean;
  confidence: number;
}

interface Candidate {
  entry: ProviderKey;
  literal: string;
  kind: 'prefix' | 'anchor';
}

const byLiteral = new Map<string, Candidate[]>();
for (const entry of PROVIDER_KEYS) {
  for (const p of entry.prefixes ?? []) (byLiteral.get(p) ?? byLiteral.set(p, []).get(p)!).push({ entry, literal: p, kind: 'prefix' });
  if (entry.anchor) (byLiteral.get(entry.anchor) ?? byLiteral.set(entry.anchor, []).get(entry.anchor)!).push({ entry, literal: entry.anchor, kind: 'anchor' });
}

/**
 * For each literal the scan can stop at: every candidate whose literal is a prefix of it, longest first.
 * Looked up by the literal's own prefixes, not by comparing every pair of literals: that was ~10 ms of every
 * start of the language server, before its first check.
 */
const CANDIDATES = new Map<string, Candidate[]>();
for (const lit of PROVIDER_LITERALS) {
  const list: Candidate[] = [];
  for (let n = lit.length; n > 0; n--) {
    const found = byLiteral.get(n === lit.length ? lit : lit.slice(0, n));
    if (found) list.push(...found);
  }
  CANDIDATES.set(lit, list);
}

const byKeyword = new Map<string, ProviderKey[]>();
for (const entry of PROVIDER_KEYS) {
  if (entry.prefixes || entry.anchor) continue;
  for (const w of entry.context ?? []) {
    const k = w.toLowerCase();
    (byKeyword.get(k) ?? byKeyword.set(k, []).get(k)!).push(entry);
  }
}
/** Words in the text between a context word and a value that make the value a credential's value. */
const SECRET_WORD = /key|token|secret|passw|pwd|credential|auth|bearer|ssws/i;
const PART_SEPARATOR = /[-_.]/;
const LOWER_WORD = /^[a-z]+$/;
const DIGIT_WORD = /^\d+$/;
const TITLE_WORD = /^[A-Z][a-z]+$/;
const UPPER_WORD = /^[A-Z]+$/;
const HOST_CHAR = /[A-Za-z0-9.-]/;
const LETTER_CHAR = /[A-Za-z]/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [SECRET_WORD, PART_SEPARATOR, LOWER_WORD, DIGIT_WORD, TITLE_WORD, UPPER_WORD, HOST_CHAR, LETTER_CHAR];

// ---------------------------------------------------------------------------------------------------
// Segment matching

/**
 * Matches `segments` forward from `pos`. Returns the end offset, or -1. `ends[i]` receives the end of
 * segment i. Runs are greedy up to their maximum and never give characters back: each run's set excludes
 * the literal that follows it in the table, so greedy is exact.
 */
export function matchForward(text: string, pos: number, segments: readonly Segment[], ends?: number[]): number {
  let p = pos;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (typeof seg === 'string') {
      if (!text.startsWith(seg, p)) return -1;
      p += seg.length;
    } else {
      let n = 0;
      while (n < seg.max && isIn(seg.set, text, p + n)) n++;
      if (n < seg.min) return -1;
      p += n;
    }
    if (ends) ends[i] = p;
  }
  return p;
}

/** Matches `segments` backward, ending at `end`. Returns the start offset, or -1. */
export function matchBackward(text: string, end: number, segments: readonly Segment[]): number {
  let p = end;
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i];
    if (typeof seg === 'string') {
      if (p - seg.length < 0 || !text.startsWith(seg, p - seg.length)) return -1;
      p -= seg.length;
    } else {
      let n = 0;
      while (n < seg.max && isIn(seg.set, text, p - n - 1)) n++;
      if (n < seg.min) return -1;
      p -= n;
    }
  }
  return p;
}

function firstRun(segments: readonly Segment[]): Run | undefined {
  const s = segments[0];
  return typeof s === 'string' ? undefined : s;
}

function lastRun(segments: readonly Segment[]): Run | undefined {
  const s = segments[segments.length - 1];
  return s === undefined || typeof s === 'string' ? undefined : s;
}

/** The characters matched by runs (the random part), skipping literals. */
function runsText(text: string, start: number, segments: readonly Segment[], ends: readonly number[]): string {
  let out = '';
  let p = start;
  for (let i = 0; i < segments.length; i++) {
    if (typeof segments[i] !== 'string') out += text.slice(p, ends[i]);
    p = ends[i];
  }
  return out;
}

/**
 * Matches an entry's body at `bodyStart` and checks the right edge. A final run that may contain `.` gives
 * back trailing dots (sentence punctuation). Returns the end and the per-segment ends.
 */
function matchBody(text: string, bodyStart: number, body: readonly Segment[]): { end: number; ends: number[] } | undefined {
  const ends: number[] = [];
  let end = matchForward(text, bodyStart, body, ends);
  if (end < 0) return undefined;
  const last = lastRun(body);
  let trimmed = false;
  if (last && last.set.table[46] === 1) {
    const runStart = body.length > 1 ? ends[body.length - 2] : bodyStart;
    while (end > runStart && text.charCodeAt(end - 1) === 46) {
      end--;
      trimmed = true;
    }
    if (end - runStart < last.min) return undefined;
    ends[body.length - 1] = end;
  }
  if (isIn(WORDISH, text, end)) return undefined;
  if (!trimmed && last && isIn(last.set, text, end)) return undefined;
  return { end, ends };
}

/** A value made of dictionary-like parts (`some-long-article-title`), not of random characters. */
function wordy(value: string): boolean {
  const parts = value.split(PART_SEPARATOR);
  if (parts.length < 2) return false;
  return parts.every((p) => p === '' || LOWER_WORD.test(p) || DIGIT_WORD.test(p) || TITLE_WORD.test(p) || UPPER_WORD.test(p));
}

function mixes(value: string): boolean {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
  }
  return lower + upper + digit >= 2;
}

/** Validates the random part of a candidate; returns the match, or undefined when it is not a key. */
function judge(
  text: string,
  entry: ProviderKey,
  token: Span,
  random: string,
  validators: string[],
  confidence: number,
  span: Span,
  context: string[],
): KeyMatch | undefined {
  const placeholder = secretPlaceholder(random);
  if (placeholder) return { entry, span, validators, context, placeholder, confidence: Math.min(confidence, 0.3) };
  if (entry.mixed !== false && !mixes(random)) return undefined;
  if (wordy(random)) return undefined;
  let checksumFailed: boolean | undefined;
  if (entry.checksum) {
    const value = text.slice(token.offset, token.endOffset);
    const ok = entry.checksum === 'crc32-base62' ? crc32Base62Valid(random) : bech32Valid(value);
    if (ok) {
      validators.push(`checksum:${entry.checksum}`);
      confidence = 0.99;
    } else {
      checksumFailed = true;
      confidence = Math.min(confidence, 0.4);
    }
  }
  if (entry.marker && text.slice(token.offset, token.endOffset).includes(entry.marker)) {
    validators.push('marker');
    confidence = Math.max(confidence, 0.99);
  }
  return { entry, span, validators, context, confidence, ...(checksumFailed ? { checksumFailed } : {}) };
}

function tryPrefix(text: string, at: number, c: Candidate): KeyMatch | undefined {
  const { entry } = c;
  if (isIn(entry.notAfter ?? WORDISH, text, at - 1)) return undefined;
  const bodyStart = at + c.literal.length;
  const m = matchBody(text, bodyStart, entry.body);
  if (!m) return undefined;
  const token = { offset: at, endOffset: m.end };
  let spanStart = at;
  if (entry.spanFrom !== undefined) spanStart = entry.spanFrom === 0 ? bodyStart : m.ends[entry.spanFrom - 1];
  if (entry.url) spanStart = urlStart(text, at);
  const random = runsText(text, bodyStart, entry.body, m.ends);
  const confidence = c.literal.length >= 5 ? 0.95 : 0.85;
  return judge(text, entry, token, random, ['prefix', 'charset', 'length'], confidence, { offset: spanStart, endOffset: m.end }, []);
}

function tryAnchor(text: string, at: number, c: Candidate): KeyMatch | undefined {
  const { entry } = c;
  const lead = entry.lead ?? [];
  const start = matchBackward(text, at, lead);
  if (start < 0) return undefined;
  if (isIn(entry.notAfter ?? WORDISH, text, start - 1)) return undefined;
  const first = firstRun(lead);
  if (first && isIn(first.set, text, start - 1)) return undefined;
  const bodyStart = at + c.literal.length;
  let end = bodyStart;
  let random = text.slice(start, at);
  if (entry.body.length) {
    const m = matchBody(text, bodyStart, entry.body);
    if (!m) return undefined;
    end = m.end;
    random += runsText(text, bodyStart, entry.body, m.ends);
  } else if (isIn(WORDISH, text, end)) {
    return undefined;
  }
  const token = { offset: start, endOffset: end };
  return judge(text, entry, token, random, ['anchor', 'charset', 'length'], 0.9, token, []);
}

/** Widens a URL key left over its host (`contoso.webhook.office.com`) and scheme (`https://`). */
function urlStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 253 && HOST_CHAR.test(text[s - 1])) s--;
  if (text.startsWith('://', s - 3)) {
    let t = s - 3;
    while (t > 0 && LETTER_CHAR.test(text[t - 1])) t--;
    if (t < s - 3) return t;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Context entries

const WINDOW = 160;
const MAX_LINES = 4;

function windowEnd(text: string, from: number): number {
  const max = Math.min(text.length, from + WINDOW);
  let lines = 0;
  for (let i = from; i < max; i++) {
    if (text.charCodeAt(i) === 10) {
      if (++lines > MAX_LINES) return i;
      // a blank line ends the window
      let j = i + 1;
      while (j < max && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text.charCodeAt(j) === 10) return i;
    }
  }
  return max;
}

/** A keyword counts at a word start (or a camelCase hump); short keywords must also end a word. */
function keywordAt(text: string, at: number, length: number): boolean {
  const before = text.charCodeAt(at - 1);
  const first = text.charCodeAt(at);
  const isLower = (c: number): boolean => c >= 97 && c <= 122;
  const isUpper = (c: number): boolean => c >= 65 && c <= 90;
  if (at > 0 && (isLower(before) || isUpper(before)) && !(isLower(before) && isUpper(first))) return false;
  if (length <= 5 && isLower(text.charCodeAt(at + length))) return false;
  return true;
}

function hasOperator(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap[i];
    if (c === ':' || c === '=' || c === '>' || c === ',' || c === '(') return true;
  }
  return SECRET_WORD.test(gap);
}

function startsEntry(text: string, j: number, entry: ProviderKey): boolean {
  const s = entry.body[0];
  return typeof s === 'string' ? text.startsWith(s, j) : isIn(s.set, text, j);
}

/**
 * Scans the window after a context word for each entry's value. `scanned` remembers, per entry, how far
 * earlier windows looked: a position an earlier word rejected is rejected again (its gap to the earlier
 * word contains the gap to this one), so no position is tried twice for one entry.
 */
function scanWindow(text: string, keyword: string, kwEnd: number, entries: readonly ProviderKey[], out: KeyMatch[], scanned: Map<ProviderKey, number>): void {
  const limit = windowEnd(text, kwEnd);
  const done = new Set<ProviderKey>();
  let start = limit;
  for (const entry of entries) start = Math.min(start, Math.max(kwEnd, scanned.get(entry) ?? 0));
  for (let j = start; j < limit && done.size < entries.length; j++) {
    if (isIn(WORDISH, text, j - 1)) continue;
    for (const entry of entries) {
      if (done.has(entry) || j < (scanned.get(entry) ?? 0) || !startsEntry(text, j, entry)) continue;
      const m = matchBody(text, j, entry.body);
      if (!m) continue;
      const gap = text.slice(kwEnd, j);
      if (!hasOperator(gap)) continue;
      const field = fieldBefore(text, j);
      if (!credentialField(field)) continue;
      const random = runsText(text, j, entry.body, m.ends);
      const token = { offset: j, endOffset: m.end };
      const confidence = SECRET_WORD.test(field) ? 0.8 : 0.7;
      const found = judge(text, entry, token, random, ['context', 'charset', 'length'], confidence, token, [keyword]);
      if (found) {
        out.push(found);
        done.add(entry);
      }
    }
  }
  for (const entry of entries) scanned.set(entry, Math.max(scanned.get(entry) ?? 0, limit));
}

// ---------------------------------------------------------------------------------------------------

/** Every provider key in `text`, sorted by offset, overlaps resolved (prefix and anchor hits win). */
export function findProviderKeys(text: string): KeyMatch[] {
  const anchors = secretAnchors(text);
  const direct: KeyMatch[] = [];
  // As a longest-first alternation of the literals would, scanning on from `from`.
  const { literals } = anchors;
  let from = 0;
  for (let k = 0; k < literals.starts.length; k++) {
    const at = literals.starts[k];
    if (at < from) continue;
    let found: KeyMatch | undefined;
    for (const c of CANDIDATES.get(literals.texts[k]) ?? []) {
      found = c.kind === 'prefix' ? tryPrefix(text, at, c) : tryAnchor(text, at, c);
      if (found) break;
    }
    if (found) direct.push(found);
    from = found ? Math.max(found.span.endOffset, at + 1) : at + 1;
  }

  const contextual: KeyMatch[] = [];
  const scanned = new Map<ProviderKey, number>();
  const { keywords } = anchors;
  from = 0;
  for (let k = 0; k < keywords.starts.length; k++) {
    const at = keywords.starts[k];
    if (at < from) continue;
    const keyword = keywords.texts[k];
    from = at + keyword.length;
    if (!keywordAt(text, at, keyword.length)) continue;
    const entries = byKeyword.get(keyword);
    if (entries) scanWindow(text, keyword, at + keyword.length, entries, contextual, scanned);
  }

  const all = [...direct];
  for (const c of contextual) {
    if (all.some((d) => overlaps(d.span, c.span))) continue;
    all.push(c);
  }
  all.sort((a, b) => a.span.offset - b.span.offset || b.span.endOffset - a.span.endOffset);
  const out: KeyMatch[] = [];
  for (const k of all) {
    const last = out[out.length - 1];
    if (last && overlaps(last.span, k.span)) continue;
    out.push(k);
  }
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.offset < b.endOffset && b.offset < a.endOffset;
}

