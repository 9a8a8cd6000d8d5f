/**
 * The little git the client needs for "show changes since base": the file's text at a revision.
 * Runs the `git` program with execFile (no shell); nothing from the repository is executed.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';

export type BaseText =
  | { kind: 'text'; text: string }
  /** The file does not exist at the revision (added since). */
  | { kind: 'absent' }
  /** No git, not a repository, or an unknown revision: `message` says which. */
  | { kind: 'error'; message: string };

function git(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : -1) : 0;
      resolve({ code, stdout, stderr: stderr || (error && code === -1 ? String(error.message) : '') });
    });
  });
}

/** The text of `filePath` at git revision `ref`. */
export async function textAtRevision(filePath: string, ref: string): Promise<BaseText> {
  const dir = path.dirname(filePath);
  const name = path.basename(filePath);
  if (ref.startsWith('-')) return { kind: 'error', message: `'${ref}' is not a git revision.` };
  const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], dir);
  if (commit.code !== 0) {
    const inRepo = await git(['rev-parse', '--is-inside-work-tree'], dir);
    if (inRepo.code !== 0) {
      const why = inRepo.code === -1 ? 'git could not be started' : 'the file is not in a git repository';
      return { kind: 'error', message: `Cannot compare with ${ref}: ${why}.` };
    }
    return { kind: 'error', message: `Cannot compare with '${ref}': no such revision (setting promptgov.baseRef).` };
  }
  // `<rev>:./<name>` is resolved relative to the working directory.
  const spec = `${commit.stdout.trim()}:./${name}`;
  const exists = await git(['cat-file', '-e', spec], dir);
  if (exists.code !== 0) return { kind: 'absent' };
  const shown = await git(['show', spec], dir);
  if (shown.code !== 0) return { kind: 'error', message: `git show ${ref}:${name} failed: ${shown.stderr.trim()}` };
  return { kind: 'text', text: shown.stdout };
}
