/** `promptgov report` on a real repository: HTML and Markdown, the period from git or from an audit log. */
import assert from 'node:assert/strict';
import { buildCli, runCli } from './runCli';
import { GIT_ENV, type TempRepo } from './gitRepo';
import { reportRepo } from './reportRepo';

describe('promptgov report', function () {
  this.timeout(120_000);
  let repo: TempRepo;
  let first: string;
  before(() => {
    buildCli();
    ({ repo, first } = reportRepo());
  });
  after(() => repo.cleanup());

  it('writes a self-contained HTML report with every section and the changes since a revision', () => {
    const run = runCli(['report', '--since', first, '-o', 'out/report.html'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /report written to out\/report\.html \(3 prompts, \d+ findings\)\./);
    const html = repo.read('out/report.html');
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script|<link|@import|url\(/i);
    for (const section of ['findings', 'inventory', 'retention', 'exceptions', 'changes']) assert.ok(html.includes(`<section id="${section}">`), section);
    assert.match(html, /<td><code>prompts\/translate\.prompt<\/code><\/td><td>dotprompt<\/td><td>@i18n<\/td><td>0\.1\.0<\/td><td><code>anthropic\/claude-sonnet-4-20250514<\/code><\/td><td>secret_stuff<\/td>/);
    assert.match(html, /<td>customer_pii<\/td><td>30d<\/td><td class="num">1<\/td><td class="num">1<\/td><td><code>prompts\/support\.prompt<\/code>: retention 90d exceeds 30d<\/td>/);
    assert.match(html, /secret_stuff <span class="muted">\(not in the policy\)<\/span>/);
    // Exceptions by expiry: the expired policy exception first, the inline suppression, then the later one.
    const order = [...html.matchAll(/<span class="badge b-(expired|expiring|active|no-expiry)">[^<]+<\/span><\/td><td>([^<]+)<\/td>/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(order, ['expired 2025-01-31', 'active 2099-01-01', 'active 2099-03-31']);
    assert.match(html, /5 governance events in 2 commits since /);
    assert.match(html, /Grace Hopper<\/td><td>model-changed<\/td><td><code>prompts\/legacy\.prompt<\/code><\/td><td>model openai\/gpt-4\.1 → openai\/gpt-4o<\/td>/);
    assert.doesNotMatch(html, /jane\.doe@northwind-mail\.com|202-456-1111/);
  });

  it('--format markdown, --since a date', () => {
    const run = runCli(['report', '--format', 'markdown', '--since', '2026-01-15'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^# promptgov governance report — promptgov-report-/);
    assert.match(run.stdout, /## Changes of the period\n\n3 governance events in 1 commit since `2026-01-15`/);
    assert.match(run.stdout, /\| prompt-added \| `prompts\/translate\.prompt` \|/);
    assert.doesNotMatch(run.stdout, /model-changed/, 'the model change is before the date');
  });

  it('--audit takes the changes of the period from an audit log', () => {
    assert.equal(runCli(['audit', '-o', 'audit.jsonl'], { cwd: repo.dir, env: GIT_ENV }).status, 0);
    const run = runCli(['report', '--format', 'markdown', '--since', first, '--audit', 'audit.jsonl'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\| model-changed \| `prompts\/legacy\.prompt` \|/);
    assert.doesNotMatch(run.stdout, /policy-added/, 'events of the first commit are before the period');
  });

  it('without --since the report says how to add the changes; usage errors exit 2', () => {
    const run = runCli(['report', '-f', 'markdown'], { cwd: repo.dir, env: GIT_ENV });
    assert.match(run.stdout, /Run `promptgov report --since <ref\|date>`/);
    assert.equal(runCli(['report', '--since', 'nope'], { cwd: repo.dir, env: GIT_ENV }).status, 2);
    assert.equal(runCli(['report', '--format', 'pdf'], { cwd: repo.dir, env: GIT_ENV }).status, 2);
    assert.equal(runCli(['report', '--audit', 'x.jsonl'], { cwd: repo.dir, env: GIT_ENV }).status, 2);
  });
});
