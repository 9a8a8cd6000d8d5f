/**
 * `promptgov audit` and `audit verify` on real git repositories: the events of a history with a branch, a
 * merge, a rename and an expiring exception; appending continues the chain; tampering is found and the
 * line named; shallow clones are explained.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditLog, type AuditRecord } from '../../shared/src/governance/auditChain';
import { buildCli, runCli } from './runCli';
import { GIT_ENV, TempRepo } from './gitRepo';

const prompt = (version: string, model: string, body: string) => `---\nmodel: ${model}\nversion: ${version}\nowner: "@support"\n---\n${body}\n`;
const POLICY = 'models:\n  approved: ["openai/gpt-4.1*", "openai/gpt-4o*"]\n';

interface History {
  repo: TempRepo;
  commits: Record<string, string>;
}

/**
 * c1 main:    policy + support.prompt 1.0.0 (2026-01-01)
 * c2 feature: support.prompt 1.1.0, model gpt-4o (2026-01-02)
 * c3 main:    faq.prompt added (2026-01-03)
 * c4 main:    merge feature (2026-01-04)
 * c5 main:    faq.prompt content changed, version kept (2026-01-05)
 * c6 main:    support.prompt renamed to help.prompt; policy exception until 2026-01-20 (2026-01-06)
 * c7 main:    README only (2026-02-01): the exception has expired by then
 */
function history(): History {
  const repo = new TempRepo();
  const commits: Record<string, string> = {};
  repo.write('.promptgov.yaml', POLICY);
  repo.write('prompts/support.prompt', prompt('1.0.0', 'openai/gpt-4.1', 'Help the customer.'));
  commits.c1 = repo.commit('c1', { date: '2026-01-01T09:00:00Z', author: 'Ada Lovelace' });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('prompts/support.prompt', prompt('1.1.0', 'openai/gpt-4o', 'Help the customer.'));
  commits.c2 = repo.commit('c2', { date: '2026-01-02T09:00:00Z', author: 'Grace Hopper' });
  repo.git('checkout', '-q', 'main');
  repo.write('prompts/faq.prompt', prompt('1.0.0', 'openai/gpt-4.1', 'Answer from the FAQ.'));
  commits.c3 = repo.commit('c3', { date: '2026-01-03T09:00:00Z' });
  commits.c4 = repo.merge('feature', { date: '2026-01-04T09:00:00Z' });
  repo.write('prompts/faq.prompt', prompt('1.0.0', 'openai/gpt-4.1', 'Answer from the FAQ, in one paragraph.'));
  commits.c5 = repo.commit('c5', { date: '2026-01-05T09:00:00Z', author: 'Grace Hopper' });
  repo.git('mv', 'prompts/support.prompt', 'prompts/help.prompt');
  repo.write('.promptgov.yaml', `${POLICY}exceptions:\n  - { rule: "pii/phone", files: ["prompts/help.prompt"], reason: "hotline", approved_by: "@security", expires: 2026-01-20 }\n`);
  commits.c6 = repo.commit('c6', { date: '2026-01-06T09:00:00Z' });
  repo.write('README.md', 'docs\n');
  commits.c7 = repo.commit('c7', { date: '2026-02-01T09:00:00Z' });
  return { repo, commits };
}

const records = (text: string): AuditRecord[] => text.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditRecord);

