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
  it('spreads similar inputs', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(hash64(`value-${i}`));
    assert.equal(seen.size, 5000);
  });
});
