/**
 * How a file is handed to the core, the way the CLI hands it (cli/src/checker.ts): its path relative to
 * the project root (the nearest folder holding `.git`, else the workspace folder holding the file), and its
 * policy with every folder rebased to that root. Fingerprints, which include the path, are then the same
 * in the editor as in `promptgov check` and in baselines.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedPolicy } from '../../shared/src/policy/resolved';
import { dirname } from '../../shared/src/policy/paths';
import { fromPosix } from './uri';
import { inside, rebasePolicy } from '../../shared/src/policy/rebase';

export interface CoreView {
  /** The project root (absolute POSIX). */
  root: string;
  /** The path the core sees: relative to `root`, or absolute when the file is outside it. */
  path: string;
  policy: ResolvedPolicy;
}

export class Projects {
  private readonly roots = new Map<string, string>();
  private readonly rebased = new WeakMap<ResolvedPolicy, Map<string, ResolvedPolicy | null>>();
  private readonly existing = new Map<string, ExistingFiles>();

  constructor(private readonly workspaceRoots: () => readonly string[]) {}

  /** The project root of a file: the nearest folder at or above it holding `.git`, else its workspace folder. */
  rootOf(path: string): string {
    const dir = dirname(path);
    const cached = this.roots.get(dir);
    if (cached !== undefined) return cached;
    let root: string | undefined;
    for (let current = dir; current; ) {
      if (existsSync(join(fromPosix(current), '.git'))) {
        root = current;
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    root ??= this.workspaceRoots()
      .filter((r) => inside(r, path) !== undefined)
      .sort((a, b) => b.length - a.length)[0] ?? dir;
    if (this.roots.size > 5000) this.roots.clear();
    this.roots.set(dir, root);
    return root;
  }

  view(path: string, policy: ResolvedPolicy): CoreView {
    const root = this.rootOf(path);
    const rel = inside(root, path);
    if (rel === undefined || rel === '') return { root, path, policy };
    let byRoot = this.rebased.get(policy);
    if (!byRoot) {
      byRoot = new Map();
      this.rebased.set(policy, byRoot);
    }
    let rebased = byRoot.get(root);
    if (rebased === undefined) {
      rebased = rebasePolicy(policy, root) ?? null;
      byRoot.set(root, rebased);
    }
    return rebased ? { root, path: rel, policy: rebased } : { root, path, policy };
  }

  /** Which files exist (for partials and includes), for paths relative to `root` or absolute. */
  knownFiles(root: string): ExistingFiles {
    let set = this.existing.get(root);
    if (!set) {
      set = new ExistingFiles(root);
      this.existing.set(root, set);
    }
    return set;
  }

  /** Files were created or deleted, or folders changed. */
  clear(): void {
    this.roots.clear();
    for (const set of this.existing.values()) set.clear();
  }
}

/**
 * The set of existing files as rules ask about them: `has(path)` looks on the disk (relative to the root,
 * or absolute) and remembers the answer until `clear()`.
 */
export class ExistingFiles extends Set<string> {
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly root: string) {
    super();
  }

  override has(path: string): boolean {
    let answer = this.answers.get(path);
    if (answer === undefined) {
      const full = path.startsWith('/') || /^[A-Za-z]:\//.test(path) ? path : `${this.root.endsWith('/') ? this.root : `${this.root}/`}${path}`;
      try {
        answer = statSync(fromPosix(full)).isFile();
      } catch {
        answer = false;
      }
      if (this.answers.size > 10_000) this.answers.clear();
      this.answers.set(path, answer);
      if (answer) super.add(path);
    }
    return answer;
  }

  override clear(): void {
    this.answers.clear();
    super.clear();
  }
}

