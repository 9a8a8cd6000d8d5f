/** Hostile policy files give problems, never exceptions and never hangs. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePolicy, MAX_POLICY_BYTES } from '../../shared/src/policy/load';
import { PolicyResolver } from '../../shared/src/policy/resolve';
import { KNOWN_IDS, MemoryHost } from './helpers';

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  let prev = 'a';
  for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    prev = name;
  }
  return `${lines.join('\n')}\n`;
}

describe('policy robustness', () => {
  it('a YAML alias bomb is one invalid-yaml problem at the first alias, and an empty policy', () => {
    const text = aliasBomb();
    const r = parsePolicy('/r/.promptgov.yaml', text, KNOWN_IDS);
    assert.deepEqual(r.policy, {});
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].ruleId, 'policy/invalid-yaml');
    assert.match(r.problems[0].message, /aliases here expand to too much data/);
    assert.equal(text.slice(r.problems[0].span.offset, r.problems[0].span.endOffset), '*a');
  });

  it('10,000-deep flow nesting is a problem, not a crash', () => {
    const text = `rules: ${'['.repeat(10000)}${']'.repeat(10000)}\n`;
    const r = parsePolicy('/r/.promptgov.yaml', text, KNOWN_IDS);
    assert.deepEqual(r.policy, {});
    assert.ok(r.problems.some((p) => p.ruleId === 'policy/invalid-yaml' && /nest/.test(p.message)), JSON.stringify(r.problems.map((p) => p.message)));
  });

  it('10,000-deep block nesting is a problem, not a crash', () => {
    // Compact block sequences (`- - - x`) nest without indentation growth, so the size limit does not help.
    const text = `rules:\n  pii/email:\n    ${'- '.repeat(10000)}x\n`;
    const r = parsePolicy('/r/.promptgov.yaml', text, KNOWN_IDS);
    assert.deepEqual(r.policy, {});
    assert.equal(r.problems.length, 1, JSON.stringify(r.problems.map((p) => p.message)));
    assert.equal(r.problems[0].ruleId, 'policy/invalid-yaml');
    assert.match(r.problems[0].message, /nests too deeply/);
  });

  it('10,000-deep indented nesting is refused by the size limit', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10000; i++) lines.push(`${' '.repeat(i)}k:`);
    const r = parsePolicy('/r/.promptgov.yaml', `${lines.join('\n')} 1\n`, KNOWN_IDS);
    assert.deepEqual(r.policy, {});
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].ruleId, 'policy/invalid-yaml');
  });

  it('moderate nesting inside rule options (40 levels) is refused too', () => {
    const text = `rules:\n  pii/email: [warning, { x: ${'['.repeat(40)}${']'.repeat(40)} }]\n`;
    const r = parsePolicy('/r/.promptgov.yaml', text, KNOWN_IDS);
    assert.equal(r.problems[0]?.ruleId, 'policy/invalid-yaml');
    assert.match(r.problems[0].message, /deeper than 32 levels/);
  });

  it('an oversized file is refused before parsing', () => {
    const text = `# ${'x'.repeat(MAX_POLICY_BYTES)}\n`;
    const r = parsePolicy('/r/.promptgov.yaml', text, KNOWN_IDS);
    assert.deepEqual(r.policy, {});
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /the limit is 1024 KB/);
  });

  it('binary and broken input gives problems, never an exception', () => {
    for (const text of ['\u0000\u0001\u0002\uFFFD', 'a: [1, 2\nb: 3', 'a:\n\tb: 1\n', ': : :', '{{{{', '"unterminated', 'rules: !!binary AAAA', 'x: *nope']) {
      const r = parsePolicy('/r/.promptgov.yaml', text, KNOWN_IDS);
      assert.ok(r.problems.length > 0, `no problem for ${JSON.stringify(text)}`);
      for (const p of r.problems) {
        assert.ok(p.span.offset >= 0 && p.span.endOffset <= text.length && p.span.offset <= p.span.endOffset, `bad span for ${JSON.stringify(text)}`);
      }
    }
  });

  it('explicit YAML tags and unresolved aliases become clear problems', () => {
    const messages = (text: string) => parsePolicy('/r/.promptgov.yaml', text, KNOWN_IDS).problems.map((p) => p.message);
    assert.deepEqual(messages('rules: !!binary AAAA\n'), [
      "rules: expected a mapping, found the text '[Uint8Array]'. Write a mapping of keys, e.g. `key: value` on indented lines. (see docs/policy.md#rules)",
    ]);
    assert.deepEqual(messages('root: *nope\n'), ['This *alias names no &anchor defined before it: define the anchor first, or write the value out.']);
  });

  it('never throws on arbitrary text (property)', () => {
    const yamlish = fc.stringMatching(/^[a-z:\-\[\]{}&*!|>"' \n#0-9,.]{0,200}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), yamlish), (text) => {
        const r = parsePolicy('/r/.promptgov.yaml', text, KNOWN_IDS);
        assert.equal(typeof r.policy, 'object');
        for (const p of r.problems) assert.ok(p.span.offset >= 0 && p.span.endOffset <= text.length && p.span.offset <= p.span.endOffset);
      }),
      { numRuns: 300 },
    );
  });

  it('the resolver survives a hostile policy file: recommended applies, the problem is listed', () => {
    const host = new MemoryHost({ '/r/.promptgov.yaml': aliasBomb() });
    const resolver = new PolicyResolver(host, KNOWN_IDS);
    const policy = resolver.resolveFor('/r/prompts/a.prompt');
    assert.deepEqual(policy.sources, ['/r/.promptgov.yaml', 'promptgov:recommended']);
    assert.equal(policy.redaction.style, 'label');
    const loaded = resolver.loadedFiles();
    assert.equal(loaded.length, 1);
    assert.equal(loaded[0].problems[0].ruleId, 'policy/invalid-yaml');
  });

  it('a host that throws is treated as a missing file', () => {
    const resolver = new PolicyResolver(
      {
        readFile() {
          throw new Error('EACCES');
        },
      },
      KNOWN_IDS,
    );
    assert.deepEqual(resolver.resolveFor('/r/a.prompt').sources, ['promptgov:recommended']);
  });
});
