/**
 * Field names around values: `AZURE_OPENAI_API_KEY=…`, `"client_secret": "…"`, `Authorization: Bearer …`.
 * Shared by the context entries of the provider table and by the generic assignment detector.
 */

const CAMEL_HUMP = /([a-z0-9])([A-Z])/g;
const NON_ALNUM = /[^a-z0-9]+/;
const FIELD_CHAR = /[A-Za-z0-9_.-]/;
const LETTER_CHAR = /[A-Za-z]/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [CAMEL_HUMP, NON_ALNUM, FIELD_CHAR, LETTER_CHAR];

/** Splits a field name into lower-case words: `AZURE_OPENAI_API_KEY`, `azureOpenAiKey`, `x-api-key`. */
export function keyWords(name: string): string[] {
  // ASCII names (every field name the detectors read) in one pass; the replace-lower-split-filter chain
  // below says what it does (a lower-case letter or digit then an upper-case letter is a word break, and
  // anything but letters and digits separates words), and is kept for names where lower-casing a non-ASCII
  // character may give an ASCII one.
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 127) return name.replace(CAMEL_HUMP, '$1 $2').toLowerCase().split(NON_ALNUM).filter(Boolean);
    if (c >= 65 && c <= 90) {
      if (start >= 0 && isLowerOrDigit(name.charCodeAt(i - 1))) {
        out.push(name.slice(start, i).toLowerCase());
        start = i;
      } else if (start < 0) start = i;
    } else if (isLowerOrDigit(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(name.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  if (start >= 0) out.push(name.slice(start).toLowerCase());
  return out;
}

function isLowerOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Whether `ch` can be part of a field name (`[A-Za-z0-9_.-]`). */
export function isFieldChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isFieldCode(ch.charCodeAt(0));
}

/** `isFieldChar` on a character code (`[A-Za-z0-9_.-]`; -1 and non-ASCII are not). */
export function isFieldCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** Authorization schemes that may sit between a field and its value (`Authorization: Bearer …`). */
export const AUTH_SCHEMES = new Set(['bearer', 'basic', 'token', 'bot', 'ssws', 'digest', 'apikey', 'oauth', 'jwt']);

/** The field name right before the value at `valueStart` (`KEY` in `KEY = "value"`), or '' in prose. */
export function fieldBefore(text: string, valueStart: number): string {
  let i = valueStart - 1;
  const skip = (chars: string, max = 8): void => {
    let n = 0;
    while (i >= 0 && n < max && chars.includes(text[i])) {
      i--;
      n++;
    }
  };
  skip(' \t"\'`');
  let w = i;
  while (w >= 0 && i - w < 12 && LETTER_CHAR.test(text[w])) w--;
  if (AUTH_SCHEMES.has(text.slice(w + 1, i + 1).toLowerCase()) && (text[w] === ' ' || text[w] === '"' || text[w] === "'")) {
    i = w;
    skip(' \t"\'');
  }
  skip(':=>-? \t', 6);
  skip(' \t"\'`]');
  const end = i + 1;
  while (i >= 0 && end - i <= 64 && FIELD_CHAR.test(text[i])) i--;
  return text.slice(i + 1, end);
}

/** Field names whose value is an identifier, a location or a label, not a credential. */
export const ID_WORDS: ReadonlySet<string> = new Set([
  'id', 'ids', 'sid', 'uuid', 'guid', 'name', 'names', 'url', 'uri', 'urls', 'endpoint', 'host', 'hostname', 'region', 'location',
  'version', 'model', 'deployment', 'org', 'organization', 'project', 'tenant', 'subscription', 'hash', 'sha', 'commit', 'user',
  'username', 'email', 'type', 'path', 'file', 'dir', 'zone', 'domain', 'cluster', 'database', 'db', 'index', 'base', 'env',
  'environment', 'app', 'namespace', 'bucket', 'container', 'queue', 'topic', 'channel', 'workspace', 'team', 'group', 'role',
  'resource', 'instance', 'site', 'page', 'issue', 'build', 'job', 'task', 'request', 'trace', 'span', 'number', 'num', 'count',
  'client', 'audience', 'issuer', 'scope', 'account', 'owner', 'label', 'title', 'description', 'tag', 'ref', 'branch', 'sku',
]);

/** Words that make a field public or not a credential at all, wherever they occur in its name. */
export const PUBLIC_WORDS: ReadonlySet<string> = new Set(['public', 'publishable', 'pub', 'search', 'site']);

/** Whether a field named `field` can hold a credential (its last word is not `id`, `url`, `name` …). */
export function credentialField(field: string): boolean {
  const words = keyWords(field);
  if (!words.length) return true;
  if (words.some((w) => PUBLIC_WORDS.has(w))) return false;
  return !ID_WORDS.has(words[words.length - 1]);
}
