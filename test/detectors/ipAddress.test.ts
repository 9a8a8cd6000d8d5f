import assert from 'node:assert/strict';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { findIpAddresses, findIpv6 } from '../../shared/src/detectors/ipAddress';
import { texts } from './helpers';

const found = (text: string) => texts(text, findIpAddresses(text).filter((d) => d.confidence >= 0.5));
const facts = (text: string) => findIpAddresses(text).map((d) => d.facts);

describe('detectors/ipAddress', () => {
  describe('IPv4 dotted quads', () => {
    for (const [text, value] of [
      ['server 52.14.22.9 is up', '52.14.22.9'],
      ['http://52.14.22.9:8080/path', '52.14.22.9'],
      ['host with prefix 52.14.22.9/24', '52.14.22.9/24'],
      ['(52.14.22.9)', '52.14.22.9'],
      ['end 52.14.22.9.', '52.14.22.9'],
    ] as const) {
      it(text, () => assert.deepEqual(found(text), [value]));
    }
    it('public, private and well-known ranges are classified', () => {
      assert.deepEqual(facts('a 52.14.22.9'), [{ version: 4, range: 'public' }]);
      for (const p of ['10.1.2.3', '172.16.5.4', '192.168.0.10', '169.254.10.1', '100.64.3.2']) assert.deepEqual(facts(`ip ${p}`), [{ version: 4, range: 'private' }], p);
      assert.deepEqual(facts('dns 8.8.8.8'), [{ version: 4, range: 'well-known' }]);
    });
    it('reserved addresses and netmasks are not reported', () => {
      for (const v of ['240.1.2.3', '255.255.255.0', '255.255.0.0']) assert.deepEqual(findIpAddresses(`ip ${v}`), [], v);
    });
    it('unspecified and broadcast addresses are addresses as written, but nobody\'s: reported at info', () => {
      for (const v of ['0.0.0.0', '255.255.255.255', '0:0:0:0:0:0:0:0', '::ffff:0.0.0.0']) {
        const [d] = findIpAddresses(`listen on ${v} now`);
        assert.equal(d?.facts?.range, 'special', v);
        assert.equal(d?.placeholder, 'documentation', v);
      }
    });
    it('loopback and multicast are addresses as written, but nobody\'s: placeholders (reported at info)', () => {
      for (const v of ['127.0.0.1', '224.0.0.251']) assert.equal(findIpAddresses(`ip ${v}`)[0]?.placeholder, 'documentation', v);
    });
    it('a /32 is one host; a range of addresses is two addresses', () => {
      assert.equal(findIpAddresses('route 52.14.22.9/32')[0]?.facts?.range, 'public');
      assert.deepEqual(findIpAddresses('pool 10.0.0.100-10.0.0.150').map((d) => d.span), [{ offset: 5, endOffset: 15 }, { offset: 16, endOffset: 26 }]);
    });
    it('documentation blocks (RFC 5737) are placeholders', () => {
      for (const v of ['192.0.2.1', '198.51.100.23', '203.0.113.200']) assert.equal(findIpAddresses(`ip ${v}`)[0]?.placeholder, 'documentation', v);
    });
    describe('not addresses', () => {
      for (const text of ['version 1.2.3.4', 'v10.0.0.1', 'release 10.1.2.3', '1.2.3.4.5', 'ip 256.1.1.1', 'ip 01.2.3.4', 'x1.2.3.4', '1.2.3.4-beta', 'oid 1.3.6.1.4.1']) {
        it(text, () => assert.deepEqual(found(text), []));
      }
    });
  });

  describe('IPv6 in every RFC 4291 §2.2 text form', () => {
    for (const [text, value] of [
      ['full 2a00:1450:4007:080f:0000:0000:0000:200e', '2a00:1450:4007:080f:0000:0000:0000:200e'],
      ['compressed 2a00:1450:4007:80f::200e', '2a00:1450:4007:80f::200e'],
      ['upper 2A00:1450:4007:80F::200E', '2A00:1450:4007:80F::200E'],
      ['leading zeros dropped 2a00:1450:4007:80f:0:0:0:200e', '2a00:1450:4007:80f:0:0:0:200e'],
      ['trailing :: 2a00:1450::', '2a00:1450::'],
      ['mapped ::ffff:52.14.22.9', '::ffff:52.14.22.9'],
      ['url http://[2606:4700:4700::64]:443/', '2606:4700:4700::64'],
      ['end of sentence 2a00:1450::200e.', '2a00:1450::200e'],
    ] as const) {
      it(text, () => assert.deepEqual(found(text), [value]));
    }
    it('equal addresses normalize equally', () => {
      const a = findIpAddresses('a 2a00:1450:4007:80f::200e')[0].normalized;
      const b = findIpAddresses('b 2A00:1450:4007:080F:0:0:0:200E')[0].normalized;
      assert.equal(a, b);
    });
    it('classes: link-local and unique-local are private; 2001:db8::/32 and ::1 are placeholders; :: is ignored', () => {
      assert.equal(findIpAddresses('ip fe80::1ff:fe23:4567:890a')[0].facts?.range, 'private');
      assert.equal(findIpAddresses('ip fd12:3456:789a:1::1')[0].facts?.range, 'private');
      assert.equal(findIpAddresses('ip 2001:db8::1')[0].placeholder, 'documentation');
      assert.equal(findIpAddresses('ip ::ffff:192.0.2.1')[0].placeholder, 'documentation');
      assert.deepEqual(findIpAddresses('ip ::1 and ::').map((d) => [d.span.offset, d.placeholder]), [[3, 'documentation']]);
      assert.deepEqual(findIpAddresses('ip ::'), []);
    });
    describe('not addresses', () => {
      for (const text of ['std::vector<int>', 'a::b', 'at 10:30:00', 'mac 3c:22:fb:45:9a:10', 'dead::beef', 'key aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99:aa']) {
        it(text, () => assert.deepEqual(found(text), []));
      }
    });
  });
});

