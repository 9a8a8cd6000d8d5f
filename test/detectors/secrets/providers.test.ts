/**
 * The provider table, entry by entry: for every entry and every prefix, a synthetic key of the documented
 * alphabet and length (checksum computed where the format has one) is found with the right provider id
 * and span, and the same key one character short is not found as that provider. Property tests (fast-check)
 * for the checksummed formats: generated valid keys are found, keys with a mutated checksum are not.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findProviderKeys, PATTERNS as SCAN_PATTERNS } from '../../../shared/src/detectors/secrets/providerKeys';
import { PROVIDER_IDS, PROVIDER_KEYS, SENTRY_DSN, type ProviderKey } from '../../../shared/src/detectors/secrets/providers';
import { bech32WithChecksum, crc32Base62Checksum } from '../../../shared/src/detectors/secrets/checksums';
import { ALNUM, exampleOf, keyChars, mutateAt, oneShort, rng } from './synth';

const LLM_PROVIDERS = ['openai', 'anthropic', 'google', 'azure-openai', 'huggingface', 'cohere', 'mistral', 'groq', 'replicate', 'perplexity', 'xai', 'openrouter', 'deepseek', 'together', 'fireworks', 'elevenlabs', 'voyage', 'pinecone', 'langsmith'];

function describeEntry(entry: ProviderKey, prefixIndex: number): string {
  const how = entry.prefixes ? entry.prefixes[prefixIndex] : entry.anchor ? `…${entry.anchor}…` : `after "${entry.context?.[0]}"`;
  return `${entry.provider}: ${entry.label} (${how})`;
}

function found(text: string, provider: string): string[] {
  return findProviderKeys(text)
    .filter((k) => k.entry.provider === provider && !k.placeholder && !k.checksumFailed)
    .map((k) => text.slice(k.span.offset, k.span.endOffset));
}

describe('detectors/secrets/providers: the table', () => {
  it(`covers at least 100 distinct providers (${PROVIDER_IDS.length})`, () => {
    assert.ok(PROVIDER_IDS.length >= 100, `only ${PROVIDER_IDS.length} providers`);
    assert.equal(new Set(PROVIDER_IDS).size, PROVIDER_IDS.length);
  });

  it('lists the LLM providers first', () => {
    const order = [...new Set(PROVIDER_KEYS.map((k) => k.provider))];
    for (const id of LLM_PROVIDERS) assert.ok(PROVIDER_IDS.includes(id), `${id} missing`);
    const lastLlm = Math.max(...LLM_PROVIDERS.map((id) => order.indexOf(id)));
    assert.ok(lastLlm < order.indexOf('aws'), 'LLM providers come before the clouds');
  });

  it('every entry has a documented source, a label and a way to be found', () => {
    for (const entry of [...PROVIDER_KEYS, SENTRY_DSN]) {
      assert.match(entry.source, /^https:\/\/\S+/, `${entry.provider}: source`);
      assert.ok(entry.label.length > 3, `${entry.provider}: label`);
      if (entry === SENTRY_DSN) continue;
      assert.ok(entry.prefixes?.length || entry.anchor || entry.context?.length, `${entry.provider}: no prefix, anchor or context`);
      assert.match(entry.provider, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('exports its scanning patterns: two alternations of literals and small helpers', () => {
    assert.ok(SCAN_PATTERNS.length >= 2);
    for (const p of SCAN_PATTERNS) assert.ok(p instanceof RegExp);
  });
});

describe('detectors/secrets/providers: each entry finds its synthetic key and not one character less', () => {
  let seed = 1;
  for (const entry of PROVIDER_KEYS) {
    const prefixCount = entry.prefixes?.length ?? 1;
    for (let p = 0; p < prefixCount; p++) {
      const name = describeEntry(entry, p);
      const random = rng(seed++);
      it(name, () => {
        for (const length of ['min', 'max', 'random'] as const) {
          const ex = exampleOf(entry, random, length, p);
          const text = `system:\nUse this.\n${ex.line}\nThanks.\n`;
          assert.deepEqual(found(text, entry.provider), [ex.reported], `${length}-length example: ${ex.line}`);
        }
        const short = oneShort(entry, random, p);
        const text = `system:\n${short.line}\n`;
        assert.deepEqual(found(text, entry.provider).filter((v) => short.token.includes(v) && v.length >= short.reported.length - 1), [], `one short: ${short.line}`);
      });
    }
  }
});

describe('detectors/secrets/providers: checksums (property tests)', () => {
  const base62 = fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 30, maxLength: 30 });

  for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_']) {
    const provider = prefix === 'npm_' ? 'npm' : 'github';
    it(`${prefix}: every token with a valid CRC-32 is found, every mutated checksum is not`, () => {
      fc.assert(
        fc.property(base62, fc.integer({ min: 1, max: 6 }), (random, position) => {
          fc.pre(!/(.)\1{5}/.test(random) && !/example|sample|dummy|placeholder|redacted|replace|insert|changeme|notreal|invalid|yourkey|secretkey/i.test(random));
          fc.pre(!/(?:^|[^A-Za-z])(?:your|fake|todo|here|test|YOUR|FAKE|TODO|HERE|TEST)|(?:your|fake|todo|here|test|YOUR|FAKE|TODO|HERE|TEST)(?:[^A-Za-z]|$)/.test(random));
          fc.pre(!hasRun(random));
          const token = `${prefix}${random}${crc32Base62Checksum(random)}`;
          const text = `token: ${token}\n`;
          const hits = findProviderKeys(text);
          assert.equal(hits.length, 1, token);
          assert.equal(hits[0].entry.provider, provider);
          assert.ok(!hits[0].checksumFailed);
          assert.ok(hits[0].validators.includes('checksum:crc32-base62'));
          const bad = mutateAt(token, -position);
          const badHits = findProviderKeys(`token: ${bad}\n`);
          assert.ok(badHits.every((k) => k.checksumFailed), `mutated checksum accepted: ${bad}`);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('AGE-SECRET-KEY-1…: a valid bech32 checksum is found, a mutated character is not', () => {
    const bech = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...bech), minLength: 52, maxLength: 52 }), fc.integer({ min: 17, max: 73 }), (data, position) => {
        fc.pre(!/(.)\1{5}/.test(data) && !hasRun(data) && !/xxxx|fake|todo|here|test|your/.test(data));
        const key = bech32WithChecksum('age-secret-key-', data).toUpperCase();
        const hits = findProviderKeys(`identity: ${key}\n`);
        assert.equal(hits.length, 1);
        assert.equal(hits[0].entry.provider, 'age');
        assert.ok(!hits[0].checksumFailed);
        const bad = mutateAt(key, position, bech.toUpperCase());
        assert.ok(findProviderKeys(`identity: ${bad}\n`).every((k) => k.checksumFailed));
      }),
      { numRuns: 150 },
    );
  });

  it('AWS access key ids: any 16 base32 characters after AKIA/ASIA are found; 15 or 17 are not', () => {
    fc.assert(
      fc.property(fc.constantFrom('AKIA', 'ASIA'), fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), minLength: 16, maxLength: 16 }), (prefix, body) => {
        fc.pre(!/(.)\1{5}/.test(body) && !hasRun(body) && !/EXAMPLE|SAMPLE|DUMMY|REDACTED|REPLACE|INSERT|CHANGEME|NOTREAL|INVALID|YOURKEY|SECRETKEY|YOUR|FAKE|TODO|HERE|TEST|XXXX/.test(body));
        assert.deepEqual(found(`aws_access_key_id = ${prefix}${body}\n`, 'aws'), [`${prefix}${body}`]);
        assert.deepEqual(found(`aws_access_key_id = ${prefix}${body.slice(1)}\n`, 'aws'), []);
        assert.deepEqual(found(`aws_access_key_id = ${prefix}${body}Q\n`, 'aws'), []);
      }),
      { numRuns: 200 },
    );
  });

  it('OpenAI project keys: any base64url body of 40+ characters is found, with the T3BlbkFJ marker raising confidence', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...`${ALNUM}_-`), minLength: 58, maxLength: 74 }), (half) => {
        fc.pre(/[a-z]/.test(half) && /[A-Z0-9]/.test(half) && !/(.)\1{5}/.test(half) && !hasRun(half) && !/[-_]{2}/.test(half));
        fc.pre(!/example|sample|dummy|placeholder|redacted|replace|insert|changeme|notreal|invalid|yourkey|secretkey/i.test(half));
        fc.pre(!/(?:^|[^A-Za-z])(?:your|fake|todo|here|test|YOUR|FAKE|TODO|HERE|TEST)|(?:your|fake|todo|here|test|YOUR|FAKE|TODO|HERE|TEST)(?:[^A-Za-z]|$)/.test(half));
        const key = `sk-proj-${half}T3BlbkFJ${half.split('').reverse().join('')}`;
        const hits = findProviderKeys(`OPENAI_API_KEY=${key}\n`);
        assert.equal(hits.length, 1);
        assert.equal(hits[0].entry.provider, 'openai');
        assert.ok(hits[0].validators.includes('marker'));
        assert.equal(hits[0].confidence, 0.99);
      }),
      { numRuns: 100 },
    );
  });
});

/** A run of 8 consecutive characters (abcdefgh, 12345678) — a documentation shape the detector rejects. */
function hasRun(value: string): boolean {
  const lower = value.toLowerCase();
  let up = 1;
  let down = 1;
  for (let i = 1; i < lower.length; i++) {
    const d = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= 8 || down >= 8) return true;
  }
  return false;
}

