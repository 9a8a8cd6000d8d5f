import assert from 'node:assert/strict';
import { alphabetSize, charClasses, expectedEntropy, classCount, entropyThreshold, looksRandom, secretPlaceholder, sequentialCoverage, shannonEntropy } from '../../../shared/src/detectors/secrets/entropy';
import { ALNUM, HEX, keyChars, rng } from './synth';

describe('detectors/secrets/entropy', () => {
  it('shannonEntropy: 0 for one symbol, 1 for two equally frequent, log2(n) for n distinct', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abab'), 1);
    assert.equal(shannonEntropy('0123456789abcdef'), 4);
  });

  it('random keys clear the entropy threshold of their length and alphabet; words do not', () => {
    const random = rng(7);
    for (let i = 0; i < 50; i++) assert.ok(shannonEntropy(keyChars(random, ALNUM, 40)) > 4.1);
    // about one random value in a thousand falls under the threshold, by design
    let under = 0;
    for (let i = 0; i < 1000; i++) {
      const hex = keyChars(random, HEX, 32);
      if (shannonEntropy(hex) < entropyThreshold(32, 3.5, alphabetSize(hex))) under++;
    }
    assert.ok(under <= 5, `${under} of 1000 random 32-hex values under the threshold`);
    assert.ok(shannonEntropy('thisisapassword') < 3.5);
  });

  it('entropyThreshold lowers the bar for short values only', () => {
    assert.equal(entropyThreshold(64, 3.5), 3.5);
    assert.ok(entropyThreshold(16, 3.5) < 3.3);
    assert.ok(entropyThreshold(64, 3.5, 16) < 3.3);
    assert.ok(entropyThreshold(32, 3.5, 16) > 3);
    assert.ok(Math.abs(expectedEntropy(32, 16) - 3.66) < 0.01);
  });

  it('alphabetSize tells hex, digits and mixed alphabets apart', () => {
    assert.equal(alphabetSize('0123456789'), 10);
    assert.equal(alphabetSize('deadbeef0123'), 16);
    assert.equal(alphabetSize('DEADBEEF0123'), 16);
    assert.equal(alphabetSize('zyx987'), 36);
    assert.equal(alphabetSize('aZ09'), 62);
    assert.equal(alphabetSize('aZ0+/'), 64);
  });

  it('charClasses and classCount', () => {
    assert.deepEqual(charClasses('aB3-'), { lower: 1, upper: 1, digit: 1, other: 1 });
    assert.equal(classCount('abc'), 1);
    assert.equal(classCount('abc123'), 2);
  });

  const placeholders: Array<[string, string]> = [
    ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'masked'],
    ['XXXXXXXXXXXXXXXXXXXXXXXX', 'masked'],
    ['YOUR_API_KEY_HERE_1234567890', 'your-value'],
    ['your-key-goes-here', 'your-value'],
    ['K7Q2ZJ4WEXAMPLE', 'word'],
    ['abcdefghijklmnopqrstuvwxyz012345', 'sequential'],
    ['abc123xyz789', 'sequential'],
    ['0000000000000000000000000000', 'masked'],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'repeated'],
    ['abcd...wxyz', 'masked'],
    ['<your-token>', 'angle-token'],
    ['changeme', 'word'],
  ];
  for (const [value, reason] of placeholders) {
    it(`secretPlaceholder(${JSON.stringify(value)}) → ${reason}`, () => {
      assert.ok(secretPlaceholder(value), `${value} was not recognized`);
    });
  }

  it('secretPlaceholder never fires on random keys, even long ones', () => {
    const random = rng(11);
    for (let i = 0; i < 300; i++) {
      const key = keyChars(random, `${ALNUM}_-`, 40 + (i % 400));
      assert.equal(secretPlaceholder(key), undefined, key);
    }
  });

  it('sequentialCoverage: hand-typed runs vs random text', () => {
    assert.equal(sequentialCoverage('abc123xyz789'), 1);
    assert.ok(sequentialCoverage('k3j9x0qz7w2m') < 0.3);
  });

  it('looksRandom: keys yes, words, numbers and placeholders no', () => {
    const random = rng(3);
    assert.ok(looksRandom(keyChars(random, ALNUM, 32)));
    for (const v of ['password', 'correcthorsebatterystaple', '1234567890123456', 'xxxxxxxxxxxxxxxxxxx', 'short']) assert.equal(looksRandom(v), false, v);
  });
});
