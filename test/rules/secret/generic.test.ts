import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/secret/generic';
import { ruleTester, runRule } from '../harness';
import { ALNUM, HEX, keyChars, rng } from '../../detectors/secrets/synth';
import { PROVIDER_KEYS } from '../../../shared/src/detectors/secrets/providers';
import { exampleOf } from '../../detectors/secrets/synth';

const random = rng(99);
const TOKEN = keyChars(random, ALNUM, 32);
const HEXKEY = keyChars(random, HEX, 40);
const PASSWORD = 'Tr0ub4dor&3x';
/** 48 characters drawn from 8 symbols: 3 bits per character at most. */
const LOW = keyChars(random, 'k3J9x0Qz', 48);
const GROQ = exampleOf(PROVIDER_KEYS.find((k) => k.provider === 'groq')!, random).token;

ruleTester(rule, {
  valid: [
    { name: 'templated values', path: 'prompts/a.prompty', text: '---\nname: x\nmodel:\n  configuration:\n    api_key: ${env:OPENAI_API_KEY}\n---\nsystem:\ntoken: {{ token }}\npassword: ${{ secrets.DB_PASSWORD }}\n' },
    { name: 'placeholders', path: '.github/prompts/a.prompt.md', text: 'api_key: YOUR_API_KEY\npassword: changeme\ntoken: <token>\nsecret: xxxxxxxxxxxxxxxxxxxx\n' },
    { name: 'UUIDs, hashes, paths and URLs', path: '.github/prompts/a.prompt.md', text: 'secret: 123e4567-e89b-12d3-a456-426614174000\nintegrity: sha512-Zk3pQ9xLm2Vb8Rt5Yw1Nc4Hj7Ks0Df6Ga3Ue9Io2Pq==\nprivate_key: ./keys/service.pem\nsecret: https://vault.corp.net/v1/app\n' },
    { name: 'fields that are not secrets', path: '.github/prompts/a.prompt.md', text: `max_tokens: 4096\ntoken_count: ${TOKEN}\napi_key_id: ${TOKEN}\npassword_hint: ${TOKEN}\n` },
    { name: 'sequential and low-entropy values', path: '.github/prompts/a.prompt.md', text: 'api_key: abcdef0123456789abcdef\ntoken: aaaaaaaabbbbbbbbcccccccc\n' },
    { name: 'too short for a token', path: '.github/prompts/a.prompt.md', text: 'token: k3J9x0Qz\n' },
    { name: 'a provider key is secret/provider-key\'s', path: '.github/prompts/a.prompt.md', text: `GROQ_API_KEY=${GROQ}\n` },
    { name: 'a password in a connection string is secret/connection-string\'s', path: '.github/prompts/a.prompt.md', text: `Server=db;User Id=sa;Password=${PASSWORD};\n` },
    { name: 'ignoreFields', path: '.github/prompts/a.prompt.md', text: `session_token: ${TOKEN}\n`, options: { ignoreFields: ['SESSION_TOKEN'] } },
    { name: 'below the default minEntropy (3.5): a long value over eight symbols', path: '.github/prompts/a.prompt.md', text: `api_key: ${LOW}\n` },
  ],
  invalid: [
    {
      name: 'dotprompt: an API key assignment in the system message',
      path: 'prompts/a.prompt',
      text: `---\nmodel: x/y\n---\n{{role "system"}}\napi_key: ${TOKEN}\n`,
      errors: [{ text: TOKEN, entity: 'generic', severity: 'warning', message: `API key assigned to \`api_key\` …${TOKEN.slice(-4)} in a system message. Move it to an environment variable or a secret store.` }],
      output: '---\nmodel: x/y\n---\n{{role "system"}}\napi_key: [REDACTED_GENERIC]\n',
    },
    {
      name: 'prompty: a password shows only its length; variable style names the variable after the field',
      path: 'prompts/a.prompty',
      text: `---\nname: x\n---\nsystem:\nLog in with DB_PASSWORD="${PASSWORD}".\n`,
      policy: { redaction: { style: 'variable' } },
      errors: [{ text: PASSWORD, message: 'Password assigned to `DB_PASSWORD` …(12 chars) in a system message. Move it to an environment variable or a secret store.' }],
      output: '---\nname: x\ninputs:\n  db_password:\n    type: string\n---\nsystem:\nLog in with DB_PASSWORD="{{ db_password }}".\n',
    },
    {
      name: 'github models: Authorization header and client_secret',
      path: '.github/prompts/a.prompt.yml',
      text: `model: openai/gpt-4.1\nmessages:\n  - role: system\n    content: 'Send Authorization: Bearer ${TOKEN} and "client_secret": "${HEXKEY}"'\n`,
      errors: [{ text: TOKEN, message: /^Authorization credential assigned to `Authorization`/ }, { text: HEXKEY, message: /^Secret assigned to `client_secret`/ }],
    },
    {
      name: 'copilot: a CLI flag and prose',
      path: '.github/prompts/deploy.prompt.md',
      text: `Run \`deploy --token ${TOKEN}\`. The password is ${PASSWORD}.\n`,
      errors: [{ text: TOKEN, message: /^Token assigned to `token`/ }, { text: PASSWORD, message: /^Password assigned to `password`/ }],
    },
    {
      name: 'a lower minEntropy reports it',
      path: '.github/prompts/a.prompt.md',
      text: `api_key: ${LOW}\n`,
      options: { minEntropy: 2.5 },
      errors: [{ text: LOW }],
    },
    {
      name: 'a lower minLength reports shorter tokens',
      path: '.github/prompts/a.prompt.md',
      text: 'token: k3J9x0Qz7Wm2\n',
      options: { minLength: 12 },
      errors: [{ text: 'k3J9x0Qz7Wm2' }],
    },
  ],
});

describe('secret/generic: evidence', () => {
  it('carries the field, kind, length and entropy, never the value', () => {
    const [f] = runRule(rule, { path: '.github/prompts/a.prompt.md', text: `client_secret = "${HEXKEY}"\n` });
    assert.equal(f.evidence.field, 'client_secret');
    assert.equal(f.evidence.kind, 'secret');
    assert.equal(f.evidence.length, 40);
    assert.ok(Number(f.evidence.entropy) > 3);
    assert.ok(!JSON.stringify(f.evidence).includes(HEXKEY));
  });
});
