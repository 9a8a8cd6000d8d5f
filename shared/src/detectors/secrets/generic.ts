/**
 * Secrets without a known format, found by what they are assigned to: `api_key: …`, `password=…`,
 * `"client_secret": "…"`, `Authorization: Bearer …`, `--token …`, `<password>…</password>`,
 * `the password is …`; also where the value sits on the next line (`password: |`, an element split over
 * lines) or in the rows of a table whose header names the column (`user,password`).
 *
 * Finding: the secret words (anchors.ts: found with every other secret anchor in one pass over the text, any
 * case) mark candidate field names; the whole field name is read around the hit and split into words (`AZURE_OPENAI_API_KEY` → azure,
 * openai, api, key); fields whose last word says "identifier, URL, count, type…" are dropped
 * (`token_count`, `api_key_id`, `password_hint`). Then an assignment operator and a value must follow.
 *
 * Every candidate comes back with its length, entropy and character classes, and with `filtered` set
 * when it is not a secret whatever its randomness: template references (`{{x}}`, `${env:X}`,
 * `${{ secrets.X }}`, `%(x)s`, `$VAR`, `process.env.X`), placeholders (`YOUR_API_KEY`, `xxxx`,
 * `<token>`, `changeme`), UUIDs, hashes named as such (`sha256: …`, `integrity: sha512-…`), file paths,
 * URLs, email addresses, code (`config.token`, `getKey()`), numbers and plain words. The rule applies
 * the length and entropy thresholds (they are options).
 */
import type { Span } from '../../types';
import type { PlaceholderReason } from '../placeholders';
import { alphabetSize, charClasses, classesIn, secretPlaceholder, shannonEntropy } from './entropy';
import { AUTH_SCHEMES, ID_WORDS, PUBLIC_WORDS, isFieldCode, keyWords } from './fields';
import { decodeBase64UrlText } from './jwt';
import { secretAnchors } from './anchors';

export type GenericKind = 'password' | 'token' | 'key' | 'secret' | 'credential' | 'authorization';

export type GenericFilter = 'template' | 'placeholder' | 'code' | 'uuid' | 'hash' | 'path' | 'url' | 'email' | 'number' | 'word' | 'structure' | 'package';

