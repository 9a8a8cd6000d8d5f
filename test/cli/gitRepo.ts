/**
 * Real git repositories for the pull-request, baseline, audit and report tests: a throw-away folder,
 * git run without a shell, commits with fixed authors and dates (so that events and ordering are
 * reproducible), and the user's own git configuration kept out of the way.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The environment for git and for the CLI in these tests: no global or system configuration. */
export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
};

export interface CommitOptions {
  /** ISO date of the author and committer (default: 2026-01-05T10:00:00Z). */
  date?: string;
  author?: string;
}

export class TempRepo {
  readonly dir: string;

  constructor(prefix = 'promptgov-git-', init = true) {
    this.dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
    if (init) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.name', 'Test User');
      this.git('config', 'user.email', 'test@example.invalid');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  /** Wraps an existing folder (a clone made by a test). */
  static at(dir: string): TempRepo {
    const repo = Object.create(TempRepo.prototype) as TempRepo;
    (repo as { dir: string }).dir = dir;
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Runs git with extra environment variables. */
  gitEnv(env: Record<string, string>, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  write(path: string, text: string): this {
    const target = join(this.dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return this;
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  remove(path: string): this {
    unlinkSync(join(this.dir, path));
    return this;
  }

  /** Stages everything and commits; returns the commit id. */
  commit(message: string, options: CommitOptions = {}): string {
    const date = options.date ?? '2026-01-05T10:00:00Z';
    const author = options.author ?? 'Ada Lovelace';
    this.git('add', '-A');
    this.gitEnv(
      { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'ada@example.invalid', GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: 'ada@example.invalid' },
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      message,
    );
    return this.head();
  }

  /** A merge commit of `branch` into the current branch (no fast-forward). */
  merge(branch: string, options: CommitOptions = {}): string {
    const date = options.date ?? '2026-01-05T10:00:00Z';
    const author = options.author ?? 'Ada Lovelace';
    this.gitEnv(
      { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'ada@example.invalid', GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: 'ada@example.invalid' },
      'merge',
      '-q',
      '--no-ff',
      '-m',
      `Merge ${branch}`,
      branch,
    );
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** `git clone --depth <n> file://<this>` into a new folder. */
  shallowClone(depth = 1, branch?: string): TempRepo {
    const target = realpathSync(mkdtempSync(join(tmpdir(), 'promptgov-shallow-')));
    const args = ['clone', '-q', '--depth', String(depth), ...(branch ? ['--branch', branch] : []), `file://${this.dir}`, target];
    execFileSync('git', args, { env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    const clone = TempRepo.at(target);
    clone.git('config', 'user.name', 'Test User');
    clone.git('config', 'user.email', 'test@example.invalid');
    return clone;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
