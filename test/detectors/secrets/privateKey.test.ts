import assert from 'node:assert/strict';
import { findPrivateKeys } from '../../../shared/src/detectors/secrets/privateKey';
import { B64, keyChars, makePem, rng } from './synth';

describe('detectors/secrets/privateKey', () => {
  const random = rng(5);
  const labels: Array<[string, string]> = [
    ['RSA PRIVATE KEY', 'RSA'],
    ['EC PRIVATE KEY', 'EC'],
    ['DSA PRIVATE KEY', 'DSA'],
    ['OPENSSH PRIVATE KEY', 'OpenSSH'],
    ['PRIVATE KEY', 'PKCS #8'],
    ['ENCRYPTED PRIVATE KEY', 'PKCS #8'],
    ['PGP PRIVATE KEY BLOCK', 'PGP'],
  ];
  for (const [label, kind] of labels) {
    it(`finds a ${label} block; the span is the whole block`, () => {
      const pem = makePem(random, label, 900);
      const text = `system:\nHere is the key:\n${pem}\nDo not share it.\n`;
      const found = findPrivateKeys(text);
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].span.offset, found[0].span.endOffset), pem);
      assert.equal(found[0].kind, kind);
      assert.equal(found[0].encrypted, label.includes('ENCRYPTED'));
      assert.equal(found[0].placeholder, undefined);
    });
  }

  it('finds a block inside a JSON string with \\n escapes (service-account files)', () => {
    const pem = makePem(random, 'PRIVATE KEY', 1200, '\\n');
    const text = `{"type": "service_account", "private_key": "${pem}\\n", "client_email": "x"}`;
    const [k] = findPrivateKeys(text);
    assert.equal(text.slice(k.span.offset, k.span.endOffset), pem);
    assert.ok(k.bodyLength >= 1200);
  });

  it('notes PEM encryption headers, and CRLF line ends', () => {
    const pem = makePem(random, 'RSA PRIVATE KEY', 800, '\r\n', ['Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,0A1B2C3D4E5F60718293A4B5C6D7E8F9']);
    const [k] = findPrivateKeys(`key: |\r\n${pem}\r\n`);
    assert.equal(k.encrypted, true);
    assert.equal(k.placeholder, undefined);
  });

  it('reports a block without END line up to the end of its body, as truncated', () => {
    const pem = makePem(random, 'OPENSSH PRIVATE KEY', 640);
    const cut = pem.slice(0, pem.lastIndexOf('\n-----END'));
    const text = `${cut}\n\nuser:\nhello\n`;
    const [k] = findPrivateKeys(text);
    assert.equal(k.truncated, true);
    assert.equal(text.slice(k.span.offset, k.span.endOffset), cut);
  });

  it('finds PuTTY key files, from the header line to the Private-MAC line', () => {
    const pub = keyChars(random, B64, 64);
    const priv = keyChars(random, B64, 64);
    const ppk = ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', 'Comment: deploy', 'Public-Lines: 1', pub, 'Private-Lines: 1', priv, `Private-MAC: ${keyChars(random, '0123456789abcdef', 64)}`].join('\n');
    const text = `${ppk}\nmore text\n`;
    const [k] = findPrivateKeys(text);
    assert.equal(text.slice(k.span.offset, k.span.endOffset), ppk);
    assert.equal(k.kind, 'PuTTY');
    assert.equal(k.encrypted, false);
  });

  const placeholders = [
    '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA…\n-----END RSA PRIVATE KEY-----',
    '-----BEGIN PRIVATE KEY-----\n<your private key>\n-----END PRIVATE KEY-----',
    '-----BEGIN PRIVATE KEY-----\nyour key goes here\n-----END PRIVATE KEY-----',
    `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(64)}\n${'A'.repeat(64)}\n-----END PRIVATE KEY-----`,
  ];
  for (const block of placeholders) {
    it(`a placeholder body is a placeholder: ${JSON.stringify(block.split('\n')[1].slice(0, 30))}`, () => {
      const [k] = findPrivateKeys(block);
      assert.ok(k, 'not found');
      assert.ok(k.placeholder, 'not a placeholder');
    });
  }

  it('ignores mentions of the format and public keys', () => {
    for (const text of [
      'Keys start with `-----BEGIN RSA PRIVATE KEY-----` and end with the END line.',
      makePem(random, 'PUBLIC KEY', 400),
      makePem(random, 'CERTIFICATE', 900),
      'Use PuTTY-User-Key-File-2 files with PuTTY.',
    ]) {
      assert.deepEqual(findPrivateKeys(text), [], text.slice(0, 40));
    }
  });
});
