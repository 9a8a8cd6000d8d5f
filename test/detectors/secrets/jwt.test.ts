import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeBase64Url, decodeBase64UrlText, findJwts } from '../../../shared/src/detectors/secrets/jwt';
import { B64URL, base64url, keyChars, makeJwt, rng } from './synth';

describe('detectors/secrets/jwt', () => {
  it('decodeBase64Url matches Node for any bytes, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString('base64');
        const url = b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        assert.deepEqual(Buffer.from(decodeBase64Url(url)!), Buffer.from(bytes));
        assert.deepEqual(Buffer.from(decodeBase64Url(b64)!), Buffer.from(bytes));
      }),
    );
  });

  it('decodeBase64UrlText decodes UTF-8 and refuses invalid input', () => {
    assert.equal(decodeBase64UrlText(base64url('{"alg":"HS256","kid":"clé"}')), '{"alg":"HS256","kid":"clé"}');
    assert.equal(decodeBase64Url('a'), undefined);
    assert.equal(decodeBase64Url('ab$c'), undefined);
    assert.equal(decodeBase64UrlText('_w'), undefined); // 0xff: not UTF-8
  });

  const random = rng(42);
  const now = Math.floor(Date.UTC(2026, 0, 15) / 1000);

  it('finds a signed token, with its algorithm, claim names and expiry, and never returns a value', () => {
    const token = makeJwt(random, { alg: 'HS256', typ: 'JWT' }, { sub: 'u-8f3k2', role: 'admin', exp: now + 3600 });
    const text = `Authorization: Bearer ${token}\n`;
    const [m] = findJwts(text);
    assert.equal(text.slice(m.span.offset, m.span.endOffset), token);
    assert.equal(m.alg, 'HS256');
    assert.equal(m.unsigned, false);
    assert.deepEqual(m.claims, ['sub', 'role', 'exp']);
    assert.equal(m.expiresAt, now + 3600);
    assert.equal(m.placeholder, undefined);
    assert.ok(!JSON.stringify(m).includes('u-8f3k2'));
  });

  it('notes alg none (an empty signature is then allowed)', () => {
    const token = `${base64url('{"alg":"none"}')}.${base64url('{"sub":"svc-42"}')}.`;
    const [m] = findJwts(`token=${token} `);
    assert.equal(m.alg, 'none');
    assert.equal(m.unsigned, true);
  });

  it('finds encrypted tokens (five segments)', () => {
    const jwe = [base64url('{"alg":"RSA-OAEP","enc":"A256GCM"}'), keyChars(random, B64URL, 80), keyChars(random, B64URL, 16), keyChars(random, B64URL, 120), keyChars(random, B64URL, 22)].join('.');
    const [m] = findJwts(`x: ${jwe}\n`);
    assert.equal(m.encrypted, true);
    assert.equal(m.span.endOffset - m.span.offset, jwe.length);
  });

  it('recognizes documentation tokens (sample claims, example.com issuers, a word for a signature)', () => {
    const docs = [
      makeJwt(random, { alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', iat: 1516239022 }),
      makeJwt(random, { alg: 'RS256' }, { iss: 'https://auth.example.com/', sub: 'a1' }),
      `${base64url('{"alg":"HS256"}')}.${base64url('{"sub":"k2"}')}.signature`,
    ];
    for (const t of docs) assert.ok(findJwts(`t: ${t}\n`)[0]?.placeholder, t);
  });

  it('ignores lookalikes: no alg, two segments, glued to other text, non-JSON header', () => {
    const noAlg = `${base64url('{"typ":"JWT"}')}.${base64url('{"sub":"x"}')}.${keyChars(random, B64URL, 43)}`;
    const two = `${base64url('{"alg":"HS256"}')}.${base64url('{"sub":"x"}')}`;
    const glued = `abc${makeJwt(random, { alg: 'HS256' }, { sub: 'x' })}`;
    const notJson = `eyJhbGciOiJIUzI1NiIsInR5cCI6.${base64url('{"sub":"x"}')}.${keyChars(random, B64URL, 43)}`;
    for (const t of [noAlg, two, glued, notJson]) assert.deepEqual(findJwts(`t: ${t}\n`), [], t);
  });
});
