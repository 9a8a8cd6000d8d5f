/**
 * Private key blocks: PEM (`-----BEGIN RSA PRIVATE KEY-----`, `EC`, `DSA`, `OPENSSH`, `ENCRYPTED`, PKCS#8),
 * PGP (`-----BEGIN PGP PRIVATE KEY BLOCK-----`), SSH.com (`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`) and
 * PuTTY (`PuTTY-User-Key-File-2: …` through `Private-MAC: …`). The span is the whole block. Blocks pasted
 * into JSON or YAML strings (`\n` escapes, `"…" +` concatenations) are found too.
 *
 * A block whose body is elided (`...`), far too short to hold a key, or written in words
 * (`<your private key here>`) is a documentation placeholder.
 */
import type { Span } from '../../types';
import type { PlaceholderReason } from '../placeholders';
import { BASE64, isIn } from './charset';
import { shannonEntropy } from './entropy';

export interface PrivateKeyMatch {
  span: Span;
  /** What kind of key, for the message: `RSA`, `EC`, `OpenSSH`, `PKCS #8`, `PGP`, `PuTTY`, `SSH2`. */
  kind: string;
  /** The key is protected by a passphrase (`ENCRYPTED`, `Proc-Type: 4,ENCRYPTED`, PuTTY `Encryption: aes256-cbc`). */
  encrypted: boolean;
  /** The block has no end marker: it was cut (the span ends where its body does). */
  truncated: boolean;
  /** Base64 characters in the body. */
  bodyLength: number;
  placeholder?: PlaceholderReason;
}

const LABEL_SUFFIX = / ?PRIVATE KEY(?: BLOCK)?$/;
const PUTTY_ENCRYPTION = /Encryption: {0,4}([a-z0-9-]{1,40})/;
const LINE_BREAK = /\\n|\n/;
const HEADER_LINE = /^[A-Za-z-]{1,40}:/;
const INDENTED_HEADER_LINE = /^\s{0,20}[A-Za-z-]{1,40}:/;
const ANGLE_TEXT = /<[^<>\n]{1,60}>/;
const PROSE = /\b[A-Za-z]{3,24} [A-Za-z]{3,24} [A-Za-z]{2,24}\b/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [LABEL_SUFFIX, PUTTY_ENCRYPTION, LINE_BREAK, HEADER_LINE, INDENTED_HEADER_LINE, ANGLE_TEXT, PROSE];

const MAX_BLOCK = 65536;
/** Smallest real bodies: an Ed25519 PKCS#8 key is 64 base64 characters; OpenSSH's ~ 400. */
const MIN_BODY = 60;
const LABEL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ';

const KINDS: Readonly<Record<string, string>> = {
  'RSA PRIVATE KEY': 'RSA',
  'EC PRIVATE KEY': 'EC',
  'DSA PRIVATE KEY': 'DSA',
  'OPENSSH PRIVATE KEY': 'OpenSSH',
  'PRIVATE KEY': 'PKCS #8',
  'ENCRYPTED PRIVATE KEY': 'PKCS #8',
  'PGP PRIVATE KEY BLOCK': 'PGP',
  'SSH2 ENCRYPTED PRIVATE KEY': 'SSH2',
  'SSH2 PRIVATE KEY': 'SSH2',
};

export function findPrivateKeys(text: string): PrivateKeyMatch[] {
  const out: PrivateKeyMatch[] = [];
  findPem(text, '-----BEGIN ', '-----', out);
  findPem(text, '---- BEGIN ', ' ----', out);
  findPutty(text, out);
  return out.sort((a, b) => a.span.offset - b.span.offset);
}

/**
 * `text.indexOf(needle, from)` for increasing `from`, remembering the last answer: a file with many BEGIN
 * lines and no END line is searched once, not once per BEGIN line.
 */
function forwardFinder(text: string): (needle: string, from: number) => number {
  const last = new Map<string, number>();
  return (needle, from) => {
    const known = last.get(needle);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = text.indexOf(needle, from);
    last.set(needle, found);
    return found;
  };
}

function findPem(text: string, open: string, fence: string, out: PrivateKeyMatch[]): void {
  const find = forwardFinder(text);
  let from = 0;
  for (;;) {
    const at = indexOfOpen(text, open, from);
    if (at < 0) return;
    from = at + open.length;
    const labelEnd = text.slice(from, from + 40 + fence.length).indexOf(fence);
    if (labelEnd < 0) continue;
    const label = text.slice(from, from + labelEnd);
    if (![...label].every((c) => LABEL_CHARS.includes(c))) continue;
    if (!label.endsWith('PRIVATE KEY') && !label.endsWith('PRIVATE KEY BLOCK')) continue;
    const headerEnd = from + labelEnd + fence.length;
    const close = `${open.replace('BEGIN', 'END')}${label}${fence}`;
    const endAt = find(close, headerEnd);
    const closed = endAt >= 0 && endAt - headerEnd <= MAX_BLOCK;
    const bodyEnd = closed ? endAt : openBodyEnd(text, headerEnd);
    const end = closed ? endAt + close.length : bodyEnd;
    const body = text.slice(headerEnd, bodyEnd);
    const kind = KINDS[label] ?? label.replace(LABEL_SUFFIX, '').trim();
    const encrypted = label.includes('ENCRYPTED') || body.includes('ENCRYPTED');
    // A BEGIN line without an END line or a body is a mention of the format, not a key.
    if (!closed && stripToBase64(body).length < MIN_BODY) continue;
    out.push(judge({ offset: at, endOffset: end }, kind || 'PEM', encrypted, !closed, body));
    from = end;
  }
}

