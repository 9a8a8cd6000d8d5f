/**
 * The base revision of `check --base <ref>`: the text each prompt file had there, for the version-change
 * rules (`CheckEnvironment.baseText`).
 *
 * Git is run as the `git` program with execFile (no shell; arguments are never interpreted), with the
 * options that could run repository-configured programs turned off (`core.fsmonitor`) and no prompts. The
 * base is the merge base of HEAD and `<ref>` (in CI, `--base origin/main` compares a pull request with the
 * point where it left the target branch); when no merge base can be found (a shallow clone), `<ref>`
 * itself. Whatever goes wrong gives a note and no comparison, never a failure: git missing, not a
 * repository, an unknown ref, a shallow clone without the history, a file git does not track.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { fromPosix, toPosix } from './nodeHost';

const TIMEOUT_MS = 30_000;
const MAX_BUFFER = 64 * 1024 * 1024;

export interface GitRun {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
  /** The `git` program was not found. */
  missing?: boolean;
}

/** Runs `git <args>` in `cwd`, never throwing. */
export function runGit(cwd: string, args: readonly string[]): GitRun {
  try {
    const stdout = execFileSync('git', ['-c', 'core.fsmonitor=false', '--no-pager', ...args], {
      cwd,
      timeout: TIMEOUT_MS,
      maxBuffer: MAX_BUFFER,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    return { ok: true, stdout, stderr: '' };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: Buffer; stderr?: Buffer | string };
    return { ok: false, stdout: Buffer.isBuffer(e.stdout) ? e.stdout : Buffer.alloc(0), stderr: String(e.stderr ?? ''), missing: e.code === 'ENOENT' };
  }
}

function line(run: GitRun): string {
  return run.stdout.toString('utf8').trim();
}

export interface BaseRevision {
  /** The ref as given (`origin/main`, `HEAD~1`). */
  ref: string;
  /** The commit compared with. */
  commit: string;
  /** `merge-base`: the merge base of HEAD and the ref; `ref`: the ref's own commit. */
  via: 'merge-base' | 'ref';
  /** The repository's top folder (real path, platform separators). */
  root: string;
  shallow: boolean;
}

export type BaseSetup = { ok: true; base: BaseRevision; notes: string[] } | { ok: false; note: string };

/** Finds the commit `check --base <ref>` compares with, from the working directory `cwd`. */
export function resolveBase(cwd: string, ref: string): BaseSetup {
  const skipped = 'version-change checks are skipped';
  if (!ref.trim() || ref.startsWith('-')) return { ok: false, note: `--base needs a git revision such as origin/main or HEAD~1, not "${ref}"; ${skipped}.` };
  const top = runGit(cwd, ['rev-parse', '--show-toplevel']);
  if (top.missing) return { ok: false, note: `--base ${ref}: git is not installed (or not on PATH); ${skipped}.` };
  if (!top.ok) return { ok: false, note: `--base ${ref}: ${cwd} is not in a git repository; ${skipped}.` };
  const root = line(top);
  const shallow = line(runGit(root, ['rev-parse', '--is-shallow-repository'])) === 'true';
  const target = runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!target.ok) {
    const hint = shallow
      ? ' This is a shallow clone: fetch the ref and enough history (e.g. `git fetch --deepen=100 origin main`, or `fetch-depth: 0` in actions/checkout).'
      : ' Fetch it first (e.g. `git fetch origin main`) or check its spelling.';
    return { ok: false, note: `--base ${ref}: no such revision in this repository;${hint} ${capitalize(skipped)}.` };
  }
  const targetCommit = line(target);
  const notes: string[] = [];
  const head = runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head.ok) return { ok: true, base: { ref, commit: targetCommit, via: 'ref', root, shallow }, notes };
  const mergeBase = runGit(root, ['merge-base', line(head), targetCommit]);
  if (mergeBase.ok && line(mergeBase)) return { ok: true, base: { ref, commit: line(mergeBase), via: 'merge-base', root, shallow }, notes };
  notes.push(
    `--base ${ref}: HEAD and ${ref} have no merge base${shallow ? ' in this shallow clone' : ''}; comparing with ${ref} itself.` +
      (shallow ? ' Fetch more history (`fetch-depth: 0` in actions/checkout) to compare with the merge base.' : ''),
  );
  return { ok: true, base: { ref, commit: targetCommit, via: 'ref', root, shallow }, notes };
}

/** What the base revision holds for one file. */
export interface BaseText {
  /** The text; `null` when the file does not exist at the base (new); undefined when it cannot be told. */
  text: string | null | undefined;
  note?: string;
}

/**
 * Reads files at the base revision, once each. A file renamed since the base is read under its old name
 * (`renamedFrom`: path now → path at the base, relative to the repository root), so that a renamed prompt
 * is compared with what it was, not treated as new.
 */
export class BaseReader {
  private readonly cache = new Map<string, BaseText>();
  private readonly realRoot: string;

  constructor(
    readonly base: BaseRevision,
    private readonly renamedFrom: ReadonlyMap<string, string> = new Map(),
  ) {
    let root = base.root;
    try {
      root = realpathSync(fromPosix(base.root));
    } catch {
      // keep it as git wrote it
    }
    this.realRoot = root;
  }

  /** The file at `absPath` (absolute POSIX) at the base revision. `shown` is how notes name it. */
  read(absPath: string, shown: string): BaseText {
    const hit = this.cache.get(absPath);
    if (hit) return hit;
    const result = this.lookup(absPath, shown);
    this.cache.set(absPath, result);
    return result;
  }

  private lookup(absPath: string, shown: string): BaseText {
    let real = fromPosix(absPath);
    try {
      real = realpathSync(real);
    } catch {
      // a file given on stdin need not exist: use the path as given
    }
    const rel = toPosix(relative(this.realRoot, real));
    if (!rel || rel.startsWith('../') || rel === '..') return { text: undefined, note: `${shown}: outside the git repository; not compared with --base.` };
    const shownRef = this.base.ref;
    const blob = runGit(this.base.root, ['cat-file', 'blob', `${this.base.commit}:${this.renamedFrom.get(rel) ?? rel}`]);
    if (blob.ok) {
      const text = blob.stdout.toString('utf8');
      return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
    }
    const tracked = runGit(this.base.root, ['ls-files', '--error-unmatch', '--', rel]);
    if (!tracked.ok) return { text: null, note: `${shown}: not tracked by git; compared with ${shownRef} as a new file.` };
    return { text: null };
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