export interface GenericMatch {
  /** The value's span (inside quotes, after an auth scheme). */
  span: Span;
  /** The field name as written (`DB_PASSWORD`, `client_secret`, `Authorization`): not sensitive. */
  field: string;
  kind: GenericKind;
  /** The authorization scheme before the value (`bearer`, `basic`), when there is one. */
  scheme?: string;
  length: number;
  /** Shannon entropy, bits per character. */
  entropy: number;
  /** How many of lower case, upper case, digits and other characters the value mixes. */
  classes: number;
  /** The size of the alphabet the value seems drawn from (16 for hex, 62 for alphanumerics …). */
  alphabet: number;
  /** Why this is not a secret (then it is never reported). */
  filtered?: GenericFilter;
  placeholder?: PlaceholderReason;
}

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH_PREFIX = /^(?:sha1|sha224|sha256|sha384|sha512|sha3-256|sha3-512|md5|blake2b|blake3)[-:=]/i;
const URL_SHAPE = /^[a-z][a-z0-9+.-]{0,20}:\/\//i;
const EMAIL_SHAPE = /^[^@\s]{1,64}@[^@\s]{1,255}\.[a-z]{2,24}$/i;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]{0,80}$/;
const ENV_NAME = /^[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}$/;
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,5}$/;
const WINDOWS_PATH = /^[A-Za-z]:[\\/]/;
const WORDS_ONLY = /^[A-Za-z][A-Za-z .'_-]{0,200}$/;
const NUMBER_ONLY = /^[-+]?[0-9][0-9.,_:]{0,40}$/;
const PROSE_IS = /^ ?(?:is|was|=|:) /i;
const LOWER_LETTERS = /^[a-z]+$/;
const HEX_LITERAL = /^0x[0-9a-f]{1,64}$/i;
const VERSION = /^[~^<>=v]{0,3}\d{1,6}(?:\.\d{1,6}){1,3}(?:[-+][0-9A-Za-z.]{0,40})?$/;
const LETTER = /[A-Za-z]/;
const QUERY_NEXT = /^&(?:amp;)?[A-Za-z_][A-Za-z0-9_.-]{0,40}=/;
const SCHEME_CHAR = /[A-Za-z-]/;
const WHITESPACE = /\s/;
const DIGIT = /[0-9]/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [
  UUID_SHAPE, HASH_PREFIX, URL_SHAPE, EMAIL_SHAPE, IDENTIFIER, ENV_NAME, FILE_EXTENSION, WINDOWS_PATH, WORDS_ONLY,
  NUMBER_ONLY, PROSE_IS, LOWER_LETTERS, HEX_LITERAL, VERSION, LETTER, QUERY_NEXT, SCHEME_CHAR, WHITESPACE, DIGIT,
];

const PASSWORD_WORDS = new Set(['password', 'passwd', 'passphrase', 'passcode', 'pwd', 'pass', 'pw']);
const CREDENTIAL_WORDS = new Set(['credential', 'credentials', 'creds']);
/** Words that turn a trailing `key` into a secret key (`api_key`, `secret_key`, `x-api-key` …). */
const KEY_QUALIFIERS = new Set([
  'api', 'secret', 'access', 'private', 'signing', 'encryption', 'master', 'app', 'application', 'client', 'auth', 'service',
  'account', 'admin', 'license', 'subscription', 'shared', 'server', 'webhook', 'session', 'hmac', 'jwt', 'consumer', 'write',
  'ingest', 'management', 'deploy', 'root', 'sdk', 'rest', 'developer', 'dev', 'prod', 'live', 'storage', 'crypto', 'cipher', 'aes',
  'openai', 'anthropic', 'llm', 'model', 'provider',
]);
/** Concatenated field words that end with a secret word (`apikey`, `dbpassword`, `authtoken`). */
const SUFFIXES: ReadonlyArray<[string, GenericKind]> = [
  ['password', 'password'], ['passwd', 'password'], ['passphrase', 'password'], ['secret', 'secret'], ['token', 'token'],
  ['apikey', 'key'], ['accesskey', 'key'], ['secretkey', 'key'], ['privatekey', 'key'], ['credential', 'credential'], ['credentials', 'credential'],
];
/** A field ending with one of these holds something about a secret, not the secret. */
const NOT_SECRET_LAST = new Set([
  ...ID_WORDS, 'length', 'len', 'size', 'limit', 'max', 'min', 'expiry', 'expires', 'expiration', 'expire', 'ttl', 'lifetime', 'age',
  'hint', 'hints', 'prompt', 'policy', 'rotation', 'required', 'enabled', 'disabled', 'enable', 'disable', 'mode', 'format', 'usage',
  'budget', 'budgets', 'cost', 'price', 'rate', 'regex', 'pattern', 'prefix', 'suffix', 'store', 'manager', 'provider', 'kind',
  'source', 'input', 'inputs', 'placeholder', 'example', 'template', 'strategy', 'method', 'scheme', 'algorithm', 'alg', 'encoding',
  'field', 'header', 'param', 'parameter', 'var', 'variable', 'env', 'estimate', 'window', 'position', 'offset', 'level', 'strength',
  'reset', 'time', 'timeout', 'date', 'created', 'updated', 'valid', 'validation', 'check', 'rules', 'file', 'filename', 'location',
  'tokens', 'keys', 'secrets', 'passwords', 'ids', 'names', 'list', 'set', 'map', 'table', 'config', 'settings', 'options', 'class',
  'service', 'helper', 'handler', 'callback', 'function', 'fn', 'func', 'endpoint', 'path', 'dir', 'uri', 'url',
  'refresh', 'counter', 'split', 'auth', 'authentication',
]);
/** Words that, anywhere in a field name, make its value not a secret. */
const NOT_SECRET_ANY = new Set([
  ...PUBLIC_WORDS, 'max', 'min', 'num', 'count', 'total', 'limit', 'limits', 'hash', 'hashed', 'sha', 'sha1', 'sha256', 'sha512',
  'md5', 'checksum', 'digest', 'integrity', 'fingerprint', 'nonce', 'length', 'size', 'expiry', 'expires', 'ttl', 'hint', 'type',
  'format', 'usage', 'budget', 'price', 'cost', 'encoding', 'tokenizer', 'csrf', 'xsrf', 'placeholder', 'example', 'sample',
  'mask', 'masked', 'redacted', 'pagination', 'page', 'cursor', 'next', 'continuation', 'sync', 'reset', 'verification',
]);

/** Words that may follow the secret word at the end of a field name (`password_prod`, `token_b64`). */
const TRAILING_OK = new Set([
  'value', 'val', 'str', 'string', 'raw', 'plain', 'text', 'prod', 'production', 'dev', 'development', 'staging', 'stage', 'live',
  'b64', 'base64', 'hex', 'encoded', 'enc', 'new', 'old', 'current', 'primary', 'secondary', 'main', 'local', 'remote', 'override',
]);

/** The kind of secret a field holds, or undefined when its name does not say "secret". */
export function fieldKind(field: string, previousWord?: string): GenericKind | undefined {
  const words = keyWords(field).map(stripDigits).filter(Boolean);
  if (!words.length) return undefined;
  const last = words[words.length - 1];
  if (words.some((w) => NOT_SECRET_ANY.has(w))) return undefined;
  if (last === 'authorization') return 'authorization';
  if (last === 'auth' && words.length > 1) return 'credential';
  if (NOT_SECRET_LAST.has(last)) return undefined;
  // The secret word ends the name, or only words such as `value` or `prod` follow it.
  let end = words.length - 1;
  while (end > 0 && TRAILING_OK.has(words[end])) end--;
  const w = words[end];
  if (PASSWORD_WORDS.has(w) && ((w !== 'pass' && w !== 'pw') || words.length <= 2)) return 'password';
  if (w === 'secret') return 'secret';
  if (w === 'token' || w === 'bearer') return 'token';
  if (w === 'pat' && end > 0) return 'token';
  if (w === 'key') {
    const q = end > 0 ? words[end - 1] : previousWord;
    if (q && KEY_QUALIFIERS.has(q)) return 'key';
  }
  if (CREDENTIAL_WORDS.has(w)) return 'credential';
  for (const [suffix, kind] of SUFFIXES) {
    if (w !== suffix && w.endsWith(suffix) && w.length <= suffix.length + 10 && LOWER_LETTERS.test(w.slice(0, -suffix.length))) return kind;
  }
  return undefined;
}

/** `token2` → `token`; `b64` stays (too short to be a word once stripped). */
function stripDigits(word: string): string {
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) >= 48 && word.charCodeAt(end - 1) <= 57) end--;
  return end >= 3 ? word.slice(0, end) : word;
}

