import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeUtf8, firstInvalidUtf8, isBinary, readText } from '../../cli/src/readText';
import { toPosix } from '../../cli/src/nodeHost';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('cli/readText', () => {
  it('finds the first ill-formed UTF-8 byte, or -1', () => {
    assert.equal(firstInvalidUtf8(utf8('plain ascii')), -1);
    assert.equal(firstInvalidUtf8(utf8('é中😀')), -1);
    assert.equal(firstInvalidUtf8(bytes(0x61, 0xff, 0x62)), 1);
    assert.equal(firstInvalidUtf8(bytes(0x61, 0xc3)), 1); // truncated at the end
    assert.equal(firstInvalidUtf8(bytes(0xc0, 0xaf)), 0); // overlong
    assert.equal(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf)), 0); // overlong 3-byte
    assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0); // surrogate
    assert.equal(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0); // above U+10FFFF
    assert.equal(firstInvalidUtf8(bytes(0x61, 0xe4, 0xb8, 0x41)), 1); // continuation missing
  });

  it('agrees with the strict decoder on every 2-byte sequence', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0x80; a <= 0xff; a++) {
      for (let b = 0; b <= 0xff; b += 7) {
        const input = bytes(a, b);
        let valid = true;
        try {
          strict.decode(input);
        } catch {
          valid = false;
        }
        assert.equal(firstInvalidUtf8(input) === -1, valid, `bytes ${a.toString(16)} ${b.toString(16)}`);
      }
    }
  });

  it('decodes invalid UTF-8 with U+FFFD and gives the UTF-16 offset of the first one', () => {
    const input = new Uint8Array([...utf8('😀ab\n'), 0xff, ...utf8('x')]);
    const decoded = decodeUtf8(input);
    assert.equal(decoded.text, '😀ab\n\ufffdx');
    assert.deepEqual(decoded.invalidUtf8, { byte: 7, offset: 5 });
  });

  it('removes a byte order mark, remembers it, and counts bytes in the file', () => {
    const decoded = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]));
    assert.equal(decoded.bom, true);
    assert.equal(decoded.text, 'a\ufffd');
    assert.deepEqual(decoded.invalidUtf8, { byte: 4, offset: 1 });
  });

  it('calls a file binary when its first 8 KB hold a NUL byte', () => {
    assert.equal(isBinary(utf8('text')), false);
    assert.equal(isBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x00)), true);
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
    assert.equal(isBinary(late), false);
  });

  it('does not read a file above the size limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgov-read-'));
    try {
      const file = join(dir, 'big.prompt');
      writeFileSync(file, 'x'.repeat(2048));
      assert.deepEqual(readText(toPosix(file), 1024), { kind: 'too-large', size: 2048 });
      const ok = readText(toPosix(file), 4096);
      assert.equal(ok.kind, 'text');
      assert.equal(readText(toPosix(join(dir, 'missing.prompt'))).kind, 'unreadable');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
