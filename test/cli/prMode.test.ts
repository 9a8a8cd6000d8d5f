/**
 * Pull-request mode (`check --base`, `--changed-lines-only`) on real git repositories made by the test:
 * branches, merges, renames, deletions, uncommitted and untracked files, and shallow clones.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, runCli } from './runCli';
import { GIT_ENV, TempRepo } from './gitRepo';

const prompt = (body: string, version = '1.0.0', model = 'openai/gpt-4.1') => `---\nmodel: ${model}\nversion: ${version}\n---\n{{role "system"}}\n${body}\n`;
const EMAIL = 'Write to jane.doe@northwind-mail.com.';
const PHONE = 'Call +1 202-456-1111 for help.';

interface JsonOut {
  files: { path: string; findings: { ruleId: string; line: number }[] }[];
}

function check(repo: TempRepo, ...args: string[]) {
  const run = runCli(['check', ...args], { cwd: repo.dir, env: GIT_ENV });
  return { ...run, json: () => JSON.parse(run.stdout) as JsonOut };
}

/** main: a, b, d, f; feature: b changed, c added, d renamed to e, f deleted; g changed and h added uncommitted. */
function featureRepo(): TempRepo {
  const repo = new TempRepo();
  repo.write('.promptgov.yaml', 'metadata:\n  required: [owner]\n');
  repo.write('prompts/a.prompt', prompt(EMAIL));
  repo.write('prompts/b.prompt', prompt(`${EMAIL}\n\nSome text.`));
  repo.write('prompts/d.prompt', prompt(EMAIL));
  repo.write('prompts/f.prompt', prompt('Old instructions nobody needs any more, removed in the feature branch.'));
  repo.write('prompts/g.prompt', prompt('Summarize.'));
  repo.commit('base', { date: '2026-01-01T10:00:00Z' });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('prompts/b.prompt', prompt(`${EMAIL}\n\n${PHONE}`));
  repo.write('prompts/c.prompt', prompt(`${EMAIL}\nAnswer in French, and keep it short.`));
  repo.git('mv', 'prompts/d.prompt', 'prompts/e.prompt');
  repo.remove('prompts/f.prompt');
  repo.commit('feature work', { date: '2026-01-02T10:00:00Z' });
  repo.write('prompts/g.prompt', prompt(`Summarize.\n${PHONE}`));
  repo.write('prompts/h.prompt', prompt(EMAIL));
  return repo;
}

