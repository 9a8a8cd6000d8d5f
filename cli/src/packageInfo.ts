/**
 * Where the CLI runs from, and its version. The same code runs as the esbuild bundle
 * (`dist/cli/promptgov.js`) and from source (`cli/src/*.ts` through tsx), so files shipped with the
 * package (docs, the server bundle) are found by walking up from this file's folder to the package root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The root of the promptgov package (the folder of its `package.json` named `promptgov`), if found. */
export function packageRoot(): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'promptgov') return dir;
      } catch {
        // an unreadable manifest is not ours
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export function version(): string {
  const root = packageRoot();
  if (!root) return '0.0.0-unknown';
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0-unknown';
  } catch {
    return '0.0.0-unknown';
  }
}

/** A file shipped in the package, by its path relative to the package root, if it exists. */
export function packageFile(relativePath: string): string | undefined {
  const root = packageRoot();
  if (!root) return undefined;
  const file = join(root, relativePath);
  return existsSync(file) ? file : undefined;
}
