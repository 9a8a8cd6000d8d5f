/**
 * The one-pass versions of string helpers the secret detectors call for every candidate, checked against
 * the plain definitions they replace, on seeded random strings over the characters that matter (letters of
 * both cases, digits, separators, a run-prone alphabet, non-ASCII letters whose lower case is ASCII).
 */
import assert from 'node:assert/strict';
import { secretPlaceholder, sequentialCoverage, shannonEntropy } from '../../../shared/src/detectors/secrets/entropy';
import { keyWords } from '../../../shared/src/detectors/secrets/fields';
import { placeholderValue } from '../../../shared/src/detectors/placeholders';
import { randomOf, rng } from './synth';

/** What `keyWords` is defined as. */
function keyWordsByRegex(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** What `secretPlaceholder` was, one search per word and one walk per run kind. */
function secretPlaceholderReference(body: string): string | undefined {
  if (body.length <= 64) {
    const whole = placeholderValue(body);
    if (whole) return whole;
  }
  const lower = body.toLowerCase();
  for (const w of ['example', 'sample', 'dummy', 'placeholder', 'redacted', 'replace', 'insert', 'changeme', 'notreal', 'invalid', 'yourkey', 'secretkey']) {
    if (lower.includes(w)) return w === 'replace' || w === 'insert' || w === 'yourkey' ? 'your-value' : 'word';
  }
  const hasRun = (value: string, length: number, step: number): boolean => {
    let run = 1;
    for (let i = 1; i < value.length; i++) {
      const c = value.charCodeAt(i);
      const alnum = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      run = c - value.charCodeAt(i - 1) === step && alnum ? run + 1 : 1;
      if (run >= length) return true;
    }
    return false;
  };
  const short = ['your', 'fake', 'todo', 'here', 'test'];
  const letter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const hasShortWord = (word: string): boolean => {
    for (let i = body.indexOf(word); i >= 0; i = body.indexOf(word, i + 1)) {
      if (i === 0 || !letter(body.charCodeAt(i - 1)) || i + word.length === body.length || !letter(body.charCodeAt(i + word.length))) return true;
    }
    return false;
  };
  for (const w of short) if (hasShortWord(w) || hasShortWord(w.toUpperCase())) return w === 'your' || w === 'here' ? 'your-value' : 'word';
  if (body.includes('...') || body.includes('…')) return 'masked';
  if (hasRun(lower, 6, 0)) return lower.includes('xxxx') ? 'masked' : 'repeated';
  if (hasRun(lower, 8, 1) || hasRun(lower, 8, -1)) return 'sequential';
  if (sequentialCoverage(lower) >= 0.6) return 'sequential';
  if (body.length >= 16 && shannonEntropy(body) < 2.5) return 'repeated';
  return undefined;
}

describe('detectors/secrets: one-pass helpers equal their definitions', () => {
  it('keyWords splits like replace, lower-case, split and filter', () => {
    const random = rng(11);
    const alphabet = 'aZbY09_-. xK\u212a\u0130\u00e9';
    for (const name of ['AZURE_OPENAI_API_KEY', 'azureOpenAiKey', 'x-api-key', 'a1B2C', 'ABCdef', 'dbPassword2', '__', '']) {
      assert.deepEqual(keyWords(name), keyWordsByRegex(name), name);
    }
    for (let i = 0; i < 20000; i++) {
      const name = randomOf(random, alphabet, Math.floor(random() * 14));
      assert.deepEqual(keyWords(name), keyWordsByRegex(name), JSON.stringify(name));
    }
  });

  it('secretPlaceholder finds the same words and runs as one search per word and per run kind', () => {
    const random = rng(12);
    // Runs, words and separators come up often with these alphabets.
    const alphabets = ['abcdefgh12345678xX-_./', 'ABCDEFGHabcdefgh0123456789', 'exampl sdumyrtcinvkoh', 'zyxwvuts98765432.-'];
    for (const fixed of ['sk-abcdefgh1234', 'xxxxxxxxxxxxxxxxxx', 'YOUR_KEY_HERE', 'my-Sample-key-9f8e7d6c', '0123456789', '/01234567', 'a.......b']) {
      assert.equal(secretPlaceholder(fixed), secretPlaceholderReference(fixed), fixed);
    }
    for (let i = 0; i < 20000; i++) {
      const value = randomOf(random, alphabets[i % alphabets.length], 4 + Math.floor(random() * 90));
      assert.equal(secretPlaceholder(value), secretPlaceholderReference(value), JSON.stringify(value));
    }
  });
});
