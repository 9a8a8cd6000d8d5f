import assert from 'node:assert/strict';
import { fingerprint, hash64 } from '../../shared/src/engine/fingerprint';

describe('engine/fingerprint', () => {
  it('is 16 hex digits and deterministic', () => {
    const a = fingerprint('pii/email', 'a.prompt', 'x@y.io');
    assert.match(a, /^[0-9a-f]{16}$/);
    assert.equal(a, fingerprint('pii/email', 'a.prompt', 'x@y.io'));
  });
  it('does not depend on surrounding whitespace (moving or re-indenting a line keeps it)', () => {
    assert.equal(fingerprint('r/x', 'p', '  a   b '), fingerprint('r/x', 'p', 'a b'));
  });
  it('changes with the rule, the path, the text and the occurrence', () => {
    const base = fingerprint('r/x', 'p', 't');
    assert.notEqual(base, fingerprint('r/y', 'p', 't'));
    assert.notEqual(base, fingerprint('r/x', 'q', 't'));
    assert.notEqual(base, fingerprint('r/x', 'p', 'u'));
    assert.notEqual(base, fingerprint('r/x', 'p', 't', 1));
  });
  it('is the hash of rule, path, text and occurrence joined by NUL, whatever was fingerprinted before', () => {
    // fingerprint() keeps the hash state after the last rule and path: interleaving rules and paths, and
    // occurrences of one and two digits, must give what hashing the joined string gives (baselines store it).
    const rules = ['pii/email', 'secret/generic', 'pii/phone'];
    const paths = ['a.prompt', 'dir/b.prompt.md'];
    for (let i = 0; i < 60; i++) {
      const rule = rules[i % 3];
      const path = paths[(i >> 1) % 2];
      const text = `value-${i % 7}`;
      const occurrence = i % 13;
      assert.equal(fingerprint(rule, path, text, occurrence), hash64(`${rule}\0${path}\0${text}\0${occurrence}`), `${rule} ${path} ${text} ${occurrence}`);
    }
  });
  it('spreads similar inputs', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(hash64(`value-${i}`));
    assert.equal(seen.size, 5000);
  });
});
