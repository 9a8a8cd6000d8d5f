import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { base58CheckDecode, base58CheckEncode, base58Decode, base58Encode } from '../../shared/src/detectors/base58';
import { bech32Decode, bech32Encode, convertBits, decodeSegwit } from '../../shared/src/detectors/bech32';
import { keccak256, sha3_256 } from '../../shared/src/detectors/keccak';
import { sha256, toHex, utf8 } from '../../shared/src/detectors/sha256';

describe('detectors/sha256, keccak, base58, bech32', () => {
  it('SHA-256 matches the FIPS 180-4 examples and Node for many lengths', () => {
    assert.equal(toHex(sha256(utf8('abc'))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(toHex(sha256(utf8(''))), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(
      toHex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    for (let n = 0; n < 200; n += 7) {
      const text = 'é'.repeat(n) + 'x'.repeat(n % 13);
      assert.equal(toHex(sha256(utf8(text))), createHash('sha256').update(text, 'utf8').digest('hex'), `length ${n}`);
    }
  });

  it('Keccak-256 matches the known digests (empty string, "abc")', () => {
    assert.equal(toHex(keccak256(utf8(''))), 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    assert.equal(toHex(keccak256(utf8('abc'))), '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  });

  it('the same permutation with SHA-3 padding matches Node\'s sha3-256 across block boundaries', () => {
    for (const n of [0, 1, 135, 136, 137, 271, 272, 500]) {
      const text = 'a'.repeat(n);
      assert.equal(toHex(sha3_256(utf8(text))), createHash('sha3-256').update(text).digest('hex'), `length ${n}`);
    }
  });

  it('base58 round-trips and keeps leading zero bytes as 1s', () => {
    const bytes = Uint8Array.from([0, 0, 1, 2, 3, 250, 251]);
    const text = base58Encode(bytes);
    assert.ok(text.startsWith('11'));
    assert.deepEqual(base58Decode(text), bytes);
    assert.equal(base58Decode('0OIl'), undefined);
  });

  it('base58check accepts the genesis address and rejects a one-character change', () => {
    const payload = base58CheckDecode('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa');
    assert.ok(payload);
    assert.equal(payload.length, 21);
    assert.equal(payload[0], 0);
    assert.equal(base58CheckDecode('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb'), undefined);
    const made = base58CheckEncode(Uint8Array.from([5, ...new Array(20).fill(7)]));
    assert.ok(made.startsWith('3'));
    assert.ok(base58CheckDecode(made));
  });

  it('bech32 verifies the BIP-173 example and Bech32m the BIP-350 one; a changed character fails', () => {
    const v0 = decodeSegwit('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', ['bc']);
    assert.ok(v0);
    assert.equal(v0.version, 0);
    assert.equal(v0.program.length, 20);
    assert.equal(bech32Decode('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'), undefined);
    assert.equal(bech32Decode('bc1qw508d6qejxtdg4y5r3zarvary0C5xw7kv8f3t4'), undefined, 'mixed case');
    const program = convertBits(new Array(32).fill(0).map((_, i) => i * 7), 8, 5, true)!;
    const taproot = bech32Encode('bc', [1, ...program], 'bech32m');
    const v1 = decodeSegwit(taproot, ['bc']);
    assert.ok(v1);
    assert.equal(v1.version, 1);
    // Version 1 with the Bech32 (not m) checksum is invalid (BIP-350).
    assert.equal(decodeSegwit(bech32Encode('bc', [1, ...program], 'bech32'), ['bc']), undefined);
  });
});
