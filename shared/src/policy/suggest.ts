/** "Did you mean …?" for misspelled keys, rule ids, severities and presets. */

/**
 * Edit distance: insertions, deletions, substitutions and transpositions of neighbours (`lable` → `label`
 * is 1), computed on at most 100 characters of each side.
 */
export function levenshtein(a: string, b: string): number {
  const s = a.slice(0, 100);
  const t = b.slice(0, 100);
  if (s === t) return 0;
  if (!s.length) return t.length;
  if (!t.length) return s.length;
  let before = new Array<number>(t.length + 1).fill(0);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let curr = new Array<number>(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s.charCodeAt(i - 1) === t.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2] + 1);
      curr[j] = d;
    }
    [before, prev, curr] = [prev, curr, before];
  }
  return prev[t.length];
}

/**
 * The candidate closest to `input`, when it is close enough to be a likely typo (1 edit for inputs of up to
 * 3 characters, else 2, or a third of the length up to 3). Case is ignored: `Error` suggests `error`.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const limit = needle.length <= 3 ? 1 : Math.min(3, Math.max(2, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(needle, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= limit && best !== input ? best : undefined;
}

/** ` Did you mean "x"?` or ``. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const hit = closest(input, candidates);
  return hit ? ` Did you mean "${hit}"?` : '';
}
