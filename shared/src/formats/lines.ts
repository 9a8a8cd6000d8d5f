/**
 * Line bookkeeping shared by every parser. A line ends at `\n`, `\r\n` or a lone `\r` — the same rule as
 * LSP and VS Code, so that the server's position conversion agrees with ours.
 */

/** The 0-based offset of each line's first character; `[0]` for empty text. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // No carriage return (the usual case): the native search jumps from one line break to the next.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) starts.push(i + 1);
    else if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line and column (UTF-16 code units) of `offset`; offsets past the end clamp to the end. */
export function offsetToLineColumn(lineStarts: number[], offset: number): { line: number; column: number } {
  const line = lineIndexAt(lineStarts, offset);
  return { line, column: Math.max(0, offset - lineStarts[line]) };
}

/** Index of the line containing `offset` (binary search). */
export function lineIndexAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offset where the line starting at `start` ends (before its line break), bounded by `limit`. */
export function lineEndAt(text: string, start: number, limit = text.length): number {
  let i = start;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** Offset of the next line's start after the line starting at `start` (or `limit`). */
export function nextLineStart(text: string, start: number, limit = text.length): number {
  const end = lineEndAt(text, start, limit);
  if (end >= limit) return limit;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

export function isWhitespaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xfeff || c === 0xa0;
}

/** `[start, end)` with surrounding whitespace removed; an all-blank range collapses to `start`. */
export function trimSpan(text: string, start: number, end: number): { offset: number; endOffset: number } {
  let s = start;
  let e = end;
  while (s < e && isWhitespaceCode(text.charCodeAt(s))) s++;
  while (e > s && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  return s === e ? { offset: start, endOffset: start } : { offset: s, endOffset: e };
}
