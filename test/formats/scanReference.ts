/**
 * Reference implementations for test/formats/fastPaths.test.ts: the parsers' scanning helpers as first
 * written, reading every character one by one (shared/src/formats/delimiters.ts before its native-search
 * fast paths, `StrayCloserCheck` and `computeLineStarts` likewise). The fast versions must give the same
 * results on every input; these are the oracles. Not a test file itself.
 */
import type { Delimiter, Expression, Message, Span } from '../../shared/src/types';

/** `computeLineStarts` reading every character. */
export function referenceLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** `StrayCloserCheck` reading every character; reports the spans it would call unbalanced. */
export class ReferenceStrayCloserCheck {
  private depth = 0;
  readonly stray: Span[] = [];

  constructor(private readonly t: string) {}

  text(from: number, to: number): void {
    const t = this.t;
    for (let i = from; i < to; i++) {
      const c = t.charCodeAt(i);
      if (c === 123) this.depth++;
      else if (c === 125) {
        if (t.charCodeAt(i + 1) === 125 && i + 1 < to) {
          if (this.depth >= 2) {
            this.depth -= 2;
          } else {
            this.stray.push({ offset: i, endOffset: i + 2 });
            this.depth = 0;
          }
          i++;
        } else if (this.depth > 0) this.depth--;
      }
    }
  }
}

interface Region extends Span {
  kind: Delimiter['kind'];
  name: string;
}

/** Expression kinds that interpolate something and so get a delimiter. */
const DELIMITED_KINDS = new Set<Expression['kind']>(['variable', 'helper', 'partial']);

/** Sets `delimiter` on every interpolating expression of every message. `expressions` must be sorted. */
export function referenceAssignDelimiters(text: string, messages: Message[], expressions: Expression[]): void {
  const byMessage = new Map<number, Expression[]>();
  for (const e of expressions) {
    if (e.message < 0) continue;
    let list = byMessage.get(e.message);
    if (!list) byMessage.set(e.message, (list = []));
    list.push(e);
  }
  for (const [index, list] of byMessage) {
    const message = messages[index];
    if (!message) continue;
    const { offset: start, endOffset: end } = message.content;
    const inside = list.filter((e) => e.span.offset >= start && e.span.endOffset <= end);
    if (!inside.some((e) => DELIMITED_KINDS.has(e.kind))) continue;
    const masked = maskExpressions(text, start, end, inside);
    const regions = [...referenceFindFences(masked, 0, masked.length), ...findTagPairs(masked), ...findTripleQuotes(masked)]
      .map((r) => ({ ...r, offset: r.offset + start, endOffset: r.endOffset + start }))
      .sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
    const quotes = new QuoteScanner(masked);
    const stack: Region[] = [];
    let next = 0;
    for (const e of inside) {
      const rel = e.span.offset - start;
      const relEnd = e.span.endOffset - start;
      const quoted = quotes.around(rel, relEnd);
      if (!DELIMITED_KINDS.has(e.kind)) continue;
      if (quoted) {
        e.delimiter = { kind: 'quotes', name: '"', span: { offset: quoted.offset + start, endOffset: quoted.endOffset + start } };
        continue;
      }
      while (next < regions.length && regions[next].offset <= e.span.offset) stack.push(regions[next++]);
      while (stack.length > 0 && stack[stack.length - 1].endOffset <= e.span.offset) stack.pop();
      for (let i = stack.length - 1; i >= 0; i--) {
        const r = stack[i];
        if (r.offset <= e.span.offset && r.endOffset >= e.span.endOffset) {
          e.delimiter = { kind: r.kind, name: r.name, span: { offset: r.offset, endOffset: r.endOffset } };
          break;
        }
      }
    }
  }
}

/** The text of `[start, end)` with every expression's characters blanked (line breaks kept). */
function maskExpressions(text: string, start: number, end: number, expressions: Expression[]): string {
  const parts: string[] = [];
  let p = start;
  for (const e of expressions) {
    if (e.span.offset < p) continue;
    parts.push(text.slice(p, e.span.offset));
    parts.push(blank(text, e.span.offset, e.span.endOffset));
    p = e.span.endOffset;
  }
  parts.push(text.slice(p, end));
  return parts.join('');
}

const SPACES = ' '.repeat(256);

/** Spaces for `[from, to)`, keeping its line breaks. */
function blank(text: string, from: number, to: number): string {
  const length = to - from;
  if (length <= SPACES.length) {
    let breaks = false;
    for (let i = from; i < to && !breaks; i++) {
      const c = text.charCodeAt(i);
      breaks = c === 10 || c === 13;
    }
    if (!breaks) return SPACES.slice(0, length);
  }
  return text.slice(from, to).replace(/[^\r\n]/g, ' ');
}

/**
 * Markdown fenced blocks in `[start, end)` of `text`: a line of three or more backticks or tildes (any
 * indentation: message text may be indented YAML) up to a line with at least as many of the same
 * character, or the end. Offsets are into `text`.
 */