describe('promptgov audit on git repositories', function () {
  this.timeout(120_000);
  before(() => buildCli());
  const repos: TempRepo[] = [];
  after(() => repos.forEach((r) => r.cleanup()));
  const make = (): History => {
    const h = history();
    repos.push(h.repo);
    return h;
  };

  it('writes one chained JSON line per governance event, with commit, author, time, file, before/after', () => {
    const { repo, commits } = make();
    const run = runCli(['audit'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(run.status, 0, run.stderr);
    const rs = records(run.stdout);
    const short = (id: string) => Object.entries(commits).find(([, c]) => c === id)?.[0];
    assert.deepEqual(
      rs.map((r) => [short(r.commit), r.type, r.file]),
      [
        ['c1', 'policy-added', '.promptgov.yaml'],
        ['c1', 'prompt-added', 'prompts/support.prompt'],
        ['c2', 'version-changed', 'prompts/support.prompt'],
        ['c2', 'model-changed', 'prompts/support.prompt'],
        ['c3', 'prompt-added', 'prompts/faq.prompt'],
        ['c5', 'content-changed-without-version-bump', 'prompts/faq.prompt'],
        ['c6', 'policy-changed', '.promptgov.yaml'],
        ['c6', 'exception-added', '.promptgov.yaml'],
        ['c6', 'prompt-renamed', 'prompts/help.prompt'],
        ['c7', 'exception-expired', '.promptgov.yaml'],
      ],
      'the merge (c4) brings nothing of its own; the exception expires at the first commit after 2026-01-20',
    );
    const version = rs[2];
    assert.deepEqual([version.author, version.time, version.before, version.after, version.detail], ['Grace Hopper', '2026-01-02T09:00:00Z', '1.0.0', '1.1.0', { direction: 'up' }]);
    assert.deepEqual(rs[6].detail, { sections: ['exceptions'] });
    assert.deepEqual(rs[8].before, 'prompts/support.prompt');
    assert.ok(verifyAuditLog(run.stdout).ok);
    assert.match(run.stderr, /10 events from 7 commits\./);
  });

  it('--from/--to select a range; appending continues the chain and skips recorded commits', () => {
    const { repo, commits } = make();
    const full = runCli(['audit'], { cwd: repo.dir, env: GIT_ENV }).stdout;
    const first = runCli(['audit', '--to', commits.c4, '-o', 'audit.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(first.status, 0, first.stderr);
    assert.equal(records(repo.read('audit.jsonl')).length, 5);
    const second = runCli(['audit', '--out', 'audit.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /commits already in the log skipped/);
    assert.equal(repo.read('audit.jsonl'), full, 'two appends give the log of one run');
    const again = runCli(['audit', '--out', 'audit.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.match(again.stderr, /^promptgov: 0 events/);
    assert.equal(repo.read('audit.jsonl'), full);
    const range = runCli(['audit', '--from', commits.c4, '--to', commits.c6], { cwd: repo.dir, env: GIT_ENV });
    assert.deepEqual(records(range.stdout).map((r) => r.type), ['content-changed-without-version-bump', 'policy-changed', 'exception-added', 'prompt-renamed']);
    const verify = runCli(['audit', 'verify', 'audit.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(verify.status, 0);
    assert.match(verify.stdout, /^audit\.jsonl: 10 records, chain intact \(head [0-9a-f]{16}…\)/);
  });

  it('audit verify names an edited, a removed and a reordered line; a broken log is not appended to', () => {
    const { repo } = make();
    runCli(['audit', '-o', 'audit.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    const lines = repo.read('audit.jsonl').trimEnd().split('\n');
    const write = (name: string, ls: string[]) => writeFileSync(join(repo.dir, name), `${ls.join('\n')}\n`);

    const edited = [...lines];
    edited[2] = edited[2].replace('"1.1.0"', '"1.0.1"');
    write('edited.jsonl', edited);
    const e = runCli(['audit', 'verify', 'edited.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(e.status, 1);
    assert.match(e.stdout, /^edited\.jsonl:3: edited: line 3 was edited: its content no longer matches its hash \(version-changed prompts\/support\.prompt at [0-9a-f]{12}\)\./m);

    write('removed.jsonl', [...lines.slice(0, 4), ...lines.slice(5)]);
    const r = runCli(['audit', 'verify', 'removed.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^removed\.jsonl:5: removed: the chain breaks before line 5/m);

    write('reordered.jsonl', [lines[0], lines[1], lines[3], lines[2], ...lines.slice(4)]);
    const o = runCli(['audit', 'verify', 'reordered.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(o.status, 1);
    assert.match(o.stdout, /^reordered\.jsonl:3: reordered: line 3 is out of order: in the chain it follows line 4, not line 2\./m);

    const before = readFileSync(join(repo.dir, 'edited.jsonl'), 'utf8');
    const append = runCli(['audit', '-o', 'edited.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(append.status, 1);
    assert.match(append.stderr, /edited\.jsonl:3: line 3 was edited/);
    assert.match(append.stderr, /the chain is broken; nothing appended/);
    assert.equal(readFileSync(join(repo.dir, 'edited.jsonl'), 'utf8'), before);
  });

  it('shallow clones: a note without --from, a clear error when --from is not in the clone', () => {
    const { repo, commits } = make();
    const clone = repo.shallowClone(1);
    repos.push(clone);
    const run = runCli(['audit'], { cwd: clone.dir, env: GIT_ENV });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /this is a shallow clone: the trail starts at the oldest commit present \([0-9a-f]{12}\), whose whole tree shows as added\. For the full history: git fetch --unshallow\./);
    const from = runCli(['audit', '--from', commits.c2], { cwd: clone.dir, env: GIT_ENV });
    assert.equal(from.status, 2);
    assert.match(from.stderr, /--from [0-9a-f]{40}: no such revision in this repository\. This is a shallow clone \(git clone --depth N\)/);
  });

  it('usage errors: verify without a file, a stray argument, an unknown --to', () => {
    const { repo } = make();
    assert.equal(runCli(['audit', 'verify'], { cwd: repo.dir, env: GIT_ENV }).status, 2);
    const stray = runCli(['audit', 'log.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(stray.status, 2);
    assert.match(stray.stderr, /Did you mean `promptgov audit verify log\.jsonl`\?/);
    const to = runCli(['audit', '--to', 'nope'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(to.status, 2);
    assert.match(to.stderr, /--to nope: no such revision/);
  });
});
