/**
 * Reading git history for pull-request mode, baselines' neighbours, the audit trail and the report: the
 * `git` program run with execFile (no shell), machine-readable output (`-z`, fixed formats), and errors
 * turned into sentences that say what to do, shallow CI clones included.
 */
import { execFileSync } from 'node:child_process';
import type { CommitEntry, FileChange, HistoryReader } from '../../shared/src/governance/auditWalk';
import { UsageError } from './errors';

/** Files above this size are not read from history (a prompt is never that large). */
const MAX_BLOB_BYTES = 5 * 1024 * 1024;

export class GitFailure extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitFailure';
  }
}

/** Runs git in `cwd`; returns stdout as bytes. Throws GitFailure on a non-zero exit, UsageError when git is missing. */
export function gitBytes(cwd: string, args: readonly string[], input?: string): Buffer {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=false', '-c', 'color.ui=false', ...args], {
      cwd,
      input,
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { status?: number | null; stderr?: Buffer };
    if (e.code === 'ENOENT') throw new UsageError('git was not found on the PATH; install git to use --base, audit or report --since.');
    const stderr = e.stderr ? e.stderr.toString('utf8') : '';
    throw new GitFailure(`git ${args.join(' ')} failed: ${stderr.trim() || e.message}`, e.status ?? null, stderr);
  }
}

export function git(cwd: string, args: readonly string[]): string {
  return gitBytes(cwd, args).toString('utf8');
}

/** The top folder of the repository holding `cwd` (POSIX), or undefined outside a repository. */
export function repositoryRoot(cwd: string): string | undefined {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).trim() || undefined;
  } catch (error) {
    if (error instanceof GitFailure) return undefined;
    throw error;
  }
}

/** Like `repositoryRoot`, but a usage error outside a repository. */
export function requireRepository(cwd: string, what: string): string {
  const root = repositoryRoot(cwd);
  if (!root) throw new UsageError(`${what} needs a git repository, and ${cwd} is not inside one.`);
  return root;
}

export function isShallow(root: string): boolean {
  try {
    return git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  } catch {
    return false;
  }
}

/** The full commit id a revision names, or undefined when it names none. */
export function resolveCommit(root: string, ref: string): string | undefined {
  if (ref.startsWith('-')) return undefined;
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim() || undefined;
  } catch (error) {
    if (error instanceof GitFailure) return undefined;
    throw error;
  }
}

const SHALLOW_ADVICE =
  'This is a shallow clone (git clone --depth N): the history needed is not here. Fetch it with `git fetch --unshallow` (or `git fetch --deepen=50`), or in GitHub Actions use actions/checkout with `fetch-depth: 0`.';

/** A revision the user named: its commit id, or a usage error that says why it cannot be found. */
export function requireCommit(root: string, ref: string, option: string): string {
  const commit = resolveCommit(root, ref);
  if (commit) return commit;
  const shallow = isShallow(root) ? ` ${SHALLOW_ADVICE}` : ' Check the name (a branch, tag or commit; remote branches need `git fetch` first).';
  throw new UsageError(`${option} ${ref}: no such revision in this repository.${shallow}`);
}

/** Parses `--name-status -z` output. */
export function parseNameStatus(out: string): FileChange[] {
  const parts = out.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    if (!status) continue;
    const letter = status[0];
    if (letter === 'R' || letter === 'C') {
      const oldPath = parts[i++];
      const path = parts[i++];
      if (letter === 'R') changes.push({ status: 'R', path, oldPath });
      else changes.push({ status: 'A', path });
    } else {
      const path = parts[i++];
      if (path === undefined) break;
      changes.push({ status: letter === 'A' ? 'A' : letter === 'D' ? 'D' : 'M', path });
    }
  }
  return changes;
}

/**
 * Files changed between `base` and the working tree (committed, staged and unstaged changes, renames
 * detected), plus untracked files that are not ignored. Paths are relative to the repository root.
 */
