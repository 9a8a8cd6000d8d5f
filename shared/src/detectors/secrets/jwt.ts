/**
 * JSON Web Tokens (RFC 7519): three base64url segments `header.payload.signature` (five for JWE) whose
 * header decodes to a JSON object with an `alg`. Found by their anchor: every JWT header starts with
 * `eyJ` (base64url of `{"`). Decoding is done here in plain JavaScript (no Buffer, no atob), so the core
 * stays browser-safe.
 *
 * Reported facts are never values: the algorithm, whether the token is unsigned (`alg: none`), the names
 * of its claims and its expiry time.
 */
import type { Span } from '../../types';
import { isDocumentationDomain, placeholderValue, type PlaceholderReason } from '../placeholders';
import { BASE64URL, WORDISH, isIn } from './charset';

export interface JwtMatch {
  span: Span;
  /** `HS256`, `RS256`, `none` … */
  alg: string;
  /** `alg: none`: anyone can forge such a token. */
  unsigned: boolean;
  /** Five segments: an encrypted token (JWE). */
  encrypted: boolean;
  /** Claim names of the payload (`sub`, `exp`, `role` …), when it decodes to JSON. */
  claims: string[];
  /** The `exp` claim, in seconds since the epoch. */
  expiresAt?: number;
  placeholder?: PlaceholderReason;
}

const HOST_END = /[/:?#]/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [HOST_END];

const MAX_SEGMENT = 8192;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  t[43] = 62; // '+' (plain base64, tolerated)
  t[47] = 63; // '/'
  return t;
})();

/** Decodes base64url (or base64; padding optional) to bytes; undefined when a character is invalid. */
export function decodeBase64Url(value: string): Uint8Array | undefined {
  let len = value.length;
  while (len > 0 && value.charCodeAt(len - 1) === 61) len--;
  const s = value.slice(0, len);
  if (s.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? DECODE[c] : -1;
    if (v < 0) return undefined;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** Decodes base64url to text (UTF-8); undefined when not decodable. */
export function decodeBase64UrlText(value: string): string | undefined {
  const bytes = decodeBase64Url(value);
  if (!bytes) return undefined;
  return utf8(bytes);
}

/** A minimal UTF-8 decoder (ES2022 has no TextDecoder in its lib). Invalid sequences → undefined. */
function utf8(bytes: Uint8Array): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let cp: number;
    let n: number;
    if (b < 0x80) [cp, n] = [b, 0];
    else if (b >= 0xc2 && b < 0xe0) [cp, n] = [b & 0x1f, 1];
    else if (b >= 0xe0 && b < 0xf0) [cp, n] = [b & 0x0f, 2];
    else if (b >= 0xf0 && b < 0xf5) [cp, n] = [b & 0x07, 3];
    else return undefined;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 0x3f);
    }
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}

function parseObject(value: string): Record<string, unknown> | undefined {
  const text = decodeBase64UrlText(value);
  if (!text || text[0] !== '{') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a run of base64url characters from `i`; returns its end. */
function segmentEnd(text: string, i: number): number {
  let j = i;
  while (j - i < MAX_SEGMENT && isIn(BASE64URL, text, j)) j++;
  return j;
}

export function findJwts(text: string): JwtMatch[] {
  const out: JwtMatch[] = [];
  let from = 0;
  for (;;) {
    const at = indexOfEyJ(text, from);
    if (at < 0) return out;
    from = at + 3;
    if (isIn(BASE64URL, text, at - 1) || text[at - 1] === '.') continue;
    const ends = [segmentEnd(text, at)];
    while (ends.length < 5 && text[ends[ends.length - 1]] === '.') ends.push(segmentEnd(text, ends[ends.length - 1] + 1));
    if (ends.length !== 3 && ends.length !== 5) continue;
    let end = ends[ends.length - 1];
    if (isIn(WORDISH, text, end)) continue;
    const header = parseObject(text.slice(at, ends[0]));
    if (!header || typeof header.alg !== 'string') continue;
    const payloadStart = ends[0] + 1;
    if (ends[1] - payloadStart < 2) continue;
    const alg = header.alg;
    const encrypted = ends.length === 5;
    const signature = text.slice(ends[ends.length - 2] + 1, end);
    const unsigned = alg.toLowerCase() === 'none';
    if (!unsigned && !encrypted && signature.length === 0) continue;
    const payload = encrypted ? undefined : parseObject(text.slice(payloadStart, ends[1]));
    const match: JwtMatch = { span: { offset: at, endOffset: end }, alg, unsigned, encrypted, claims: payload ? Object.keys(payload).slice(0, 20) : [] };
    if (payload && typeof payload.exp === 'number') match.expiresAt = payload.exp;
    const placeholder = tokenPlaceholder(payload, signature, unsigned || encrypted);
    if (placeholder) match.placeholder = placeholder;
    out.push(match);
    from = end;
  }
}

/**
 * `text.indexOf('eyJ', from)`, searching for the rare `J` and looking back: a search that starts from `e`,
 * the most common letter, stops at every word.
 */
function indexOfEyJ(text: string, from: number): number {
  let j = from + 2;
  for (;;) {
    j = text.indexOf('J', j);
    if (j < 0) return -1;
    if (text.charCodeAt(j - 1) === 121 && text.charCodeAt(j - 2) === 101) return j - 2;
    j++;
  }
}

const DOC_NAMES = new Set(['john doe', 'jane doe', 'john smith', 'test user', 'example user', 'foo bar']);
const DOC_SUBJECTS = new Set(['1234567890', '123456789', '12345', '123', 'user123', 'test', 'user', 'example', 'subject']);

/**
 * A token made for documentation: the well-known sample claims (a subject of `1234567890` and a name of
 * `John Doe`), an issuer or audience at a documentation domain, or a signature that is a word.
 */
function tokenPlaceholder(payload: Record<string, unknown> | undefined, signature: string, noSignature: boolean): PlaceholderReason | undefined {
  if (!noSignature && (signature.length < 16 || placeholderValue(signature))) return 'word';
  if (!payload) return undefined;
  const name = typeof payload.name === 'string' ? payload.name.toLowerCase() : undefined;
  const sub = typeof payload.sub === 'string' || typeof payload.sub === 'number' ? String(payload.sub).toLowerCase() : undefined;
  if ((name && DOC_NAMES.has(name)) || (sub && DOC_SUBJECTS.has(sub))) return 'documentation';
  for (const claim of ['iss', 'aud']) {
    const v = payload[claim];
    const host = typeof v === 'string' ? hostOf(v) : undefined;
    if (host && isDocumentationDomain(host)) return 'documentation';
  }
  return undefined;
}

function hostOf(value: string): string | undefined {
  const scheme = value.indexOf('://');
  const rest = scheme >= 0 ? value.slice(scheme + 3) : value;
  const host = rest.split(HOST_END, 1)[0];
  return host.includes('.') ? host : undefined;
}