const MAX_FIELD = 64;
const MAX_VALUE = 1024;
/** The characters that end an unquoted value: space, tab, line breaks, `,;)]}"'\`<>&` (by code: one test per character read). */
function isValueStop(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 59 || c === 41 || c === 93 || c === 125 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 38;
}

export function findGenericSecrets(text: string): GenericMatch[] {
  const out: GenericMatch[] = [];
  const { fields } = secretAnchors(text);
  // As a longest-first alternation of the secret words would, scanning on from `from`.
  let from = 0;
  for (let k = 0; k < fields.starts.length; k++) {
    const hit = fields.starts[k];
    if (hit < from) continue;
    let start = hit;
    let end = start + fields.texts[k].length;
    from = end;
    while (start > 0 && hit - start < MAX_FIELD && isFieldCode(text.charCodeAt(start - 1))) start--;
    while (end < text.length && end - start < MAX_FIELD && isFieldCode(text.charCodeAt(end))) end++;
    from = Math.max(from, end);
    let fieldStart = start;
    while (text[fieldStart] === '-' || text[fieldStart] === '.' || text[fieldStart] === '$') fieldStart++;
    const flag = fieldStart > start && text[start] === '-';
    const field = text.slice(fieldStart, end);
    const table = csvColumns(text, fieldStart, end);
    if (table) {
      // every secret column of the header at once; the rows are values, not field names
      out.push(...table.matches);
      from = Math.max(from, table.end);
      continue;
    }
    const candidate = assignment(text, fieldStart, end, field, flag);
    if (candidate) {
      out.push(candidate);
      // a field name inside this value is part of the value: each character is read as a value once
      from = Math.max(from, candidate.span.endOffset);
    }
  }
  return out;
}

function previousWordOf(text: string, fieldStart: number): string | undefined {
  if (text[fieldStart - 1] !== ' ') return undefined;
  let i = fieldStart - 2;
  const end = i + 1;
  while (i >= 0 && end - i < 40 && LETTER.test(text[i])) i--;
  return end - i > 1 ? text.slice(i + 1, end).toLowerCase() : undefined;
}

