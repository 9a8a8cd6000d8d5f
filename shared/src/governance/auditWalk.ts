/**
 * Walking a range of commits for the audit trail. Pure: the history is read through `HistoryReader`,
 * which the CLI implements with the git program (cli/src/gitHistory.ts) and tests implement with maps.
 *
 * Each commit is compared with its first parent. For a merge, only the files whose merged content differs
 * from every parent produce events (the changes made by the merge itself, e.g. a conflict resolution):
 * the rest arrived with the merged branch, whose own commits are in the range and were reported there.
 * An exception whose `expires` day has passed produces one `exception-expired` event, at the first commit
 * of the walk dated after it.
 */
import type { CommitInfo } from './auditChain';
import {
  exceptionsIn, expiredExceptions, fileEvents, mayBeGoverned,
  type ExceptionEntry, type FileText, type GovernanceEvent,
} from './auditEvents';

export interface CommitEntry extends CommitInfo {
  parents: string[];
}

export interface FileChange {
  status: 'A' | 'M' | 'D' | 'R';
  /** Path after the change (before it, for deletions). */
  path: string;
  /** Path before a rename. */
  oldPath?: string;
}

export interface HistoryReader {
  /** Paths of the files in a commit's tree. */
  listFiles(commit: string): string[];
  /** A file's text at a commit; undefined when absent, binary or too large. */
  readFile(commit: string, path: string): string | undefined;
  /** Changed files from `from` (undefined: the empty tree) to `to`, renames detected. */
  changes(from: string | undefined, to: string): FileChange[];
}

export interface AuditEventAt {
  event: GovernanceEvent;
  commit: CommitInfo;
}

/**
 * Events of `commits` (oldest first, each after its parents), starting from the state at `start` (the
 * commit just before the range; undefined when the range starts at the first commit).
 */
export function walkAudit(reader: HistoryReader, commits: readonly CommitEntry[], start: string | undefined): AuditEventAt[] {
  const exceptions = new Map<string, ExceptionEntry[]>();
  const reported = new Set<string>();
  if (start) {
    for (const path of reader.listFiles(start)) {
      if (!mayBeGoverned(path)) continue;
      const text = reader.readFile(start, path);
      if (text === undefined) continue;
      const entries = exceptionsIn({ path, text });
      if (entries.length > 0) exceptions.set(path, entries);
    }
    // Exceptions already past their expiry before the range are not events of the range.
    const firstDay = commits[0]?.time.slice(0, 10);
    if (firstDay) for (const [file, entries] of exceptions) expiredExceptions(file, entries, firstDay, reported);
  }

  const out: AuditEventAt[] = [];
  for (const c of commits) {
    const info: CommitInfo = { commit: c.commit, author: c.author, time: c.time };
    const day = c.time.slice(0, 10);
    for (const file of [...exceptions.keys()].sort()) {
      for (const event of expiredExceptions(file, exceptions.get(file)!, day, reported)) out.push({ event, commit: info });
    }
    const parent = c.parents[0];
    const others = c.parents.slice(1);
    const changes = reader
      .changes(parent, c.commit)
      .filter((ch) => mayBeGoverned(ch.path) || (ch.oldPath !== undefined && mayBeGoverned(ch.oldPath)))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const ch of changes) {
      const after: FileText | undefined = ch.status === 'D' ? undefined : textAt(reader, c.commit, ch.path);
      if (others.length > 0 && after && others.some((p) => reader.readFile(p, ch.path) === after.text)) continue;
      const beforePath = ch.oldPath ?? ch.path;
      const before: FileText | undefined = ch.status === 'A' || !parent ? undefined : textAt(reader, parent, beforePath);
      for (const event of fileEvents(before, after)) out.push({ event, commit: info });
      if (ch.oldPath) exceptions.delete(ch.oldPath);
      if (after) {
        const entries = exceptionsIn(after);
        if (entries.length > 0) exceptions.set(after.path, entries);
        else exceptions.delete(after.path);
      } else exceptions.delete(ch.path);
    }
  }
  return out;
}

function textAt(reader: HistoryReader, commit: string, path: string): FileText | undefined {
  const text = reader.readFile(commit, path);
  return text === undefined ? undefined : { path, text };
}
