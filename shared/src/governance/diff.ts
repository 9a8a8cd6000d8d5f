/**
 * Line counts of a change between two texts (`+3 −1`), for version-change notes. A longest common
 * subsequence of lines after trimming the common head and tail; for very large middles (where the exact
 * computation would cost too much) the counts come from comparing the lines as multisets, which is exact
 * for pure insertions and deletions and close otherwise.
 */

export interface LineDelta {
  added: number;
  removed: number;
}

/** Cells of the LCS table above which the multiset estimate is used. */
const MAX_CELLS = 4_000_000;

/** Lines of `text` with `\r\n` / `\r` endings normalized and trailing blanks ignored. */
export function normalizedLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function lineDelta(before: string, after: string): LineDelta {
  const a = normalizedLines(before);
  const b = normalizedLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length === 0 || y.length === 0) return { added: y.length, removed: x.length };
  const common = x.length * y.length <= MAX_CELLS ? lcsLength(x, y) : multisetCommon(x, y);
  return { added: y.length - common, removed: x.length - common };
}

function lcsLength(x: readonly string[], y: readonly string[]): number {
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

function multisetCommon(x: readonly string[], y: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const l of x) counts.set(l, (counts.get(l) ?? 0) + 1);
  let common = 0;
  for (const l of y) {
    const n = counts.get(l) ?? 0;
    if (n > 0) {
      common++;
      counts.set(l, n - 1);
    }
  }
  return common;
}
