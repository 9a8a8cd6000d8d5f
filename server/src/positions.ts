/**
 * The one place where core offsets meet LSP positions.
 *
 * The core speaks 0-based UTF-16 code-unit offsets into a file's text; LSP's default position encoding is
 * UTF-16 too (line + character), so a position is the offset minus the start of its line. Line breaks are
 * `\n`, `\r\n` and a lone `\r`, as both the core (`computeLineStarts`) and LSP count them. Every conversion
 * clamps: a position past the end of a line or of the file means the end, as the LSP specification asks,
 * and nonsense (negative, NaN, missing) means the start, so that a malformed request cannot throw here.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../../shared/src/types';
import { computeLineStarts, lineOfOffset } from '../../shared/src/engine/positions';

export class LineMap {
  readonly lineStarts: readonly number[];

  constructor(
    readonly text: string,
    lineStarts?: readonly number[],
  ) {
    this.lineStarts = lineStarts ?? computeLineStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The LSP position of `offset` (clamped into the text). */
  position(offset: number): Position {
    const o = clampInt(offset, 0, this.text.length);
    const line = lineOfOffset(this.lineStarts, o);
    return { line, character: o - this.lineStarts[line] };
  }

  range(span: Span): Range {
    const start = this.position(span.offset);
    const end = this.position(Math.max(span.offset, span.endOffset));
    return { start, end };
  }

  /** The offset of an LSP position; a character past the end of its line means the line's end. */
  offset(position: Position | undefined): number {
    const line = clampInt(position?.line, 0, this.lineStarts.length - 1);
    if (typeof position?.line === 'number' && position.line > this.lineStarts.length - 1) return this.text.length;
    const start = this.lineStarts[line];
    const character = clampInt(position?.character, 0, Number.MAX_SAFE_INTEGER);
    return Math.min(start + character, this.lineEnd(line));
  }

  span(range: Range | undefined): Span {
    const a = this.offset(range?.start);
    const b = this.offset(range?.end);
    return a <= b ? { offset: a, endOffset: b } : { offset: b, endOffset: a };
  }

  /** 0-based line of `offset`. */
  lineOf(offset: number): number {
    return lineOfOffset(this.lineStarts, clampInt(offset, 0, this.text.length));
  }

  /** Offset of the first character of `line`. */
  lineStart(line: number): number {
    return this.lineStarts[clampInt(line, 0, this.lineStarts.length - 1)];
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    const l = clampInt(line, 0, this.lineStarts.length - 1);
    let end = l + 1 < this.lineStarts.length ? this.lineStarts[l + 1] : this.text.length;
    if (end > this.lineStarts[l] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[l] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of `line` without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** Whether `offset` falls inside `span` (a zero-length span is hit at its offset; the end is inclusive so that a
 * cursor just after a word still counts as on it). */
export function spanContains(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.endOffset;
}

/** Whether two spans share at least one point (touching counts, so an empty selection at a finding's edge hits it). */
export function spansTouch(a: Span, b: Span): boolean {
  return a.offset <= b.endOffset && b.offset <= a.endOffset;
}

function clampInt(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return min;
  const v = Math.trunc(value);
  return v < min ? min : v > max ? max : v;
}
