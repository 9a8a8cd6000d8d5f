import assert from 'node:assert/strict';
import { findItins, findSsns, isValidItin, isValidSsn, splitSsn } from '../../shared/src/detectors/usSsn';
import { real, texts } from './helpers';

describe('detectors/usSsn (SSA rules)', () => {
  it('splits only when both separators are the same', () => {
    assert.deepEqual(splitSsn('536-22-8109'), { area: '536', group: '22', serial: '8109', separator: '-' });
    assert.equal(splitSsn('536-22 8109'), undefined);
    assert.equal(splitSsn('536228109')?.separator, '');
  });

  it('SSA structure: no area 000, 666 or 9xx; no group 00; no serial 0000', () => {
    assert.equal(isValidSsn('536228109'), true);
    assert.equal(isValidSsn('001010001'), true);
    assert.equal(isValidSsn('899990001'), true);
    for (const bad of ['000228109', '666228109', '900228109', '999228109', '536008109', '536220000', '53622810']) assert.equal(isValidSsn(bad), false, bad);
  });

  describe('found', () => {
    for (const [text, value] of [
      ['SSN 536-22-8109', '536-22-8109'],
      ['number 536 22 8109 on file', '536 22 8109'],
      ['ssn: 536.22.8109', '536.22.8109'],
      ['social security number 536228109', '536228109'],
    ] as const) {
      it(text, () => assert.deepEqual(real(text, findSsns(text)), [value]));
    }
  });

  describe('not found', () => {
    for (const text of [
      'value 536228109', // bare digits need context
      'SSN 536-22 8109', // mixed separators
      'SSN 666-22-8109', 'SSN 900-22-8109', 'SSN 536-00-8109', 'SSN 536-22-0000',
      'SSN 1536-22-8109', 'SSN 536-22-81090', 'part A-536-22-8109', 'date 536-22-8109-12',
      'phone 415-555-2671', 'zip 12345-6789',
    ]) {
      it(text, () => assert.deepEqual(real(text, findSsns(text)), []));
    }
  });

  describe('advertised and famous numbers are placeholders', () => {
    for (const value of ['078-05-1120', '219-09-9999', '123-45-6789', '111-11-1111']) {
      it(value, () => {
        const found = findSsns(`SSN ${value}`);
        assert.equal(found.length, 1);
        assert.ok(found[0].placeholder);
      });
    }
  });

  it('ITINs: area 9XX with the IRS group ranges', () => {
    assert.equal(isValidItin('912781234'), true);
    assert.equal(isValidItin('912501234'), true);
    assert.equal(isValidItin('912931234'), false); // 93 is not an ITIN group
    assert.equal(isValidItin('912451234'), false);
    assert.deepEqual(texts('ITIN 912-78-1234', findItins('ITIN 912-78-1234')), ['912-78-1234']);
    assert.deepEqual(findSsns('SSN 912-78-1234'), []);
  });
});
