/**
 * Credentials inside connection strings:
 *   - URLs with a password in their user info (RFC 3986 §3.2.1): `postgres://app:s3cret@db/x`,
 *     `mongodb+srv://u:p@cluster0.mongodb.net`, `redis://:p@cache:6379`, `amqp://`, `https://u:p@host`,
 *     JDBC's `jdbc:mysql://u:p@host`;
 *   - key=value strings: ADO.NET / ODBC (`Server=…;User Id=…;Password=…;`, `Pwd={…}`), libpq
 *     (`host=… user=… password=…`), JDBC and URL query parameters (`?user=…&password=…`).
 * The reported span is the password alone. Placeholders (`<password>`, `${env:DB_PASSWORD}`, `{{pw}}`,
 * `****`, `password`, the user name repeated) are skipped: they are how connection strings should look.
 *
 * Sentry DSNs (`https://<32 hex>@o1.ingest.sentry.io/2`) carry a key in the user info without a password;
 * they are returned separately for the provider-key rule.
 */
import type { Span } from '../../types';
import { isDocumentationDomain, placeholderValue } from '../placeholders';
import { HEX, isIn } from './charset';
import { secretAnchors } from './anchors';

export interface ConnectionMatch {
  /** The password's span. */
  span: Span;
  /** `postgres`, `mongodb+srv`, `jdbc:mysql`, `ado` (key=value strings), … */
  scheme: string;
  form: 'url' | 'key-value';
  /** The host, when the string names one (not sensitive; helps the reader find it). */
  host?: string;
}

export interface DsnMatch {
  /** The whole DSN. */
  span: Span;
  /** The key inside it. */
  key: Span;
}

const SCHEME_START = /^[A-Za-z]/;
/** Another key of a connection string on the same line: proof that `password=` belongs to one. */
const DSN_KEY = /(?:server|data source|host|hostname|uid|user id|userid|user|username|database|dbname|initial catalog|driver|port|sslmode|provider|dsn|address|addr|endpoint)[ \t]{0,4}=|jdbc:|:\/\//i;
const SENTRY_HOST = /(?:^|\.)sentry\.io$/;
const MASK_ONLY = /^[*•x.]+$/i;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [SCHEME_START, DSN_KEY, SENTRY_HOST, MASK_ONLY];

/** Characters that end a URL written in text. */
const URL_END = new Set([' ', '\t', '\n', '\r', '"', "'", '`', '<', '>', '\\']);
/** A path starts the part after the authority; `?` and `#` are checked separately (they occur in passwords). */
const AUTHORITY_END = new Set(['/']);
const MAX_URL = 2048;
const LINE_CONTEXT = 256;

/** Passwords that are defaults or words, not secrets: reported by nobody. */
const DEFAULTS = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'admin', 'root', 'postgres', 'mysql', 'guest', 'user', 'test', 'example', 'redacted', 'hidden', 'xxx']);

/** Whether a password is a placeholder or a template reference rather than a secret. */
export function placeholderPassword(password: string, user?: string): boolean {
  const p = password.trim();
  if (p.length < 3 || p.includes('…')) return true;
  if (user && p === user) return true;
  if (DEFAULTS.has(p.toLowerCase())) return true;
  if (placeholderValue(p)) return true;
  if (MASK_ONLY.test(p)) return true;
  // Template syntax and percent-encoded template syntax (`%7B%7B`), env references, format verbs.
  if (p.includes('{{') || p.includes('${') || p.includes('{%') || p.includes('%7B') || p.includes('%7b') || p.includes('<') || p.includes('$(')) return true;
  if (p[0] === '$' || p[0] === '%' || p[0] === '[' || p[0] === '{') return true;
  return false;
}

export function findConnectionStrings(text: string): { credentials: ConnectionMatch[]; dsns: DsnMatch[] } {
  const credentials: ConnectionMatch[] = [];
  const dsns: DsnMatch[] = [];
  findUrls(text, credentials, dsns);
  findKeyValues(text, credentials);
  credentials.sort((a, b) => a.span.offset - b.span.offset);
  return { credentials: dedupe(credentials), dsns };
}