function assignment(text: string, fieldStart: number, fieldEnd: number, field: string, flag: boolean): GenericMatch | undefined {
  // The field's kind is read only once an operator and a value follow (most secret words in prose have neither).
  let known: GenericKind | undefined | null = null;
  const kindOf = (): GenericKind | undefined => (known === null ? (known = fieldKind(field, previousWordOf(text, fieldStart))) : known);
  let i = fieldEnd;
  const xml = text[fieldStart - 1] === '<';
  // closing quote of a JSON key, bracket of config["key"]; an escaped quote of JSON inside a string (`{\"api_key\": \"…\"}`)
  if (text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === "'")) i += 2;
  else for (let n = 0; n < 2 && (text[i] === '"' || text[i] === "'" || text[i] === '`' || text[i] === ']'); n++) i++;
  let op = '';
  if (xml) {
    if (text[i] !== '>') return undefined;
    op = '>';
    i++;
  } else {
    const spaceStart = i;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const two = text.slice(i, i + 2);
    const quotedField = text[fieldStart - 1] === '"' || text[fieldStart - 1] === "'";
    if (quotedField && text[i] === ',' && (text[i + 1] === ' ' || text[i + 1] === '"' || text[i + 1] === "'")) {
      // a call or a tuple: `headers.set("X-Api-Key", "…")`, `("password", "…")`
      let k = i + 1;
      while (text[k] === ' ') k++;
      if (text[k] !== '"' && text[k] !== "'") return undefined;
      op = ',';
      i++;
    } else if (two === ':=' || two === '=>' || two === '?=' || two === '+=' || two === '.=' || two === '<-' || two === '||') {
      if (two === '||' && text[i + 2] !== '=') return undefined;
      op = two;
      i += two === '||' ? 3 : 2;
    } else if (two === '==' || two === '!=') {
      return undefined;
    } else if (text[i] === ':' || text[i] === '=') {
      if (text[i] === ':' && text[i + 1] === ':') {
        // Make's `::=` and `:::=` assign; any other `::` is a path (`Config::password`)
        const colons = text[i + 2] === ':' ? 3 : 2;
        if (text[i + colons] !== '=') return undefined;
        op = '::=';
        i += colons + 1;
      } else {
        op = text[i];
        i++;
        // a type annotation between the name and the value: `API_KEY: &str = "…"`, `token: str = "…"`
        const typed = op === ':' ? afterType(text, i, false) : -1;
        if (typed > 0) {
          op = '=';
          i = typed;
        }
      }
    } else if (i > spaceStart && afterType(text, i, true) > 0) {
      // Go: `var apiKey string = "…"`
      op = '=';
      i = afterType(text, i, true);
    } else if (PROSE_IS.test(text.slice(spaceStart, spaceStart + 5)) && kindOf() !== 'authorization') {
      op = 'is';
      i = spaceStart + PROSE_IS.exec(text.slice(spaceStart, spaceStart + 5))![0].length;
    } else if (flag && i > spaceStart) {
      op = ' ';
    } else {
      return undefined;
    }
  }
  while (text[i] === ' ' || text[i] === '\t') i++;
  // The value on the next line: a YAML block scalar of one line (`password: |`), an element split over lines.
  let nextLine: Span | undefined;
  if (op === ':' && (text[i] === '|' || text[i] === '>')) {
    nextLine = blockScalar(text, fieldStart, i);
    if (!nextLine) return undefined;
  } else if (xml && (text[i] === '\n' || text[i] === '\r')) {
    nextLine = splitElement(text, i, field);
    if (!nextLine) return undefined;
  } else {
    if (i >= text.length || text[i] === '\n' || text[i] === '\r') return undefined;
    if (text[i] === '|' || text[i] === '>' || text[i] === '{' || text[i] === '[' || text[i] === '(' || text[i] === '&' || text[i] === '*') {
      return undefined; // a YAML block of several lines, a mapping, a list, a call, an anchor or alias: not a scalar value
    }
  }
  const kind = kindOf();
  if (!kind) return undefined;

  let scheme: string | undefined;
  const schemeOf = (at: number): number => {
    let j = at;
    while (j < text.length && SCHEME_CHAR.test(text[j]) && j - at < 10) j++;
    const word = text.slice(at, j).toLowerCase();
    if (AUTH_SCHEMES.has(word) && text[j] === ' ' && text[j + 1] !== ' ' && text[j + 1] !== '\n') {
      scheme = word;
      return j + 1;
    }
    return at;
  };

  let valueStart: number;
  let valueEnd: number;
  const q = text[i];
  let quoted = q === '"' || q === "'" || q === '`';
  if (nextLine) {
    valueStart = nextLine.offset;
    valueEnd = nextLine.endOffset;
    quoted = true;
  } else if (q === '\\' && (text[i + 1] === '"' || text[i + 1] === "'")) {
    // JSON inside a string: the value ends at the next escaped quote
    const eq = text[i + 1];
    valueStart = schemeOf(i + 2);
    let j = valueStart;
    while (j < text.length && j - valueStart < MAX_VALUE && !(text[j] === '\\' && text[j + 1] === eq) && text[j] !== '\n') j++;
    if (text[j] !== '\\') return undefined;
    valueEnd = j;
    quoted = true;
  } else if (quoted) {
    valueStart = schemeOf(i + 1);
    let j = valueStart;
    while (j < text.length && j - valueStart < MAX_VALUE && text[j] !== q && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
    if (text[j] !== q) return undefined;
    valueEnd = j;
  } else {
    valueStart = schemeOf(i);
    let j = valueStart;
    // `&` ends a value only where the next query parameter starts (`&page=2`)
    if (xml) {
      while (j < text.length && j - valueStart < MAX_VALUE && text[j] !== '<' && text[j] !== '\n') j++;
    } else {
      while (j < text.length && j - valueStart < MAX_VALUE && !(isValueStop(text.charCodeAt(j)) && (text.charCodeAt(j) !== 38 || QUERY_NEXT.test(text.slice(j, j + 42))))) j++;
    }
    valueEnd = j;
    // prose: a sentence's final period or colon is not part of the value
    while (valueEnd > valueStart && (text[valueEnd - 1] === '.' || text[valueEnd - 1] === ':') && op === 'is') valueEnd--;
    if (valueEnd > valueStart && text[valueEnd - 1] === '.' && (valueEnd === text.length || WHITESPACE.test(text[valueEnd] ?? ''))) valueEnd--;
  }
  if (valueEnd <= valueStart) return undefined;
  return measured(text, valueStart, valueEnd, field, kind, quoted, quoted || xml ? '' : text[valueEnd] ?? '', scheme);
}

