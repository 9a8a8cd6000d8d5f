/**
 * Checksums that some providers build into their keys. A key whose checksum holds is almost certainly
 * real (or a carefully made test value); one whose checksum fails is a typo, a truncation or an invented
 * example.
 *
 *   crc32Base62   GitHub's `ghp_ gho_ ghu_ ghs_ ghr_` tokens and npm's `npm_` tokens: 30 random base62
 *                 characters, then the CRC-32 of those 30 characters in base62 (digits, upper, lower),
 *                 left-padded with `0` to 6 characters.
 *                 https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 *                 https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/
 *   bech32        age's `AGE-SECRET-KEY-1…` identities (BIP 173 checksum over the human-readable part
 *                 `age-secret-key-` and the data). https://age-encryption.org/v1
 */
import { BECH32_CHARSET, bech32Encode, bech32Parse } from '../bech32';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3) of an ASCII string, unsigned. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export const BASE62_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` in base62 (digits, upper, lower), left-padded with `0` to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let v = n;
  do {
    out = BASE62_DIGITS[v % 62] + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

/** The 6-character checksum GitHub and npm append to the 30 random characters of a token. */
export function crc32Base62Checksum(random: string): string {
  return base62(crc32(random), 6);
}

/** Checks a GitHub/npm-style token body (without its prefix): 30 random characters and 6 of checksum. */
export function crc32Base62Valid(body: string): boolean {
  if (body.length < 7) return false;
  const random = body.slice(0, -6);
  return crc32Base62Checksum(random) === body.slice(-6);
}

// ---------------------------------------------------------------------------------------------------
// Bech32 (BIP 173)

/** Whether `value` (`hrp1data…`, any single case) is a bech32 string whose checksum holds. */
export function bech32Valid(value: string): boolean {
  return bech32Parse(value)?.encoding === 'bech32';
}

/** Appends a bech32 checksum to `hrp` + `data` characters (used by the tests to build valid examples). */
export function bech32WithChecksum(hrp: string, dataChars: string): string {
  const data = [...dataChars.toLowerCase()].map((c) => BECH32_CHARSET.indexOf(c));
  return `${hrp}1${dataChars}${bech32Encode(hrp.toLowerCase(), data, 'bech32').slice(-6)}`;
}

/** Every regular expression of this module (none: it works on lookup tables and literals). */
export const PATTERNS: readonly RegExp[] = [];
