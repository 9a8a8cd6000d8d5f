/**
 * `npm run test:desktop`: the same extension test suite as the code-server tests (test/e2e/vscode-suite/),
 * run in VS Code desktop through @vscode/test-electron 2.5 (3.x needs Node 22). It downloads VS Code
 * stable, so it needs access to update.code.visualstudio.com; `VSCODE_EXECUTABLE=/path/to/code` uses an
 * installed VS Code instead. Without either it fails at once with a message, it never hangs: the download
 * has an idle timeout and the whole run a hard limit.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { promptWorkspace } from '../fixtures';
import { E2E_CACHE, ROOT } from '../support';

const HARD_LIMIT_MS = Number(process.env.TEST_DESKTOP_TIMEOUT_MS ?? 15 * 60_000);

function fail(message: string): never {
  console.error(`test:desktop: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const limit = setTimeout(() => fail(`no result after ${HARD_LIMIT_MS / 1000} s; stopped.`), HARD_LIMIT_MS);
  limit.unref();
  let executable = process.env.VSCODE_EXECUTABLE;
  if (!executable) {
    try {
      executable = await downloadAndUnzipVSCode({ version: 'stable', timeout: 30_000, cachePath: join(E2E_CACHE, 'vscode-test') });
    } catch (error) {
      fail(
        `could not download VS Code (${error instanceof Error ? error.message : String(error)}).\n` +
          'This machine cannot reach update.code.visualstudio.com. Run `npm run test:desktop` where it can, or set\n' +
          'VSCODE_EXECUTABLE=/path/to/code to use an installed VS Code. In this environment the same suite runs in\n' +
          'code-server: `npm run test:e2e`.',
      );
    }
  }
  const ws = promptWorkspace('desktop');
  const userData = mkdtempSync(join(tmpdir(), 'promptgov-desktop-user-'));
  try {
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'test', 'e2e', 'vscode-suite', 'index.js'),
      launchArgs: [ws.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`],
    });
    if (code !== 0) fail(`the extension tests failed (exit code ${code}).`);
    console.log('test:desktop: the extension tests passed in VS Code desktop.');
    ws.cleanup();
  } catch (error) {
    fail(`the extension tests did not run: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(0);
}

void main();
