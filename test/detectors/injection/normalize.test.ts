import assert from 'node:assert/strict';
import { foldText, tokenize } from '../../../shared/src/detectors/injection/normalize';

const texts = (s: string) => tokenize(s).map((t) => t.text);
const spans = (s: string) => tokenize(s).map((t) => s.slice(t.start, t.end));

describe('injection/normalize: tokens', () => {
  it('lower-cases, drops diacritics and keeps exact spans', () => {
    assert.deepEqual(texts('Précédentes INSTRUCTIONS, déjà vu'), ['precedentes', 'instructions', 'deja', 'vu']);
    assert.deepEqual(spans('  Précédentes  INSTRUCTIONS'), ['Précédentes', 'INSTRUCTIONS']);
  });

  it('folds homoglyphs, fullwidth and mathematical letters to Latin', () => {
    assert.equal(foldText('Іgnоrе аll рrеvіоus'), 'ignore all previous'); // Cyrillic lookalikes
    assert.equal(foldText('Ｉｇｎｏｒｅ ａｌｌ'), 'ignore all');
    assert.equal(foldText('𝐈𝐠𝐧𝐨𝐫𝐞 𝓹𝓻𝓮𝓿𝓲𝓸𝓾𝓼'), 'ignore previous');
    assert.equal(foldText('ⓘⓖⓝⓞⓡⓔ'), 'ignore');
  });

  it('drops invisible characters inside a word and reads tag characters as ASCII', () => {
    assert.deepEqual(texts('ig\u200bno\u00adre'), ['ignore']);
    const tagged = `ok${[...'hi there'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')}`;
    const tokens = tokenize(tagged);
    assert.deepEqual(tokens.map((t) => t.text), ['ok', 'hi', 'there']);
    assert.equal(tagged.slice(tokens[1].start, tokens[1].end).length, 4, 'two tag characters, two UTF-16 units each');
  });

  it('gives leetspeak readings to words that mix letters and digits', () => {
    const [a, b, c] = tokenize('1gn0r3 a11 gpt4');
    assert.deepEqual(a.alt, ['ignore', 'lgnore']);
    assert.deepEqual(b.alt, ['aii', 'all']);
    assert.deepEqual(c.alt, ['gpta']);
    assert.deepEqual(texts('@ll $ecrets'), ['all', 'secrets']);
    assert.deepEqual(texts('user@example.com costs $100'), ['useraexample', 'com', 'costs', '100']);
  });

  it('joins spaced-out letters, one word per gap width', () => {
    assert.deepEqual(texts('I g n o r e   p r e v i o u s   i n s t r u c t i o n s'), ['ignore', 'previous', 'instructions']);
    assert.deepEqual(texts('i.g.n.o.r.e this'), ['ignore', 'this']);
    assert.deepEqual(texts('a b and c'), ['a', 'b', 'and', 'c']);
  });

  it('joins hyphenated words and splits snake_case', () => {
    assert.deepEqual(texts('in-struc-tions role-play disregard_all_previous'), ['instructions', 'roleplay', 'disregard', 'all', 'previous']);
  });

  it('splits Han and Kana into one token per character, keeps Hangul and Devanagari words', () => {
    assert.deepEqual(texts('忽略指令'), ['忽', '略', '指', '令']);
    assert.deepEqual(texts('ルールを無視'), ['ル', 'ー', 'ル', 'を', '無', '視']);
    assert.deepEqual(texts('지시를 무시하고'), ['지시를', '무시하고']);
    assert.deepEqual(texts('निर्देशों को'), ['निर्देशों', 'को']);
  });

  it('normalizes Arabic spelling variants', () => {
    assert.equal(foldText('الأوامر السابقة'), foldText('الاوامر السابقه'));
  });

  it('marks sentence boundaries but not abbreviations or wrapped lines', () => {
    const brk = (s: string) => tokenize(s).map((t) => `${t.text}${t.brk ? '|' : ''}`).join(' ');
    assert.equal(brk('Stop. Now go! Why? e.g. this'), 'stop| now| go why| e| g this'); // `|` marks a token that starts a sentence
    assert.equal(brk('one line\nwrapped here\n\nnew paragraph'), 'one| line wrapped here new| paragraph');
    assert.equal(brk('intro\n- item one\n1. item two'), 'intro| item| one 1| item| two');
    assert.equal(brk('yaml "a\\nb"'), 'yaml| a b', 'an escaped newline separates words');
  });

  it('marks words written in capitals', () => {
    assert.deepEqual(tokenize('DAN Dan dan AI').map((t) => t.caps), [true, false, false, true]);
  });

  it('handles empty, whitespace-only and lone-surrogate text', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize(' \n\t '), []);
    assert.deepEqual(texts('a\ud800b'), ['a', 'b']);
  });
});
