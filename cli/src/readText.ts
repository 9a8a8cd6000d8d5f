/**
 * Reading a file as prompt text, whatever it holds: binary files are recognized (a NUL byte in the first
 * 8 KB, as git decides), invalid UTF-8 is decoded with U+FFFD replacements and the first bad byte is
 * reported, a byte order mark is removed (and restored by `fix`), and files above the size limit are not
 * read at all.
 */
import { readFileSync, statSync } from 'node:fs';
import { fromPosix } from './nodeHost';

/** Default of `--max-file-size`: large enough for any real prompt, small enough to keep memory bounded. */
export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

const BINARY_SNIFF_BYTES = 8192;

export type ReadResult =
  | { kind: 'text'; text: string; bom: boolean; size: number; invalidUtf8?: InvalidUtf8 }
  | { kind: 'binary'; size: number }
  | { kind: 'too-large'; size: number }
  | { kind: 'unreadable'; reason: string };

export interface InvalidUtf8 {
  /** 0-based byte offset (in the file) of the first byte that is not valid UTF-8. */
  byte: number;
  /** Its UTF-16 offset in the decoded text (where the first U+FFFD is). */
  offset: number;
}

export function readText(path: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE): ReadResult {
  let bytes: Buffer;
  try {
    const size = statSync(fromPosix(path)).size;
    if (size > maxBytes) return { kind: 'too-large', size };
    bytes = readFileSync(fromPosix(path));
  } catch (error) {
    return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (bytes.length > maxBytes) return { kind: 'too-large', size: bytes.length };
  if (isBinary(bytes)) return { kind: 'binary', size: bytes.length };
  return { kind: 'text', size: bytes.length, ...decodeUtf8(bytes) };
}

/** A NUL byte in the first 8 KB. */
export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decodeUtf8(bytes: Uint8Array): { text: string; bom: boolean; invalidUtf8?: InvalidUtf8 } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = bom ? 3 : 0;
  // ignoreBOM: the mark was already removed above; a second one would be content.
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const body = bytes.subarray(start);
  const text = decoder.decode(body);
  const bad = firstInvalidUtf8(body);
  if (bad < 0) return { text, bom };
  // The valid prefix decodes to exactly the text before the first replacement character.
  const offset = decoder.decode(body.subarray(0, bad)).length;
  return { text, bom, invalidUtf8: { byte: bad + start, offset } };
}

/**
 * Index of the first byte that starts an ill-formed UTF-8 sequence (per the Unicode standard's table of
 * well-formed byte sequences), or -1 when the bytes are valid UTF-8. Linear, one pass.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    const second = bytes[i + 1]; // undefined when the file ends mid-sequence
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
