import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/secret/jwt';
import { ruleTester, runRule } from '../harness';
import { base64url, makeJwt, rng } from '../../detectors/secrets/synth';

const random = rng(31);
const NOW = Date.UTC(2026, 0, 15, 12) / 1000;
const LIVE = makeJwt(random, { alg: 'RS256', typ: 'JWT', kid: 'k1' }, { sub: 'svc-billing', scope: 'orders:write', exp: NOW + 86400 });
const EXPIRED = makeJwt(random, { alg: 'HS256', typ: 'JWT' }, { sub: 'u-17', exp: Date.UTC(2024, 2, 1) / 1000 });
const UNSIGNED = `${base64url('{"alg":"none","typ":"JWT"}')}.${base64url('{"sub":"admin","role":"root"}')}.`;
const DOCS = makeJwt(random, { alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', iat: 1516239022 });

ruleTester(rule, {
  valid: [
    { name: 'no token', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\nExplain JWTs: header.payload.signature.\n' },
    { name: 'header without alg', path: 'prompts/a.prompt', text: `---\nmodel: x/y\n---\n${base64url('{"typ":"JWT"}')}.${base64url('{"a":1}')}.c2lnbmF0dXJlc2lnbmF0dXJl\n` },
    { name: 'a template variable', path: '.github/prompts/a.prompt.md', text: 'Authorization: Bearer ${input:token}\n' },
  ],
  invalid: [
    {
      name: 'dotprompt: a live token in a header line',
      path: 'prompts/a.prompt',
      text: `---\nmodel: x/y\n---\n{{role "system"}}\nCall the API with Authorization: Bearer ${LIVE}\n`,
      errors: [{ text: LIVE, entity: 'jwt', severity: 'error', message: /^JSON Web Token eyJ…\S{4} \(alg RS256\) in a system message\./ }],
      output: `---\nmodel: x/y\n---\n{{role "system"}}\nCall the API with Authorization: Bearer [REDACTED_JWT]\n`,
    },
    {
      name: 'prompty: an expired token is a warning with its expiry date',
      path: 'prompts/a.prompty',
      text: `---\nname: x\n---\nsystem:\nToken: ${EXPIRED}\n`,
      errors: [{ text: EXPIRED, severity: 'warning', message: /\(alg HS256, expired 2024-03-01\)/ }],
    },
    {
      name: 'github models: alg none is called out',
      path: '.github/prompts/a.prompt.yml',
      text: `model: openai/gpt-4.1\nmessages:\n  - role: user\n    content: "token ${UNSIGNED} please"\n`,
      errors: [{ text: UNSIGNED, message: /alg none: unsigned, anyone can forge one like it/ }],
    },
    {
      name: 'copilot: the jwt.io sample token is a placeholder at info',
      path: '.github/prompts/a.prompt.md',
      text: `Example: ${DOCS}\n`,
      errors: [{ text: DOCS, severity: 'info', message: /sample values from documentation/ }],
      output: null,
    },
  ],
});

describe('secret/jwt: evidence', () => {
  it('lists the algorithm and the claim names, not the claims', () => {
    const [f] = runRule(rule, { path: '.github/prompts/a.prompt.md', text: `Bearer ${LIVE}\n` });
    assert.equal(f.evidence.alg, 'RS256');
    assert.deepEqual(f.evidence.claims, ['sub', 'scope', 'exp']);
    assert.equal(f.evidence.expired, false);
    assert.ok(!JSON.stringify(f.evidence).includes('svc-billing'));
    assert.ok(!f.message.includes(LIVE.slice(10, 30)));
  });
});
