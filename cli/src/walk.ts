/**
 * Finding the files to check: the paths named on the command line, and every file under the folders
 * named there, minus what `.gitignore` files ignore (nested ones too, as git reads them) and minus
 * `node_modules` and `.git`, always. Symbolic links are followed, but each folder is entered once (by
 * its real path), so a link loop cannot make the walk run forever. The result is sorted, so that output
 * does not depend on the order the file system lists folders in.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { absolutePosix, fromPosix, toPosix } from './nodeHost';

/** Folder names never entered. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export interface WalkEntry {
  /** Absolute POSIX path. */
  path: string;
  /** Named on the command line (not found by walking a folder). */
  explicit: boolean;
}

export interface WalkResult {
  /** Files, sorted by path, each once. */
  files: WalkEntry[];
  /** Command-line paths that do not exist, as given. */
  missing: string[];
  /** Command-line folders that a `.gitignore` ignores (not walked), as given. */
  ignored: string[];
}

export interface WalkOptions {
  cwd: string;
  /** Honour `.gitignore` files (default true). */
  gitignore?: boolean;
}

/** One `.gitignore` file: its patterns apply to paths under `base`. */
interface IgnoreLevel {
  base: string;
  matcher: Ignore;
}

export function walk(paths: readonly string[], options: WalkOptions): WalkResult {
  const useGitignore = options.gitignore ?? true;
  const found = new Map<string, WalkEntry>();
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const missing: string[] = [];
  const ignored: string[] = [];

  const addFile = (path: string, explicit: boolean): void => {
    const real = realPath(path);
    const existing = found.get(path);
    if (existing) {
      existing.explicit ||= explicit;
      return;
    }
    // Two links to one file are checked once (under the first name met); an explicit name always counts.
    if (seenFiles.has(real) && !explicit) return;
    seenFiles.add(real);
    found.set(path, { path, explicit });
  };

  // Folders are walked from a work list, not by recursion (no depth limit). Symbolic links are followed
  // only once every real folder is walked, so that a file reachable both ways keeps its real path.
  const pending: { dir: string; levels: readonly IgnoreLevel[] }[] = [];
  const links: { path: string; name: string; levels: readonly IgnoreLevel[] }[] = [];

  const visitDir = (dir: string, levels: readonly IgnoreLevel[]): void => {
    const real = realPath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const here = useGitignore ? readGitignore(dir) : undefined;
    const active = here ? [...levels, here] : levels;
    let entries: Dirent[];
    try {
      entries = readdirSync(fromPosix(dir), { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to check in it
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = dir.endsWith('/') ? `${dir}${entry.name}` : `${dir}/${entry.name}`;
      if (entry.isSymbolicLink()) links.push({ path, name: entry.name, levels: active });
      else if (entry.isDirectory()) visitChildDir(path, entry.name, active);
      else if (entry.isFile() && !isIgnored(active, path, false)) addFile(path, false);
    }
  };

  const visitChildDir = (path: string, name: string, levels: readonly IgnoreLevel[]): void => {
    if (ALWAYS_SKIPPED.has(name) || isIgnored(levels, path, true)) return;
    pending.push({ dir: path, levels });
  };

  const drain = (): void => {
    for (;;) {
      const next = pending.pop();
      if (next) {
        visitDir(next.dir, next.levels);
        continue;
      }
      const link = links.shift();
      if (!link) return;
      let stat;
      try {
        stat = statSync(fromPosix(link.path));
      } catch {
        continue; // dangling link
      }
      if (stat.isDirectory()) visitChildDir(link.path, link.name, link.levels);
      else if (stat.isFile() && !isIgnored(link.levels, link.path, false)) addFile(link.path, false);
    }
  };

  for (const given of paths) {
    const path = absolutePosix(options.cwd, given);
    let stat;
    try {
      stat = statSync(fromPosix(path));
    } catch {
      missing.push(given);
      continue;
    }
    if (stat.isDirectory()) {
      const levels = useGitignore ? ancestorGitignores(path, absolutePosix(options.cwd, '.')) : [];
      // As git does: an ignored folder is ignored whole, even when named (`--no-gitignore` walks it).
      if (isIgnored(levels, path, true)) ignored.push(given);
      else {
        visitDir(path, levels);
        drain();
      }
    } else {
      addFile(path, true);
    }
  }

  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, missing, ignored };
}

/**
 * The `.gitignore` files of the folders above `dir` that apply to it: up to the repository root (the
 * folder holding `.git`), or, outside a repository, up to the working directory when `dir` is inside it.
 * Outermost first, as git applies them.
 */
function ancestorGitignores(dir: string, cwd: string): IgnoreLevel[] {
  if (existsSync(join(fromPosix(dir), '.git'))) return []; // a repository root: nothing above applies
  const above: string[] = []; // nearest first
  let repositoryRoot: string | undefined;
  for (let current = parentOf(dir); current !== undefined; current = parentOf(current)) {
    above.push(current);
    if (existsSync(join(fromPosix(current), '.git'))) {
      repositoryRoot = current;
      break;
    }
  }
  const folders = repositoryRoot ? above : above.filter((f) => isInside(f, cwd));
  const levels: IgnoreLevel[] = [];
  for (const folder of folders.reverse()) {
    const level = readGitignore(folder);
    if (level) levels.push(level);
  }
  return levels;
}

function parentOf(path: string): string | undefined {
  const parent = toPosix(dirname(fromPosix(path)));
  return parent === path ? undefined : parent;
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

function readGitignore(dir: string): IgnoreLevel | undefined {
  let text: string;
  try {
    text = readFileSync(join(fromPosix(dir), '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { base: dir, matcher: ignore().add(text) };
}

/** Git's rule: the deepest `.gitignore` that says something about the path decides; `!x` re-includes. */
function isIgnored(levels: readonly IgnoreLevel[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const prefix = level.base.endsWith('/') ? level.base : `${level.base}/`;
    if (!path.startsWith(prefix)) continue;
    const rel = path.slice(prefix.length) + (isDir ? '/' : '');
    try {
      const result = level.matcher.test(rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    } catch {
      // a name the ignore package refuses (it never is for paths built here): not ignored
    }
  }
  return ignored;
}

function realPath(path: string): string {
  try {
    return toPosix(realpathSync(fromPosix(path)));
  } catch {
    return path;
  }
}
