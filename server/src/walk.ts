/**
 * Finding the files of the workspace folders for workspace diagnostics and scans: an asynchronous walk
 * (the server keeps answering while it runs) that never enters `node_modules` or `.git`, does not follow
 * symbolic links to folders (no loops), and stops at a limit. Which of the files are prompt files is
 * decided by the caller, with the policy of each file.
 */
// `fs.promises`, not `node:fs/promises`: Node loads it at the first use, not at every start of the server.
import { promises as fs } from 'node:fs';
import type { CancellationToken } from 'vscode-languageserver';
import { fromPosix } from './uri';

const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);
/** Entries looked at before the walk gives up (a home folder opened as a workspace must not hang the server). */
export const MAX_WALK_ENTRIES = 200_000;

export interface WalkOutcome {
  /** Absolute POSIX paths of files, sorted. */
  files: string[];
  truncated: boolean;
}

/** Whether a file name could be a prompt or policy file worth asking the format detector about. */
export type NameFilter = (path: string) => boolean;

export async function walkFolders(roots: readonly string[], accept: NameFilter, token?: CancellationToken): Promise<WalkOutcome> {
  const files: string[] = [];
  const seen = new Set<string>();
  let entries = 0;
  let truncated = false;
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    if (token?.isCancellationRequested) break;
    const dir = stack.pop()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    let list;
    try {
      list = await fs.readdir(fromPosix(dir), { withFileTypes: true });
    } catch {
      continue;
    }
    const subdirs: string[] = [];
    for (const entry of list) {
      if (++entries > MAX_WALK_ENTRIES) {
        truncated = true;
        stack.length = 0;
        break;
      }
      const path = dir.endsWith('/') ? `${dir}${entry.name}` : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) subdirs.push(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && accept(path)) {
        files.push(path);
      }
    }
    stack.push(...subdirs.sort().reverse());
  }
  return { files: [...new Set(files)].sort(), truncated };
}