describe('detectors/ipAddress: CIDR networks', () => {
  it('a network address with its prefix is a range, not a host: reported as a network, prefix included', () => {
    const text = 'ranges 10.0.0.0/8, 52.14.0.0/16 and fe80::/10';
    const found = findIpAddresses(text).map((d) => [text.slice(d.span.offset, d.span.endOffset), d.facts?.range]);
    assert.deepEqual(found, [['10.0.0.0/8', 'network'], ['52.14.0.0/16', 'network'], ['fe80::/10', 'network']]);
  });
  it('a documentation network stays a documentation value', () => {
    assert.equal(findIpAddresses('see 2001:db8::/32')[0]?.placeholder, 'documentation');
  });
  it('a host address with a prefix is still reported, with less confidence', () => {
    const [withPrefix] = findIpAddresses('host 52.14.22.9/24');
    const [plain] = findIpAddresses('host 52.14.22.9');
    assert.ok(withPrefix && plain && withPrefix.confidence < plain.confidence);
  });
});

describe('detectors/ipAddress: zone indexes (RFC 4007) and prefix lengths', () => {
  for (const [text, value] of [
    ['ping fe80::1ff:fe23:4567:890a%eth0 now', 'fe80::1ff:fe23:4567:890a%eth0'],
    ['ssh fe80::1ff:fe23:4567:890a%3', 'fe80::1ff:fe23:4567:890a%3'],
    ['link fe80::1ff:fe23:4567:890a%en0.', 'fe80::1ff:fe23:4567:890a%en0'],
    ['url http://[fe80::1ff:fe23:4567:890a%25eth0]:8080/', 'fe80::1ff:fe23:4567:890a%25eth0'],
    ['no zone after the sign fe80::1ff:fe23:4567:890a% left', 'fe80::1ff:fe23:4567:890a'],
  ] as const) {
    it(text, () => assert.deepEqual(texts(text, findIpAddresses(text)), [value]));
  }
  it('the zone is masked with the address and classified by the address alone', () => {
    const [d] = findIpAddresses('ip fe80::1ff:fe23:4567:890a%eth0');
    assert.equal(d.facts?.range, 'private');
    assert.equal(d.maskKind, 'ip');
  });
  it('a prefix length is part of the value (CIDR notation is one value); a number too large for a prefix is not', () => {
    assert.deepEqual(texts('allow 52.14.22.9/32;', findIpAddresses('allow 52.14.22.9/32;')), ['52.14.22.9/32']);
    assert.deepEqual(texts('allow 2a00:1450::200e/128', findIpAddresses('allow 2a00:1450::200e/128')), ['2a00:1450::200e/128']);
    assert.deepEqual(texts('page 52.14.22.9/404', findIpAddresses('page 52.14.22.9/404')), ['52.14.22.9']);
    assert.deepEqual(texts('net 10.0.0.0/08 here', findIpAddresses('net 10.0.0.0/08 here')), ['10.0.0.0/08']);
  });
});

describe('detectors/ipAddress: colon runs that are not IPv6', () => {
  it('times and ratios are not addresses; eight groups, or six and an IPv4 tail, are', () => {
    for (const text of ['at 10:30:00 today', 'ratio 16:9:4 here', 'x 1:2:3:4:5:6:7 y']) assert.deepEqual(texts(text, findIpv6(text)), [], text);
    for (const value of ['1:2:3:4:5:6:7:8', '2001:db8:0:0:0:0:2:1', '1:2:3:4:5:6:1.2.3.4']) {
      const text = `host ${value} up`;
      assert.deepEqual(texts(text, findIpv6(text)), [value], text);
    }
  });

  it('ipaddr.js accepts no IPv6 text without `::` and with fewer than six colons (the detector skips those unasked)', () => {
    const piece = fc.constantFrom('0', '1', 'a', 'f', 'ff', '10', '255', 'ffff', '0000', ':', ':', '::', '.', '1.2.3.4', '192.168.0.1');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 16 }), (pieces) => {
        const value = pieces.join('');
        const colons = value.split(':').length - 1;
        if (!value.includes('::') && colons < 6) assert.equal(ipaddr.IPv6.isValid(value), false, value);
      }),
      { numRuns: 3000 },
    );
  });
});
