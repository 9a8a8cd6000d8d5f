/**
 * What the build (scripts/build.mjs) ships besides the bundles' code, and what start-up relies on:
 * ASCII-only bundles (Node decodes a non-ASCII file to UTF-16 before compiling it), the token ranks as side
 * files (`dist/tiktoken/*.json`, not in the bundles, found from a copy of `dist/` with no node_modules near
 * it), the .vsix keeping them, and the loaders' V8 code cache (written at exit, then used as it is).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { buildCli, REPO_ROOT } from '../cli/runCli';
import { GIT_ENV, TempRepo } from '../cli/gitRepo';
import { SUPPORT_PROMPT } from '../lsp/fixtures';

const DIST = join(REPO_ROOT, 'dist');
const BUNDLES = ['cli/main.js', 'cli/promptgov.js', 'server/main.js', 'server/server.js', 'client/extension.js'];

describe('bundles and side files', function () {
  this.timeout(120_000);
  let scratch: string;

  before(() => {
    buildCli();
    scratch = mkdtempSync(join(tmpdir(), 'promptgov-bundle-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('are ASCII-only', () => {
    for (const bundle of BUNDLES) {
      const bytes = readFileSync(join(DIST, bundle));
      const at = bytes.findIndex((b) => b > 0x7f);
      assert.equal(at, -1, `${bundle} has a non-ASCII byte at ${at}`);
    }
  });

  it('leave the token ranks out of the bundles and ship them as dist/tiktoken/*.json', () => {
    const sample = (o200k as { bpe_ranks: string }).bpe_ranks.slice(0, 40);
    for (const bundle of BUNDLES) assert.ok(!readFileSync(join(DIST, bundle), 'latin1').includes(sample), `${bundle} holds the ranks`);
    for (const name of ['o200k_base', 'cl100k_base']) {
      const data = JSON.parse(readFileSync(join(DIST, 'tiktoken', `${name}.json`), 'utf8')) as { pat_str: string; bpe_ranks: string };
      assert.equal(typeof data.pat_str, 'string');
      assert.ok(data.bpe_ranks.length > 500_000);
    }
    const ignore = readFileSync(join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const kept of ['!dist/server/server.js', '!dist/server/main.js', '!dist/tiktoken/*.json']) assert.ok(ignore.includes(kept), `.vscodeignore does not keep ${kept}`);
  });

  it('count tokens exactly from the side files, from a copy of dist/ with no node_modules near it', () => {
    const copy = join(scratch, 'pkg', 'dist');
    mkdirSync(copy, { recursive: true });
    cpSync(join(DIST, 'cli', 'promptgov.js'), join(copy, 'cli', 'promptgov.js'));
    cpSync(join(DIST, 'cli', 'main.js'), join(copy, 'cli', 'main.js'));
    cpSync(join(DIST, 'tiktoken'), join(copy, 'tiktoken'), { recursive: true });
    const project = join(scratch, 'project');
    mkdirSync(join(project, '.git'), { recursive: true });
    writeFileSync(join(project, '.promptgov.yaml'), 'budgets:\n  max_prompt_tokens: 5\n');
    const body = 'You are a helpful assistant who answers questions about the weather in Paris, politely.';
    writeFileSync(join(project, 'a.prompt'), `---\nmodel: openai/gpt-4o\n---\n{{role "system"}}\n${body}\n`);
    const run = spawnSync(process.execPath, [join(copy, 'cli', 'promptgov.js'), 'check', 'a.prompt', '--format', 'json'], { cwd: project, encoding: 'utf8' });
    const finding = (JSON.parse(run.stdout) as { files: { findings: { ruleId: string; evidence: { tokens: number; approximate: boolean } }[] }[] }).files[0].findings.find((f) => f.ruleId === 'budget/prompt-tokens');
    assert.ok(finding, run.stdout + run.stderr);
    assert.equal(finding.evidence.approximate, false, 'the tokenizer did not load from the side file');
    assert.equal(finding.evidence.tokens, new Tiktoken(o200k).encode(`${body}\n`, [], []).length);
  });

  it('start through a loader that writes a V8 code cache at exit and then uses it', () => {
    const copy = join(scratch, 'cache', 'dist');
    mkdirSync(join(copy, 'server'), { recursive: true });
    for (const f of ['server.js', 'main.js']) cpSync(join(DIST, 'server', f), join(copy, 'server', f));
    const caches = () => readdirSync(join(copy, 'server')).filter((f) => f.endsWith('.cache'));
    // With its input at an end (no `shutdown` first), the server exits with status 1, as LSP asks.
    const start = () => {
      const run = spawnSync(process.execPath, [join(copy, 'server', 'server.js'), '--stdio'], { input: '', encoding: 'utf8', timeout: 60_000 });
      assert.equal(run.status, 1, run.stderr);
      assert.equal(run.stderr, '');
    };
    start();
    assert.deepEqual(caches(), [`main.js.${process.version}-${process.arch}-v8-${process.versions.v8}.cache`]);
    const cache = join(copy, 'server', caches()[0]);
    const written = statSync(cache).mtimeMs;
    start();
    assert.equal(statSync(cache).mtimeMs, written, 'the cache was rejected and written again');
    // A cache that does not fit (another bundle) is replaced; the server starts all the same.
    writeFileSync(cache, 'not a code cache');
    start();
    assert.ok(statSync(cache).size > 1000);
    assert.ok(existsSync(join(copy, 'server', 'main.js')));
  });

  it('write a cache that the next start uses, also from a process that outlived the start-up flags', async () => {
    // The loader compiles under start-up V8 flags and restores the defaults after a few seconds; V8 rejects a
    // cache made under other flags than it is read with, so a cache written late must be made under the
    // start-up flags all the same.
    const copy = join(scratch, 'late', 'dist');
    mkdirSync(join(copy, 'server'), { recursive: true });
    for (const f of ['server.js', 'main.js']) cpSync(join(DIST, 'server', f), join(copy, 'server', f));
    const child = spawn(process.execPath, [join(copy, 'server', 'server.js'), '--stdio'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    child.stdin.end();
    assert.equal(await exited, 1, stderr);
    const cache = join(copy, 'server', readdirSync(join(copy, 'server')).find((f) => f.endsWith('.cache'))!);
    const written = statSync(cache).mtimeMs;
    const run = spawnSync(process.execPath, [join(copy, 'server', 'server.js'), '--stdio'], { input: '', encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(statSync(cache).mtimeMs, written, 'the cache was rejected and written again');
  });

  it('load crypto and child_process at their first use, not at start', () => {
    const probe = [
      `require(${JSON.stringify(join(DIST, 'server', 'server.js'))});`,
      "const loaded = ['crypto', 'child_process', 'fs/promises'].filter((m) => process.moduleLoadList.includes(`NativeModule ${m}`));",
      "require('node:fs').writeSync(2, JSON.stringify(loaded));",
      'process.exit(0);',
    ].join('\n');
    const script = join(scratch, 'builtins.js');
    writeFileSync(script, probe);
    const run = spawnSync(process.execPath, [script, '--stdio'], { input: '', encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stderr), []);
  });

  it('run git through the stand-in for child_process, and write a usable cache after the first check ends start-up', async () => {
    // The first check ends the loader's start-up V8 flags; the cache written at exit must still be made under
    // them, else the next start rejects it. The version notes need git, which the server starts through the
    // stand-in the build puts in place of `child_process`.
    const copy = join(scratch, 'checked', 'dist');
    mkdirSync(join(copy, 'server'), { recursive: true });
    for (const f of ['server.js', 'main.js']) cpSync(join(DIST, 'server', f), join(copy, 'server', f));
    const repo = new TempRepo('promptgov-bundle-git-');
    try {
      repo.write('support.prompt', SUPPORT_PROMPT).commit('base');
      const child = spawn(process.execPath, [join(copy, 'server', 'server.js'), '--stdio'], { cwd: repo.dir, env: { ...process.env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      const uri = pathToFileURL(join(repo.dir, 'support.prompt')).toString();
      const codes: string[][] = [];
      const notBumped = new Promise<void>((resolve) =>
        conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code?: string }[] }) => {
          if (p.uri !== uri) return;
          codes.push(p.diagnostics.map((d) => String(d.code)));
          if (codes.at(-1)!.includes('version/not-bumped')) resolve();
        }),
      );
      conn.onRequest(() => null);
      conn.listen();
      await conn.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(repo.dir).toString(), capabilities: {}, initializationOptions: { settings: { baseRef: 'HEAD' } } });
      await conn.sendNotification('initialized', {});
      const text = SUPPORT_PROMPT.replace('You are a support agent.', 'You are a billing support agent.');
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotprompt', version: 1, text } });
      await notBumped;
      assert.ok(!codes[0].includes('version/not-bumped'), 'the first check ran before git answered');
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      assert.equal(await exited, 0, stderr);
      conn.dispose();
    } finally {
      repo.cleanup();
    }
    const cache = join(copy, 'server', readdirSync(join(copy, 'server')).find((f) => f.endsWith('.cache'))!);
    const written = statSync(cache).mtimeMs;
    const run = spawnSync(process.execPath, [join(copy, 'server', 'server.js'), '--stdio'], { input: '', encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(statSync(cache).mtimeMs, written, 'the cache was rejected and written again');
  });
});
