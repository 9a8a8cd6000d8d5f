/**
 * The file-system side of the core's I/O contracts: the `PolicyHost` the policy resolver reads policy
 * files through, and the path conventions of the CLI (absolute POSIX paths inside, paths relative to the
 * working directory in output).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { PolicyHost } from '../../shared/src/policy/resolve';

/** `p` with POSIX separators (a no-op on POSIX systems). */
export function toPosix(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** `p` with the platform's separators. */
export function fromPosix(p: string): string {
  return sep === '\\' ? p.replace(/\//g, '\\') : p;
}

/** `p` (relative to `cwd`, or absolute) as an absolute POSIX path. */
export function absolutePosix(cwd: string, p: string): string {
  return toPosix(resolve(cwd, p));
}

/** How a path is shown: relative to the working directory, POSIX separators. */
export function displayPath(cwd: string, absPosix: string): string {
  return toPosix(relative(cwd, fromPosix(absPosix))) || '.';
}

/**
 * The project root for `dir` (absolute POSIX): the nearest folder at or above it holding `.git`, or `dir`
 * itself outside a repository. Paths handed to the analysis are relative to it (see checker.ts).
 */
export function projectRoot(dir: string): string {
  let current = fromPosix(dir);
  for (;;) {
    if (existsSync(join(current, '.git'))) return toPosix(current);
    const parent = dirname(current);
    if (parent === current) return dir;
    current = parent;
  }
}

/** Removes a UTF-8 byte order mark decoded as U+FEFF. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads policy files for the resolver: `undefined` when the file does not exist or cannot be read.
 * Results are cached for the life of the host (one CLI run), since every prompt file asks about the same
 * parent folders.
 */
export function createNodeHost(): PolicyHost {
  const cache = new Map<string, string | undefined>();
  return {
    readFile(absPosixPath: string): string | undefined {
      if (cache.has(absPosixPath)) return cache.get(absPosixPath);
      let text: string | undefined;
      try {
        text = stripBom(readFileSync(fromPosix(absPosixPath), 'utf8'));
      } catch {
        text = undefined;
      }
      cache.set(absPosixPath, text);
      return text;
    },
  };
}
