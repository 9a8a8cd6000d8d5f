import assert from 'node:assert/strict';
import { MESSAGE_COLUMN, stylish } from '../../shared/src/reporters/stylish';
import { getReporter, reporterNames } from '../../shared/src/reporters';
import { finding, results } from './fixtures';

describe('reporters/stylish', () => {
  it('prints a header per file with findings, aligned rows, and the summary', () => {
    assert.equal(
      stylish(results, {}),
      [
        'prompts/support.prompt',
        '  3:12  error    Email address j***@e***.com in the prompt text  pii/email',
        '  10:8  warning  Model openai/gpt-4 is deprecated                model/deprecated',
        '',
        'b.prompt.yml',
        '  1:1   info  No owner: add one      governance/missing-owner',
        '  12:3  hint  Input x is never used  template/unused-input',
        '',
        '✖ 4 problems (1 error, 1 warning, 1 info, 1 hint)',
        '  1 fixable with `promptgov fix`',
        '',
      ].join('\n'),
    );
  });

  it('a message longer than the column does not push the other rows\' rule ids away', () => {
    const long = `Untrusted input ${'x'.repeat(MESSAGE_COLUMN + 40)} is not fenced.`;
    const lines = stylish([{ path: 'a.prompt', format: 'dotprompt', findings: [finding({ ruleId: 'pii/email', line: 1, column: 1, message: 'Short.' }), finding({ ruleId: 'injection/unfenced-input', line: 2, column: 1, message: long })] }], {}).split('\n');
    assert.equal(lines[1], `  1:1  error  ${'Short.'.padEnd(MESSAGE_COLUMN)}  pii/email`);
    assert.equal(lines[2], `  2:1  error  ${long}  injection/unfenced-input`);
  });

  it('uses singular words and leaves out info/hint counts that are zero', () => {
    const out = stylish([{ path: 'a.prompt', format: 'dotprompt', findings: [finding({ ruleId: 'x/y', line: 1, column: 1 })] }], {});
    assert.match(out, /✖ 1 problem \(1 error, 0 warnings\)\n$/);
    assert.doesNotMatch(out, /fixable/);
  });

  it('says so when every file is clean, and when there was no file', () => {
    assert.equal(stylish([{ path: 'a.prompt', format: 'dotprompt', findings: [] }], {}), '✔ 1 file checked, no problems\n');
    assert.equal(stylish([], {}), 'No prompt files found.\n');
  });

  it('has no color codes unless asked, and colors severities when asked', () => {
    assert.doesNotMatch(stylish(results, { color: false }), /\u001b\[/);
    const colored = stylish(results, { color: true });
    assert.match(colored, /\u001b\[31merror\u001b\[39m/);
    assert.match(colored, /\u001b\[33mwarning\u001b\[39m/);
    // Stripped of its codes, the colored output is the plain one.
    assert.equal(colored.replace(/\u001b\[\d+m/g, ''), stylish(results, {}));
  });

  it('never leaves trailing spaces', () => {
    for (const line of stylish(results, {}).split('\n')) assert.equal(line, line.trimEnd());
  });

  it('is the first registered format', () => {
    assert.equal(reporterNames()[0], 'stylish');
    assert.equal(getReporter('stylish'), stylish);
    assert.equal(getReporter('toString'), undefined);
  });
});

describe('reporters/stylish with --quiet', () => {
  it('says "no errors", not "no problems", when lower severities were left out', () => {
    assert.equal(stylish([{ path: 'a.prompt', format: 'dotprompt', findings: [] }], { quiet: true }), '✔ 1 file checked, no errors\n');
  });
});
