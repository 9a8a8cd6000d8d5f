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

const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i];
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

/** Whether `value` (`hrp1data…`, any single case) is a bech32 string whose checksum holds. */
export function bech32Valid(value: string): boolean {
  const lower = value.toLowerCase();
  if (lower !== value && value.toUpperCase() !== value) return false;
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || sep + 7 > lower.length) return false;
  const hrp = lower.slice(0, sep);
  const data: number[] = [];
  for (const ch of lower.slice(sep + 1)) {
    const v = BECH32_ALPHABET.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  return polymod([...hrpExpand(hrp), ...data]) === 1;
}

/** Appends a bech32 checksum to `hrp` + `data` characters (used by the tests to build valid examples). */
export function bech32WithChecksum(hrp: string, dataChars: string): string {
  const data = [...dataChars.toLowerCase()].map((c) => BECH32_ALPHABET.indexOf(c));
  const mod = polymod([...hrpExpand(hrp.toLowerCase()), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  let checksum = '';
  for (let p = 0; p < 6; p++) checksum += BECH32_ALPHABET[(mod >>> (5 * (5 - p))) & 31];
  return `${hrp}1${dataChars}${checksum}`;
}

/** Every regular expression of this module (none: it works on lookup tables and literals). */
export const PATTERNS: readonly RegExp[] = [];
