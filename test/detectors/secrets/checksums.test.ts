import assert from 'node:assert/strict';
import fc from 'fast-check';
import { base62, bech32Valid, bech32WithChecksum, crc32, crc32Base62Checksum, crc32Base62Valid } from '../../../shared/src/detectors/secrets/checksums';
import { ALNUM } from './synth';

describe('detectors/secrets/checksums', () => {
  it('crc32 matches the IEEE check value and the empty string', () => {
    assert.equal(crc32('123456789'), 0xcbf43926);
    assert.equal(crc32(''), 0);
    assert.equal(crc32('a'), 0xe8b7be43);
  });

  it('base62 uses digits, upper, lower and pads to the width', () => {
    assert.equal(base62(0, 6), '000000');
    assert.equal(base62(61, 1), 'z');
    assert.equal(base62(62, 2), '10');
    assert.equal(base62(0xffffffff, 6), '4gfFC3');
    assert.equal(base62(0xffffffff, 6).length, 6);
  });

  it('crc32Base62Valid accepts exactly the bodies built with their checksum', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 30, maxLength: 30 }), fc.integer({ min: 0, max: 35 }), (random, i) => {
        const body = random + crc32Base62Checksum(random);
        assert.ok(crc32Base62Valid(body));
        const c = body[i];
        const swapped = body.slice(0, i) + (c === 'a' ? 'b' : 'a') + body.slice(i + 1);
        assert.equal(crc32Base62Valid(swapped), false);
      }),
    );
  });

  it('bech32: the BIP 173 valid vectors pass, corrupted ones fail', () => {
    for (const v of ['A12UEL5L', 'a12uel5l', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', '?1ezyfcl']) assert.ok(bech32Valid(v), v);
    for (const v of ['A12UEL5l', 'a12uel5m', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx', 'x1b4n0q5v', 'pzry9x0s0muk']) assert.equal(bech32Valid(v), false, v);
  });

  it('bech32WithChecksum builds strings that bech32Valid accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'qpzry9x8gf2tvdw0s3jn54khce6mua7l'), minLength: 1, maxLength: 60 }), (data) => {
        assert.ok(bech32Valid(bech32WithChecksum('age-secret-key-', data)));
        assert.ok(bech32Valid(bech32WithChecksum('age-secret-key-', data).toUpperCase()));
      }),
    );
  });
});
