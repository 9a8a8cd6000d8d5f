/**
 * Shared set-up of the real-editor tests: installing what they need (install.sh), building the bundles,
 * throw-away workspaces, and running a program under a hard time limit. A missing dependency that cannot
 * be installed makes the test fail with a message saying what is missing: nothing is skipped silently.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER_JS = join(ROOT, 'dist', 'server', 'server.js');
export const E2E_CACHE = process.env.PROMPTGOV_E2E_CACHE ?? join(homedir(), '.cache', 'promptgov-e2e');
export const CODE_SERVER = process.env.CODE_SERVER ?? join(E2E_CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots and logs kept for people to look at (gitignored). */
export const ARTIFACTS = join(ROOT, 'test', '.artifacts');
/**
 * Run folders of the editors, removed after a passing run. Outside the repository on purpose: a policy
 * file or git repository above the test files would change what the server reports.
 */
export const RUNS = process.env.PROMPTGOV_E2E_RUNS ?? join(tmpdir(), 'promptgov-e2e-runs');

/** A fake but realistic address: the tests check that it is reported, then redacted. */
export const FAKE_EMAIL = 'jane.doe@northwind-mail.com';

export type Component = 'nvim' | 'emacs' | 'chromium' | 'code-server';

/** Runs test/e2e/install.sh for the components; throws with its explanation when it cannot install them. */
export function ensureInstalled(...components: Component[]): void {
  const r = spawnSync('bash', [join(ROOT, 'test', 'e2e', 'install.sh'), ...components], {
    encoding: 'utf8',
    timeout: 20 * 60_000,
    env: { ...process.env, PROMPTGOV_E2E_CACHE: E2E_CACHE },
  });
  if (r.status !== 0) {
    const why = r.error ? String(r.error) : `${r.stderr}`.trim().split('\n').slice(-8).join('\n');
    throw new Error(`The real-editor tests need ${components.join(', ')}, which test/e2e/install.sh could not install:\n${why}`);
  }
}

/** Builds dist/ when the server bundle is missing (`npm test` builds it before running the tests). */
export function ensureBuilt(): void {
  if (existsSync(SERVER_JS) && existsSync(join(ROOT, 'dist', 'client', 'extension.js'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0 || !existsSync(SERVER_JS)) throw new Error(`node scripts/build.mjs failed:\n${r.stdout}${r.stderr}`);
}

/** A fresh folder under .e2e/ holding `files`; removed by `cleanup` unless KEEP_E2E is set. */
export function workspace(prefix: string, files: Record<string, string>): { dir: string; cleanup(): void } {
  mkdirSync(RUNS, { recursive: true });
  const dir = mkdtempSync(join(RUNS, `${prefix}-`));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const cleanup = () => {
    if (process.env.KEEP_E2E) return;
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      console.warn(`could not remove ${dir}: ${String(error)}`);
    }
  };
  return { dir, cleanup };
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Runs a program in its own process group and kills the whole group after `timeoutMs`; resolves when it
 * exits. No shell is involved.
 */
export function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number; input?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end(options.input ?? '');
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** The JSON objects printed one per line by the editor scripts (other lines are ignored). */
export function jsonLines(text: string): Record<string, any>[] {
  const out: Record<string, any>[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    try {
      out.push(JSON.parse(t));
    } catch {
      // not one of ours
    }
  }
  return out;
}

/** An environment without c8's coverage hook (editors and browsers would write gigabytes into it). */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_V8_COVERAGE;
  delete env.NODE_OPTIONS;
  return env;
}

/** The Dotprompt file both terminal editors open: one email address in the system message. */
export const DOTPROMPT_WITH_EMAIL = [
  '---',
  'model: googleai/gemini-2.5-flash',
  '---',
  '{{role "system"}}',
  `You help customers of Northwind. Escalate to ${FAKE_EMAIL} when stuck.`,
  '{{role "user"}}',
  '{{question}}',
  '',
].join('\n');

/**
 * What an editor script (nvim/lsp.lua, emacs/eglot.el) must have printed, one JSON object per step: the
 * `pii/email` diagnostic on line 5 with a masked message, the code actions, the buffer after the
 * redaction fix, the diagnostic gone, and a last `{ ok: true }`.
 */
export function assertRedactionRun(r: RunResult): void {
  const lines = jsonLines(r.stdout);
  const report = `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr.slice(-2000)}`;
  assert.equal(r.timedOut, false, report);
  assert.equal(r.code, 0, report);

  const diagnostics = lines.find((l) => l.step === 'diagnostics')?.diagnostics ?? [];
  const email = diagnostics.find((d: { code: string }) => d.code === 'pii/email');
  assert.ok(email, report);
  assert.equal(email.source, 'promptgov');
  assert.equal(email.line, 4, 'the finding is on the fifth line');
  assert.ok(!String(email.message).includes(FAKE_EMAIL), 'the message masks the address');

  const actions = lines.find((l) => l.step === 'codeActions')?.actions ?? [];
  assert.ok(actions.length >= 2, `expected the fix and more actions, got ${JSON.stringify(actions)}`);
  const applied = lines.find((l) => l.step === 'applied');
  assert.ok(applied, report);
  assert.ok(!applied.text.includes(FAKE_EMAIL), 'the address is gone from the buffer');
  assert.match(applied.text, /Escalate to \[REDACTED_EMAIL\] when stuck\./);
  const cleared = lines.find((l) => l.step === 'cleared');
  assert.ok(cleared && !cleared.remaining.includes('pii/email'), report);
  assert.deepEqual(lines[lines.length - 1], { ok: true });
}