function findUrls(text: string, out: ConnectionMatch[], dsns: DsnMatch[]): void {
  let from = 0;
  for (;;) {
    const sep = text.indexOf('://', from);
    if (sep < 0) return;
    from = sep + 3;
    let s = sep;
    while (s > 0 && isSchemeCode(text.charCodeAt(s - 1)) && sep - s < 32) s--;
    let scheme = text.slice(s, sep);
    if (!SCHEME_START.test(scheme)) continue;
    if (text.startsWith('jdbc:', s - 5)) scheme = `jdbc:${scheme}`;
    let authorityEnd = from;
    while (authorityEnd < text.length && authorityEnd - from < MAX_URL && !URL_END.has(text[authorityEnd]) && !AUTHORITY_END.has(text[authorityEnd])) authorityEnd++;
    const authority = text.slice(from, authorityEnd);
    const at = authority.lastIndexOf('@');
    if (at <= 0) {
      // no user info here, nor in any URL that starts inside this authority
      if (at < 0) from = Math.max(from, authorityEnd);
      continue;
    }
    const userinfo = authority.slice(0, at);
    // `https://host:8080?mail=a@b.io`: a query, not user info (a raw `?` in a password is rarer than this)
    if (userinfo.includes('?')) continue;
    const host = hostOf(authority.slice(at + 1));
    const colon = userinfo.indexOf(':');
    if (colon < 0) {
      if (host && SENTRY_HOST.test(host) && userinfo.length === 32 && [...userinfo].every((_, i) => isIn(HEX, userinfo, i))) {
        let dsnEnd = authorityEnd;
        while (dsnEnd < text.length && dsnEnd - from < MAX_URL && !URL_END.has(text[dsnEnd]) && text[dsnEnd] !== ')' && text[dsnEnd] !== ',') dsnEnd++;
        dsns.push({ span: { offset: s, endOffset: dsnEnd }, key: { offset: from, endOffset: from + 32 } });
      }
      continue;
    }
    const user = decodeUserinfo(userinfo.slice(0, colon));
    const password = userinfo.slice(colon + 1);
    if (placeholderPassword(decodeUserinfo(password), user) || placeholderPassword(password, user)) continue;
    if (host && isDocumentationDomain(host)) continue;
    const pStart = from + colon + 1;
    out.push({ span: { offset: pStart, endOffset: pStart + password.length }, scheme: scheme.toLowerCase(), form: 'url', ...(host ? { host } : {}) });
    from = authorityEnd;
  }
}

/** A URL scheme character: `[A-Za-z0-9+.-]`. */
function isSchemeCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45;
}

function decodeUserinfo(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function hostOf(hostPort: string): string | undefined {
  let h = hostPort;
  for (const end of ['?', '#']) {
    const i = h.indexOf(end);
    if (i >= 0) h = h.slice(0, i);
  }
  const comma = h.indexOf(',');
  if (comma >= 0) h = h.slice(0, comma);
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  const colon = h.indexOf(':');
  if (colon >= 0) h = h.slice(0, colon);
  return h || undefined;
}

/**
 * `password=`, `pwd =`, `passwd=` (any case, up to four spaces or tabs before `=`): the words come from
 * anchors.ts; scanning goes on after each whole match, as a global regular expression's would.
 */
function findKeyValues(text: string, out: ConnectionMatch[]): void {
  const { kvPasswords } = secretAnchors(text);
  let from = 0;
  for (let k = 0; k < kvPasswords.starts.length; k++) {
    const keyStart = kvPasswords.starts[k];
    if (keyStart < from) continue;
    let e = keyStart + kvPasswords.texts[k].length;
    const limit = e + 4;
    while (e < limit && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
    if (text.charCodeAt(e) !== 61) continue;
    const keyEnd = e + 1;
    from = keyEnd;
    // The key must be a whole key: `Password=`, `;Pwd=`, `&password=`, not `db_password=` (generic's job).
    const before = text[keyStart - 1];
    if (before !== undefined && !(before === ';' || before === '&' || before === '?' || before === ' ' || before === '\t' || before === '"' || before === "'" || before === '\n')) continue;
    // the line around the key, at most LINE_CONTEXT characters each side (a minified file is one line)
    const lineStart = Math.max(text.lastIndexOf('\n', keyStart) + 1, keyStart - LINE_CONTEXT);
    let lineEnd = text.indexOf('\n', keyStart);
    if (lineEnd < 0 || lineEnd > keyStart + LINE_CONTEXT) lineEnd = Math.min(text.length, keyStart + LINE_CONTEXT);
    const line = text.slice(lineStart, lineEnd);
    const others = line.slice(0, keyStart - lineStart) + ' ' + line.slice(keyEnd - lineStart);
    if (!DSN_KEY.test(others)) continue;
    const semicolons = line.includes(';');
    let v = keyEnd;
    while (text[v] === ' ' || text[v] === '\t') v++;
    let valueStart = v;
    let valueEnd: number;
    const open = text[v];
    if (open === '{') {
      // ODBC braces: `Pwd={a;b}}c}` (a doubled `}` is a literal brace)
      valueStart = v + 1;
      let i = valueStart;
      while (i < lineEnd && !(text[i] === '}' && text[i + 1] !== '}')) i += text[i] === '}' ? 2 : 1;
      valueEnd = i;
    } else if (open === '"' || open === "'") {
      valueStart = v + 1;
      const close = text.indexOf(open, valueStart);
      valueEnd = close < 0 || close > lineEnd ? lineEnd : close;
    } else {
      let i = v;
      while (i < lineEnd && text[i] !== ';' && text[i] !== '&' && text[i] !== '"' && text[i] !== "'" && text[i] !== '`' && (semicolons || (text[i] !== ' ' && text[i] !== '\t'))) i++;
      valueEnd = i;
      while (valueEnd > valueStart && (text[valueEnd - 1] === ' ' || text[valueEnd - 1] === '\r')) valueEnd--;
    }
    const password = text.slice(valueStart, valueEnd);
    if (placeholderPassword(password)) continue;
    const scheme = line.toLowerCase().includes('jdbc:') ? 'jdbc' : semicolons ? 'ado' : 'key-value';
    out.push({ span: { offset: valueStart, endOffset: valueEnd }, scheme, form: 'key-value' });
  }
}

function dedupe(list: ConnectionMatch[]): ConnectionMatch[] {
  const out: ConnectionMatch[] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    if (last && c.span.offset < last.span.endOffset) continue;
    out.push(c);
  }
  return out;
}
