/**
 * No output of promptgov ever holds a raw sensitive value: prompt files of every format full of secrets
 * and personal data are checked in every output format (and in pull-request mode for the Markdown
 * governance summary), a baseline is written, the audit trail and both reports are made, and none of the
 * raw values may appear in any of them. The findings themselves must be there (masked), so that a run
 * that found nothing cannot pass.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reporterNames } from '../../shared/src/reporters';
import { buildCli, runCli } from './runCli';
import { GIT_ENV } from './gitRepo';
import { sensitiveRepo, type SensitiveRepo } from '../reporters/allRulesFixture';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'markdown', 'junit'];

describe('no raw sensitive value in any output', function () {
  this.timeout(180_000);
  let fixture: SensitiveRepo;
  before(() => {
    buildCli();
    fixture = sensitiveRepo();
    // A second commit on a branch, so that --base has something to compare with.
    fixture.repo.git('checkout', '-q', '-b', 'change');
    fixture.repo.write('prompts/a.prompt', `${fixture.repo.read('prompts/a.prompt')}One more line.\n`);
    fixture.repo.write('prompts/g.prompt', fixture.repo.read('prompts/a.prompt'));
    fixture.repo.commit('change', { date: '2026-01-06T10:00:00Z' });
  });
  after(() => fixture.repo.cleanup());

  const leaks = (text: string): string[] => fixture.raw.filter((v) => text.includes(v));

  it('covers every registered format', () => {
    assert.deepEqual([...reporterNames()].sort(), [...FORMATS].sort());
  });

  for (const format of FORMATS) {
    it(`check --format ${format}`, () => {
      const run = runCli(['check', '.', '--format', format], { cwd: fixture.repo.dir, env: GIT_ENV });
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(leaks(run.stdout + run.stderr), []);
      if (format === 'json') {
        const rules = new Set<string>();
        for (const f of JSON.parse(run.stdout).files) for (const x of f.findings) rules.add(x.ruleId);
        for (const id of ['pii/email', 'pii/phone', 'pii/credit-card', 'pii/iban', 'pii/us-ssn', 'secret/provider-key', 'secret/jwt', 'secret/private-key', 'secret/connection-string']) {
          assert.ok(rules.has(id), `${id} was found (so that its value was in the report to leak)`);
        }
      }
    });
  }

  it('check --base --format markdown (governance summary) and --changed-lines-only', () => {
    for (const extra of [[], ['--changed-lines-only']]) {
      const run = runCli(['check', '.', '--base', 'main', '--format', 'markdown', ...extra], { cwd: fixture.repo.dir, env: GIT_ENV });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /Governance changes since `main`/);
      assert.deepEqual(leaks(run.stdout + run.stderr), []);
    }
  });

  it('the baseline file, the audit trail and the reports', () => {
    const dir = fixture.repo.dir;
    assert.equal(runCli(['baseline'], { cwd: dir, env: GIT_ENV }).status, 0);
    const baseline = readFileSync(join(dir, '.promptgov-baseline.json'), 'utf8');
    assert.ok(Object.keys(JSON.parse(baseline).findings).length >= 20);
    assert.deepEqual(leaks(baseline), []);
    const audit = runCli(['audit'], { cwd: dir, env: GIT_ENV });
    assert.ok(audit.stdout.split('\n').filter(Boolean).length >= 7);
    assert.deepEqual(leaks(audit.stdout + audit.stderr), []);
    for (const format of ['html', 'markdown']) {
      const report = runCli(['report', '--format', format, '--since', 'main'], { cwd: dir, env: GIT_ENV });
      assert.equal(report.status, 0, report.stderr);
      assert.deepEqual(leaks(report.stdout + report.stderr), [], format);
    }
  });
});
