import assert from 'node:assert/strict';
import { base58CheckEncode } from '../../shared/src/detectors/base58';
import { bech32Encode, convertBits } from '../../shared/src/detectors/bech32';
import { findCryptoWallets, isEip55Checksummed, toEip55 } from '../../shared/src/detectors/cryptoWallet';
import { sha256, utf8 } from '../../shared/src/detectors/sha256';

/** 20 or 32 deterministic pseudo-random bytes. */
function bytes(seed: string, n: number): number[] {
  return [...sha256(utf8(seed))].concat([...sha256(utf8(`${seed}!`))]).slice(0, n);
}
const base58Address = (version: number, seed: string) => base58CheckEncode(Uint8Array.from([version, ...bytes(seed, 20)]));
const segwit = (hrp: string, version: number, program: number[]) => bech32Encode(hrp, [version, ...convertBits(program, 8, 5, true)!], version === 0 ? 'bech32' : 'bech32m');

function one(value: string, coin: string, placeholder?: string): void {
  const text = `send to ${value} please`;
  const found = findCryptoWallets(text);
  assert.deepEqual(found.map((d) => text.slice(d.span.offset, d.span.endOffset)), [value]);
  assert.equal(found[0].facts?.coin, coin);
  assert.equal(found[0].placeholder, placeholder);
}

describe('detectors/cryptoWallet', () => {
  it('Bitcoin P2PKH and P2SH (base58check, double SHA-256)', () => {
    const p2pkh = base58Address(0x00, 'a');
    const p2sh = base58Address(0x05, 'b');
    assert.ok(p2pkh.startsWith('1') && p2sh.startsWith('3'));
    one(p2pkh, 'bitcoin');
    one(p2sh, 'bitcoin');
  });
  it('Litecoin, Dogecoin and Tron version bytes', () => {
    one(base58Address(0x30, 'c'), 'litecoin');
    one(base58Address(0x1e, 'd'), 'dogecoin');
    one(base58Address(0x41, 'e'), 'tron');
  });
  it('SegWit v0 (Bech32) and Taproot v1 (Bech32m), either case', () => {
    one(segwit('bc', 0, bytes('f', 20)), 'bitcoin');
    one(segwit('bc', 0, bytes('g', 32)), 'bitcoin');
    one(segwit('bc', 1, bytes('h', 32)), 'bitcoin');
    one(segwit('bc', 0, bytes('i', 20)).toUpperCase(), 'bitcoin');
    one(segwit('ltc', 0, bytes('j', 20)), 'litecoin');
  });
  it('Ethereum: EIP-55 mixed case is verified with Keccak-256; single case has no checksum', () => {
    const hex = Buffer.from(bytes('k', 20)).toString('hex');
    const checksummed = toEip55(hex);
    assert.ok(isEip55Checksummed(checksummed));
    one(`0x${checksummed}`, 'ethereum');
    one(`0x${hex}`, 'ethereum');
    const [lower] = findCryptoWallets(`0x${hex}`);
    const [mixed] = findCryptoWallets(`0x${checksummed}`);
    assert.ok(mixed.confidence > lower.confidence);
    // The EIP-55 specification's own examples pass.
    assert.ok(isEip55Checksummed('5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'));
    assert.ok(isEip55Checksummed('fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359'));
  });
  it('a wrong checksum is not an address', () => {
    const p2pkh = base58Address(0x00, 'l');
    const broken = p2pkh.slice(0, -1) + (p2pkh.endsWith('2') ? '3' : '2');
    assert.deepEqual(findCryptoWallets(`to ${broken}`), []);
    const bc = segwit('bc', 0, bytes('m', 20));
    assert.deepEqual(findCryptoWallets(`to ${bc.slice(0, -1)}${bc.endsWith('q') ? 'p' : 'q'}`), []);
    const hex = Buffer.from(bytes('n', 20)).toString('hex');
    const eip = toEip55(hex);
    const flipped = eip.replace(/[a-f]/, (c) => c.toUpperCase());
    assert.notEqual(flipped, eip);
    assert.deepEqual(findCryptoWallets(`to 0x${flipped}`), []);
    assert.deepEqual(findCryptoWallets(`to ${base58CheckEncode(Uint8Array.from([0x99, ...bytes('o', 20)]))}`), [], 'unknown version byte');
  });
  it('testnet and published example addresses are placeholders', () => {
    one(base58Address(0x6f, 'p'), 'bitcoin', 'documentation');
    one(segwit('tb', 0, bytes('q', 20)), 'bitcoin', 'documentation');
    one('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'bitcoin', 'documentation');
    one('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'bitcoin', 'documentation');
    one('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'ethereum', 'documentation');
    one('0x0000000000000000000000000000000000000000', 'ethereum', 'repeated');
  });
  it('addresses inside longer tokens are not taken', () => {
    const p2pkh = base58Address(0x00, 'r');
    assert.deepEqual(findCryptoWallets(`x${p2pkh}`), []);
    assert.deepEqual(findCryptoWallets(`0x${'a'.repeat(41)}`), []);
  });
});

describe('detectors/cryptoWallet: shapes', () => {
  it('0x followed by 40 characters that are not all hex is not an address', () => {
    assert.deepEqual(findCryptoWallets(`to 0x${'g'.repeat(40)}`), []);
  });
});
