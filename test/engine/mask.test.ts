import assert from 'node:assert/strict';
import { mask } from '../../shared/src/engine/mask';

describe('engine/mask', () => {
  const cases: Array<[string, Parameters<typeof mask>[1], string]> = [
    ['john.doe@example.com', 'email', 'j***@e***.com'],
    ['+1 415-555-2671', 'phone', '+1 ***-***-**71'],
    ['4111 1111 1111 1111', 'number', '**** **** **** 1111'],
    ['sk-proj-abcdefghijklmnopqrstuvwxQ3f9', 'secret', 'sk-proj-…Q3f9'],
    ['ghp_0123456789abcdefghijklmnopqrstuvwxyz', 'secret', 'ghp_…wxyz'],
    ['short', 'secret', '…(5 chars)'],
  ];
  for (const [value, kind, expected] of cases) {
    it(`${kind}: ${expected}`, () => {
      const masked = mask(value, kind);
      assert.equal(masked, expected);
      assert.ok(!masked.includes(value));
    });
  }

  it('guesses the kind when not given', () => {
    assert.equal(mask('jane@corp.io'), 'j***@c***.io');
    assert.match(mask('AKIAABCDEFGHIJKLMNOP'), /^AKIA…MNOP$/);
  });
});
