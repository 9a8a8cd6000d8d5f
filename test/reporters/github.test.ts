import assert from 'node:assert/strict';
import { escapeData, escapeProperty, github } from '../../shared/src/reporters/github';
import { getReporter } from '../../shared/src/reporters';
import { ruleDocsUrl } from '../../shared/src/rules/rule';
import { finding, results } from './fixtures';

describe('reporters/github', () => {
  it('is registered as a format', () => {
    assert.equal(getReporter('github'), github);
  });

  it('prints one workflow command per finding with file, line, col, endLine, endColumn and the rule as title', () => {
    const lines = github(results, {}).trimEnd().split('\n');
    assert.equal(lines.length, 5);
    assert.equal(
      lines[0],
      `::error file=prompts/support.prompt,line=3,col=12,endLine=3,endColumn=28,title=pii/email::Email address j***@e***.com in the prompt text (${ruleDocsUrl('pii/email')})`,
    );
    assert.match(lines[1], /^::warning file=prompts\/support\.prompt,line=10,col=8,/);
    assert.match(lines[2], /^::notice file=b\.prompt\.yml,line=1,col=1,.*title=governance\/missing-owner::No owner:%0Aadd one/);
    assert.match(lines[3], /^::notice .*title=template\/unused-input::/);
    assert.equal(lines[4], 'promptgov: 4 problems (1 error, 1 warning, 2 notices) in 2 of 3 files');
  });

  it('escapes messages and properties so that nothing can end a command or start another', () => {
    const f = finding({ ruleId: 'x/y', line: 1, column: 1, message: 'a%b\r\n::error file=evil::pwned' });
    const out = github([{ path: 'we,ird:name.prompt', format: 'dotprompt', findings: [f] }], {});
    const first = out.split('\n')[0];
    assert.ok(first.startsWith('::error file=we%2Cird%3Aname.prompt,line=1'));
    assert.ok(first.includes('::a%25b%0D%0A::error file=evil::pwned'));
    assert.equal(out.split('\n').filter((l) => l.startsWith('::')).length, 1);
    assert.equal(escapeData('50%\n'), '50%25%0A');
    assert.equal(escapeProperty('a:b,c'), 'a%3Ab%2Cc');
  });

  it('says when everything is clean', () => {
    assert.equal(github([{ path: 'a.prompt', format: 'dotprompt', findings: [] }], {}), 'promptgov: 1 file checked, no problems\n');
  });
});
