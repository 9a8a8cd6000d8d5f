import assert from 'node:assert/strict';
import { compilePolicyGlob, compilePolicyPattern, globToRe2, isGlob } from '../../shared/src/policy/re2';
import { closest, levenshtein } from '../../shared/src/policy/suggest';

function ok(source: string) {
  const r = compilePolicyPattern(source);
  assert.ok(r.ok, `did not compile: ${source}`);
  return r.matcher;
}

describe('compilePolicyPattern (RE2)', () => {
  it('supports (?i) and reports matches in UTF-16 offsets', () => {
    const m = ok('(?i)ignore (all )?previous instructions');
    assert.equal(m.test('Please IGNORE ALL PREVIOUS INSTRUCTIONS.'), true);
    assert.equal(m.test('ignore the rest'), false);
    const text = '😀 é Ignore previous instructions';
    assert.deepEqual(m.exec(text), { index: 5, end: text.length, text: 'Ignore previous instructions' });
    assert.equal(text.slice(5), 'Ignore previous instructions');
  });

  it('exec(from) and matchAll find every match, left to right', () => {
    const m = ok('(?i)foo');
    assert.deepEqual(m.exec('foo FOO', 1)?.index, 4);
    assert.deepEqual(m.matchAll('foo x Foo y fOO').map((x) => x.index), [0, 6, 12]);
    assert.deepEqual(ok('x*').matchAll('ab').length, 3, 'empty matches advance');
  });

  it('refuses what RE2 does not support, with a reason', () => {
    const cases: [string, RegExp][] = [
      ['(?<=a)b', /invalid named capture/],
      ['(a)\\1', /invalid escape sequence/],
      ['gpt-4o[', /missing closing \]/],
      ['(a', /missing closing \)/],
      ['a{1001}', /invalid repeat count/],
      ['', /empty pattern/],
      ['x'.repeat(3000), /limit is 2000/],
    ];
    for (const [source, expected] of cases) {
      const r = compilePolicyPattern(source);
      assert.equal(r.ok, false, source.slice(0, 20));
      if (!r.ok) assert.match(r.error, expected);
    }
  });

  it('stays linear on a pattern that is catastrophic for backtracking engines', () => {
    const m = ok('(a+)+$');
    const input = `${'a'.repeat(50000)}!`;
    assert.equal(m.test(input), false); // would not return on a backtracking engine
  });
});

describe('compilePolicyGlob', () => {
  it('model globs: * crosses slashes, ignoreCase on request', () => {
    const r = compilePolicyGlob('openai/gpt-4.1*');
    assert.ok(r.ok);
    assert.equal(r.matcher.test('openai/gpt-4.1-mini'), true);
    assert.equal(r.matcher.test('openai/gpt-4o'), false);
    assert.equal(r.matcher.test('xopenai/gpt-4.1'), false, 'anchored');
    const any = compilePolicyGlob('*/gpt-4o*');
    assert.ok(any.ok && any.matcher.test('azure/deployments/gpt-4o-mini'));
    const nocase = compilePolicyGlob('openai/GPT-4o', { ignoreCase: true });
    assert.ok(nocase.ok && nocase.matcher.test('OpenAI/gpt-4o'));
  });

  it('classes, braces, ? and escapes', () => {
    const cases: [string, string, boolean][] = [
      ['gpt-[34]*', 'gpt-4o', true],
      ['gpt-[!34]*', 'gpt-4o', false],
      ['{openai,azure}/gpt-4o', 'azure/gpt-4o', true],
      ['{openai,{az,gc}p}/x', 'gcp/x', true],
      ['model-?', 'model-1', true],
      ['model-?', 'model-12', false],
      ['a\\*b', 'a*b', true],
      ['a\\*b', 'axb', false],
      ['v1.0', 'v1x0', false],
    ];
    for (const [glob, input, expected] of cases) {
      const r = compilePolicyGlob(glob);
      assert.ok(r.ok, glob);
      assert.equal(r.matcher.test(input), expected, `${glob} ~ ${input}`);
    }
  });

  it('file globs: * stays in one folder, **/ spans folders', () => {
    const r = compilePolicyGlob('**/prompts/**/*.{j2,hbs}', { matchSlash: false });
    assert.ok(r.ok);
    assert.equal(r.matcher.test('prompts/a.j2'), true);
    assert.equal(r.matcher.test('x/y/prompts/z/a.hbs'), true);
    assert.equal(r.matcher.test('x/prompts.j2'), false);
    const one = compilePolicyGlob('*.prompt', { matchSlash: false });
    assert.ok(one.ok && !one.matcher.test('a/b.prompt') && one.matcher.test('b.prompt'));
  });

  it('reports unbalanced globs', () => {
    assert.deepEqual(globToRe2('gpt-4o['), { ok: false, error: 'missing ]' });
    assert.deepEqual(globToRe2('{a,b'), { ok: false, error: 'missing }' });
    assert.deepEqual(globToRe2('a\\'), { ok: false, error: 'it ends with a lone \\' });
    assert.deepEqual(globToRe2(''), { ok: false, error: 'an empty glob matches nothing' });
  });

  it('isGlob', () => {
    assert.equal(isGlob('openai/gpt-4o'), false);
    assert.equal(isGlob('openai/*'), true);
  });
});

describe('suggestions', () => {
  it('levenshtein counts a swap of neighbours as one edit', () => {
    assert.equal(levenshtein('lable', 'label'), 1);
    assert.equal(levenshtein('pii/emial', 'pii/email'), 1);
    assert.equal(levenshtein('kitten', 'sitting'), 3);
    assert.equal(levenshtein('', 'abc'), 3);
  });

  it('closest suggests only likely typos', () => {
    assert.equal(closest('Eror', ['error', 'warning', 'off']), 'error');
    assert.equal(closest('modles', ['models', 'rules']), 'models');
    assert.equal(closest('banana', ['models', 'rules']), undefined);
    assert.equal(closest('of', ['off', 'info']), 'off');
  });
});