/** The candidate at `start`…`end` with what the rule's thresholds read, filtered when it is not a secret. */
function measured(text: string, valueStart: number, valueEnd: number, field: string, kind: GenericKind, quoted: boolean, after: string, scheme?: string): GenericMatch {
  const value = text.slice(valueStart, valueEnd);
  const classes = charClasses(value);
  const match: GenericMatch = {
    span: { offset: valueStart, endOffset: valueEnd },
    field,
    kind,
    length: value.length,
    entropy: Math.round(shannonEntropy(value) * 100) / 100,
    classes: classesIn(classes),
    alphabet: alphabetSize(value, classes),
    ...(scheme ? { scheme } : {}),
  };
  let filter = quoted && (value.trim() !== value || value.startsWith(',')) ? { filter: 'word' as const } : filterValue(value, kind, quoted, after, scheme);
  // `io.jsonwebtoken:jjwt-api:0.11.5`: the "field" is a package group, the "value" the rest of its coordinates
  if (!filter && field.includes('.') && packageSpec(`${field}:${value}`)) filter = { filter: 'package' };
  if (filter) {
    match.filtered = filter.filter;
    if (filter.placeholder) match.placeholder = filter.placeholder;
  }
  return match;
}

function filterValue(value: string, kind: GenericKind, quoted: boolean, after: string, scheme?: string): { filter: GenericFilter; placeholder?: PlaceholderReason } | undefined {
  // before templates: a scoped npm package starts with `@`, like a reference
  if (packageSpec(value)) return { filter: 'package' };
  if (templated(value)) return { filter: 'template' };
  if (value[0] === '[' || value[0] === '{' || value[0] === '<') return { filter: 'structure' };
  if (scheme === 'basic') {
    const decoded = decodeBase64UrlText(value);
    if (decoded === undefined || !decoded.includes(':')) return { filter: 'word' };
    const password = decoded.slice(decoded.indexOf(':') + 1);
    const p = secretPlaceholder(password);
    if (!password || p) return { filter: 'placeholder', ...(p ? { placeholder: p } : {}) };
    return undefined;
  }
  const placeholder = secretPlaceholder(value);
  if (placeholder) return { filter: 'placeholder', placeholder };
  // a truncated example (`sk-abc…`, `eyJhbGciOi...`; a final `.` was read as the sentence's): the rest is not written
  if (value.includes('...') || value.includes('\u2026') || value.endsWith('..')) return { filter: 'placeholder', placeholder: 'masked' };
  if (UUID_SHAPE.test(value)) return { filter: 'uuid' };
  if (HASH_PREFIX.test(value)) return { filter: 'hash' };
  if (URL_SHAPE.test(value) || value.startsWith('www.') || value.startsWith('urn:')) return { filter: 'url' };
  if (EMAIL_SHAPE.test(value)) return { filter: 'email' };
  if (path(value)) return { filter: 'path' };
  if (code(value, quoted, after)) return { filter: 'code' };
  if (HEX_LITERAL.test(value) || VERSION.test(value)) return { filter: 'number' };
  if (NUMBER_ONLY.test(value) && !(kind === 'password' && value.length >= 8)) return { filter: 'number' };
  if (WORDS_ONLY.test(value)) return { filter: 'word' };
  if (kind !== 'password' && joinedWords(value)) return { filter: 'word' };
  if (value.includes(' ') && kind !== 'password') return { filter: 'word' };
  return undefined;
}

