/**
 * Runs the built CLI bundle (`dist/cli/promptgov.js`) as a child process, the way users run it.
 * `buildCli()` builds it once per test run (`node scripts/build.mjs`); with PROMPTGOV_TEST_NO_BUILD=1 the
 * bundle already in dist/ is used as it is (quicker while iterating on tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'promptgov.js');

let built = false;

/**
 * Builds the bundles with the project's build script. When another bundle of the script (server, client)
 * does not build at this moment, the CLI alone is built with esbuild so that the CLI tests still say
 * something about the CLI; the failure of the full build is printed.
 */
export function buildCli(): void {
  if (built) return;
  if (process.env.PROMPTGOV_TEST_NO_BUILD === '1' && existsSync(CLI_BUNDLE)) {
    built = true;
    return;
  }
  const full = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (full.status !== 0) {
    console.warn(`    (scripts/build.mjs failed; building the CLI bundle alone)\n${full.stderr}`);
    const script = `require('esbuild').buildSync({ absWorkingDir: ${JSON.stringify(REPO_ROOT)}, entryPoints: ['cli/src/main.ts'],
      outfile: 'dist/cli/promptgov.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'error' })`;
    const alone = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (alone.status !== 0) throw new Error(`The CLI bundle does not build:\n${alone.stderr}`);
  }
  if (!existsSync(CLI_BUNDLE)) throw new Error(`The build did not produce ${CLI_BUNDLE}`);
  built = true;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { cwd: string; stdin?: string | Buffer; env?: Record<string, string | undefined> }): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: '1', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const run = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: options.cwd,
    input: options.stdin ?? '',
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
