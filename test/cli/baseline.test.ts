/**
 * Baselines on a real git repository: the file's shape (sorted, one entry per line, no raw value), lines
 * that move keep their entry, subfolders and the repository root agree, prune, non-suppressible rules,
 * and baselines together with pull-request mode.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { formatBaseline, parseBaseline } from '../../cli/src/commands/baseline';
import { buildCli, runCli } from './runCli';
import { GIT_ENV, TempRepo } from './gitRepo';

const EMAIL = 'jane.doe@northwind-mail.com';
const prompt = (body: string) => `---\nmodel: openai/gpt-4.1\n---\n{{role "system"}}\n${body}\n`;

interface JsonOut {
  files: { path: string; findings: { ruleId: string; line: number }[] }[];
}
const findings = (stdout: string) => (JSON.parse(stdout) as JsonOut).files.flatMap((f) => f.findings.map((x) => `${f.path}:${x.line} ${x.ruleId}`));

describe('baselines', function () {
  this.timeout(120_000);
  before(() => buildCli());
  const repos: TempRepo[] = [];
  after(() => repos.forEach((r) => r.cleanup()));
  const repo = (): TempRepo => {
    const r = new TempRepo('promptgov-baseline-');
    repos.push(r);
    r.write('prompts/a.prompt', prompt(`Write to ${EMAIL}.\nCall +1 202-456-1111.`));
    r.write('prompts/sub/b.prompt', prompt(`Write to ${EMAIL}.`));
    r.commit('base');
    return r;
  };

  it('writes a sorted file, one entry per line, with rule and path and no raw value', () => {
    const r = repo();
    const run = runCli(['baseline'], { cwd: r.dir, env: GIT_ENV });
    assert.equal(run.status, 0, run.stderr);
    const text = r.read('.promptgov-baseline.json');
    assert.ok(!text.includes(EMAIL) && !text.includes('202-456'));
    const lines = text.split('\n');
    const entries = lines.filter((l) => /^ {4}"[0-9a-f]{16}": \{ "rule": "[^"]+", "path": "[^"]+" \},?$/.test(l));
    assert.equal(entries.length, 3);
    const keys = entries.map((l) => l.slice(5, 21));
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(formatBaseline(parseBaseline(text, 'x').findings), text, 'the format round-trips');
    assert.ok(entries.some((l) => l.includes('"rule": "pii/phone", "path": "prompts/a.prompt"')));
  });

  it('check --baseline reports only new findings; moved lines keep their entry; a changed value is new', () => {
    const r = repo();
    runCli(['baseline'], { cwd: r.dir, env: GIT_ENV });
    r.write('prompts/a.prompt', prompt(`New first line.\n\nWrite to ${EMAIL}.\nCall +1 202-456-1111.\nWrite to ops@northwind-mail.com.`));
    const run = runCli(['check', '--baseline', '.promptgov-baseline.json', '--format', 'json'], { cwd: r.dir, env: GIT_ENV });
    assert.equal(run.status, 1);
    assert.deepEqual(findings(run.stdout), ['prompts/a.prompt:9 pii/email']);
    assert.match(run.stderr, /3 findings recorded in the baseline \.promptgov-baseline\.json not reported\./);
  });

  it('a run from a subfolder matches the entries written at the root', () => {
    const r = repo();
    runCli(['baseline'], { cwd: r.dir, env: GIT_ENV });
    const run = runCli(['check', '.', '--baseline', '../../.promptgov-baseline.json', '--format', 'json'], { cwd: join(r.dir, 'prompts', 'sub'), env: GIT_ENV });
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(findings(run.stdout), []);
  });

  it('--prune drops fixed findings and adds none', () => {
    const r = repo();
    runCli(['baseline'], { cwd: r.dir, env: GIT_ENV });
    r.write('prompts/sub/b.prompt', prompt(`Write to ops@northwind-mail.com.`));
    const prune = runCli(['baseline', '--prune'], { cwd: r.dir, env: GIT_ENV });
    assert.equal(prune.status, 0);
    assert.match(prune.stderr, /2 entries kept, 1 fixed finding dropped\./);
    const entries = [...parseBaseline(r.read('.promptgov-baseline.json'), 'x').findings.values()];
    assert.deepEqual(entries.map((e) => e.path).sort(), ['prompts/a.prompt', 'prompts/a.prompt']);
    const check = runCli(['check', '--baseline', '.promptgov-baseline.json', '--format', 'json'], { cwd: r.dir, env: GIT_ENV });
    assert.deepEqual(findings(check.stdout), ['prompts/sub/b.prompt:5 pii/email'], 'the new address is reported');
  });

  it('non-suppressible rules are never recorded and ignore an entry written by hand', () => {
    const r = repo();
    runCli(['baseline'], { cwd: r.dir, env: GIT_ENV });
    r.write('.promptgov.yaml', 'non_suppressible: ["pii/phone"]\n');
    const check = runCli(['check', '--baseline', '.promptgov-baseline.json', '--format', 'json'], { cwd: r.dir, env: GIT_ENV });
    assert.deepEqual(findings(check.stdout), ['prompts/a.prompt:6 pii/phone']);
    const again = runCli(['baseline'], { cwd: r.dir, env: GIT_ENV });
    assert.match(again.stderr, /1 finding of non-suppressible rules not recorded/);
    assert.ok(!r.read('.promptgov-baseline.json').includes('pii/phone'));
  });

  it('works with pull-request mode: changed files, new findings only', () => {
    const r = repo();
    runCli(['baseline'], { cwd: r.dir, env: GIT_ENV });
    r.commit('baseline');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('prompts/sub/b.prompt', prompt(`Write to ${EMAIL}.\nCall +1 202-456-1111.`));
    r.commit('feature', { date: '2026-01-06T10:00:00Z' });
    const run = runCli(['check', '--base', 'main', '--baseline', '.promptgov-baseline.json', '--format', 'json'], { cwd: r.dir, env: GIT_ENV });
    assert.deepEqual(findings(run.stdout), ['prompts/sub/b.prompt:6 pii/phone']);
  });

  it('a file that is not a baseline is a usage error', () => {
    const r = repo();
    r.write('bad.json', '{"findings": []}');
    const run = runCli(['check', '--baseline', 'bad.json'], { cwd: r.dir, env: GIT_ENV });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /bad\.json is not a promptgov baseline/);
  });
});
