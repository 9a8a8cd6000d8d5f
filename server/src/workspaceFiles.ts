/**
 * The prompt files of the workspace folders, for workspace diagnostics and `promptgov/scanWorkspace`:
 * the walk (cached until a file event or 30 s pass) and the check of each file that is not open, cached by
 * modification time and size so that the client's repeated workspace pulls cost a `stat` per file.
 */
// `fs.promises`, not `node:fs/promises`: Node loads it at the first use, not at every start of the server.
import { promises as fs } from 'node:fs';
import type { CancellationToken } from 'vscode-languageserver';
import { formatOf } from '../../shared/src/analyze';
import { isIncluded } from '../../shared/src/policy/resolve';
import type { Checked, ServerState } from './state';
import { fileUri, fromPosix } from './uri';
import { walkFolders, type WalkOutcome } from './walk';

/** Files above this size are not read by workspace scans (open documents are always checked). */
export const MAX_SCAN_BYTES = 5 * 1024 * 1024;
const WALK_TTL_MS = 30_000;

export interface DiskCheck {
  path: string;
  uri: string;
  /** Changes when the file, the policy, the settings or the known files change. */
  resultId: string;
  /** Undefined when the file is not a prompt file after all (content decided), or cannot be read. */
  checked?: Checked;
}

export class WorkspaceFiles {
  private walked?: { at: number; rootsKey: string; outcome: Promise<WalkOutcome> };
  private readonly cache = new Map<string, DiskCheck>();

  constructor(private readonly state: ServerState) {}

  /** Forget the walk (a file was created or deleted) and, with a path, that file's result. */
  invalidate(path?: string): void {
    this.walked = undefined;
    if (path === undefined) this.cache.clear();
    else this.cache.delete(path);
  }

  /** Candidate files: names that are prompt or policy files, `*.yml|yaml` (content decides), policy globs. */
  async list(token?: CancellationToken): Promise<WalkOutcome> {
    const roots = this.state.roots;
    const rootsKey = roots.join('\u0000');
    const now = Date.now();
    if (!this.walked || this.walked.rootsKey !== rootsKey || now - this.walked.at > WALK_TTL_MS) {
      const outcome = walkFolders(roots, (path) => this.isCandidate(path), token);
      this.walked = { at: now, rootsKey, outcome };
      outcome.then(
        (o) => {
          if (token?.isCancellationRequested && this.walked?.outcome === outcome) this.walked = undefined;
          return o;
        },
        () => {
          if (this.walked?.outcome === outcome) this.walked = undefined;
        },
      );
    }
    return this.walked.outcome;
  }

  private isCandidate(path: string): boolean {
    if (this.state.policies.isPolicyFile(path)) return true;
    if (/\.ya?ml$/i.test(path)) return true;
    const policy = this.state.policies.forPath(path).policy;
    return formatOf(path, policy) !== undefined || isIncluded(policy, path, false);
  }

  /** Checks a file from the disk (undefined result when it cannot be read or is not a prompt file). */
  async check(path: string): Promise<DiskCheck> {
    const uri = fileUri(path);
    let info;
    try {
      info = await fs.stat(fromPosix(path));
    } catch {
      return { path, uri, resultId: 'missing' };
    }
    const policy = this.state.policies.forPath(path);
    // The base revision's text, for the version-change rules, as open documents get it.
    const ref = this.state.settings.baseRef;
    if (ref && info.isFile()) await this.state.baseTexts.fetch(path, ref);
    const base = ref ? this.state.baseTexts.stamp(path, ref) : '-';
    const resultId = `disk:${info.mtimeMs}:${info.size}:${policy.generation}:${this.state.settingsGeneration}:${this.state.filesGeneration}:${base}`;
    const cached = this.cache.get(path);
    if (cached && cached.resultId === resultId) return cached;
    let result: DiskCheck = { path, uri, resultId };
    if (info.isFile() && info.size <= MAX_SCAN_BYTES) {
      const text = await readText(path);
      if (text !== undefined) {
        const checked = this.state.checkText(uri, { path, onDisk: true }, text, resultId);
        if (checked.analysis) result = { path, uri, resultId, checked };
      }
    }
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(path, result);
    return result;
  }
}

/** The file's text, or undefined for unreadable and binary files (a NUL byte in the first 8 KB). */
async function readText(path: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(fromPosix(path));
  } catch {
    return undefined;
  }
  const sniff = bytes.subarray(0, 8192);
  if (sniff.includes(0)) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text;
}
