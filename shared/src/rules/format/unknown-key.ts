import type { Format } from '../../types';
import { knownKeys } from '../../formats/knownKeys';
import { keySpan, pairsOf } from '../../formats/yamlNodes';
import { defineRule } from '../rule';

/**
 * A top-level front-matter key the file's format does not define: often a typo (`descripton`) that the
 * tool silently ignores, so the setting never applies. Known keys come from formats/knownKeys.ts, which
 * also lists keys real files commonly use (Genkit extras, `tested_with`, legacy `mode`, `excludeAgent`, …).
 * Always accepted: `x-` keys, and Dotprompt's dotted extension keys (`myco.owner`). A key the parser already
 * reported as a structure problem is not reported twice.
 */
export default defineRule({
  meta: {
    id: 'format/unknown-key',
    description: 'A top-level front-matter key that the file format does not define (often a typo that is silently ignored).',
    defaultSeverity: 'info',
    fixable: false,
    formats: ['prompty', 'dotprompt', 'github-prompt', 'copilot'],
  },
  check({ document, report }) {
    const root = document.frontMatter?.yaml?.contents;
    const known = knownKeys(document.format, document.variant);
    for (const { key, pair } of pairsOf(root)) {
      if (known.has(key) || key.startsWith('x-') || (document.format === 'dotprompt' && key.includes('.'))) continue;
      const span = keySpan(pair);
      if (!span) continue;
      if (document.problems.some((p) => p.span.offset === span.offset && p.span.endOffset === span.endOffset)) continue;
      const guess = closest(key, known);
      report({
        span,
        message: `Unknown key '${key}' for ${formatName(document.format, document.variant)}${guess ? `: did you mean '${guess}'?` : '; it is ignored.'}`,
        evidence: { key, ...(guess ? { suggestion: guess } : {}) },
        fingerprintText: key,
      });
    }
  },
});

function formatName(format: Format, variant?: string): string {
  switch (format) {
    case 'prompty':
      return 'a Prompty file';
    case 'dotprompt':
      return 'a Dotprompt file';
    case 'github-prompt':
      return 'a GitHub Models prompt file';
    case 'copilot':
      return variant ? `a VS Code ${variant} file` : 'a VS Code prompt file';
    default:
      return `a ${format} file`;
  }
}

/** The known key nearest to `key` (case-insensitive edit distance ≤ 2, or same letters ignoring `-`/`_`). */
function closest(key: string, known: ReadonlySet<string>): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    if (norm(candidate) === norm(key)) return candidate;
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it must reach `limit`. Keys are short. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 64 || b.length > 64) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= limit) return limit;
    prev = row;
  }
  return Math.min(prev[b.length], limit);
}
