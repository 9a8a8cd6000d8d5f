/**
 * Stable fingerprints: rule id + path + a hash of the normalized matched text (not the line number), so
 * moving a line does not change it. Used by baselines and SARIF `partialFingerprints`. The hash is not a
 * secret-preserving digest on its own: it is computed over rule id and path as well, and never printed
 * next to the value.
 */

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits (pure JS: the core runs in browsers too). */
export function hash64(input: string): string {
  state[0] = 0x811c9dc5 | 0;
  state[1] = 0xcbf29ce4 | 0;
  feed(input);
  return digest();
}

/** The two halves of the running hash (module state: hashing is synchronous and never re-entered). */
const state = new Int32Array(2);

function feed(input: string): void {
  let h1 = state[0];
  let h2 = state[1];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 13), 0x5bd1e995);
  }
  state[0] = h1;
  state[1] = h2;
}

/** One code unit (the separators between the parts of a fingerprint). */
function feedCode(c: number): void {
  const h1 = Math.imul(state[0] ^ c, 0x01000193);
  state[1] = Math.imul(state[1] ^ c ^ (h1 >>> 13), 0x5bd1e995);
  state[0] = h1;
}

function digest(): string {
  let h1 = state[0];
  let h2 = state[1];
  h1 = Math.imul(h1 ^ (h2 >>> 15), 0x85ebca6b) ^ (h1 >>> 16);
  h2 = Math.imul(h2 ^ (h1 >>> 13), 0xc2b2ae35) ^ (h2 >>> 16);
  return hex8(h1) + hex8(h2);
}

/** Two hex digits per byte value. */
const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * `(h >>> 0).toString(16).padStart(8, '0')` without `toString(16)`, which for values of 2^31 and above (a
 * heap number, not a small integer) takes a slow path that showed in profiles.
 */
function hex8(h: number): string {
  return HEX_BYTE[(h >>> 24) & 255] + HEX_BYTE[(h >>> 16) & 255] + HEX_BYTE[(h >>> 8) & 255] + HEX_BYTE[h & 255];
}

const WHITESPACE = /\s/;

/** The last rule id and path hashed, and the state after them (see `fingerprint`). */
let prefixRule: string | undefined;
let prefixPath: string | undefined;
const prefixState = new Int32Array(2);

/** Whitespace runs collapse to one space, ends trimmed: re-indenting a line keeps its fingerprint. */
export function normalizeForFingerprint(text: string): string {
  // Most matched values hold no whitespace at all: nothing to replace or trim (`\s` and `trim` agree on
  // what whitespace is).
  return WHITESPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * `occurrence` tells apart identical matches in one file (the 2nd `{{x}}` finding), so that each gets
 * its own fingerprint; it counts in file order among findings of the same rule and text.
 */
export function fingerprint(ruleId: string, path: string, matchedText: string, occurrence = 0): string {
  // The hash of `${ruleId}\0${path}\0${normalized}\0${occurrence}`, fed part by part: hashing a string
  // built by concatenation first reads a rope, and every finding pays for it. The findings of one check
  // come rule by rule, all with the same path: the state after `${ruleId}\0${path}\0` is kept for the next.
  if (ruleId === prefixRule && path === prefixPath) {
    state[0] = prefixState[0];
    state[1] = prefixState[1];
  } else {
    state[0] = 0x811c9dc5 | 0;
    state[1] = 0xcbf29ce4 | 0;
    feed(ruleId);
    feedCode(0);
    feed(path);
    feedCode(0);
    prefixRule = ruleId;
    prefixPath = path;
    prefixState[0] = state[0];
    prefixState[1] = state[1];
  }
  feed(normalizeForFingerprint(matchedText));
  feedCode(0);
  // Nearly every occurrence is a single digit: its one code unit, as `String(occurrence)` would give it.
  if (occurrence >= 0 && occurrence <= 9 && Number.isInteger(occurrence)) feedCode(48 + occurrence);
  else feed(String(occurrence));
  return digest();
}
