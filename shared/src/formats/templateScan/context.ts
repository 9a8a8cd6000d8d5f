/**
 * What every template scanner shares: the output lists, the capped `format/template-syntax` reporting,
 * linear "next occurrence" lookups and the stray-`}}` check.
 *
 * Scanners read `text` between two offsets and push expressions, comments, references and problems with
 * offsets into the whole file. They never throw and run in linear time: every lookup moves forward.
 */
import type { Comment, Expression, ExpressionKind, ParseProblem, Reference, Span } from '../../types';

export const TEMPLATE_SYNTAX = 'format/template-syntax';
/** Syntax problems reported per file; a broken template rarely needs more than the first few. */
export const MAX_SYNTAX_PROBLEMS = 50;

export interface ScanOutput {
  expressions: Expression[];
  comments: Comment[];
  references: Reference[];
  problems: ParseProblem[];
}

export class ScanContext {
  private syntaxCount = 0;

  constructor(
    readonly text: string,
    readonly out: ScanOutput,
  ) {
    this.syntaxCount = out.problems.filter((p) => p.ruleId === TEMPLATE_SYNTAX).length;
  }

  /** Reports a template syntax problem (at most MAX_SYNTAX_PROBLEMS per file). */
  syntax(span: Span, message: string): void {
    if (this.syntaxCount >= MAX_SYNTAX_PROBLEMS) return;
    this.syntaxCount++;
    this.out.problems.push({ ruleId: TEMPLATE_SYNTAX, span, message });
  }

  comment(start: number, end: number, textStart: number, textEnd: number): void {
    this.out.comments.push({ span: { offset: start, endOffset: end }, text: this.text.slice(textStart, textEnd), textOffset: textStart });
  }

  /** Adds an expression (its message is assigned when the document is finished). */
  expression(e: Omit<Expression, 'message'> & { message?: number }): Expression {
    const full = e as Expression;
    if (full.message === undefined) full.message = -1;
    this.out.expressions.push(full);
    return full;
  }
}

export function newExpression(kind: ExpressionKind, span: Span, source: string, raw: boolean): Omit<Expression, 'message'> {
  return { kind, span, source, references: [], raw, message: -1 } as Expression;
}

/** A plain dotted name (`customer.first_name`): the common case, read without tokenizing. */
export const SIMPLE_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/** Space, tab or line break (what template engines trim inside tags). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** Monotonic `indexOf`: queries at non-decreasing positions cost linear time in total. */
export class Finder {
  private from = -1;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
    private readonly limit: number,
  ) {}

  /** First occurrence starting at or after `p` and ending by the limit, or -1. */
  next(p: number): number {
    if (this.from >= 0 && p >= this.from && (this.at === -1 || p <= this.at)) return this.at;
    let at = this.text.indexOf(this.needle, p);
    if (at < 0 || at + this.needle.length > this.limit) at = -1;
    this.from = p;
    this.at = at;
    return at;
  }
}

/**
 * Tracks single `{`/`}` in plain text so that `}}` closing two JSON objects is not mistaken for a
 * template closer: a `}}` is stray only when fewer than two text braces are open.
 */
export class StrayCloserCheck {
  private depth = 0;
  /** The next `{` and `}` at or after the last position asked (ranges come in increasing order). */
  private nextOpen = -2;
  private nextClose = -2;

  constructor(
    private readonly ctx: ScanContext,
    private readonly closer = '}}',
  ) {}

  text(from: number, to: number): void {
    const t = this.ctx.text;
    // Only braces matter: jump from one to the next with the native search instead of reading every character.
    for (let i = this.nextBrace(t, from); i >= 0 && i < to; i = this.nextBrace(t, i + 1)) {
      const c = t.charCodeAt(i);
      if (c === 123 /* { */) this.depth++;
      else if (c === 125 /* } */) {
        if (t.charCodeAt(i + 1) === 125 && i + 1 < to) {
          if (this.depth >= 2) {
            this.depth -= 2;
          } else {
            this.ctx.syntax({ offset: i, endOffset: i + 2 }, `Unbalanced \`${this.closer}\`: no \`{{\` opens it (write it inside a string or remove it).`);
            this.depth = 0;
          }
          i++;
        } else if (this.depth > 0) this.depth--;
      }
    }
  }

  /** The first `{` or `}` at or after `from`, or -1. */
  private nextBrace(t: string, from: number): number {
    if (this.nextOpen !== -1 && this.nextOpen < from) this.nextOpen = t.indexOf('{', from);
    if (this.nextClose !== -1 && this.nextClose < from) this.nextClose = t.indexOf('}', from);
    if (this.nextOpen < 0) return this.nextClose;
    if (this.nextClose < 0) return this.nextOpen;
    return Math.min(this.nextOpen, this.nextClose);
  }
}

/**
 * Skips a quoted string starting at `i` (the quote) up to `limit`; returns the index after the closing
 * quote, or -1 when the string does not close before `limit`.
 */
export function skipString(text: string, i: number, limit: number): number {
  const quote = text.charCodeAt(i);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 92 /* \ */) j++;
    else if (c === quote) return j + 1;
  }
  return -1;
}

/** Whether every string in `[from, to)` closes inside it (a `}}` inside a string is not a closer). */
export function stringsBalanced(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      const after = skipString(text, i, to);
      if (after < 0) return false;
      i = after - 1;
    }
  }
  return true;
}

/**
 * The end of a tag whose content starts at `contentStart`: the first `closer` such that the strings before
 * it are balanced (trying a few closers), or the first closer at all. -1 when no closer exists before
 * `limit` or another opener (`nextOpen`) comes first.
 */
export function findCloser(text: string, contentStart: number, closers: Finder, nextOpen: number, closer: string, limit: number): number {
  const first = closers.next(contentStart);
  if (first < 0) return -1;
  if (nextOpen >= 0 && nextOpen < first) return -1;
  if (stringsBalanced(text, contentStart, first)) return first;
  let candidate = first;
  for (let tries = 0; tries < 3; tries++) {
    const next = text.indexOf(closer, candidate + closer.length);
    if (next < 0 || next + closer.length > limit || (nextOpen >= 0 && next > nextOpen)) break;
    if (stringsBalanced(text, contentStart, next)) return next;
    candidate = next;
  }
  return first;
}