/** Template references and secret-store references: the value is not written here. */
function templated(value: string): boolean {
  if (value.includes('{{') || value.includes('{%') || value.includes('${') || value.includes('$(') || value.includes('%(') || value.includes('<%') || value.includes('#{')) return true;
  if (value[0] === '$' || value[0] === '!' || value[0] === '@' || value[0] === '%') return true;
  if (ENV_NAME.test(value)) return true;
  const lower = value.toLowerCase();
  return (
    lower.startsWith('process.env') || lower.startsWith('os.environ') || lower.startsWith('env.') || lower.startsWith('env:') ||
    lower.startsWith('secrets.') || lower.startsWith('vars.') || lower.startsWith('op://') || lower.startsWith('vault:') ||
    lower.startsWith('ref+') || lower.startsWith('arn:aws:secretsmanager') || lower.startsWith('arn:aws:ssm') ||
    lower.startsWith('projects/') || lower.startsWith('keyvault:') || lower.startsWith('azurekeyvault') || lower.includes('getenv')
  );
}

function path(value: string): boolean {
  if (value.startsWith('/') || value.startsWith('./') || value.startsWith('../') || value.startsWith('~/') || WINDOWS_PATH.test(value)) return true;
  if (value.startsWith('file:')) return true;
  return value.includes('/') && !value.includes('+') && FILE_EXTENSION.test(value);
}

/**
 * Code, not data: a call, an optional chain, an index, a generic type, or a dotted member access
 * (`config.api_key`, `self.token`, `result.groups?.password`, `state.tokens[i]`, `Credential<T>`).
 */
function code(value: string, quoted: boolean, after: string): boolean {
  if (!quoted && (value.includes('(') || value.includes(')') || value.includes('?') || value.includes('['))) return true;
  if (!quoted && (after === '<' || after === '(' || after === '[') && IDENTIFIER.test(value)) return true;
  const parts = value.split('.');
  return parts.length >= 2 && parts.every((p) => IDENTIFIER.test(p)) && !parts.some((p) => DIGIT.test(p) && p.length > 12);
}

// ---------------------------------------------------------------------------------------------------
// Values on the line after their name, typed declarations, tables

/** Types Go writes between a variable's name and its value (`var apiKey string = "…"`). */
const GO_TYPES = ['string', '[]byte', '*string'];

/**
 * After a type annotation and `=`, the offset where the value may start, or -1. `at` is right after `:`
 * (`token: str = "…"`, `API_KEY: &'static str = "…"`) or, for Go, right after the name and a space.
 */
function afterType(text: string, at: number, go: boolean): number {
  let i = at;
  while (text[i] === ' ') i++;
  const start = i;
  if (go) {
    const t = GO_TYPES.find((g) => text.startsWith(g, i));
    if (!t) return -1;
    i += t.length;
  } else {
    const c = text.charCodeAt(i);
    if (!(LETTER.test(text[i] ?? '') || c === 38 || c === 42 || c === 91)) return -1; // a letter, `&`, `*`, `[`
    while (i < text.length && i - start < 40 && isTypeCode(text.charCodeAt(i))) i++;
    // a Rust lifetime is followed by the type: `&'static str`
    if (text.startsWith("&'", start) && text[i] === ' ' && LETTER.test(text[i + 1] ?? '')) {
      i++;
      while (i < text.length && i - start < 40 && isTypeCode(text.charCodeAt(i))) i++;
    }
  }
  if (text[i] !== ' ') return -1;
  while (text[i] === ' ') i++;
  if (text[i] !== '=' || text[i + 1] === '=' || text[i + 1] === '>') return -1;
  return i + 1;
}

/** `[A-Za-z0-9_.&'*?<>[\]]`: what a written type is made of. */
function isTypeCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 38 || c === 39 || c === 42 || c === 63 || c === 60 || c === 62 || c === 91 || c === 93;
}

/** Leading spaces of the line holding `at`. */
function indentOf(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let k = lineStart;
  while (text[k] === ' ') k++;
  return k - lineStart;
}

/**
 * The value of a YAML block scalar written on one line (`password: |`, `>-`, `|+2`, then one line indented
 * deeper than the key), or undefined. A block of several lines is a text, not one secret (keys in PEM blocks
 * are the private-key rule's).
 */
