/**
 * Stable fingerprints: rule id + path + a hash of the normalized matched text (not the line number), so
 * moving a line does not change it. Used by baselines and SARIF `partialFingerprints`. The hash is not a
 * secret-preserving digest on its own: it is computed over rule id and path as well, and never printed
 * next to the value.
 */

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits (pure JS: the core runs in browsers too). */
export function hash64(input: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0xcbf29ce4 | 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 13), 0x5bd1e995);
  }
  h1 = Math.imul(h1 ^ (h2 >>> 15), 0x85ebca6b) ^ (h1 >>> 16);
  h2 = Math.imul(h2 ^ (h1 >>> 13), 0xc2b2ae35) ^ (h2 >>> 16);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Whitespace runs collapse to one space, ends trimmed: re-indenting a line keeps its fingerprint. */
export function normalizeForFingerprint(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `occurrence` tells apart identical matches in one file (the 2nd `{{x}}` finding), so that each gets
 * its own fingerprint; it counts in file order among findings of the same rule and text.
 */
export function fingerprint(ruleId: string, path: string, matchedText: string, occurrence = 0): string {
  return hash64(`${ruleId}\u0000${path}\u0000${normalizeForFingerprint(matchedText)}\u0000${occurrence}`);
}
