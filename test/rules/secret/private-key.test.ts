import rule from '../../../shared/src/rules/secret/private-key';
import { ruleTester } from '../harness';
import { makePem, rng } from '../../detectors/secrets/synth';

const random = rng(77);
const RSA = makePem(random, 'RSA PRIVATE KEY', 1200);
const OPENSSH = makePem(random, 'OPENSSH PRIVATE KEY', 500);
const PKCS8 = makePem(random, 'PRIVATE KEY', 1200, '\\n');
const PGP = makePem(random, 'PGP PRIVATE KEY BLOCK', 900);
const ENCRYPTED = makePem(random, 'ENCRYPTED PRIVATE KEY', 1200);
const indent = (s: string, n: number) => s.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

ruleTester(rule, {
  valid: [
    { name: 'public keys and certificates', path: 'prompts/a.prompt', text: `---\nmodel: x/y\n---\n${makePem(random, 'PUBLIC KEY', 400)}\n${makePem(random, 'CERTIFICATE', 900)}\n` },
    { name: 'a mention of the format', path: '.github/prompts/a.prompt.md', text: 'PEM keys start with `-----BEGIN RSA PRIVATE KEY-----`.\n' },
    { name: 'a template variable', path: 'prompts/a.prompty', text: '---\nname: x\n---\nsystem:\nSign with {{ private_key }}.\n' },
  ],
  invalid: [
    {
      name: 'dotprompt: an RSA block in the system message; the span is the whole block',
      path: 'prompts/sign.prompt',
      text: `---\nmodel: x/y\n---\n{{role "system"}}\nSign with this key:\n${RSA}\nThanks.\n`,
      errors: [{ text: RSA, line: 6, entity: 'private-key', severity: 'error', message: 'RSA private key block in a system message. Remove it and load the key from a secret store at run time; if it was ever committed, rotate it.' }],
      output: `---\nmodel: x/y\n---\n{{role "system"}}\nSign with this key:\n[REDACTED_PRIVATE_KEY]\nThanks.\n`,
    },
    {
      name: 'prompty: variable style',
      path: 'prompts/ssh.prompty',
      text: `---\nname: x\n---\nsystem:\n${OPENSSH}\n`,
      policy: { redaction: { style: 'variable' } },
      errors: [{ text: OPENSSH, message: /^OpenSSH private key block in a system message\./ }],
      output: '---\nname: x\ninputs:\n  private_key:\n    type: string\n---\nsystem:\n{{ private_key }}\n',
    },
    {
      name: 'github models: a PKCS #8 key pasted with \\n escapes',
      path: '.github/prompts/a.prompt.yml',
      text: `model: openai/gpt-4.1\nmessages:\n  - role: system\n    content: "Use ${PKCS8}"\n`,
      errors: [{ text: PKCS8, line: 4, message: /^PKCS #8 private key block in a system message/ }],
    },
    {
      name: 'copilot: PGP and encrypted blocks',
      path: '.github/prompts/keys.prompt.md',
      text: `Keys:\n\n${PGP}\n\n${ENCRYPTED}\n`,
      errors: [{ text: PGP, message: /^PGP private key block/ }, { text: ENCRYPTED, message: /\(encrypted with a passphrase\)/ }],
    },
    {
      name: 'a YAML block scalar in front matter',
      path: 'prompts/a.prompt',
      text: `---\nmodel: x/y\nconfig:\n  key: |\n${indent(RSA, 4)}\n---\nHi\n`,
      errors: [{ text: indent(RSA, 4).trimStart(), message: /in the front matter/ }],
    },
    {
      name: 'an elided body is a documentation placeholder: info, no fix',
      path: '.github/prompts/a.prompt.md',
      text: 'Example:\n\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----\n',
      errors: [{ severity: 'info', message: /looks like a documentation placeholder \(masked or elided characters\)/ }],
      output: null,
    },
  ],
});