export function referenceFindFences(text: string, start: number, end: number): Region[] {
  const regions: Region[] = [];
  let open: { offset: number; char: string; length: number } | undefined;
  let line = start;
  while (line < end) {
    let lineEnd = line;
    while (lineEnd < end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let i = line;
    while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const ch = text[i];
    if (ch === '`' || ch === '~') {
      let j = i;
      while (j < lineEnd && text[j] === ch) j++;
      const run = j - i;
      if (run >= 3) {
        if (!open) {
          // A backtick fence's info string may not contain a backtick (that is inline code).
          let info = j;
          while (ch === '`' && info < lineEnd && text[info] !== '`') info++;
          if (ch === '~' || info >= lineEnd) open = { offset: line, char: ch, length: run };
        } else if (ch === open.char && run >= open.length && text.slice(j, lineEnd).trim() === '') {
          regions.push({ kind: 'fence', name: ch.repeat(open.length), offset: open.offset, endOffset: lineEnd });
          open = undefined;
        }
      }
    }
    line = lineEnd;
    if (line < end && text.charCodeAt(line) === 13) line++;
    if (line < end && text.charCodeAt(line) === 10) line++;
    if (line === lineEnd) break;
  }
  if (open) regions.push({ kind: 'fence', name: open.char.repeat(open.length), offset: open.offset, endOffset: end });
  return regions;
}

const OPEN_TAG = /<([A-Za-z][\w.:-]*)(?:\s[^<>]*)?>/y;
const CLOSE_TAG = /<\/([A-Za-z][\w.:-]*)\s*>/y;

/** Matched `<name …>…</name>` pairs (self-closing and unmatched tags are ignored). */
function findTagPairs(masked: string): Region[] {
  const regions: Region[] = [];
  const stack: Array<{ name: string; offset: number }> = [];
  const counts = new Map<string, number>();
  for (let i = masked.indexOf('<'); i >= 0; i = masked.indexOf('<', i + 1)) {
    if (masked[i + 1] === '/') {
      CLOSE_TAG.lastIndex = i;
      const m = CLOSE_TAG.exec(masked);
      if (!m) continue;
      const name = m[1];
      if (!counts.get(name)) continue;
      for (;;) {
        const top = stack.pop()!;
        counts.set(top.name, counts.get(top.name)! - 1);
        if (top.name === name) {
          regions.push({ kind: 'tag', name, offset: top.offset, endOffset: i + m[0].length });
          break;
        }
      }
      continue;
    }
    OPEN_TAG.lastIndex = i;
    const m = OPEN_TAG.exec(masked);
    if (!m || m[0].endsWith('/>')) continue;
    stack.push({ name: m[1], offset: i });
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  return regions;
}

/** `"""…"""` and `'''…'''` blocks. */
function findTripleQuotes(masked: string): Region[] {
  const regions: Region[] = [];
  for (const q of ['"""', "'''"]) {
    let i = masked.indexOf(q);
    while (i >= 0) {
      const close = masked.indexOf(q, i + 3);
      if (close < 0) break;
      regions.push({ kind: 'quotes', name: q, offset: i, endOffset: close + 3 });
      i = masked.indexOf(q, close + 3);
    }
  }
  return regions;
}

/**
 * Same-line double quotes around an expression, scanning the masked text once from left to right
 * (expressions must be asked about in order).
 */
class QuoteScanner {
  private pos = 0;
  private count = 0;
  private openAt = -1;
  private cacheFrom = -1;
  private cacheLimit = -1;
  private cacheFound = -1;

  constructor(private readonly masked: string) {}

  /** The quoted span `"…"` containing `[from, to)` on one line, if any. */
  around(from: number, to: number): Span | undefined {
    const m = this.masked;
    for (; this.pos < from; this.pos++) {
      const c = m.charCodeAt(this.pos);
      if (c === 10 || c === 13) {
        this.count = 0;
        this.openAt = -1;
      } else if (c === 34) {
        if (m.startsWith('"""', this.pos)) {
          this.pos += 2;
          continue;
        }
        this.count++;
        this.openAt = this.count % 2 === 1 ? this.pos : -1;
      }
    }
    this.skipTo(to);
    if (this.count % 2 === 0 || this.openAt < 0) return undefined;
    const close = this.nextQuote(to);
    return close < 0 ? undefined : { offset: this.openAt, endOffset: close + 1 };
  }

  /** Skips an expression's blanked characters (keeping line-break tracking exact). */
  private skipTo(to: number): void {
    const m = this.masked;
    for (; this.pos < to; this.pos++) {
      const c = m.charCodeAt(this.pos);
      if (c === 10 || c === 13) {
        this.count = 0;
        this.openAt = -1;
      }
    }
  }

  /** The next lone `"` at or after `from` on the same line, or -1 (monotonic cache: linear overall). */
  private nextQuote(from: number): number {
    if (this.cacheFrom >= 0 && from >= this.cacheFrom && from <= this.cacheLimit) return this.cacheFound;
    const m = this.masked;
    let i = from;
    let found = -1;
    for (; i < m.length; i++) {
      const c = m.charCodeAt(i);
      if (c === 10 || c === 13) break;
      if (c === 34) {
        if (m.startsWith('"""', i)) {
          i += 2;
          continue;
        }
        found = i;
        break;
      }
    }
    this.cacheFrom = from;
    this.cacheLimit = found >= 0 ? found : i;
    this.cacheFound = found;
    return found;
  }
}
