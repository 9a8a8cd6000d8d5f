/**
 * Governance through the built CLI, in real folders and real git repositories created by the tests:
 * version-change checks with `check --base` (commits, branches, a merge base that is not the branch tip,
 * an untracked file, a shallow clone made with `git clone --depth 1 file://…`, no repository, no git),
 * an expired exception failing CI, and `promptgov policy test`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, runCli, type CliRun } from '../cli/runCli';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** The lines of a stylish report mentioning a rule, reduced to `line:col severity ruleId`. */
function hits(run: CliRun, ruleId: string): string[] {
  return run.stdout
    .split('\n')
    .filter((l) => l.trimEnd().endsWith(ruleId))
    .map((l) => {
      const m = /^\s+(\d+:\d+)\s+(\w+)\s/.exec(l);
      return m ? `${m[1]} ${m[2]} ${ruleId}` : l;
    });
}

const PROMPT = (version: string, model = 'openai/gpt-4.1', body = 'You answer billing questions.') =>
  `---\nmodel: ${model}\nversion: ${version}\nowner: "@billing"\n---\n{{role "system"}}\n${body}\n{{role "user"}}\n{{question}}\n`;

describe('governance CLI: check --base on real git repositories', function () {
  this.timeout(120_000);
  let tmp: string;
  let repo: string;

  before(() => buildCli());

  beforeEach(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'promptgov-gov-')));
    repo = join(tmp, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { 'prompts/billing.prompt': PROMPT('1.0.0'), 'prompts/other.prompt': PROMPT('3.0.0', 'openai/gpt-4.1', 'Other.') });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'first prompts');
    git(repo, 'checkout', '-q', '-b', 'feature');
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('content changed in the working tree without a bump: version/not-bumped (a warning)', () => {
    write(repo, { 'prompts/billing.prompt': PROMPT('1.0.0', 'openai/gpt-4.1', 'You answer billing questions politely.') });
    const run = runCli(['check', '--base', 'main'], { cwd: repo });
    assert.deepEqual(hits(run, 'version/not-bumped'), ['3:10 warning version/not-bumped']);
    assert.match(run.stdout, /Message 1 \(system\) changed \(\+1 −1\) since the base revision, but the version is still 1\.0\.0: bump it\./);
    assert.equal(run.status, 0, 'a warning does not fail by default');
    assert.equal(runCli(['check', '--base', 'main', '--fail-on', 'warning'], { cwd: repo }).status, 1);
  });

  it('a committed model change on the branch: minor bump proposed; after the bump, clean', () => {
    write(repo, { 'prompts/billing.prompt': PROMPT('1.0.0', 'openai/gpt-4.1-mini') });
    git(repo, 'commit', '-q', '-am', 'cheaper model');
    const run = runCli(['check', '--base', 'main', '-f', 'json'], { cwd: repo });
    const report = JSON.parse(run.stdout) as { files: { findings: { ruleId: string; message: string; fixes: { title: string }[] }[] }[] };
    const findings = report.files.flatMap((r) => r.findings);
    const notBumped = findings.filter((f) => f.ruleId === 'version/not-bumped');
    assert.equal(notBumped.length, 1, run.stdout);
    assert.match(notBumped[0].message, /^The model changed \(openai\/gpt-4\.1 → openai\/gpt-4\.1-mini\)/);
    assert.equal(notBumped[0].fixes[0].title, 'Bump the minor version to 1.1.0');
    write(repo, { 'prompts/billing.prompt': PROMPT('1.1.0', 'openai/gpt-4.1-mini') });
    assert.deepEqual(hits(runCli(['check', '--base', 'main'], { cwd: repo }), 'version/not-bumped'), []);
  });

  it('compares with the merge base, not with the target branch tip', () => {
    git(repo, 'checkout', '-q', 'main');
    write(repo, { 'prompts/billing.prompt': PROMPT('2.0.0', 'openai/gpt-4.1', 'Main moved on.') });
    git(repo, 'commit', '-q', '-am', 'main: 2.0.0');
    git(repo, 'checkout', '-q', 'feature');
    write(repo, { 'prompts/billing.prompt': PROMPT('1.1.0', 'openai/gpt-4.1', 'Feature edit.') });
    const run = runCli(['check', '--base', 'main'], { cwd: repo });
    // Against main's tip (2.0.0) this would be a downgrade; against the merge base (1.0.0) it is a bump.
    assert.deepEqual([...hits(run, 'version/downgraded'), ...hits(run, 'version/not-bumped')], []);
    assert.match(run.stderr, /changed since [0-9a-f]{12} \(the merge base\)/);
  });

  it('a version lower than at the base: version/downgraded, an error (exit 1)', () => {
    write(repo, { 'prompts/billing.prompt': PROMPT('0.9.0') });
    const run = runCli(['check', '--base', 'main'], { cwd: repo });
    assert.deepEqual(hits(run, 'version/downgraded'), ['3:10 error version/downgraded']);
    assert.match(run.stdout, /The version went down from 1\.0\.0 at the base revision to 0\.9\.0: versions only go up\./);
    assert.equal(run.status, 1);
  });

  it('a model change without a change note, when the policy asks for one', () => {
    write(repo, { '.promptgov.yaml': 'root: true\nrules:\n  "version/model-change-unrecorded": error\n' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'policy');
    write(repo, { 'prompts/billing.prompt': PROMPT('1.1.0', 'anthropic/claude-sonnet-4-5') });
    const run = runCli(['check', '--base', 'main'], { cwd: repo });
    assert.deepEqual(hits(run, 'version/model-change-unrecorded'), ['2:8 error version/model-change-unrecorded']);
    assert.equal(run.status, 1);
    write(repo, { 'prompts/billing.prompt': PROMPT('1.1.0', 'anthropic/claude-sonnet-4-5').replace('owner:', 'change_note: "Claude for tone; approved by @ml-review"\nowner:') });
    const noted = runCli(['check', '--base', 'main'], { cwd: repo });
    assert.deepEqual(hits(noted, 'version/model-change-unrecorded'), []);
    assert.equal(noted.status, 0, noted.stdout);
  });

  it('an untracked file is compared as a new file, with a note', () => {
    write(repo, { 'prompts/new.prompt': PROMPT('0.1.0') });
    const run = runCli(['check', '--base', 'main'], { cwd: repo });
    assert.match(run.stderr, /prompts\/new\.prompt: not tracked by git; compared with main as a new file\./);
    assert.deepEqual(hits(run, 'version/not-bumped'), []);
    assert.equal(run.status, 0);
  });

  it('a shallow clone (git clone --depth 1): the commit it has works as the base; history it lacks gets a clear message', () => {
    write(repo, { 'prompts/billing.prompt': PROMPT('1.0.1', 'openai/gpt-4.1', 'Second commit.') });
    git(repo, 'commit', '-q', '-am', 'second');
    const shallow = join(tmp, 'shallow');
    git(tmp, 'clone', '-q', '--depth', '1', '--branch', 'feature', pathToFileURL(repo).href, shallow);
    assert.equal(git(shallow, 'rev-parse', '--is-shallow-repository').trim(), 'true');
    write(shallow, { 'prompts/billing.prompt': PROMPT('1.0.1', 'openai/gpt-4.1', 'Edited in the shallow clone.') });
    const run = runCli(['check', '--base', 'HEAD'], { cwd: shallow });
    assert.deepEqual(hits(run, 'version/not-bumped'), ['3:10 warning version/not-bumped']);
    const missing = runCli(['check', '--base', 'HEAD~1'], { cwd: shallow });
    assert.match(missing.stderr, /--base HEAD~1: no such revision in this repository\. This is a shallow clone/);
    assert.match(missing.stderr, /fetch-depth: 0/);
    assert.doesNotMatch(missing.stderr, /internal error/);
  });

  it('outside a repository, and without git, --base says why', () => {
    const plain = join(tmp, 'plain');
    write(plain, { 'prompts/a.prompt': PROMPT('1.0.0') });
    const outside = runCli(['check', '--base', 'main'], { cwd: plain, env: { GIT_CEILING_DIRECTORIES: tmp } });
    assert.match(outside.stderr, /--base needs a git repository, and .* is not inside one\./);
    const noGit = runCli(['check', '--base', 'main'], { cwd: repo, env: { PATH: join(tmp, 'no-bin') } });
    assert.match(noGit.stderr, /git was not found on the PATH/);
    // Without --base the same folders check normally.
    assert.equal(runCli(['check'], { cwd: plain, env: { PATH: join(tmp, 'no-bin') } }).status, 0);
  });
});

