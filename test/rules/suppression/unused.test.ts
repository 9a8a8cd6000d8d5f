import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/suppression/unused';
import { ruleTester } from '../harness';
import { applyFixes } from '../../../shared/src/engine/fixes';
import { brief, runWith } from './helpers';

ruleTester(rule, {
  valid: [
    { name: 'a directive for a rule that did not run is not judged', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline }}\nHi\n' },
    { name: 'an expired directive is suppression/expired\'s', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line -- old; expires: 2020-01-01 }}\nHi\n' },
  ],
  // Cases that need another rule's findings (a directive is judged only against rules that ran) are in the
  // table below, run with a marker rule.
  invalid: [],
});

describe('suppression/unused: with the rules it names', () => {
  const text = (directive: string, line: string) => `---\nmodel: x/y\n---\n{{! ${directive} }}\n${line}\n`;

  it('a directive that silenced a finding is used', () => {
    const t = text('promptgov-disable-next-line test/forbidden-word -- fixture', 'FORBIDDEN');
    const run = runWith(rule, 'prompts/a.prompt', t);
    assert.deepEqual(run.findings, []);
    assert.equal(run.suppressed.length, 1);
  });

  it('a directive whose finding is gone is reported, with a fix removing it', () => {
    const t = text('promptgov-disable-next-line test/forbidden-word -- fixture', 'all clean');
    const run = runWith(rule, 'prompts/a.prompt', t);
    assert.deepEqual(brief(t, run.findings), ['4:33 suppression/unused test/forbidden-word']);
    assert.equal(run.findings[0].message, 'This suppression of test/forbidden-word silenced nothing on the next line: remove it.');
    assert.equal(run.findings[0].fixes[0].title, 'Remove this suppression');
  });

  it('a directive aimed at the wrong line is reported, and the finding stays', () => {
    const t = '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line test/* -- fixture }}\nclean\nFORBIDDEN\n';
    const run = runWith(rule, 'prompts/a.prompt', t);
    assert.deepEqual(brief(t, run.findings), ['4:33 suppression/unused test/*', '6:1 test/forbidden-word FORBIDDEN']);
  });

  it('a directive for a non-suppressible rule is left to suppression/not-allowed', () => {
    const t = text('promptgov-disable-next-line test/forbidden-word -- fixture', 'FORBIDDEN');
    const run = runWith(rule, 'prompts/a.prompt', t, { non_suppressible: ['test/*'] });
    assert.deepEqual(run.findings.map((f) => f.ruleId), ['test/forbidden-word']);
  });
});

describe('suppression/unused: removal fixes', () => {
  const table: { name: string; path: string; text: string; line: number; message: RegExp; output: string }[] = [
    {
      name: 'a directive for every rule that silenced nothing goes with its line',
      path: 'prompts/a.prompt',
      text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line -- legacy }}\nHi\n',
      line: 4,
      message: /^This suppression of every rule silenced nothing on the next line: remove it\.$/,
      output: '---\nmodel: x/y\n---\nHi\n',
    },
    {
      name: 'an inline directive goes without its line',
      path: 'prompts/a.j2',
      text: 'Hello {# promptgov-disable-line -- legacy #}\n',
      line: 1,
      message: /on its line: remove it\.$/,
      output: 'Hello\n',
    },
    {
      name: 'a file directive in a markdown comment',
      path: '.github/prompts/a.prompt.md',
      text: '<!-- promptgov-disable-file test/forbidden-word -- legacy -->\nAll clean.\n',
      line: 1,
      message: /silenced nothing in this file/,
      output: 'All clean.\n',
    },
    {
      name: 'a YAML comment in front matter',
      path: 'prompts/a.prompty',
      text: '---\n# promptgov-disable-next-line test/forbidden-word -- legacy\nname: x\n---\nsystem:\nHi\n',
      line: 2,
      message: /silenced nothing on the next line/,
      output: '---\nname: x\n---\nsystem:\nHi\n',
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      const run = runWith(rule, c.path, c.text);
      assert.equal(run.findings.length, 1, JSON.stringify(run.findings));
      assert.equal(run.findings[0].line, c.line);
      assert.match(run.findings[0].message, c.message);
      const fixed = applyFixes(c.text, run.findings[0].fixes).text;
      assert.equal(fixed, c.output);
      assert.deepEqual(runWith(rule, c.path, fixed).findings, []);
    });
  }
});
