/**
 * Synthetic secrets for the tests, built from the provider table's own shapes: random characters of each
 * segment's alphabet and length, checksums computed where the format has one. No real key is written
 * anywhere in the tests; every value here is generated from a seeded generator, so runs are reproducible.
 */
import { bech32WithChecksum, crc32Base62Checksum } from '../../../shared/src/detectors/secrets/checksums';
import type { ProviderKey, Segment } from '../../../shared/src/detectors/secrets/providers';

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const B64URL = `${ALNUM}_-`;
export const B64 = `${ALNUM}+/`;

/** `n` random characters of `alphabet`. */
export function randomOf(random: () => number, alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/**
 * `n` random characters of `alphabet` that look like a real key: mixed classes, no run of one character or
 * of consecutive characters, no placeholder word by chance, and never ending with `.`.
 */
export function keyChars(random: () => number, alphabet: string, n: number): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const s = randomOf(random, alphabet, n);
    if (n > 1 && s.endsWith('.')) continue;
    if (n >= 6 && /(.)\1{3}/.test(s)) continue;
    if (/example|sample|dummy|your|fake|todo|here|test|xxxx|redacted|invalid|insert|replace/i.test(s)) continue;
    if (/\.\.|__|--/.test(s)) continue;
    return s;
  }
  throw new Error(`could not draw a key-like string of ${n} from ${alphabet}`);
}

export type Length = 'min' | 'max' | 'random';

function lengthOf(random: () => number, min: number, max: number, length: Length): number {
  if (length === 'min') return min;
  if (length === 'max') return max;
  return min + Math.floor(random() * (Math.min(max, min + 40) - min + 1));
}

/** Generates segments; `runs` receives the [start, end) of each run, relative to the returned string + `base`. */
function generate(random: () => number, segments: readonly Segment[], length: Length, runs: Array<[number, number]>, base: number): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'string') {
      out += seg;
    } else {
      const s = keyChars(random, seg.set.chars, lengthOf(random, seg.min, seg.max, length));
      runs.push([base + out.length, base + out.length + s.length]);
      out += s;
    }
  }
  return out;
}

export interface Example {
  /** The whole key, as the table describes it (prefix or lead + anchor + body; URLs with `https://`). */
  token: string;
  /** The part that is reported (without an `AccountKey=`-style field prefix). */
  reported: string;
  /** A line with the token in a value position (after a context word for context entries). */
  line: string;
  /** [start, end) of the last random run inside `token`. */
  lastRun: [number, number];
}

/**
 * A valid example of `entry` using its `prefixIndex`-th prefix. Checksums are computed: GitHub/npm
 * CRC-32 in base62 over the 30 random characters, age's bech32 over the HRP and the data.
 */
export function exampleOf(entry: ProviderKey, random: () => number, length: Length = 'random', prefixIndex = 0): Example {
  const runs: Array<[number, number]> = [];
  let token: string;
  let reported: string;
  if (entry.checksum === 'crc32-base62') {
    const prefix = entry.prefixes![prefixIndex];
    const body = keyChars(random, ALNUM, 30);
    token = `${prefix}${body}${crc32Base62Checksum(body)}`;
    runs.push([prefix.length, token.length]);
    reported = token;
  } else if (entry.checksum === 'bech32') {
    const data = keyChars(random, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 52);
    token = bech32WithChecksum('age-secret-key-', data).toUpperCase();
    runs.push([16, token.length]);
    reported = token;
  } else if (entry.anchor) {
    const lead = generate(random, entry.lead ?? [], length, runs, 0);
    token = `${lead}${entry.anchor}${generate(random, entry.body, length, runs, lead.length + entry.anchor.length)}`;
    reported = token;
  } else if (entry.prefixes) {
    const prefix = entry.prefixes[prefixIndex];
    const parts: string[] = [];
    let at = prefix.length;
    for (const seg of entry.body) {
      const part = generate(random, [seg], length, runs, at);
      parts.push(part);
      at += part.length;
    }
    token = prefix + parts.join('');
    reported = entry.spanFrom === undefined ? token : parts.slice(entry.spanFrom).join('');
  } else {
    token = generate(random, entry.body, length, runs, 0);
    reported = token;
  }
  let lastRun = runs[runs.length - 1];
  if (entry.url) {
    const host = entry.prefixes?.[prefixIndex].startsWith('webhook.office.com') ? 'contoso.' : '';
    const scheme = `https://${host}`;
    token = scheme + token;
    reported = token;
    lastRun = [lastRun[0] + scheme.length, lastRun[1] + scheme.length];
  }
  const word = entry.context?.[0];
  const line = entry.prefixes || entry.anchor ? `credential: ${token}` : `${word}_api_key = "${token}"`;
  return { token, reported, line, lastRun };
}

/** A minimum-length example with one character removed from its last random run. */
export function oneShort(entry: ProviderKey, random: () => number, prefixIndex = 0): Example {
  const ex = exampleOf(entry, random, 'min', prefixIndex);
  const cut = ex.lastRun[1] - 1;
  const token = ex.token.slice(0, cut) + ex.token.slice(cut + 1);
  return { ...ex, token, line: ex.line.replace(ex.token, () => token) };
}

/** Replaces the character at `index` with another character of `alphabet`. */
export function mutateAt(value: string, index: number, alphabet = ALNUM): string {
  const i = index < 0 ? value.length + index : index;
  const c = value[i];
  const next = alphabet[(alphabet.indexOf(c) + 1) % alphabet.length];
  return value.slice(0, i) + next + value.slice(i + 1);
}

/** base64url without padding of a UTF-8 string (for JWTs). */
export function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** A synthetic JWT with the given header and payload and a random signature. */
export function makeJwt(random: () => number, header: Record<string, unknown>, payload: Record<string, unknown>, signatureLength = 43): string {
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${keyChars(random, B64URL, signatureLength)}`;
}

/** A synthetic PEM block: random base64 body in 64-character lines. */
export function makePem(random: () => number, label: string, bodyChars = 1600, eol = '\n', headers: string[] = []): string {
  const body = keyChars(random, B64, bodyChars);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return [`-----BEGIN ${label}-----`, ...headers, ...(headers.length ? [''] : []), ...lines, `-----END ${label}-----`].join(eol);
}
