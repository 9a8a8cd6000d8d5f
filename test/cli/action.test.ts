/**
 * The GitHub Action (action.yml): its steps' scripts run here with bash as the runner would run them
 * (inputs substituted, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_ACTION_PATH at this checkout),
 * except the steps that use other actions (setup-node, upload-sarif) and `npm ci`, which this checkout
 * has already done. The check step's command line must be the one github-action.scenario runs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCli, REPO_ROOT } from './runCli';
import { GIT_ENV, TempRepo } from './gitRepo';

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};
const step = (name: string): Step => {
  const s = action.runs.steps.find((x) => x.name === name);
  assert.ok(s, `action.yml has a step "${name}"`);
  return s;
};

/** `${{ inputs.x }}` and `${{ steps.check.outputs.y }}` replaced as the runner would. */
function expand(text: string, inputs: Record<string, string>, outputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(inputs|steps\.check\.outputs)\.([\w-]+)\s*\}\}/g, (_, scope: string, key: string) => (scope === 'inputs' ? inputs[key] : outputs[key]) ?? '');
}

interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

class Runner {
  readonly outputs: Record<string, string> = {};
  readonly summary: string;
  private readonly tmp = mkdtempSync(join(tmpdir(), 'promptgov-action-'));
  readonly inputs: Record<string, string>;

