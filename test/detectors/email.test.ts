import assert from 'node:assert/strict';
import { findEmails } from '../../shared/src/detectors/email';
import { isKnownTld } from '../../shared/src/detectors/tlds';
import { real, texts } from './helpers';

const find = (text: string) => texts(text, findEmails(text));

describe('detectors/email', () => {
  describe('finds addresses (RFC 5321/5322 dot-atom, RFC 6531)', () => {
    const cases: Array<[string, string]> = [
      ['Write to jane.doe@acme.io today', 'jane.doe@acme.io'],
      ["O'Brien: o'brien@mail.ie", "o'brien@mail.ie"],
      ['tagged first.last+news@sub.acme.co.uk', 'first.last+news@sub.acme.co.uk'],
      ['percent a%b@relay.acme.com', 'a%b@relay.acme.com'],
      ['upper JANE@ACME.COM', 'JANE@ACME.COM'],
      ['hyphens mary-ann@my-host.org', 'mary-ann@my-host.org'],
      ['digits 42@9gag.com', '42@9gag.com'],
      ['internationalized josé@correo.es', 'josé@correo.es'],
      ['IDN domain jane@bücher.de', 'jane@bücher.de'],
      ['punycode TLD jane@acme.xn--p1ai', 'jane@acme.xn--p1ai'],
      ['new gTLD jane@acme.dev', 'jane@acme.dev'],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(find(text), [expected]));
    }
  });

  describe('trims the prose around an address', () => {
    const cases: Array<[string, string]> = [
      ['End of sentence jane@acme.io.', 'jane@acme.io'],
      ['(jane@acme.io)', 'jane@acme.io'],
      ['<jane@acme.io>', 'jane@acme.io'],
      ["'jane@acme.io'", 'jane@acme.io'],
      ['"jane@acme.io",', 'jane@acme.io'],
      ['mailto:jane@acme.io', 'jane@acme.io'],
      ['[mail](mailto:jane@acme.io)', 'jane@acme.io'],
      ['no space after full stop jane@acme.io.Next', 'jane@acme.io'],
      ['Contact:jane@acme.io', 'jane@acme.io'],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(find(text), [expected]));
    }
  });

  it('finds several addresses and keeps their offsets', () => {
    const text = 'a@acme.io, b@acme.io; c@acme.io';
    const found = findEmails(text);
    assert.deepEqual(found.map((d) => d.span.offset), [0, 11, 22]);
    assert.deepEqual(found.map((d) => d.normalized), ['a@acme.io', 'b@acme.io', 'c@acme.io']);
  });

  it('accepts address literals (RFC 5321 §4.1.3)', () => {
    assert.deepEqual(find('postmaster@[52.14.22.9] and x@[IPv6:2a00:1450::1]'), ['postmaster@[52.14.22.9]', 'x@[IPv6:2a00:1450::1]']);
    assert.deepEqual(find('bad@[999.1.1.1]'), []);
  });

  describe('near misses are not addresses', () => {
    for (const text of [
      'lodash@4.17.21',
      'react@18.2.0 and @types/node',
      'ping @jane on chat',
      'user@localhost',
      'a@b',
      'jane@acme.notarealtld',
      'https://user:s3cret@db.acme.com/app',
      'postgres://admin:pw@10.0.0.5:5432/db',
      'git@github.com:org/repo.git',
      'ssh://git@github.com/org/repo',
      'icon@2x.png',
      'jane@-acme.com',
      'jane@acme-.com',
      `${'a'.repeat(65)}@acme.io`,
      'a_b@acme.io_x',
      'x@y@z',
    ]) {
      it(text, () => assert.deepEqual(find(text), []));
    }
  });

  describe('documentation domains are placeholders (RFC 2606, RFC 6761)', () => {
    for (const address of ['test@example.com', 'a@sub.example.org', 'b@example.net', 'c@shop.test', 'd@host.invalid', 'e@app.localhost', 'your.name@yourcompany.com', 'xxxx@acme.io']) {
      it(address, () => {
        const found = findEmails(`mail ${address} now`);
        assert.equal(found.length, 1);
        assert.equal(found[0].placeholder, 'documentation');
      });
    }
    it('a real-looking address is not a placeholder', () => {
      assert.deepEqual(real('jane.doe@acme.io', findEmails('jane.doe@acme.io')), ['jane.doe@acme.io']);
    });
  });

  it('the TLD list has the country codes and the common generic TLDs, not made-up ones', () => {
    for (const tld of ['com', 'org', 'uk', 'de', 'io', 'ai', 'app', 'dev', 'xyz', 'COM', 'рф']) assert.ok(isKnownTld(tld), tld);
    for (const tld of ['png', 'jpg', 'js', 'local', 'internal', 'corp', 'notatld']) assert.ok(!isKnownTld(tld), tld);
  });

  it('costs linear time on a run of @ and local-part characters', () => {
    const text = 'a@'.repeat(50_000) + 'a.'.repeat(50_000);
    assert.deepEqual(findEmails(text).length, 0);
  });
});
