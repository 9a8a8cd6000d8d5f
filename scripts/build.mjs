#!/usr/bin/env node
// Bundles the CLI, the language server and the VS Code extension with esbuild (one file each, no
// node_modules needed at run time). Runs on `npm ci` (prepare) so that `npx promptgov` works on a fresh clone.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');

const targets = [
  { entry: 'cli/src/main.ts', outfile: 'dist/cli/promptgov.js' },
  { entry: 'server/src/main.ts', outfile: 'dist/server/server.js' },
  { entry: 'client/src/extension.ts', outfile: 'dist/client/extension.js', external: ['vscode'] },
];

const started = Date.now();
const built = [];
for (const t of targets) {
  if (!existsSync(join(root, t.entry))) continue;
  await build({
    absWorkingDir: root,
    entryPoints: [t.entry],
    outfile: t.outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    minify: !watch && process.env.PROMPTGOV_MINIFY === '1',
    external: t.external ?? [],
    logLevel: 'warning',
    legalComments: 'none',
  });
  built.push(t.outfile);
}
console.log(`build: ${built.join(', ') || 'nothing to build'} (${Date.now() - started} ms)`);
