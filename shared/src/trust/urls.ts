/**
 * URLs in prompt text that can carry data out: Markdown images (`![x](url)`, fetched by a chat UI as soon
 * as the answer renders), Markdown and HTML links, HTML `<img src>`, and bare URLs. A URL carries data when
 * part of it is a template expression, or when a query parameter holds a placeholder for the model to fill
 * (`?d=[SUMMARY]`, `?q={conversation}`, `?u=<user email>`, `?x=$DATA`).
 *
 * The scan is linear: `://` occurrences are found with `indexOf`, each URL is read once, and look-backs are
 * bounded.
 */
import type { Span } from '../types';

export type UrlKind = 'image' | 'html-image' | 'link' | 'bare';

export interface UrlHit {
  span: Span;
  kind: UrlKind;
  /** The host as written, lower-cased ('' when part of it is a template expression). */
  host: string;
  /** Part of the host is a template expression: where the data goes is decided at run time. */
  hostDynamic: boolean;
  /** Spans of the template expressions inside the URL. */
  expressions: Span[];
  /** Query parameters whose value is a placeholder for data (`d=[SUMMARY]`), as written. */
  placeholders: string[];
}

/** The stand-in for expression characters in scan text: not a space, not a delimiter, not ASCII. */
export const EXPRESSION_CHAR = '\u0001';
const MAX_URL = 2048;
const LOOK_BACK = 300;