function blockScalar(text: string, fieldStart: number, at: number): Span | undefined {
  let k = at + 1;
  // chomping (`+`/`-`) and indentation (1–9) indicators, in either order
  for (let n = 0; n < 2 && (text[k] === '+' || text[k] === '-' || (text[k] >= '1' && text[k] <= '9')); n++) k++;
  while (text[k] === ' ' || text[k] === '\t') k++;
  if (text[k] === '#' && (text[k - 1] === ' ' || text[k - 1] === '\t')) while (k < text.length && text[k] !== '\n') k++;
  if (text[k] === '\r') k++;
  if (text[k] !== '\n') return undefined;
  const lineStart = k + 1;
  let c = lineStart;
  while (text[c] === ' ') c++;
  const indent = c - lineStart;
  if (indent <= indentOf(text, fieldStart)) return undefined;
  let e = c;
  while (e < text.length && e - c < MAX_VALUE && text[e] !== '\n') e++;
  let end = e;
  while (end > c && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--;
  if (end <= c) return undefined;
  if (e < text.length) {
    let n = e + 1;
    while (text[n] === ' ') n++;
    if (n - (e + 1) >= indent && n < text.length && text[n] !== '\n' && text[n] !== '\r') return undefined;
  }
  return { offset: c, endOffset: end };
}

/** `<password>`, newline, the value, newline, `</password>`: the value's line, or undefined. */
function splitElement(text: string, at: number, field: string): Span | undefined {
  let k = at;
  if (text[k] === '\r') k++;
  if (text[k] !== '\n') return undefined;
  k++;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const start = k;
  while (k < text.length && k - start < MAX_VALUE && text[k] !== '<' && text[k] !== '\n') k++;
  let end = k;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--;
  if (end <= start) return undefined;
  // the element must close right after the value (on its line or the next): not a parent of other elements
  while (k < text.length && k - end < 100 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\n')) k++;
  return text.startsWith(`</${field}>`, k) ? { offset: start, endOffset: end } : undefined;
}

const CSV_ROWS = 200;
const CSV_LINE = 2000;

function isCsvSeparator(ch: string | undefined): boolean {
  return ch === ',' || ch === ';' || ch === '\t';
}

/**
 * Cells of the line `start`…`end` split at `sep`, as spans without surrounding spaces and quotes (a quoted
 * cell may hold the separator and doubled quotes). Undefined when a quote is left open.
 */
function cells(text: string, start: number, end: number, sep: string): Array<[number, number, boolean]> | undefined {
  const out: Array<[number, number, boolean]> = [];
  let i = start;
  for (;;) {
    while (i < end && text[i] === ' ') i++;
    let s = i;
    let e: number;
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      s = ++i;
      while (i < end && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      if (i >= end) return undefined;
      e = i++;
      while (i < end && text[i] !== sep) i++;
    } else {
      while (i < end && text[i] !== sep) i++;
      e = i;
      while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\r')) e--;
    }
    out.push([s, e, quoted]);
    if (i >= end) return out;
    i++;
  }
}

/** A column name: one to four words of letters, digits, `_`, `-` and `.`. */
function isColumnName(name: string): boolean {
  if (!name || name.length > 64 || !LETTER.test(name[0]) || name.endsWith('.')) return false;
  let spaces = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (++spaces > 3) return false;
    } else if (!isFieldCode(c)) return false;
  }
  return true;
}

/**
 * A table with a header naming its columns (`user,password,host` then rows): the values of the columns whose
 * name says "secret", row by row, and where the table ends. `fieldStart`…`fieldEnd` is the secret word's
 * field, which must be a whole header cell.
 */
function csvColumns(text: string, fieldStart: number, fieldEnd: number): { matches: GenericMatch[]; end: number } | undefined {
  const a = text[fieldEnd] === '"' ? fieldEnd + 1 : fieldEnd;
  const b = text[fieldStart - 1] === '"' ? fieldStart - 2 : fieldStart - 1;
  const sep = isCsvSeparator(text[a]) ? text[a] : isCsvSeparator(text[b]) ? text[b] : undefined;
  if (!sep) return undefined;
  const lineStart = text.lastIndexOf('\n', fieldStart - 1) + 1;
  const lineEnd = text.indexOf('\n', fieldEnd);
  if (lineEnd < 0 || lineEnd - lineStart > CSV_LINE) return undefined;
  const header = cells(text, lineStart, lineEnd, sep);
  if (!header || header.length < 2) return undefined;
  const columns: Array<[number, string, GenericKind]> = [];
  let hitIsCell = false;
  for (let c = 0; c < header.length; c++) {
    const [s, e] = header[c];
    const name = text.slice(s, e);
    if (!isColumnName(name)) return undefined;
    const kind = fieldKind(name);
    if (!kind) continue;
    columns.push([c, name, kind]);
    if (s === fieldStart && e === fieldEnd) hitIsCell = true;
  }
  if (!hitIsCell) return undefined;
  const matches: GenericMatch[] = [];
  let end = lineEnd;
  let rowStart = lineEnd + 1;
  for (let r = 0; r < CSV_ROWS && rowStart < text.length; r++) {
    let rowEnd = text.indexOf('\n', rowStart);
    if (rowEnd < 0) rowEnd = text.length;
    if (rowEnd - rowStart > CSV_LINE) break;
    const row = cells(text, rowStart, rowEnd, sep);
    if (!row || row.length !== header.length) break;
    for (const [c, name, kind] of columns) {
      const [s, e] = row[c];
      if (e > s) matches.push(measured(text, s, e, name, kind, true, ''));
    }
    end = rowEnd;
    rowStart = rowEnd + 1;
  }
  return end > lineEnd ? { matches, end } : undefined;
}

