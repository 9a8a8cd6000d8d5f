/**
 * `promptgov fix` through the built CLI: the file changes exactly at the fixes the JSON report announces,
 * byte order mark and line endings included; a second run has nothing to do; files that are not valid
 * UTF-8 are never rewritten.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, runCli } from './runCli';

interface Edit {
  offset: number;
  endOffset: number;
  text: string;
}
interface Report {
  files: { path: string; findings: { ruleId: string; fixes: { edits: Edit[]; snippet?: boolean }[] }[] }[];
}

const POLICY = 'models:\n  approved: ["googleai/gemini-2.5-flash"]\n';

describe('fix (built CLI)', function () {
  this.timeout(120_000);
  before(() => buildCli());
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'promptgov-fix-'));
    writeFileSync(join(dir, '.promptgov.yaml'), POLICY);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('changes only the ranges of the fixes, keeping the byte order mark and CRLF line endings', () => {
    const body = '---\r\nmodel: openai/gpt-3.5-turbo\r\n---\r\nWrite to jane.smith@acmecorp.io   about\tthe order.\r\n';
    writeFileSync(join(dir, 'a.prompt'), `\ufeff${body}`);
    const report = JSON.parse(runCli(['check', 'a.prompt', '--format', 'json'], { cwd: dir }).stdout) as Report;
    const edits = report.files[0].findings.flatMap((f) => (f.fixes[0] && !f.fixes[0].snippet ? f.fixes[0].edits : []));
    assert.ok(edits.length >= 1, 'the file has fixable findings');
    let expected = body;
    for (const e of [...edits].sort((a, b) => b.offset - a.offset)) expected = expected.slice(0, e.offset) + e.text + expected.slice(e.endOffset);

    const run = runCli(['fix'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^a\.prompt\n/);
    assert.match(run.stdout, /Fixed \d+ problems? in 1 file\./);
    const after = readFileSync(join(dir, 'a.prompt'), 'utf8');
    assert.equal(after, `\ufeff${expected}`);
    assert.ok(!after.includes('jane.smith@acmecorp.io'));

    const again = runCli(['fix'], { cwd: dir });
    assert.match(again.stdout, /^Nothing to fix\./);
    assert.equal(readFileSync(join(dir, 'a.prompt'), 'utf8'), after, 'a second run changes nothing');
  });

  it('--dry-run writes nothing; --rule limits the fixes to matching rules', () => {
    const text = '---\nmodel: openai/gpt-3.5-turbo\n---\nWrite to jane.smith@acmecorp.io.\n';
    writeFileSync(join(dir, 'a.prompt'), text);
    const dry = runCli(['fix', '--dry-run'], { cwd: dir });
    assert.match(dry.stdout, /Would fix/);
    assert.equal(readFileSync(join(dir, 'a.prompt'), 'utf8'), text);

    runCli(['fix', '--rule', 'model/*'], { cwd: dir });
    const after = readFileSync(join(dir, 'a.prompt'), 'utf8');
    assert.equal(after, text.replace('openai/gpt-3.5-turbo', 'googleai/gemini-2.5-flash'));
  });

  it('never rewrites a file that is not valid UTF-8, and says why', () => {
    const bytes = Buffer.concat([Buffer.from('---\nmodel: openai/gpt-3.5-turbo\n---\nCh'), Buffer.from([0xe8]), Buffer.from('re cliente\n')]);
    writeFileSync(join(dir, 'latin1.prompt'), bytes);
    const run = runCli(['fix'], { cwd: dir });
    assert.match(run.stderr, /latin1\.prompt: not valid UTF-8 \(byte 38\); not fixed/);
    assert.deepEqual(readFileSync(join(dir, 'latin1.prompt')), bytes);
  });

  it('exits 1 when errors without an automatic fix remain, 2 on a missing path', () => {
    writeFileSync(join(dir, 'binary.prompt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    assert.equal(runCli(['fix'], { cwd: dir }).status, 1);
    assert.equal(runCli(['fix', 'nope'], { cwd: dir }).status, 2);
  });
});
