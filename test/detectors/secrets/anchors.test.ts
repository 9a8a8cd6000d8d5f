/**
 * The secret detectors' shared prefilter (shared/src/detectors/secrets/anchors.ts): one pass finds the
 * provider table's literals, its context words, the secret words of field names and the key=value password
 * keys. The detectors used to find each kind with a regular-expression alternation (longest alternative
 * first, case-insensitive for words); these tests check, on texts full of near misses, that the prefilter
 * offers exactly the positions and words such an alternation matches — so no value a detector would have
 * found is dropped — and that the detectors still find values planted among them.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  KV_PASSWORD_WORDS,
  PROVIDER_KEYWORDS,
  PROVIDER_LITERALS,
  SECRET_FIELD_WORDS,
  secretAnchors,
  type AnchorList,
} from '../../../shared/src/detectors/secrets/anchors';
import { crc32Base62Checksum, findConnectionStrings, findGenericSecrets, findProviderKeys } from '../../../shared/src/detectors/secrets';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** What a sticky alternation of `words` (in this order) matches at each position of `text`. */
function byAlternation(text: string, words: readonly string[], ignoreCase: boolean): AnchorList {
  const re = new RegExp(words.map(escape).join('|'), ignoreCase ? 'iy' : 'y');
  const out: AnchorList = { starts: [], texts: [] };
  for (let at = 0; at < text.length; at++) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.starts.push(at);
    out.texts.push(ignoreCase ? m[0].toLowerCase() : m[0]);
  }
  return out;
}

/** Fragments that make near misses likely: pieces of literals and words, in mixed case, with separators. */
function fragments(): string[] {
  const pieces = new Set<string>();
  const sample = (list: readonly string[], every: number) => list.filter((_, i) => i % every === 0);
  for (const w of [...sample(PROVIDER_LITERALS, 3), ...sample(PROVIDER_KEYWORDS, 4), ...SECRET_FIELD_WORDS, ...KV_PASSWORD_WORDS]) {
    pieces.add(w);
    pieces.add(w.slice(0, Math.max(1, w.length - 1)));
    pieces.add(w.slice(1));
    pieces.add(w.toUpperCase());
  }
  for (const p of [' ', '_', '-', '.', ':', '=', '"', '\n', 'x', 'Q', '9', '\u00e9', '\u212a']) pieces.add(p);
  return [...pieces];
}

const text = fc.array(fc.constantFrom(...fragments()), { maxLength: 60 }).map((a) => a.join(''));

describe('detectors/secrets/anchors', () => {
  it('offers what the longest-first alternations matched, for every kind of anchor', () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = secretAnchors(t);
        assert.deepEqual(a.literals, byAlternation(t, PROVIDER_LITERALS, false), 'provider literals');
        assert.deepEqual(a.keywords, byAlternation(t, PROVIDER_KEYWORDS, true), 'provider context words');
        assert.deepEqual(a.fields, byAlternation(t, SECRET_FIELD_WORDS, true), 'field secret words');
        assert.deepEqual(a.kvPasswords, byAlternation(t, KV_PASSWORD_WORDS, true), 'key=value password keys');
      }),
      { numRuns: 300 },
    );
  });

  it('lists every literal of the provider table once, longest first', () => {
    assert.equal(new Set(PROVIDER_LITERALS).size, PROVIDER_LITERALS.length);
    for (let i = 1; i < PROVIDER_LITERALS.length; i++) assert.ok(PROVIDER_LITERALS[i - 1].length >= PROVIDER_LITERALS[i].length);
    assert.ok(PROVIDER_LITERALS.includes('ghp_') && PROVIDER_LITERALS.includes('sk-proj-') && PROVIDER_LITERALS.includes(':AA'));
    assert.ok(PROVIDER_KEYWORDS.includes('azure') && PROVIDER_KEYWORDS.every((w) => w === w.toLowerCase()));
  });

  it('caches the last text: the five secret rules share one pass', () => {
    const t = 'api_key = "x"';
    assert.equal(secretAnchors(t), secretAnchors(t));
    assert.notEqual(secretAnchors(`${t} `), secretAnchors(t));
  });

  it('the detectors still find values planted among near misses', () => {
    const key = 'Zq8vL2mN4pR6sT1uW3xY5aB7cD9eF0gH';
    fc.assert(
      fc.property(text, text, fc.constantFrom('api_key', 'API_KEY', 'clientSecret', 'X-Api-Key'), (before, after, field) => {
        const t = `${before}\n${field}: "${key}"\nServer=db;User Id=app;Password=Tr0ub4dorX3x;\n${after}`;
        const generic = findGenericSecrets(t).filter((g) => !g.filtered).map((g) => t.slice(g.span.offset, g.span.endOffset));
        assert.ok(generic.includes(key), `generic missed the value after ${field}`);
        const passwords = findConnectionStrings(t).credentials.map((c) => t.slice(c.span.offset, c.span.endOffset));
        assert.ok(passwords.includes('Tr0ub4dorX3x'), 'connection-string missed the password');
        const random = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4Oq';
        const token = `ghp_${random}${crc32Base62Checksum(random)}`;
        const keyText = `${before} ${token} ${after}`;
        const keys = findProviderKeys(keyText).map((k) => keyText.slice(k.span.offset, k.span.endOffset));
        assert.ok(keys.includes(token), 'provider-key missed the GitHub token');
      }),
      { numRuns: 150 },
    );
  });
});
