/**
 * The words and literals the secret detectors start from, found in ONE pass over the text (literalScan.ts)
 * instead of one regular-expression alternation per detector:
 *
 *   - `literals`: the provider table's key prefixes and infix anchors (`sk-proj-`, `ghp_`, `AKIA`, `:AA`),
 *     case-sensitive — where providerKeys.ts tries the entries;
 *   - `keywords`: the context words of the table's entries without a prefix (`azure`, `mistral`,
 *     `x-api-key`), any case — after which providerKeys.ts looks for a value;
 *   - `fields`: the secret words field names are made of (`password`, `token`, `apikey`, `key`), any case,
 *     anywhere in a word — where generic.ts reads a field name;
 *   - `kvPasswords`: `password`, `passwd`, `pwd`, any case — where connectionString.ts looks for `=`.
 *
 * Each list holds, per start offset, the longest word or literal found there, sorted by offset: what a
 * longest-first alternation finds at that position. The scan of the last text is cached: the five secret
 * rules (and the detectors they call) read the same text.
 */
import { LiteralScanner, type LiteralSpec } from '../literalScan';
import { PROVIDER_KEYS } from './providers';

/** Hits of one kind: `starts[k]` is where `texts[k]` begins (the literal as listed; words in lower case). */
export interface AnchorList {
  starts: number[];
  texts: string[];
}

export interface SecretAnchors {
  literals: AnchorList;
  keywords: AnchorList;
  fields: AnchorList;
  kvPasswords: AnchorList;
}

/** Every literal prefix and anchor of the provider table, longest first (ties in code-point order). */
export const PROVIDER_LITERALS: readonly string[] = (() => {
  const set = new Set<string>();
  for (const entry of PROVIDER_KEYS) {
    for (const p of entry.prefixes ?? []) set.add(p);
    if (entry.anchor) set.add(entry.anchor);
  }
  return [...set].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
})();

/** Context words of the entries without a prefix or anchor, lower case, longest first. */
export const PROVIDER_KEYWORDS: readonly string[] = (() => {
  const set = new Set<string>();
  for (const entry of PROVIDER_KEYS) {
    if (entry.prefixes || entry.anchor) continue;
    for (const w of entry.context ?? []) set.add(w.toLowerCase());
  }
  return [...set].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
})();

/** Secret words that can start a field-name hit (generic.ts), any case. */
export const SECRET_FIELD_WORDS: readonly string[] = [
  'passphrase', 'credentials', 'credential', 'password', 'passcode', 'authorization', 'passwd', 'secret', 'bearer', 'apikey', 'token',
  'creds', 'auth', 'pass', 'pwd', 'key', 'pat',
];

/** Keys of key=value connection strings that hold a password (connectionString.ts), any case. */
export const KV_PASSWORD_WORDS: readonly string[] = ['password', 'passwd', 'pwd'];

const GROUPS: ReadonlyArray<readonly [keyof SecretAnchors, readonly string[], boolean]> = [
  ['literals', PROVIDER_LITERALS, false],
  ['keywords', PROVIDER_KEYWORDS, true],
  ['fields', SECRET_FIELD_WORDS, true],
  ['kvPasswords', KV_PASSWORD_WORDS, true],
];

const specs: LiteralSpec[] = [];
const groupOf: Array<keyof SecretAnchors> = [];
for (const [group, words, ignoreCase] of GROUPS) {
  for (const text of words) {
    specs.push({ text, ignoreCase });
    groupOf.push(group);
  }
}
const scanner = new LiteralScanner(specs);

let lastText: string | undefined;
let lastAnchors: SecretAnchors | undefined;

/** The anchors of `text` (cached for the last text). */
export function secretAnchors(text: string): SecretAnchors {
  if (lastAnchors && lastText === text) return lastAnchors;
  const hits = scanner.scan(text);
  const out: SecretAnchors = {
    literals: { starts: [], texts: [] },
    keywords: { starts: [], texts: [] },
    fields: { starts: [], texts: [] },
    kvPasswords: { starts: [], texts: [] },
  };
  for (let k = 0; k < hits.starts.length; k++) {
    const id = hits.ids[k];
    const list = out[groupOf[id]];
    const start = hits.starts[k];
    // Hits come longest first at each start: keep that one.
    if (list.starts.length && list.starts[list.starts.length - 1] === start) continue;
    list.starts.push(start);
    list.texts.push(specs[id].text);
  }
  lastText = text;
  lastAnchors = out;
  return out;
}

/** This module defines no regular expression (it scans with literalScan.ts). */
export const PATTERNS: readonly RegExp[] = [];
