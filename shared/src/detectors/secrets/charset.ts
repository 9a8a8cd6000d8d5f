/**
 * Character sets for the secret detectors, written the way a regular expression class is (`A-Za-z0-9_-`)
 * and compiled once into a 128-entry lookup table. Secrets are ASCII: anything above 127 is never a
 * member. The detectors walk text with these tables instead of regular expressions, so their cost is one
 * table read per character and no pattern can backtrack.
 */

export interface CharSet {
  /** The spec as written (`A-Za-z0-9_-`), for messages and tests. */
  readonly spec: string;
  /** Every member, in code-point order (the test generators draw from it). */
  readonly chars: string;
  /** `table[code] === 1` when the ASCII character `code` is a member. */
  readonly table: Uint8Array;
}

const cache = new Map<string, CharSet>();

/** Compiles `spec` (ranges `a-z` and single characters; a `-` first or last is literal). */
export function charset(spec: string): CharSet {
  const known = cache.get(spec);
  if (known) return known;
  const table = new Uint8Array(128);
  for (let i = 0; i < spec.length; i++) {
    const from = spec.charCodeAt(i);
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      const to = spec.charCodeAt(i + 2);
      for (let c = from; c <= to; c++) table[c] = 1;
      i += 2;
    } else {
      table[from] = 1;
    }
  }
  let chars = '';
  for (let c = 0; c < 128; c++) if (table[c]) chars += String.fromCharCode(c);
  const set: CharSet = { spec, chars, table };
  cache.set(spec, set);
  return set;
}

/** Whether the character at `index` of `text` is in `set` (false outside the text). */
export function isIn(set: CharSet, text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code < 128 && set.table[code] === 1;
}

/** The usual alphabets of keys. */
export const HEX = charset('0-9a-f');
export const HEX_UPPER = charset('0-9A-F');
export const HEX_ANY = charset('0-9A-Fa-f');
export const DIGITS = charset('0-9');
export const ALNUM = charset('0-9A-Za-z');
export const LOWER_ALNUM = charset('0-9a-z');
export const UPPER_ALNUM = charset('0-9A-Z');
export const LETTERS = charset('A-Za-z');
export const LOWER = charset('a-z');
export const BASE64 = charset('0-9A-Za-z+/');
export const BASE64URL = charset('0-9A-Za-z_-');
export const BASE32_UPPER = charset('A-Z2-7');
export const BASE32_LOWER = charset('a-z2-7');
/** Bech32's data alphabet (BIP 173), upper case as age prints it. */
export const BECH32_UPPER = charset('02-9ACDEFGHJKLMNPQRSTUVWXYZ');
/** Characters that continue a word or an identifier: a key never starts or ends next to one of these. */
export const WORDISH = charset('0-9A-Za-z');

/** Every regular expression of this module (none: it works on lookup tables and literals). */
export const PATTERNS: readonly RegExp[] = [];