/**
 * Package coordinates, not a secret: Maven/Gradle `group:artifact:version` (`io.jsonwebtoken:jjwt-api:0.11.5`)
 * and npm `name@version` (`@scope/jwt-decode@4.0.0`).
 */
function packageSpec(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at > 0) {
    let name = value.slice(0, at);
    if (name[0] === '@') {
      const slash = name.indexOf('/');
      if (slash < 2) return false;
      name = `${name.slice(1, slash)}${name.slice(slash + 1)}`;
    }
    return packageName(name) && versionLike(value.slice(at + 1));
  }
  const parts = value.split(':');
  if (parts.length < 3 || parts.length > 5) return false;
  return packageName(parts[0]) && packageName(parts[1]) && parts.slice(2).some(versionLike);
}

/** Lower-case letters, digits, `.`, `-`, `_`, starting with a letter. */
function packageName(name: string): boolean {
  if (!name || name.length > 100 || !(name.charCodeAt(0) >= 97 && name.charCodeAt(0) <= 122)) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 95)) return false;
  }
  return true;
}

/** `4.0.0`, `^1.2`, `~0.11.5-rc1`, `1.0.0.Final`: a number with dots, then a qualifier. */
function versionLike(v: string): boolean {
  let i = 0;
  while (i < 2 && (v[i] === '^' || v[i] === '~' || v[i] === 'v')) i++;
  if (!DIGIT.test(v[i] ?? '')) return false;
  let dots = 0;
  for (; i < v.length && i < 60; i++) {
    const c = v.charCodeAt(i);
    if (c === 46) dots++;
    else if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 43 || c === 95)) return false;
  }
  return i === v.length && dots >= 1;
}

/**
 * Words and identifiers joined together (`getAuthTokenFromStorage2`, `oauth2ClientSecret`, `my-app-secret-v2`,
 * `HTTPServerKey`): every part between separators and case changes is a word of two or more letters holding a
 * vowel, an acronym of two to five capitals, a `v` before a version number, or a number of up to four digits.
 * A random string breaks into single letters and runs of consonants long before its end.
 */
export function joinedWords(value: string): boolean {
  const n = value.length;
  if (n > 100) return false;
  let words = 0;
  let numbers = 0;
  let i = 0;
  while (i < n) {
    const c = value.charCodeAt(i);
    if (c === 45 || c === 95 || c === 46) {
      i++;
      continue;
    }
    let j = i;
    if (c >= 48 && c <= 57) {
      while (j < n && isDigitCode(value.charCodeAt(j))) j++;
      if (j - i > 4 || ++numbers > 2) return false;
    } else if (c >= 65 && c <= 90) {
      while (j < n && isUpperCode(value.charCodeAt(j))) j++;
      if (j < n && isLowerCode(value.charCodeAt(j))) {
        // `HTTPServer`: the last capital starts the next word
        if (j - 1 > i) {
          if (j - 1 - i < 2 || j - 1 - i > 5) return false;
          words++;
        }
        const w = j - 1;
        while (j < n && isLowerCode(value.charCodeAt(j))) j++;
        if (!isWord(value, w, j)) return false;
      } else if (j - i === 1 && c === 86 && isDigitCode(value.charCodeAt(j))) {
        words--; // `V2`: a version, not a word
      } else if (j - i < 2 || j - i > 5) return false;
      words++;
    } else if (c >= 97 && c <= 122) {
      while (j < n && isLowerCode(value.charCodeAt(j))) j++;
      if (j - i === 1 && c === 118 && isDigitCode(value.charCodeAt(j))) words--; // `v2`
      else if (!isWord(value, i, j)) return false;
      words++;
    } else {
      return false;
    }
    i = j;
  }
  return words >= 2;
}

/**
 * A word: three or more letters with a vowel among them (`y` after the first letter counts) and no more than
 * four consonants in a row, or one of the common two-letter words.
 */
function isWord(value: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  if (end - start === 2) return TWO_LETTER_WORDS.has(value.slice(start, end).toLowerCase());
  let vowel = false;
  let run = 0;
  for (let i = start; i < end; i++) {
    const ch = value[i].toLowerCase();
    if (VOWELS.includes(ch) || (ch === 'y' && i > start)) {
      vowel = true;
      run = 0;
    } else if (++run > 4) return false;
  }
  return vowel;
}

const VOWELS = 'aeiou';
const TWO_LETTER_WORDS = new Set(['id', 'db', 'io', 'my', 'by', 'to', 'of', 'on', 'in', 'is', 'at', 'up', 'js', 'ui', 'os', 'ok', 'no', 'or', 'if', 'as', 'an', 'me', 'we', 'it', 'go', 'do', 'be']);

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}
