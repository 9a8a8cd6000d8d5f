/**
 * Which delimiter fences each interpolation off from the instructions around it: the innermost XML-like
 * tag pair (`<doc>…</doc>`), Markdown fenced block (``` or ~~~), triple-quoted block (`"""`, `'''`) or, on
 * the same line, a pair of double quotes — always within the expression's own message.
 *
 * All of it is computed in linear time per message (plus a sort of the delimiter regions) on the text of
 * the message "masked" (expressions blanked out, line breaks kept) so that quotes and brackets inside
 * template tags do not count. The masked text is a view (`MaskedView`), not a copy: a copy of a large
 * message is a large allocation on every edit, and the scans read only a few of its characters.
 */
import type { Delimiter, Expression, Message, Span } from '../types';

interface Region extends Span {
  kind: Delimiter['kind'];
  name: string;
}

/** Expression kinds that interpolate something and so get a delimiter. */
const DELIMITED_KINDS = new Set<Expression['kind']>(['variable', 'helper', 'partial']);

/** Sets `delimiter` on every interpolating expression of every message. `expressions` must be sorted. */
export function assignDelimiters(text: string, messages: Message[], expressions: Expression[]): void {
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
    const view = new MaskedView(text, start, end, inside);
    const regions = [...fences(view, start, end), ...findTagPairs(view), ...findTripleQuotes(view)].sort(
      (a, b) => a.offset - b.offset || b.endOffset - a.endOffset,
    );
    const quotes = new QuoteScanner(view);
    const stack: Region[] = [];
    let next = 0;
    for (const e of inside) {
      const quoted = quotes.around(e.span.offset, e.span.endOffset);
      if (!DELIMITED_KINDS.has(e.kind)) continue;
      if (quoted) {
        e.delimiter = { kind: 'quotes', name: '"', span: quoted };
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

/**
 * `text[start, end)` with every expression's characters read as spaces (line breaks kept): the expressions
 * a left-to-right pass would blank (one nested in or overlapping an earlier one is part of it). Offsets
 * are into `text`; characters at or after `end` do not exist.
 */
class MaskedView {
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    expressions: readonly Expression[],
  ) {
    let p = start;
    for (const e of expressions) {
      if (e.span.offset < p) continue;
      this.from.push(e.span.offset);
      this.to.push(e.span.endOffset);
      p = e.span.endOffset;
    }
  }

  /** The end of the blanked range holding `i`, or -1 when `i` is not blanked. */
  blankEnd(i: number): number {
    let lo = 0;
    let hi = this.from.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.from[mid] <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && i < this.to[lo - 1] ? this.to[lo - 1] : -1;
  }

  /** The masked character code at `i` (-1 outside the view). */
  code(i: number): number {
    if (i < this.start || i >= this.end) return -1;
    const c = this.text.charCodeAt(i);
    return c === 10 || c === 13 || this.blankEnd(i) < 0 ? c : 32;
  }

  /** The first offset at or after `from` where the masked text has `ch` (one character), or -1. */
  indexOf(ch: string, from: number): number {
    let i = this.text.indexOf(ch, from);
    while (i >= 0 && i < this.end) {
      const blank = this.blankEnd(i);
      if (blank < 0) return i;
      i = this.text.indexOf(ch, blank);
    }
    return -1;
  }

  /** Whether the masked text has `s` at `i`. */
  startsWith(s: string, i: number): boolean {
    if (i + s.length > this.end || !this.text.startsWith(s, i)) return false;
    for (let k = 0; k < s.length; k++) if (this.code(i + k) !== s.charCodeAt(k)) return false;
    return true;
  }

  /** The masked text of `[from, to)`, as a string (copied character by character only where blanked). */
  slice(from: number, to: number): string {
    let out = '';
    let p = from;
    while (p < to) {
      const blank = this.nextBlank(p);
      if (blank < 0 || blank >= to) break;
      out += this.text.slice(p, blank);
      const stop = Math.min(to, this.blankEnd(blank));
      for (let i = blank; i < stop; i++) {
        const c = this.text.charCodeAt(i);
        out += c === 10 || c === 13 ? this.text[i] : ' ';
      }
      p = stop;
    }
    return out + this.text.slice(p, to);
  }

  /** The first blanked offset at or after `p`, or -1. */
  private nextBlank(p: number): number {
    if (this.blankEnd(p) >= 0) return p;
    let lo = 0;
    let hi = this.from.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.from[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.from.length ? this.from[lo] : -1;
  }
}

/** What the fence scan reads: the text itself, or a masked view of it. */
interface FenceSource {
  readonly text: string;
  code(i: number): number;
  slice(from: number, to: number): string;
}

/**
 * Markdown fenced blocks in `[start, end)` of `text`: a line of three or more backticks or tildes (any
 * indentation: message text may be indented YAML) up to a line with at least as many of the same
 * character, or the end. Offsets are into `text`.
 */
export function findFences(text: string, start: number, end: number): Region[] {
  return fences({ text, code: (i) => (i < end ? text.charCodeAt(i) : -1), slice: (from, to) => text.slice(from, to) }, start, end);
}

function fences(source: FenceSource, start: number, end: number): Region[] {
  const { text } = source;
  const regions: Region[] = [];
  let open: { offset: number; char: number; length: number } | undefined;
  let line = start;
  // Line breaks are never masked. Without a carriage return in the range, the native search finds them.
  const cr = text.indexOf('\r', start);
  const lf = cr < 0 || cr >= end;
  while (line < end) {
    let lineEnd = line;
    if (lf) {
      lineEnd = text.indexOf('\n', line);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    } else {
      while (lineEnd < end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    }
    let i = line;
    while (i < lineEnd && (source.code(i) === 32 || source.code(i) === 9)) i++;
    const ch = i < lineEnd ? source.code(i) : -1;
    if (ch === 96 /* ` */ || ch === 126 /* ~ */) {
      let j = i;
      while (j < lineEnd && source.code(j) === ch) j++;
      const run = j - i;
      if (run >= 3) {
        if (!open) {
          // A backtick fence's info string may not contain a backtick (that is inline code).
          let info = j;
          while (ch === 96 && info < lineEnd && source.code(info) !== 96) info++;
          if (ch === 126 || info >= lineEnd) open = { offset: line, char: ch, length: run };
        } else if (ch === open.char && run >= open.length && source.slice(j, lineEnd).trim() === '') {
          regions.push({ kind: 'fence', name: String.fromCharCode(ch).repeat(open.length), offset: open.offset, endOffset: lineEnd });
          open = undefined;
        }
      }
    }
    line = lineEnd;
    if (line < end && text.charCodeAt(line) === 13) line++;
    if (line < end && text.charCodeAt(line) === 10) line++;
    if (line === lineEnd) break;
  }
  if (open) regions.push({ kind: 'fence', name: String.fromCharCode(open.char).repeat(open.length), offset: open.offset, endOffset: end });
  return regions;
}

const OPEN_TAG = /<([A-Za-z][\w.:-]*)(?:\s[^<>]*)?>/y;
const CLOSE_TAG = /<\/([A-Za-z][\w.:-]*)\s*>/y;

/**
 * Matched `<name …>…</name>` pairs (self-closing and unmatched tags are ignored). A tag ends at the first
 * `>` (its attributes hold no `<` or `>`), so each tag is matched on the masked text up to the next `<` or `>`.
 */
function findTagPairs(view: MaskedView): Region[] {
  const regions: Region[] = [];
  const stack: Array<{ name: string; offset: number }> = [];
  const counts = new Map<string, number>();
  for (let i = view.indexOf('<', view.start); i >= 0; i = view.indexOf('<', i + 1)) {
    const tag = tagText(view, i);
    if (view.code(i + 1) === 47 /* / */) {
      CLOSE_TAG.lastIndex = 0;
      const m = CLOSE_TAG.exec(tag);
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
    OPEN_TAG.lastIndex = 0;
    const m = OPEN_TAG.exec(tag);
    if (!m || m[0].endsWith('/>')) continue;
    stack.push({ name: m[1], offset: i });
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  return regions;
}

/** The masked text from the `<` at `i` to the next `<` or `>` (included), or to the end of the view. */
function tagText(view: MaskedView, i: number): string {
  const lt = view.indexOf('<', i + 1);
  const gt = view.indexOf('>', i + 1);
  const stop = lt < 0 ? gt : gt < 0 ? lt : Math.min(lt, gt);
  return view.slice(i, stop < 0 ? view.end : stop + 1);
}

/** `"""…"""` and `\'\'\'…\'\'\'` blocks. */
function findTripleQuotes(view: MaskedView): Region[] {
  const regions: Region[] = [];
  for (const q of ['"""', "'''"]) {
    let i = nextTriple(view, q, view.start);
    while (i >= 0) {
      const close = nextTriple(view, q, i + 3);
      if (close < 0) break;
      regions.push({ kind: 'quotes', name: q, offset: i, endOffset: close + 3 });
      i = nextTriple(view, q, close + 3);
    }
  }
  return regions;
}

/** The first `q` (three quotes) of the masked text at or after `from`, or -1. */
function nextTriple(view: MaskedView, q: string, from: number): number {
  for (let i = view.text.indexOf(q, from); i >= 0 && i + 3 <= view.end; i = view.text.indexOf(q, i + 1)) {
    if (view.startsWith(q, i)) return i;
  }
  return -1;
}

/**
 * Same-line double quotes around an expression, scanning the masked text once from left to right
 * (expressions must be asked about in order).
 */
class QuoteScanner {
  private pos: number;
  private count = 0;
  private openAt = -1;
  private cacheFrom = -1;
  private cacheLimit = -1;
  private cacheFound = -1;
  /** The next `"` (masked), `\n` and `\r` at or after the scan position (-1: none left; -2: not looked for yet). */
  private quote = -2;
  private lf = -2;
  private cr = -2;

  constructor(private readonly view: MaskedView) {
    this.pos = view.start;
  }

  /** The quoted span `"…"` containing `[from, to)` on one line, if any. */
  around(from: number, to: number): Span | undefined {
    const v = this.view;
    // Only quotes and line breaks change the state: jump from one to the next with the native search.
    while (this.pos < from) {
      const q = this.nextQuoteChar(this.pos);
      const nl = this.nextBreak(this.pos);
      const e = q < 0 ? nl : nl < 0 ? q : Math.min(q, nl);
      if (e < 0 || e >= from) {
        this.pos = from;
        break;
      }
      if (e === nl) {
        this.count = 0;
        this.openAt = -1;
        this.pos = e + 1;
      } else if (v.startsWith('"""', e)) {
        this.pos = e + 3;
      } else {
        this.count++;
        this.openAt = this.count % 2 === 1 ? e : -1;
        this.pos = e + 1;
      }
    }
    this.skipTo(to);
    if (this.count % 2 === 0 || this.openAt < 0) return undefined;
    const close = this.nextQuote(to);
    return close < 0 ? undefined : { offset: this.openAt, endOffset: close + 1 };
  }

  /** Skips an expression's blanked characters (keeping line-break tracking exact). */
  private skipTo(to: number): void {
    if (this.pos >= to) return;
    const nl = this.nextBreak(this.pos);
    if (nl >= 0 && nl < to) {
      this.count = 0;
      this.openAt = -1;
    }
    this.pos = to;
  }

  private nextQuoteChar(from: number): number {
    if (this.quote !== -1 && this.quote < from) this.quote = this.view.indexOf('"', from);
    return this.quote;
  }

  /** The next line break (`\n` or `\r`) at or after `from` in the view, or -1. */
  private nextBreak(from: number): number {
    const { text, end } = this.view;
    if (this.lf !== -1 && this.lf < from) {
      this.lf = text.indexOf('\n', from);
      if (this.lf >= end) this.lf = -1;
    }
    if (this.cr !== -1 && this.cr < from) {
      this.cr = text.indexOf('\r', from);
      if (this.cr >= end) this.cr = -1;
    }
    return this.lf < 0 ? this.cr : this.cr < 0 ? this.lf : Math.min(this.lf, this.cr);
  }

  /** The next lone `"` at or after `from` on the same line, or -1 (monotonic cache: linear overall). */
  private nextQuote(from: number): number {
    if (this.cacheFrom >= 0 && from >= this.cacheFrom && from <= this.cacheLimit) return this.cacheFound;
    const v = this.view;
    let i = from;
    let found = -1;
    for (; i < v.end; i++) {
      const c = v.code(i);
      if (c === 10 || c === 13) break;
      if (c === 34) {
        if (v.startsWith('"""', i)) {
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
