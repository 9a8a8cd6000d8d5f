import assert from 'node:assert/strict';
import { findMacAddresses } from '../../shared/src/detectors/macAddress';
import { texts } from './helpers';

const found = (text: string) => texts(text, findMacAddresses(text).filter((d) => d.confidence >= 0.5));

describe('detectors/macAddress', () => {
  for (const [text, value] of [
    ['mac 3c:22:fb:45:9a:10', '3c:22:fb:45:9a:10'],
    ['MAC 3C-22-FB-45-9A-10.', '3C-22-FB-45-9A-10'],
    ['cisco 3c22.fb45.9a10', '3c22.fb45.9a10'],
    ['device (3c:22:fb:45:9a:10)', '3c:22:fb:45:9a:10'],
  ] as const) {
    it(text, () => assert.deepEqual(found(text), [value]));
  }
  describe('not MAC addresses', () => {
    for (const text of [
      'mac 3c:22:fb-45:9a:10', // mixed separators
      'fp 3c:22:fb:45:9a:10:aa:bb', // longer colon-hex sequence
      'fp aa:3c:22:fb:45:9a:10',
      'mac 00:00:00:00:00:00', 'mac ff:ff:ff:ff:ff:ff',
      'mac 3c:22:fb:45:9a', 'x3c:22:fb:45:9a:10',
    ]) {
      it(text, () => assert.deepEqual(found(text), []));
    }
  });
  it('the RFC 7042 documentation block is a placeholder; normalized form ignores case and separators', () => {
    assert.equal(findMacAddresses('mac 00-00-5E-00-53-01')[0].placeholder, 'documentation');
    assert.equal(findMacAddresses('a 3C-22-FB-45-9A-10')[0].normalized, findMacAddresses('b 3c22.fb45.9a10')[0].normalized);
  });
  it('records whether the address is locally administered or multicast', () => {
    assert.deepEqual(findMacAddresses('mac 02:22:fb:45:9a:10')[0].facts, { administration: 'local', cast: 'unicast' });
    assert.deepEqual(findMacAddresses('mac 3d:22:fb:45:9a:10')[0].facts, { administration: 'universal', cast: 'multicast' });
  });
});