/** `$VAR`, `${…}`, `%s`, `...`, `…` in a query value. */
const PLACEHOLDER_MARK = /\$\{?[A-Za-z_]|%s|\.\.\.|\u2026/;
/** An ALL-CAPS word standing for data (`USER_DATA`, `SUMMARY`). */
const CAPS_WORD = /^[A-Z][A-Z0-9_]{2,40}$/;
const DATA_WORDS = new Set([
  'DATA', 'SECRET', 'SECRETS', 'TOKEN', 'PASSWORD', 'SUMMARY', 'CONVERSATION', 'HISTORY', 'CONTEXT', 'MEMORY', 'EMAIL',
  'INFO', 'CONTENT', 'MESSAGE', 'MESSAGES', 'CHAT', 'PROMPT', 'INPUT', 'KEY', 'APIKEY', 'CREDENTIALS', 'PII', 'NAME', 'ADDRESS',
]);
const PLUS = /\+/g;

/**
 * URLs in `scan` (the text of `[base, base + scan.length)` with every template expression's characters
 * replaced by EXPRESSION_CHAR, line breaks kept).
 */
export function findUrls(scan: string, base = 0): UrlHit[] {
  const out: UrlHit[] = [];
  let from = 0;
  for (let sep = scan.indexOf('://', from); sep >= 0; sep = scan.indexOf('://', from)) {
    from = sep + 3;
    const start = schemeStart(scan, sep);
    if (start < 0) continue;
    const end = urlEnd(scan, sep + 3);
    if (end <= sep + 3) continue;
    from = end;
    out.push(describeUrl(scan, start, end, base));
  }
  return out;
}

/** Start of `http`/`https` (any case) ending at `sep`, or -1. */
function schemeStart(scan: string, sep: number): number {
  for (const scheme of ['https', 'http']) {
    const at = sep - scheme.length;
    if (at < 0 || scan.slice(at, sep).toLowerCase() !== scheme) continue;
    const before = at > 0 ? scan.charCodeAt(at - 1) : 32;
    const letter = (before >= 65 && before <= 90) || (before >= 97 && before <= 122);
    return letter ? -1 : at;
  }
  return -1;
}

const OPENERS = '([{<';
const CLOSERS = ')]}>';

/**
 * Where the URL starting its authority at `from` ends: at a blank, a quote, a backtick or an unmatched
 * closer. Blanks inside an open `[…]`, `{…}`, `(…)` or `<…>` group on the same line belong to it
 * (`?d=[CONVERSATION SUMMARY]`); if the group never closes, the URL ends at its first blank.
 */
function urlEnd(scan: string, from: number): number {
  const depth = [0, 0, 0, 0];
  let open = 0;
  let firstBlank = -1;
  let i = from;
  const limit = Math.min(scan.length, from + MAX_URL);
  for (; i < limit; i++) {
    const c = scan[i];
    if (c === '\n' || c === '\r' || c === '"' || c === "'" || c === '`') break;
    if (c === ' ' || c === '\t') {
      if (open === 0) break;
      if (firstBlank < 0) firstBlank = i;
      continue;
    }
    const opener = OPENERS.indexOf(c);
    if (opener >= 0) {
      depth[opener]++;
      open++;
      continue;
    }
    const closer = CLOSERS.indexOf(c);
    if (closer >= 0) {
      if (depth[closer] === 0) break;
      depth[closer]--;
      open--;
      if (open === 0) firstBlank = -1;
    }
  }
  if (open > 0 && firstBlank >= 0) i = firstBlank;
  // Trailing punctuation ends the sentence, not the URL.
  while (i > from && '.,;:!?*_'.includes(scan[i - 1])) i--;
  return i;
}

function describeUrl(scan: string, start: number, end: number, base: number): UrlHit {
  const url = scan.slice(start, end);
  const authorityStart = url.indexOf('://') + 3;
  let authorityEnd = authorityStart;
  while (authorityEnd < url.length && !'/?#'.includes(url[authorityEnd])) authorityEnd++;
  let host = url.slice(authorityStart, authorityEnd);
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  if (!host.startsWith('[')) {
    const colon = host.lastIndexOf(':');
    if (colon >= 0) host = host.slice(0, colon);
  }
  const hostDynamic = host.includes(EXPRESSION_CHAR) || host === '';
  const expressions: Span[] = [];
  for (let i = url.indexOf(EXPRESSION_CHAR); i >= 0; ) {
    let j = i;
    while (j < url.length && url[j] === EXPRESSION_CHAR) j++;
    expressions.push({ offset: base + start + i, endOffset: base + start + j });
    i = url.indexOf(EXPRESSION_CHAR, j);
  }
  return {
    span: { offset: base + start, endOffset: base + end },
    kind: kindOf(scan, start),
    host: hostDynamic ? '' : host.toLowerCase(),
    hostDynamic,
    expressions,
    placeholders: queryPlaceholders(url),
  };
}

function kindOf(scan: string, start: number): UrlKind {
  const from = Math.max(0, start - LOOK_BACK);
  const before = scan.slice(from, start);
  if (before.endsWith('](')) {
    const open = before.lastIndexOf('[', before.length - 2);
    const lineBreak = before.lastIndexOf('\n');
    if (open > lineBreak && open > 0 && before[open - 1] === '!') return 'image';
    return 'link';
  }
  const tag = before.lastIndexOf('<');
  if (tag >= 0 && before.indexOf('>', tag) < 0) {
    const inTag = before.slice(tag);
    const attribute = attributeBefore(inTag);
    if (attribute === 'src' && inTag.slice(1, 4).toLowerCase() === 'img' && !isNameChar(inTag.charCodeAt(4))) return 'html-image';
    if (attribute === 'href') return 'link';
  }
  return 'bare';
}

/** The attribute whose value starts at the end of `inTag` (`<img alt="x" src="` → `src`), lower-cased. */
function attributeBefore(inTag: string): string {
  let i = inTag.length;
  if (i > 0 && (inTag[i - 1] === '"' || inTag[i - 1] === "'")) i--;
  while (i > 0 && (inTag[i - 1] === ' ' || inTag[i - 1] === '\t')) i--;
  if (i === 0 || inTag[i - 1] !== '=') return '';
  i--;
  while (i > 0 && (inTag[i - 1] === ' ' || inTag[i - 1] === '\t')) i--;
  const end = i;
  while (i > 0 && isNameChar(inTag.charCodeAt(i - 1))) i--;
  const before = i > 0 ? inTag[i - 1] : '';
  return before === ' ' || before === '\t' || before === '\n' ? inTag.slice(i, end).toLowerCase() : '';
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
}

/** The `key=value` query parameters whose value is a placeholder for data. */
function queryPlaceholders(url: string): string[] {
  const q = url.indexOf('?');
  if (q < 0) return [];
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? url.length : hash);
  const out: string[] = [];
  for (const param of query.split('&')) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    let value = param.slice(eq + 1);
    try {
      value = decodeURIComponent(value.replace(PLUS, ' '));
    } catch {
      // not percent-encoded text: read it as written
    }
    const clean = value.split(EXPRESSION_CHAR).join('');
    if (isPlaceholder(clean)) out.push(param.split(EXPRESSION_CHAR).join('…'));
  }
  return out;
}

/** A placeholder for data: `[…]`, `{…}`, `<…>` (1–80 characters inside), a mark such as `$VAR`, or a data word in capitals. */
export function isPlaceholder(value: string): boolean {
  for (const [open, close] of [['[', ']'], ['{', '}'], ['<', '>']]) {
    const at = value.indexOf(open);
    if (at < 0) continue;
    const end = value.indexOf(close, at + 1);
    if (end > at + 1 && end - at - 1 <= 80) return true;
  }
  if (PLACEHOLDER_MARK.test(value)) return true;
  return CAPS_WORD.test(value) && (value.includes('_') || DATA_WORDS.has(value));
}

/** The regular expressions of this module, for the ReDoS test. */
export const PATTERNS: readonly RegExp[] = [PLACEHOLDER_MARK, CAPS_WORD, PLUS];
