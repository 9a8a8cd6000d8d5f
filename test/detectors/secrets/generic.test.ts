import assert from 'node:assert/strict';
import { fieldKind, findGenericSecrets, type GenericMatch } from '../../../shared/src/detectors/secrets/generic';
import { ALNUM, base64url, keyChars, rng } from './synth';

function values(text: string, pick: (g: GenericMatch) => boolean = (g) => !g.filtered): string[] {
  return findGenericSecrets(text).filter(pick).map((g) => text.slice(g.span.offset, g.span.endOffset));
}

describe('detectors/secrets/generic: field names', () => {
  const secret: Array<[string, string]> = [
    ['password', 'password'], ['DB_PASSWORD', 'password'], ['dbPassword', 'password'], ['db_pass', 'password'], ['pwd', 'password'],
    ['passphrase', 'password'], ['api_key', 'key'], ['apiKey', 'key'], ['X-API-Key', 'key'], ['OPENAI_API_KEY', 'key'],
    ['secret_key', 'key'], ['SECRET', 'secret'], ['client_secret', 'secret'], ['clientSecret', 'secret'], ['access_token', 'token'],
    ['authToken', 'token'], ['GITHUB_TOKEN', 'token'], ['token', 'token'], ['bearer', 'token'], ['Authorization', 'authorization'],
    ['basic_auth', 'credential'], ['credentials', 'credential'], ['GITLAB_PAT', 'token'], ['Ocp-Apim-Subscription-Key', 'key'],
    ['token2', 'token'], ['api_key_prod', 'key'], ['password_b64', 'password'],
  ];
  for (const [field, kind] of secret) it(`${field} → ${kind}`, () => assert.equal(fieldKind(field), kind));

  const notSecret = [
    'max_tokens', 'maxTokens', 'token_count', 'token_limit', 'tokens', 'tokenizer', 'token_type', 'api_key_id', 'api_key_name',
    'password_hint', 'password_min_length', 'secret_name', 'public_key', 'publishable_key', 'key', 'keys', 'monkey', 'primary_key',
    'sort_key', 'cache_key', 'bypass', 'passthrough', 'STENCIL_BACK_PASS_DEPTH_PASS', 'passOnFailingTestSuite', 'author',
    'auth', 'csrf_token', 'next_page_token', 'sha256', 'checksum', 'integrity', 'secretlint-rule-1password', 'token_url',
  ];
  for (const field of notSecret) it(`${field} → not a secret field`, () => assert.equal(fieldKind(field), undefined));

  it('a bare `key` counts after a qualifier word in prose ("API key")', () => {
    assert.equal(fieldKind('key', 'api'), 'key');
    assert.equal(fieldKind('key', 'the'), undefined);
  });
});

describe('detectors/secrets/generic: assignments', () => {
  const random = rng(21);
  const v = keyChars(random, ALNUM, 32);

  const forms = [
    `api_key: ${v}`,
    `api_key: "${v}"`,
    `"api_key": "${v}"`,
    `'api_key' => '${v}'`,
    `API_KEY=${v}`,
    `export API_KEY="${v}"`,
    `apiKey := "${v}"`,
    `$api_key .= "${v}";`,
    `api_key <- "${v}"`,
    `config["api_key"] = "${v}"`,
    `<api_key>${v}</api_key>`,
    `--api-key ${v}`,
    `--api-key=${v}`,
    `curl -H "X-API-Key: ${v}" https://api.acme.io`,
    `headers.set("X-Api-Key", "${v}")`,
    `Authorization: Bearer ${v}`,
    `"Authorization": "Bearer ${v}"`,
    `The API key is ${v}.`,
    `https://api.acme.io/v1/items?api_key=${v}&page=2`,
  ];
  for (const text of forms) {
    it(`finds the value in: ${text.replace(v, '<value>')}`, () => {
      assert.deepEqual(values(text), [v]);
    });
  }

  it('reports the scheme of Authorization values, and decodes Basic credentials', () => {
    const [bearer] = findGenericSecrets(`Authorization: Bearer ${v}`);
    assert.equal(bearer.scheme, 'bearer');
    const basic = base64url('svc-user:Zk3!pQ9x').replace(/-/g, '+').replace(/_/g, '/');
    const [b] = findGenericSecrets(`Authorization: Basic ${basic}`);
    assert.equal(b.scheme, 'basic');
    assert.equal(b.filtered, undefined);
    const [placeholder] = findGenericSecrets(`Authorization: Basic ${Buffer.from('user:password').toString('base64')}`);
    assert.equal(placeholder.filtered, 'placeholder');
  });

  const filtered: Array<[string, string]> = [
    ['api_key: {{ api_key }}', 'skip'],
    ['api_key: "{{ api_key }}"', 'template'],
    ['api_key: ${env:OPENAI_API_KEY}', 'template'],
    ['token: ${{ secrets.GITHUB_TOKEN }}', 'template'],
    ['password: ${input:dbPassword}', 'template'],
    ["password: '%(db_password)s'", 'template'],
    ['API_KEY=$OPENAI_API_KEY', 'template'],
    ['api_key: OPENAI_API_KEY', 'template'],
    ['api_key: process.env.OPENAI_API_KEY', 'template'],
    ['api_key: YOUR_API_KEY', 'template'],
    ['api_key: "your-api-key-here"', 'placeholder'],
    ['api_key: <token>', 'skip'],
    ['api_key: "<token>"', 'structure'],
    ['password: changeme', 'placeholder'],
    ['api_key: xxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder'],
    ['api_key: abcdefghijklmnopqrstuvwxyz', 'placeholder'],
    ['token: 1234567890123456789', 'placeholder'],
    ['secret: 123e4567-e89b-12d3-a456-426614174000', 'uuid'],
    ['secret: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'hash'],
    ['token_url: https://auth.acme.io/token', 'skip'],
    ['secret: https://vault.acme.io/v1/secret/data/app', 'url'],
    ['private_key: ./keys/service.pem', 'path'],
    ['password_file: /run/secrets/db_password', 'skip'],
    ['token: self.settings.token', 'code'],
    ['token = getToken(user)', 'code'],
    ['password: Summer', 'word'],
    ['api_key: null', 'placeholder'],
    ['api_key: true', 'word'],
    ['token: 42', 'number'],
    ['password: "[type=password]"', 'structure'],
  ];
  for (const [text, why] of filtered) {
    it(`does not report: ${text} (${why})`, () => {
      assert.deepEqual(values(text), []);
      const all = findGenericSecrets(text);
      if (why !== 'skip') assert.equal(all[0]?.filtered, why, JSON.stringify(all));
    });
  }

  it('returns length, entropy, classes and alphabet for the rule thresholds', () => {
    const [g] = findGenericSecrets(`client_secret = "${v}"`);
    assert.equal(g.length, 32);
    assert.equal(g.kind, 'secret');
    assert.equal(g.field, 'client_secret');
    assert.ok(g.entropy > 4);
    assert.ok(g.classes >= 2);
    assert.equal(g.alphabet, 62);
  });

  it('comparisons and YAML structures are not assignments', () => {
    for (const text of ['if (password == input) {', 'token != null', 'password: |\n  multi', 'api_key:\n  value: x', 'secrets:\n  - a', 'password: &anchor x']) {
      assert.deepEqual(values(text), [], text);
    }
  });
});
