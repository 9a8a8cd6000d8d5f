/**
 * The text of a file at a base revision, for version-change notes (`CheckEnvironment.baseText`).
 * Git is run as the `git` program (execFile, no shell), with repository hooks that could run code
 * (`core.fsmonitor`) turned off; the revision comes from settings and may not start with `-`.
 * Outside a repository, or when git is missing, the answer is `undefined` (no comparison); a file the
 * revision does not have gives `null` (a new file).
 */
import type * as ChildProcess from 'node:child_process';
import { basename, dirname } from 'node:path';
import { fromPosix } from './uri';

/** Loaded at the first git command, not while the server starts: git is first asked after the first check. */
let childProcess: typeof ChildProcess | undefined;
const loadChildProcess = (): typeof ChildProcess => (childProcess ??= require('node:child_process') as typeof ChildProcess);

const TIMEOUT_MS = 5000;
const MAX_BUFFER = 20 * 1024 * 1024;

function git(cwd: string, args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    loadChildProcess().execFile(
      'git',
      ['-c', 'core.fsmonitor=false', '--no-pager', ...args],
      { cwd, timeout: TIMEOUT_MS, maxBuffer: MAX_BUFFER, windowsHide: true, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

/** The text of `path` at `ref`: a string, `null` when the file is new there, `undefined` when unknown. */
export async function readBaseText(path: string, ref: string): Promise<string | null | undefined> {
  if (!ref || ref.startsWith('-')) return undefined;
  const dir = dirname(fromPosix(path));
  const inside = await git(dir, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok || inside.stdout.trim() !== 'true') return undefined;
  const verified = await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!verified.ok) return undefined;
  const shown = await git(dir, ['cat-file', 'blob', `${ref}:./${basename(fromPosix(path))}`]);
  if (shown.ok) return shown.stdout.charCodeAt(0) === 0xfeff ? shown.stdout.slice(1) : shown.stdout;
  return null;
}

/** Caches base texts by path and revision; forget a path when it is saved (a commit may follow). */
export class BaseTexts {
  private readonly cache = new Map<string, Promise<string | null | undefined>>();
  private readonly settled = new Map<string, { value: string | null | undefined; seq: number }>();
  private seq = 0;

  /** The answer, if the lookup has finished (`undefined` otherwise or when unknown). */
  peek(path: string, ref: string): string | null | undefined {
    return this.settled.get(key(path, ref))?.value;
  }

  /** Whether the lookup has finished. */
  has(path: string, ref: string): boolean {
    return this.settled.has(key(path, ref));
  }

  /** Changes whenever a different base text applies to the file ('-' while there is none). */
  stamp(path: string, ref: string): string {
    const s = this.settled.get(key(path, ref));
    return s && s.value !== undefined ? `b${s.seq}` : '-';
  }

  /** Starts (once) the lookup; resolves when it has finished. */
  fetch(path: string, ref: string): Promise<string | null | undefined> {
    const k = key(path, ref);
    let p = this.cache.get(k);
    if (!p) {
      const started = readBaseText(path, ref).catch(() => undefined);
      p = started.then((value) => {
        if (this.cache.get(k) === p) this.settled.set(k, { value, seq: ++this.seq });
        return value;
      });
      this.cache.set(k, p);
    }
    return p;
  }

  forget(path?: string): void {
    for (const k of [...this.cache.keys()]) {
      if (path === undefined || k.endsWith(`\u0000${path}`)) {
        this.cache.delete(k);
        this.settled.delete(k);
      }
    }
  }
}

function key(path: string, ref: string): string {
  return `${ref}\u0000${path}`;
}

export interface FileRevision {
  commit: string;
  /** Author date, YYYY-MM-DD. */
  date: string;
  author: string;
  subject: string;
  /** The file's text at that commit. */
  text: string;
}

/** The last `limit` commits that touched `path`, newest first, with the file's text at each (empty outside git). */
export async function fileHistory(path: string, limit = 5): Promise<FileRevision[]> {
  const dir = dirname(fromPosix(path));
  const name = basename(fromPosix(path));
  const log = await git(dir, ['log', `-n${Math.max(1, Math.min(limit, 20))}`, '--format=%H%x09%as%x09%an%x09%s', '--', `./${name}`]);
  if (!log.ok) return [];
  const out: FileRevision[] = [];
  for (const line of log.stdout.split('\n')) {
    const [commit, date, author, ...subject] = line.split('\t');
    if (!commit || !/^[0-9a-f]{7,64}$/.test(commit)) continue;
    const shown = await git(dir, ['cat-file', 'blob', `${commit}:./${name}`]);
    if (!shown.ok) continue;
    out.push({ commit, date: date ?? '', author: author ?? '', subject: subject.join('\t'), text: shown.stdout });
  }
  return out;
}
