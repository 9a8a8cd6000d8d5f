/**
 * code-server (VS Code 1.100 for the browser, with a Node extension host on this machine) driven by
 * Debian's Chromium through playwright-core: isolated run folders, start/stop in its own process group,
 * installing a .vsix, and running an extension test suite the way VS Code runs its own browser
 * integration tests (`extensionDevelopmentPath` + `extensionTestsPath` in the `payload` URL parameter,
 * `window.codeAutomationExit` called when the suite's `run()` settles).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CODE_SERVER, RUNS, cleanEnv } from './support';

export interface RunDirs {
  root: string;
  userData: string;
  extensions: string;
  chrome: string;
  env: NodeJS.ProcessEnv;
}

/** A fresh run folder; code-server and Chromium keep everything they write inside it. */
export function runDirs(prefix: string, settings: Record<string, unknown> = {}): RunDirs {
  mkdirSync(RUNS, { recursive: true });
  const root = mkdtempSync(join(RUNS, `${prefix}-`));
  const dirs = {
    root,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    chrome: join(root, 'chrome'),
    env: cleanEnv({
      XDG_CONFIG_HOME: join(root, 'xdg', 'config'),
      XDG_DATA_HOME: join(root, 'xdg', 'data'),
      XDG_CACHE_HOME: join(root, 'xdg', 'cache'),
      // No extension marketplace: point code-server's gallery at a closed loopback port so that it never
      // looks up a host on the internet.
      EXTENSIONS_GALLERY: JSON.stringify({
        serviceUrl: 'http://127.0.0.1:9/gallery',
        itemUrl: 'http://127.0.0.1:9/items',
        resourceUrlTemplate: 'http://127.0.0.1:9/resource/{publisher}/{name}/{version}/{path}',
      }),
    }),
  };
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'chat.commandCenter.enabled': false,
        'window.restoreWindows': 'none',
        ...settings,
      },
      null,
      2,
    ),
  );
  return dirs;
}

/** `code-server --install-extension <vsix>` into the run's extensions folder. */
export function installExtension(dirs: RunDirs, vsix: string): { status: number | null; output: string } {
  const r = spawnSync(CODE_SERVER, ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix], {
    env: dirs.env,
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}` };
}

export interface CodeServer {
  base: string;
  port: number;
  logFile: string;
  /** Ends code-server's process group (extension host and language servers included) and waits for it. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Starts code-server on a free loopback port and waits for `/healthz`. */
export async function startCodeServer(dirs: RunDirs, folder?: string): Promise<CodeServer> {
  const port = await freePort();
  const logFile = join(dirs.root, 'code-server.log');
  const log = openSync(logFile, 'w');
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--config', join(dirs.root, 'config.yaml'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...(folder ? [folder] : []),
  ];
  // its own process group, so that stop() ends the extension host and the language server too
  const child: ChildProcess = spawn(CODE_SERVER, args, { env: dirs.env, stdio: ['ignore', log, log], detached: true });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => {
    exited = true;
    resolve();
  }));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // gone already
    }
  };
  const stop = async () => {
    if (!exited) {
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    }
    // the group may outlive its leader for a moment (extension host, language server)
    kill('SIGKILL');
  };
  process.once('exit', () => kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (exited) throw new Error(`code-server exited at start; see ${logFile}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, port, logFile, stop };
}

/** Headless Debian Chromium with an empty profile inside the run folder. */
export async function openBrowser(dirs: RunDirs, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dirs.chrome, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    viewport,
    env: dirs.env as Record<string, string>,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

export interface ExtensionTestResult {
  /** What `run()` settled with: 0 passed, 1 failed; `timeout` when it never settled. */
  exitCode: number | 'timeout';
  /** The extension host's console output, in order. */
  log: string[];
  runDir: string;
}

/**
 * Runs an extension test suite (a module exporting `run(): Promise<void>`) inside code-server's extension
 * host, with `extensionDevelopmentPath` loaded as an extension and `workspace` opened.
 */
export async function runExtensionTests(options: {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  workspace: string;
  timeoutMs: number;
  settings?: Record<string, unknown>;
}): Promise<ExtensionTestResult> {
  const dirs = runDirs('cs-tests', options.settings);
  const server = await startCodeServer(dirs);
  const log: string[] = [];
  let context: BrowserContext | undefined;
  let passed = false;
  try {
    const browser = await openBrowser(dirs);
    context = browser.context;
    const { page } = browser;
    const done = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
      void page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        const line = format(...((args ?? []) as [unknown, ...unknown[]]));
        log.push(type === 'log' || type === 'info' ? line : `[${type}] ${line}`);
      });
    });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(options.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(`${server.base}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(payload)}`);
    let timer: NodeJS.Timeout | undefined;
    const exitCode = await Promise.race([
      done,
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs))),
    ]);
    clearTimeout(timer);
    passed = exitCode === 0;
    return { exitCode, log, runDir: dirs.root };
  } finally {
    await context?.close().catch(() => undefined);
    await server.stop();
    if (passed && !process.env.KEEP_E2E) removeRunDir(dirs.root);
  }
}

/** Removes a run folder; a failure to clean up never fails a test. */
export function removeRunDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (error) {
    console.warn(`could not remove ${dir}: ${String(error)}`);
  }
}