describe('check --base (pull-request mode) on git repositories', function () {
  this.timeout(120_000);
  before(() => buildCli());
  const repos: TempRepo[] = [];
  after(() => repos.forEach((r) => r.cleanup()));
  const make = (r: TempRepo) => (repos.push(r), r);

  it('checks only the files changed since the merge base: committed, uncommitted, untracked, renamed', () => {
    const repo = make(featureRepo());
    const all = check(repo, '--format', 'json');
    assert.deepEqual(all.json().files.map((f) => f.path), ['.promptgov.yaml', 'prompts/a.prompt', 'prompts/b.prompt', 'prompts/c.prompt', 'prompts/e.prompt', 'prompts/g.prompt', 'prompts/h.prompt']);
    const pr = check(repo, '--base', 'main', '--format', 'json');
    assert.equal(pr.status, 1, pr.stderr);
    assert.deepEqual(pr.json().files.map((f) => f.path), ['prompts/b.prompt', 'prompts/c.prompt', 'prompts/e.prompt', 'prompts/g.prompt', 'prompts/h.prompt']);
    assert.match(pr.stderr, /--base main: 5 of 7 files changed since [0-9a-f]{12} \(the merge base\)\./);
  });

  it('--changed-lines-only keeps findings on changed lines and file-level findings', () => {
    const repo = make(featureRepo());
    const run = check(repo, '--base', 'main', '--changed-lines-only', '--format', 'json');
    const byPath = new Map(run.json().files.map((f) => [f.path, f.findings.map((x) => `${x.ruleId}@${x.line}`)]));
    // b: the email line is unchanged, the phone line is new; the missing owner and the version not bumped
    // are about the whole file.
    assert.deepEqual(byPath.get('prompts/b.prompt'), ['meta/required-field@1', 'version/not-bumped@3', 'pii/phone@8']);
    // c and h are new: everything counts.
    assert.deepEqual(byPath.get('prompts/c.prompt'), ['meta/required-field@1', 'pii/email@6']);
    assert.deepEqual(byPath.get('prompts/h.prompt'), ['meta/required-field@1', 'pii/email@6']);
    // e was only renamed: no line changed, only the file-level finding stays.
    assert.deepEqual(byPath.get('prompts/e.prompt'), ['meta/required-field@1']);
    // g: the uncommitted phone line.
    assert.deepEqual(byPath.get('prompts/g.prompt'), ['meta/required-field@1', 'version/not-bumped@3', 'pii/phone@7']);
  });

  it('a renamed prompt is compared with its old name: a changed body without a version bump is reported', () => {
    const repo = make(new TempRepo());
    const body = 'Answer questions about invoices. Keep answers under five sentences and cite the invoice number.';
    repo.write('prompts/billing.prompt', prompt(body));
    repo.write('prompts/notes.prompt', prompt('Summarize the meeting notes in three bullet points for the team.'));
    repo.commit('base', { date: '2026-01-01T10:00:00Z' });
    repo.git('checkout', '-q', '-b', 'feature');
    // Renamed with a small change (git still sees a rename), version left at 1.0.0.
    repo.git('mv', 'prompts/billing.prompt', 'prompts/invoices.prompt');
    repo.write('prompts/invoices.prompt', prompt(`${body}\nAlways answer in English.`));
    // Renamed, version bumped: nothing to report.
    repo.git('mv', 'prompts/notes.prompt', 'prompts/meetings.prompt');
    repo.write('prompts/meetings.prompt', prompt('Summarize the meeting notes in three bullet points for the whole team.', '1.1.0'));
    repo.commit('rename', { date: '2026-01-02T10:00:00Z' });
    const run = check(repo, '--base', 'main', '--format', 'json');
    const rules = new Map(run.json().files.map((f) => [f.path, f.findings.map((x) => x.ruleId)]));
    assert.ok(rules.get('prompts/invoices.prompt')?.includes('version/not-bumped'), JSON.stringify([...rules]));
    assert.ok(!rules.get('prompts/meetings.prompt')?.some((r) => r.startsWith('version/')), JSON.stringify([...rules]));
  });

  it('after merging the target branch, its own changes are not the pull request’s', () => {
    const repo = make(featureRepo());
    repo.commit('commit the rest', { date: '2026-01-03T10:00:00Z' });
    repo.git('checkout', '-q', 'main');
    repo.write('prompts/a.prompt', prompt(`${EMAIL}\n${PHONE}`));
    repo.commit('main moves on', { date: '2026-01-04T10:00:00Z' });
    repo.git('checkout', '-q', 'feature');
    repo.merge('main', { date: '2026-01-05T10:00:00Z' });
    const pr = check(repo, '--base', 'main', '--format', 'json');
    const paths = pr.json().files.map((f) => f.path);
    assert.ok(!paths.includes('prompts/a.prompt'), `a.prompt changed on main only: ${paths.join(', ')}`);
    assert.ok(paths.includes('prompts/b.prompt'));
  });

  it('a shallow clone without the merge base: compares with the ref itself and says how to fetch history', () => {
    const origin = make(featureRepo());
    origin.commit('commit the rest', { date: '2026-01-03T10:00:00Z' });
    origin.git('checkout', '-q', 'main');
    origin.write('prompts/a.prompt', prompt(`${EMAIL}\n${PHONE}`));
    origin.commit('main moves on', { date: '2026-01-04T10:00:00Z' });
    const clone = make(origin.shallowClone(1, 'feature'));
    clone.git('fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main');
    assert.equal(clone.git('rev-parse', '--is-shallow-repository').trim(), 'true');
    const run = check(clone, '--base', 'origin/main', '--format', 'json');
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /no merge base in this shallow clone; comparing with origin\/main itself\. Fetch more history \(`fetch-depth: 0` in actions\/checkout\)/);
    // Compared with main's tip: a superset of the pull request's files (a.prompt differs too).
    const paths = run.json().files.map((f) => f.path);
    for (const p of ['prompts/b.prompt', 'prompts/c.prompt', 'prompts/a.prompt']) assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
  });

  it('a ref missing from a shallow clone is a note that explains shallow clones, and every file is checked', () => {
    const origin = make(featureRepo());
    origin.commit('rest');
    const clone = make(origin.shallowClone(1, 'feature'));
    const run = check(clone, '--base', 'origin/main');
    assert.notEqual(run.status, 2);
    assert.match(run.stderr, /Checking every file instead, without a base revision\./);
    assert.match(run.stdout, /pii\/email/);
    assert.match(run.stderr, /--base origin\/main: no such revision in this repository\. This is a shallow clone \(git clone --depth N\): the history needed is not here\. Fetch it with `git fetch --unshallow`/);
  });

  it('no repository or an unknown ref is a note (every file checked); --changed-lines-only alone and --stdin are usage errors', () => {
    const plain = mkdtempSync(join(tmpdir(), 'promptgov-nogit-'));
    try {
      writeFileSync(join(plain, 'a.prompt'), prompt('Hi.'));
      const outside = runCli(['check', '--base', 'main'], { cwd: plain, env: { ...GIT_ENV, GIT_CEILING_DIRECTORIES: tmpdir() } });
      assert.notEqual(outside.status, 2);
      assert.match(outside.stderr, /--base needs a git repository/);
      assert.match(outside.stderr, /Checking every file instead/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
    const repo = make(featureRepo());
    const unknown = check(repo, '--base', 'nope');
    assert.notEqual(unknown.status, 2);
    assert.match(unknown.stderr, /--base nope: no such revision in this repository\. Check the name/);
    const alone = check(repo, '--changed-lines-only');
    assert.equal(alone.status, 2);
    assert.match(alone.stderr, /--changed-lines-only goes with --base <ref>/);
    const stdin = runCli(['check', '--stdin', '--stdin-filename', 'x.prompt', '--base', 'main'], { cwd: repo.dir, env: GIT_ENV, stdin: prompt('Hi.') });
    assert.equal(stdin.status, 2);
  });

  it('the Markdown summary lists the governance changes versus the base', () => {
    const repo = new TempRepo();
    make(repo);
    repo.write('.promptgov.yaml', 'models:\n  approved: ["openai/gpt-4.1*", "openai/gpt-4o*"]\n');
    repo.write('prompts/a.prompt', prompt('Summarize.', '1.0.0'));
    repo.write('prompts/b.prompt', prompt('Translate.', '2.0.0'));
    repo.write('prompts/old.prompt', prompt('Old.'));
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('.promptgov.yaml', 'models:\n  approved: ["openai/gpt-4.1*", "openai/gpt-4o*"]\nexceptions:\n  - { rule: "pii/phone", files: ["prompts/a.prompt"], reason: "public hotline", approved_by: "@security", expires: 2099-12-31 }\n');
    repo.write('prompts/a.prompt', prompt('Summarize briefly.', '1.1.0', 'openai/gpt-4o'));
    repo.write('prompts/b.prompt', prompt('Translate into French.', '2.0.0'));
    repo.write('prompts/new.prompt', '---\nmodel: openai/gpt-4.1\nversion: 0.1.0\ndescription: a brand new prompt with nothing in common\n---\nClassify the sentiment of the review as positive, negative or neutral.\n');
    repo.remove('prompts/old.prompt');
    repo.commit('feature');
    const run = check(repo, '--base', 'main', '--format', 'markdown');
    assert.equal(run.status, 0, run.stderr);
    const out = run.stdout;
    assert.match(out, /### Governance changes since `main` \(`[0-9a-f]{12}`\)/);
    assert.match(out, /\*\*Prompts added\*\* \(1\)\n\n- `prompts\/new\.prompt`: added at version 0\.1\.0, model openai\/gpt-4\.1/);
    assert.match(out, /\*\*Prompts removed\*\* \(1\)\n\n- `prompts\/old\.prompt`: removed/);
    assert.match(out, /- `prompts\/a\.prompt`: version 1\.0\.0 → 1\.1\.0/);
    assert.match(out, /- `prompts\/a\.prompt`: model openai\/gpt-4\.1 → openai\/gpt-4o/);
    assert.match(out, /\*\*Content changed without a version bump\*\* \(1\)\n\n- `prompts\/b\.prompt`: content changed \(\+1 −1 lines\) without a version bump \(still 2\.0\.0\)/);
    assert.match(out, /\*\*Policy changes\*\* \(1\)\n\n- `\.promptgov\.yaml`: policy changed: exceptions/);
    assert.match(out, /\*\*Exceptions added\*\* \(1\)\n\n- `\.promptgov\.yaml`: exception added: pii\/phone, on prompts\/a\.prompt, "public hotline", approved by @security, expires 2099-12-31/);
  });
});