/**
 * `text.indexOf(open, from)` for `-----BEGIN ` and `---- BEGIN `, searching for `BEGIN ` and looking back:
 * a search that starts from `-` stops at every list item and rule line.
 */
function indexOfOpen(text: string, open: string, from: number): number {
  const word = open.length - 6;
  let j = from + word;
  for (;;) {
    j = text.indexOf('BEGIN ', j);
    if (j < 0) return -1;
    if (text.startsWith(open, j - word)) return j - word;
    j++;
  }
}

/**
 * Where an unterminated block's body ends: after its last line of base64. Lines are separated by line
 * breaks or `\n` escapes; `Key: value` header lines may come first; a blank line or any other line ends it.
 */
function openBodyEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_BLOCK);
  let i = from;
  let last = from;
  let sawBody = false;
  while (i < limit) {
    // one line: up to a line break or a `\n` escape
    let j = i;
    while (j < limit && text[j] !== '\n' && !(text[j] === '\\' && (text[j + 1] === 'n' || text[j + 1] === 'r'))) j++;
    let a = i;
    while (a < j && (text[a] === ' ' || text[a] === '\t' || text[a] === '\r')) a++;
    let b = a;
    while (b < j && (isIn(BASE64, text, b) || text[b] === '=')) b++;
    const rest = text.slice(b, j).trim();
    if (b > a && rest === '') {
      sawBody = true;
      last = b;
    } else if (b > a && !sawBody && HEADER_LINE.test(text.slice(a, j))) {
      // Proc-Type: 4,ENCRYPTED / DEK-Info: … / Comment: …
    } else if (b === a && !sawBody && a === j) {
      // a blank line between headers and the body
    } else {
      if (b > a && sawBody) last = b; // base64 followed by the end of a quoted string
      break;
    }
    i = j < limit && text[j] === '\\' ? j + 2 : j + 1;
  }
  return last;
}

/** PuTTY `.ppk`: from the `PuTTY-User-Key-File-N:` line to the end of the `Private-MAC:` line. */
function findPutty(text: string, out: PrivateKeyMatch[]): void {
  const open = 'PuTTY-User-Key-File-';
  const find = forwardFinder(text);
  let from = 0;
  for (;;) {
    const at = text.indexOf(open, from);
    if (at < 0) return;
    from = at + open.length;
    const mac = find('Private-MAC:', from);
    const closed = mac >= 0 && mac - at <= MAX_BLOCK;
    let end: number;
    if (closed) {
      end = find('\n', mac);
      if (end < 0) end = text.length;
      if (text[end - 1] === '\r') end--;
    } else {
      end = openBodyEnd(text, lineEnd(text, from));
      if (end - at < MIN_BODY * 2) continue;
    }
    const block = text.slice(at, end);
    const privStart = block.indexOf('Private-Lines:');
    const body = privStart >= 0 ? block.slice(lineEnd(block, privStart), closed ? block.indexOf('Private-MAC:') : undefined) : '';
    const encryption = PUTTY_ENCRYPTION.exec(block)?.[1];
    out.push(judge({ offset: at, endOffset: end }, 'PuTTY', encryption !== undefined && encryption !== 'none', !closed, body));
    from = end;
  }
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl + 1;
}

function judge(span: Span, kind: string, encrypted: boolean, truncated: boolean, body: string): PrivateKeyMatch {
  const base64 = stripToBase64(body);
  const match: PrivateKeyMatch = { span, kind, encrypted, truncated, bodyLength: base64.length };
  const placeholder = bodyPlaceholder(body, base64);
  if (placeholder) match.placeholder = placeholder;
  return match;
}

/** The body's base64 characters, without PEM headers (`Proc-Type: …`), line breaks and `\n` escapes. */
function stripToBase64(body: string): string {
  let out = '';
  for (const raw of body.split(LINE_BREAK)) {
    const line = raw.trim();
    if (line.includes(': ') || HEADER_LINE.test(line)) continue; // header line
    for (let i = 0; i < line.length; i++) if (isIn(BASE64, line, i) || line[i] === '=') out += line[i];
  }
  return out;
}

function bodyPlaceholder(body: string, base64: string): PlaceholderReason | undefined {
  if (body.includes('...') || body.includes('…')) return 'masked';
  if (ANGLE_TEXT.test(body)) return 'angle-token';
  if (PROSE.test(stripHeaders(body))) return 'your-value';
  if (base64.length < MIN_BODY) return 'masked';
  if (longestRun(base64) >= 24) return 'repeated';
  if (shannonEntropy(base64) < 4) return 'repeated';
  return undefined;
}

function stripHeaders(body: string): string {
  return body
    .split(LINE_BREAK)
    .filter((l) => !INDENTED_HEADER_LINE.test(l))
    .join('\n');
}

function longestRun(value: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    run = i > 0 && value[i] === value[i - 1] ? run + 1 : 1;
    if (value[i] !== '=' && run > best) best = run;
  }
  return best;
}
