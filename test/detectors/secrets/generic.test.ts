import assert from 'node:assert/strict';
import { fieldKind, findGenericSecrets, joinedWords, type GenericMatch } from '../../../shared/src/detectors/secrets/generic';
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

describe('detectors/secrets/generic: values not on the line of their name', () => {
  const random = rng(1717);
  const v = keyChars(random, ALNUM, 32);
  const w = keyChars(random, ALNUM, 24);

  const found: Array<[string, string[]]> = [
    [`password: |\n  ${v}\nuser: app`, [v]],
    [`db:\n  password: >-\n    ${v}\n  user: app`, [v]],
    [`api_key: |-  # rotated monthly\n  ${v}\n`, [v]],
    [`- token: >\n    ${v}`, [v]],
    [`<password>\n  ${v}\n</password>`, [v]],
    [`<apiKey>\r\n\t${v}\r\n</apiKey>`, [v]],
    [`body = "{\\"api_key\\": \\"${v}\\", \\"n\\": 1}"`, [v]],
    [`'{\\'client_secret\\': \\'${v}\\'}'`, [v]],
    [`API_TOKEN ::= ${v}`, [v]],
    [`API_TOKEN :::= ${v}`, [v]],
    [`var apiKey string = "${v}"`, [v]],
    [`var dbPassword []byte = "${v}"`, [v]],
    [`const API_KEY: &str = "${v}";`, [v]],
    [`static API_KEY: &'static str = "${v}";`, [v]],
    [`client_secret: str = "${v}"`, [v]],
    [`val password: String = "${v}"`, [v]],
    [`user,password,host\nalice,${v},db1\nbob,"${w}",db2\n`, [v, w]],
    [`id;name;api_key\n1;svc;${v}\n2;job;${w}`, [v, w]],
    [`"user"\t"token"\n"alice"\t"${v}"`, [v]],
  ];
  for (const [text, expected] of found) {
    it(`finds: ${JSON.stringify(text.replace(v, '<v>').replace(w, '<w>'))}`, () => assert.deepEqual(values(text), expected));
  }

  const notFound = [
    `password: |\n  first line ${v}\n  second line\n`, // a text of several lines
    `password: |\nnot indented ${v}`,
    `<password>\n  <value>${v}</value>\n</password>`, // handled as <value>, which is no secret field
    `<password>\n  ${v}\n  <hint>x</hint>`, // the element does not close after the value
    `Config::password`,
    `if key :: ${v}`,
    `var apiKey int = 42`,
    `password: secret value = ${v}`, // YAML text with an equals sign: no type between `:` and `=`
    `user,password\nalice\n`, // the row has fewer cells than the header
    `Use a password, then log in.\nKeep it safe, ${v}`, // prose with commas is no header
  ];
  for (const text of notFound) {
    it(`does not report: ${JSON.stringify(text.replace(v, '<v>'))}`, () => assert.deepEqual(values(text), []));
  }

  it('placeholders in the new positions are still placeholders', () => {
    for (const text of ['password: |\n  changeme\n', '<password>\n  ${DB_PASSWORD}\n</password>', 'user,password\nalice,<password>\n', 'var apiKey string = "YOUR_API_KEY"']) {
      assert.deepEqual(values(text), [], text);
      assert.ok(findGenericSecrets(text).every((g) => g.filtered), text);
    }
  });
});

describe('detectors/secrets/generic: values that are not secrets next to a secret word', () => {
  const filtered: Array<[string, string]> = [
    ['api_key: "sk-proj-abc...xyz"', 'placeholder'],
    ['OPENAI_API_KEY=sk-abc123…', 'placeholder'],
    ['token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIi...', 'placeholder'],
    ["implementation 'io.jsonwebtoken:jjwt-api:0.11.5'", 'package'],
    ['compile "io.jsonwebtoken:jjwt-impl:0.12.6-rc1"', 'package'],
    ['api_key: "@scope/jwt-decode@4.0.0"', 'package'],
    ['auth_token = token-bucket-lib@2.10.1', 'package'],
    ['token: jsonwebtoken@^9.0.2', 'package'],
    ['token: getAuthTokenFromStorage2', 'word'],
    ['secret_key: oauth2ClientSecretValue', 'word'],
    ['api_key: my-app-secret-v2', 'word'],
    ['client_secret: HTTPServerClient2', 'word'],
    ['access_token: refresh_token_v2_handler', 'word'],
  ];
  for (const [text, why] of filtered) {
    it(`does not report: ${text} (${why})`, () => {
      assert.deepEqual(values(text), []);
      assert.equal(findGenericSecrets(text)[0]?.filtered, why, JSON.stringify(findGenericSecrets(text)));
    });
  }

  it('elided values are placeholders (masked), reported at most as such', () => {
    const [g] = findGenericSecrets('api_key: "sk-abc...xyz"');
    assert.equal(g.placeholder, 'masked');
  });

  it('near misses stay secrets: random values, passwords made of words and digits, dotted values that are no coordinates', () => {
    const random = rng(99);
    const v = keyChars(random, ALNUM, 28);
    for (const text of [`token: ${v}`, 'password: Summer2024x', `api_key: "${v.slice(0, 10)}.${v.slice(10)}"`, `secret: "ab:${v}:1.2x"`]) {
      assert.equal(values(text).length, 1, text);
    }
  });

  it('random strings of the reported lengths are almost never taken for joined words (under 1 in 1000)', () => {
    const random = rng(4242);
    for (const alphabet of [ALNUM, `${ALNUM}_-`, '0123456789abcdef']) {
      let taken = 0;
      for (let n = 0; n < 20000; n++) if (joinedWords(keyChars(random, alphabet, 16 + (n % 41)))) taken++;
      assert.ok(taken <= 20, `${taken} of 20000 random strings read as words`);
    }
  });
});