  constructor(
    readonly cwd: string,
    overrides: Record<string, string> = {},
    readonly env: Record<string, string> = {},
  ) {
    this.inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default)])), ...overrides };
    this.summary = join(this.tmp, 'summary.md');
    writeFileSync(this.summary, '');
  }

  run(name: string): StepRun {
    const s = step(name);
    const output = join(this.tmp, 'output');
    writeFileSync(output, '');
    const stepEnv = Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, expand(String(v), this.inputs, this.outputs)]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(s.run!, this.inputs, this.outputs)], {
      cwd: this.cwd,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ...GIT_ENV, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_ACTION_PATH: REPO_ROOT, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: this.summary, ...this.env, ...stepEnv },
    });
    for (const line of readFileSync(output, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) this.outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  cleanup(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

function repoWithFinding(): TempRepo {
  const repo = new TempRepo('promptgov-action-repo-');
  repo.write('prompts/clean.prompt', '---\nmodel: openai/gpt-4.1\nversion: 1.0.0\n---\nSummarize the ticket.\n');
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('prompts/support.prompt', '---\nmodel: openai/gpt-4.1\nversion: 1.0.0\n---\n{{role "system"}}\nEscalate to jane.doe@northwind-mail.com.\n');
  repo.commit('add support', { date: '2026-01-06T10:00:00Z' });
  return repo;
}

describe('the GitHub Action (action.yml)', function () {
  this.timeout(180_000);
  before(() => buildCli());
  const cleanups: (() => void)[] = [];
  after(() => cleanups.forEach((c) => c()));

  it('is a composite action: setup-node, check with SARIF output, upload-sarif, Markdown summary, fail-on', () => {
    assert.equal(action.runs.using, 'composite');
    assert.match(step('Set up Node.js').uses ?? '', /^actions\/setup-node@v\d+$/);
    assert.match(step('Upload SARIF to code scanning').uses ?? '', /^github\/codeql-action\/upload-sarif@v\d+$/);
    assert.match(step('Write the Markdown summary').run ?? '', />> "\$GITHUB_STEP_SUMMARY"/);
    assert.equal(action.inputs['fail-on'].default, 'error');
    assert.equal(action.inputs['sarif-file'].default, 'promptgov.sarif');
    for (const s of action.runs.steps) {
      if (s.run) assert.doesNotMatch(s.run, /\$\{\{/, `step "${s.name}" passes inputs through env, not into the script text`);
    }
  });

  it('runs the command line of github-action.scenario with its default inputs', () => {
    const run = step('Check prompt files').run!;
    const line = run.split('\n').find((l) => l.includes('promptgov check'))!;
    const withDefaults = line
      .replace(/^npx --prefix "\$GITHUB_ACTION_PATH" /, '')
      .replace('"${paths[@]}"', action.inputs.paths.default)
      .replace('"$PROMPTGOV_SARIF"', action.inputs['sarif-file'].default)
      .replace('"$PROMPTGOV_FAIL_ON"', action.inputs['fail-on'].default)
      .replace(/ "\$\{args\[@\]\}"$/, '')
      .trim();
    // The first step of the scenario (its runner is not imported here: that would register its suite).
    const scenario = readFileSync(join(__dirname, 'scenarios', 'github-action.scenario'), 'utf8');
    const first = scenario.split('====command====\n')[1].split('\n')[0].trim();
    assert.equal(withDefaults, first);
  });

  it('on a push: SARIF written, exit code 1, summary written, the step fails', () => {
    const repo = repoWithFinding();
    cleanups.push(() => repo.cleanup());
    const runner = new Runner(repo.dir);
    cleanups.push(() => runner.cleanup());
    const check = runner.run('Check prompt files');
    assert.equal(check.status, 0, check.stderr);
    assert.equal(runner.outputs['exit-code'], '1');
    const sarif = JSON.parse(readFileSync(join(repo.dir, 'promptgov.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId), ['pii/email']);
    const summary = runner.run('Write the Markdown summary');
    assert.equal(summary.status, 0, summary.stderr);
    assert.match(readFileSync(runner.summary, 'utf8'), /^## promptgov\n\n❌ \*\*1 problem\*\*/);
    const fail = runner.run('Fail on findings');
    assert.equal(fail.status, 1);
    assert.match(fail.stdout, /::error title=promptgov::findings at or above 'error'/);
  });

  it('on a pull request: compares with origin/<base branch> when fetched, and says so when not', () => {
    const origin = repoWithFinding();
    cleanups.push(() => origin.cleanup());
    const clone = TempRepo.at(mkdtempSync(join(tmpdir(), 'promptgov-action-clone-')));
    spawnSync('git', ['clone', '-q', '--branch', 'feature', `file://${origin.dir}`, clone.dir], { env: { ...process.env, ...GIT_ENV } });
    cleanups.push(() => clone.cleanup());
    const pr = new Runner(clone.dir, { 'fail-on': 'warning' }, { GITHUB_BASE_REF: 'main' });
    cleanups.push(() => pr.cleanup());
    pr.run('Check prompt files');
    assert.equal(pr.outputs.args, '--base origin/main');
    assert.equal(pr.outputs['exit-code'], '1');
    pr.run('Write the Markdown summary');
    assert.match(readFileSync(pr.summary, 'utf8'), /### Governance changes since `origin\/main`[\s\S]*\*\*Prompts added\*\* \(1\)\n\n- `prompts\/support\.prompt`/);

    const unfetched = new Runner(clone.dir, {}, { GITHUB_BASE_REF: 'release' });
    cleanups.push(() => unfetched.cleanup());
    const run = unfetched.run('Check prompt files');
    assert.match(run.stdout, /::notice title=promptgov::origin\/release is not fetched: checking the whole tree/);
    assert.equal(unfetched.outputs.args, '');
  });

  it('a clean tree: exit code 0, the fail step is skipped by its condition', () => {
    const repo = new TempRepo('promptgov-action-clean-');
    cleanups.push(() => repo.cleanup());
    repo.write('prompts/a.prompt', '---\nmodel: openai/gpt-4.1\n---\nSummarize.\n');
    repo.commit('clean');
    const runner = new Runner(repo.dir);
    cleanups.push(() => runner.cleanup());
    runner.run('Check prompt files');
    assert.equal(runner.outputs['exit-code'], '0');
    assert.equal(step('Fail on findings').if, "${{ steps.check.outputs.exit-code != '0' }}");
    assert.ok(existsSync(join(repo.dir, 'promptgov.sarif')));
  });
});