describe('governance CLI: an expired exception fails CI', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => buildCli());
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'promptgov-exc-')));
    write(dir, {
      'prompts/support.prompt': '---\nmodel: googleai/gemini-2.5-flash\n---\nWrite to maria.lopez@northwind-support.com for refunds.\n',
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const policy = (expires: string) =>
    `root: true\nexceptions:\n  - rule: pii/email\n    files: ["prompts/support.prompt"]\n    reason: "published support inbox"\n    approved_by: "@security"\n    expires: ${expires}\n`;

  it('says who approved it, when it expired and what to do; exit 1', () => {
    write(dir, { '.promptgov.yaml': policy('2025-06-30') });
    const run = runCli(['check', '.'], { cwd: dir });
    assert.equal(run.status, 1);
    const lines = run.stdout.split('\n').filter((l) => l.includes('suppression/expired')).map((l) => l.replace(/\s+/g, ' ').trim());
    assert.deepEqual(lines, [
      '7:14 error The exception for pii/email (approved by @security; reason: "published support inbox") expired on 2025-06-30: it no longer silences findings. Renew it with a new expiry and approval, or remove it and fix the findings. suppression/expired',
      '4:10 error pii/email is reported again: the policy exception that covered it (approved by @security; reason: "published support inbox") expired on 2025-06-30. Renew the exception (exceptions[0] of .promptgov.yaml) with a new expiry date and approval, or fix the finding. suppression/expired',
    ]);
    assert.match(run.stdout, /prompts\/support\.prompt\n\s+4:10\s+error\s+Email address m\*\*\*@n\*\*\*\.com/);
    assert.doesNotMatch(run.stdout, /maria\.lopez@northwind-support\.com/);
  });

  it('a current exception silences the finding: exit 0', () => {
    write(dir, { '.promptgov.yaml': policy('2099-12-31') });
    const run = runCli(['check', '.'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout);
    assert.doesNotMatch(run.stdout, /pii\/email|suppression\/expired/);
  });
});

describe('governance CLI: promptgov policy test', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => buildCli());
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'promptgov-ptest-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on the starter policy from promptgov init, from a subfolder too', () => {
    assert.equal(runCli(['init'], { cwd: dir }).status, 0);
    const run = runCli(['policy', 'test'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^Policy tests of \.promptgov\.yaml\n\n/);
    assert.match(run.stdout, /\n {2}PASS {2}/);
    assert.doesNotMatch(run.stdout, /FAIL/);
    assert.match(run.stdout, /\n\d+ passed, 0 failed\n$/);
    mkdirSync(join(dir, 'prompts'));
    const nested = runCli(['policy', 'test'], { cwd: join(dir, 'prompts') });
    assert.equal(nested.status, 0);
    assert.match(nested.stdout, /^Policy tests of \.\.\/\.promptgov\.yaml/);
  });

  it('a failing case: exit 1 and a FAIL row saying why; file cases resolve next to the policy', () => {
    write(dir, {
      '.promptgov.yaml':
        'root: true\nmetadata:\n  required: [owner]\ntests:\n' +
        '  - name: owner required\n    text: "---\\nmodel: openai/gpt-4.1\\n---\\nHi\\n"\n    expect: ["meta/required-field"]\n' +
        '  - name: support prompt is clean\n    file: prompts/support.prompt\n    expect_not: ["pii/*"]\n' +
        '  - name: a typo\n    text: "Hi"\n    expect: ["meta/requried-field"]\n',
      'prompts/support.prompt': '---\nowner: "@a"\n---\nMail maria.lopez@northwind-support.com\n',
    });
    const run = runCli(['policy', 'test'], { cwd: dir });
    assert.equal(run.status, 1);
    const rows = run.stdout.split('\n').filter((l) => /^ {2}(PASS|FAIL) /.test(l)).map((l) => l.replace(/\s+/g, ' ').trim());
    assert.deepEqual(rows, [
      'PASS owner required found meta/required-field (line 1)',
      'FAIL support prompt is clean expected no pii/*, found pii/email (line 4)',
      'FAIL a typo expected meta/requried-field, which is not a known rule',
    ]);
    assert.match(run.stdout, /\n1 passed, 2 failed\n$/);
  });

  it('--policy tests another file; no policy at all is a usage error (exit 2)', () => {
    write(dir, { 'policies/team.yaml': 'tests:\n  - text: "Hi"\n    expect_not: ["pii/*"]\n' });
    const run = runCli(['policy', 'test', '--policy', 'policies/team.yaml'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /PASS {2}Hi {4}no pii\/\*/);
    const none = runCli(['policy', 'test'], { cwd: join(dir, 'policies'), env: {} });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /No \.promptgov\.yaml in .* or above\. Run `promptgov init`/);
  });
});