export function changedSince(root: string, base: string): FileChange[] {
  const tracked = parseNameStatus(git(root, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', base, '--']));
  const untracked = git(root, ['ls-files', '-z', '--others', '--exclude-standard'])
    .split('\0')
    .filter(Boolean)
    .map((path): FileChange => ({ status: 'A', path }));
  const seen = new Set(tracked.map((c) => c.path));
  return [...tracked, ...untracked.filter((c) => !seen.has(c.path))];
}

/** Lines (1-based) added or changed per file between `base` and the working tree; `'all'` for new files. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

export function changedLinesSince(root: string, base: string): ChangedLines {
  const out: ChangedLines = new Map();
  const diff = git(root, ['diff', '-U0', '-M', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', base, '--']);
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') {
        current = undefined;
        continue;
      }
      const path = unquote(target).replace(/^b\//, '');
      current = new Set<number>();
      out.set(path, current);
      continue;
    }
    if (line.startsWith('@@') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  for (const c of changedSince(root, base)) if (c.status === 'A') out.set(c.path, 'all');
  return out;
}

/** Git's C-style quoted path (`"a\tb"`, octal escapes for bytes) back to text. */
export function unquote(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const body = text.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[++i];
    if (next >= '0' && next <= '7') {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * The commits of `from..to` (or of all history up to `to`), oldest first, each after its parents (by date
 * where branches run side by side).
 * In a shallow clone, a usage error when `from` is not in it, and a note-worthy flag when the history
 * up to `to` is cut (`truncated`).
 */
export function commitsBetween(root: string, from: string | undefined, to: string): CommitEntry[] {
  const range = from ? `${from}..${to}` : to;
  const out = git(root, ['log', '--reverse', '--date-order', '--format=%H%x1f%P%x1f%an%x1f%at%x1e', range, '--']);
  const commits: CommitEntry[] = [];
  for (const record of out.split('\x1e')) {
    const t = record.replace(/^\n/, '');
    if (!t.trim()) continue;
    const [commit, parents, author, at] = t.split('\x1f');
    commits.push({
      commit: commit.trim(),
      parents: parents.trim() ? parents.trim().split(' ') : [],
      author: author ?? '',
      time: isoTime(Number(at)),
    });
  }
  return commits;
}

/** `2026-03-01T09:30:00Z` from Unix seconds. */
export function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The last commit at or before a date (YYYY-MM-DD, start of that day UTC), on the history of `to`. */
export function commitBefore(root: string, date: string, to = 'HEAD'): string | undefined {
  const out = git(root, ['rev-list', '-1', `--before=${date}T00:00:00Z`, to, '--']).trim();
  return out || undefined;
}

/** The first commit of the history of `to` (its root; in a shallow clone, the oldest commit present). */
export function oldestCommit(root: string, to = 'HEAD'): string | undefined {
  const out = git(root, ['rev-list', '--max-parents=0', to, '--']).trim().split('\n');
  return out[out.length - 1] || undefined;
}

/** Reads history through git, with caches (one audit asks for the same blobs several times). */
export function gitHistoryReader(root: string): HistoryReader {
  const files = new Map<string, string | undefined>();
  return {
    listFiles(commit) {
      return git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '--']).split('\0').filter(Boolean);
    },
    readFile(commit, path) {
      const key = `${commit}:${path}`;
      if (files.has(key)) return files.get(key);
      const text = readBlob(root, commit, path);
      files.set(key, text);
      return text;
    },
    changes(from, to) {
      const args = from ? ['diff-tree', '-r', '-z', '-M', '--name-status', '--no-commit-id', from, to] : ['diff-tree', '-r', '-z', '-M', '--name-status', '--no-commit-id', '--root', to];
      return parseNameStatus(git(root, args));
    },
  };
}

/** A file's text at a commit; undefined when it is absent, binary or larger than the limit. */
export function readBlob(root: string, commit: string, path: string): string | undefined {
  let bytes: Buffer;
  try {
    const size = Number(git(root, ['cat-file', '-s', `${commit}:${path}`]).trim());
    if (!Number.isFinite(size) || size > MAX_BLOB_BYTES) return undefined;
    bytes = gitBytes(root, ['cat-file', 'blob', `${commit}:${path}`]);
  } catch (error) {
    if (error instanceof GitFailure) return undefined;
    throw error;
  }
  if (bytes.includes(0)) return undefined;
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
