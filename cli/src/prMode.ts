/**
 * Pull-request mode of `check`: `--base <ref>` checks only the files changed since the merge base of
 * `<ref>` and HEAD (committed, staged, unstaged and untracked changes), and `--changed-lines-only` keeps
 * the findings on changed lines plus the file-level ones.
 *
 * File-level findings concern the file as a whole, wherever they are reported: an empty span at the
 * start of the file (unreadable files, rule crashes), and the `governance/`, `meta/`, `version/` and
 * `internal/` categories (missing metadata, version not bumped …), which a reviewer must see even when
 * the line they point at was not touched.
 */
import type { FileChange } from '../../shared/src/governance/auditWalk';
import type { FileResult, Finding } from '../../shared/src/types';
import { UsageError } from './errors';
import { resolveBase, type BaseRevision } from './git';
import { changedLinesSince, changedSince, requireCommit, requireRepository, type ChangedLines } from './gitHistory';

export interface PrScope {
  /** The revision as given (`origin/main`). */
  ref: string;
  /** The git repository's top folder. */
  gitRoot: string;
  /** The commit compared with: the merge base (or, in a shallow clone without it, the ref itself). */
  baseCommit: string;
  /** The base revision, as the version-change rules read it (cli/src/git.ts). */
  base: BaseRevision;
  /** Notes for stderr (e.g. no merge base in a shallow clone). */
  notes: string[];
  /** Changes since the merge base, paths relative to the repository root. */
  changes: FileChange[];
  /** Absolute POSIX paths (under the project root) of the files that exist and changed. */
  changed: Set<string>;
  /** Changed lines by absolute POSIX path (with `--changed-lines-only`). */
  lines?: Map<string, Set<number> | 'all'>;
  /** Renamed files: path now → path at the base, both relative to the repository root. */
  renamedFrom: Map<string, string>;
}

/** Categories whose findings are about the whole file (see the module comment). */
const FILE_LEVEL_CATEGORIES = new Set(['governance', 'meta', 'version', 'internal']);

/**
 * Resolves `--base <ref>`: an unknown ref or a folder outside git is a usage error (nothing sensible could
 * be checked); without a merge base (a shallow clone), the ref itself is compared with, which selects a
 * superset of the pull request's changes, and a note says how to fetch the history.
 */
export function prScope(cwd: string, projectRoot: string, ref: string, withLines: boolean): PrScope {
  const gitRoot = requireRepository(cwd, '--base');
  requireCommit(gitRoot, ref, '--base');
  const setup = resolveBase(cwd, ref);
  if (!setup.ok) throw new UsageError(setup.note);
  const notes = [...setup.notes];
  const baseCommit = setup.base.commit;
  const changes = changedSince(gitRoot, baseCommit);
  const abs = (path: string): string => `${projectRoot.endsWith('/') ? projectRoot : `${projectRoot}/`}${path}`;
  const changed = new Set(changes.filter((c) => c.status !== 'D').map((c) => abs(c.path)));
  let lines: PrScope['lines'];
  if (withLines) {
    const byGitPath: ChangedLines = changedLinesSince(gitRoot, baseCommit);
    lines = new Map([...byGitPath].map(([path, set]) => [abs(path), set]));
  }
  const renamedFrom = new Map(changes.flatMap((c) => (c.status === 'R' && c.oldPath ? [[c.path, c.oldPath] as const] : [])));
  return { ref, gitRoot, baseCommit, base: setup.base, notes, changes, changed, lines, renamedFrom };
}

export function isFileLevel(f: Finding): boolean {
  if (f.offset === 0 && f.endOffset === 0) return true;
  return FILE_LEVEL_CATEGORIES.has(f.ruleId.slice(0, f.ruleId.indexOf('/')));
}

/** `result` with only the findings on changed lines (and the file-level ones). */
export function keepChangedLines(result: FileResult, lines: Set<number> | 'all' | undefined): FileResult {
  if (lines === 'all') return result;
  const changed = lines ?? new Set<number>();
  return {
    ...result,
    findings: result.findings.filter((f) => {
      if (isFileLevel(f)) return true;
      // A finding's last line does not count when the span ends at its very start (column 1).
      const last = f.endLine > f.line && f.endColumn === 1 ? f.endLine - 1 : f.endLine;
      for (let n = f.line; n <= last; n++) if (changed.has(n)) return true;
      return false;
    }),
  };
}