describe('detectors/secrets/providers: docs', () => {
  it('docs/rules/secret/provider-key.md lists every provider id and the provider count', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const page = readFileSync(require.resolve('../../../docs/rules/secret/provider-key.md'), 'utf8');
    for (const id of PROVIDER_IDS) assert.ok(page.includes(`| \`${id}\` |`), `${id} is not in the docs table`);
    assert.ok(page.includes(`Keys of ${PROVIDER_IDS.length} providers`), 'the provider count in the docs is stale');
  });
});

describe('detectors/secrets/providers: GitLab prefixes and 1Password Secret Keys', () => {
  const random = rng(1717);
  const b64url = (n: number) => keyChars(random, `${ALNUM}_-`, n);
  const upper = (n: number) => keyChars(random, 'ABCDEFGHJKLMNPQRSTVWXYZ23456789', n);

  it('every prefix of the GitLab token table is found (glimt-, glrtr- included)', () => {
    for (const prefix of ['glpat-', 'gldt-', 'glrt-', 'glrtr-', 'glcbt-', 'glft-', 'glimt-', 'glsoat-', 'glffct-', 'glagent-', 'glwt-']) {
      const token = `${prefix}${b64url(25)}`;
      assert.deepEqual(found(`token: ${token}\n`, 'gitlab'), [token], prefix);
    }
  });

  it('gloas- secrets are found in the URL-safe alphabet, not only in hex; 63 characters are not one', () => {
    const secret = `gloas-${b64url(64)}`;
    assert.deepEqual(found(`GITLAB_OAUTH_SECRET=${secret}\n`, 'gitlab'), [secret]);
    assert.deepEqual(found(`GITLAB_OAUTH_SECRET=gloas-${b64url(63)}\n`, 'gitlab'), []);
  });

  it('a _gitlab_session cookie is found, the value only', () => {
    const id = keyChars(random, '0123456789abcdef', 32);
    assert.deepEqual(found(`Cookie: _gitlab_session=${id}; other=1\n`, 'gitlab'), [id]);
    assert.deepEqual(found(`Cookie: _gitlab_session=${id}ab\n`, 'gitlab'), []);
    assert.deepEqual(found('Cookie: _gitlab_session=00000000000000000000000000000000\n', 'gitlab'), []);
  });

  it('1Password Secret Keys: A3-, a 6-character account id and 26 characters, with or without the middle dash', () => {
    const dashed = `A3-${upper(6)}-${upper(6)}-${upper(5)}-${upper(5)}-${upper(5)}-${upper(5)}`;
    const joined = `A3-${upper(6)}-${upper(11)}-${upper(5)}-${upper(5)}-${upper(5)}`;
    assert.deepEqual(found(`Secret Key: ${dashed}\n`, '1password'), [dashed]);
    assert.deepEqual(found(`secret key ${joined}.\n`, '1password'), [joined]);
    // near misses: a group short, lower case, glued to a word, another version
    assert.deepEqual(found(`key ${dashed.slice(0, -1)}\n`, '1password'), []);
    assert.deepEqual(found(`key ${dashed.toLowerCase()}\n`, '1password'), []);
    assert.deepEqual(found(`key X${dashed}\n`, '1password'), []);
    assert.deepEqual(found('paper A3-FORMAT-SHEETS-LARGE-PRINT-READY-TODAY\n', '1password'), []);
  });
});
