/**
 * `promptgov audit [--from A] [--to B] [-o FILE]`: walks the commits of A..B and writes one JSON line per
 * governance event (prompt added/removed/renamed, version, model, metadata and policy changes, content
 * changed without a version bump, exceptions added/changed/removed/expired), chained by SHA-256.
 * Appending to an existing log continues its chain (after verifying it) and skips commits already in it.
 *
 * `promptgov audit verify FILE`: checks a log's chain and names every edited, removed, reordered or
 * inserted line. The record format is documented in docs/audit.md.
 */
import { existsSync, readFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  chainRecords, formatRecords, recordedCommits, verifyAuditLog, GENESIS,
} from '../../../shared/src/governance/auditChain';
import {
  exceptionsIn, fileEvents, mayBeGoverned,
  type ExpiringException, type GovernanceChanges, type GovernanceEvent,
} from '../../../shared/src/governance/auditEvents';
import { walkAudit, type AuditEventAt } from '../../../shared/src/governance/auditWalk';
import { daysUntil } from '../../../shared/src/governance/durations';
import { parseCommandArgs } from '../args';
import { note, type Command, type Io } from '../command';
import { UsageError } from '../errors';
import { errorCode } from '../output';
import {
  commitsBetween, gitHistoryReader, isShallow, oldestCommit, readBlob, requireCommit, requireRepository,
  type ChangedLines,
} from '../gitHistory';
import type { FileChange } from '../../../shared/src/governance/auditWalk';
import type { CheckedFile } from '../checker';

const HELP = `Usage: promptgov audit [--from <rev>] [--to <rev>] [-o <file>]
       promptgov audit verify <file>

Walks the commits from --from (exclusive; default: the first commit) to --to (default: HEAD) and writes
one JSON line per governance event: prompt added, removed or renamed; version, model or metadata
changed; content changed without a version bump; policy file changed (which sections); exception
added, changed, removed or expired. Each line has the commit, author, time, file, before/after, and
prev/hash fields (SHA-256) chaining the records, so that any edit of the log is detectable.

With -o, events are appended to the file: its chain is verified first and continued, and commits
already in it are skipped, so the same command can run after every merge.

\`audit verify <file>\` checks the chain and names each edited, removed, reordered or inserted line
(exit 1 when the chain is broken). The record format is in docs/audit.md.

Options:
      --from <rev>      Start after this commit, tag or branch
      --to <rev>        End at this revision (default: HEAD)
  -o, --output <file>   Append to this log instead of printing the records
  -h, --help            Show this help
`;

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  output: { type: 'string', short: 'o' },
  out: { type: 'string' },
} as const;

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Write the hash-chained audit trail of a range of commits; audit verify checks one',
  help: HELP,
  async run(argv, io) {
    if (argv[0] === 'verify') return verify(argv.slice(1), io);
    const { values, positionals } = parseCommandArgs('audit', argv, OPTIONS);
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}". Did you mean \`promptgov audit verify ${positionals[0]}\`?`, 'audit');
    const root = requireRepository(io.cwd, 'promptgov audit');
    const to = requireCommit(root, values.to ?? 'HEAD', '--to');
    const from = values.from !== undefined ? requireCommit(root, values.from, '--from') : undefined;
    if (!from && isShallow(root)) {
      note(io, `this is a shallow clone: the trail starts at the oldest commit present (${(oldestCommit(root, to) ?? '?').slice(0, 12)}), whose whole tree shows as added. For the full history: git fetch --unshallow.`);
    }
    const file = values.output ?? values.out;
    let prev = GENESIS;
    let skip = new Set<string>();
    if (file) {
      const path = resolve(io.cwd, file);
      if (existsSync(path)) {
        const text = readLog(path, file);
        const check = verifyAuditLog(text);
        if (!check.ok) {
          for (const p of check.problems) io.stderr(`${file}:${p.line}: ${p.message}\n`);
          note(io, `${file}: the chain is broken; nothing appended. Investigate, or start a new log.`);
          return 1;
        }
        prev = check.head;
        skip = recordedCommits(text);
      }
    }
    const commits = commitsBetween(root, from, to).filter((c) => !skip.has(c.commit));
    const events = walkAudit(gitHistoryReader(root), commits, stateBefore(commits));
    const records = chainRecords(events, prev);
    const text = formatRecords(records);
    if (file) {
      const path = resolve(io.cwd, file);
      try {
        mkdirSync(dirname(path), { recursive: true });
        appendFileSync(path, text);
      } catch (error) {
        throw new UsageError(`Cannot write the audit log ${file} (${errorCode(error)}).`);
      }
    } else io.stdout(text);
    note(io, `${records.length} event${records.length === 1 ? '' : 's'} from ${commits.length} commit${commits.length === 1 ? '' : 's'}${skip.size ? ' (commits already in the log skipped)' : ''}${file ? `, appended to ${file}` : ''}.`);
    return 0;
  },
};

/** The commit whose state the walk starts from: the first parent of the first commit walked. */
function stateBefore(commits: readonly { parents: string[] }[]): string | undefined {
  return commits[0]?.parents[0];
}

function readLog(path: string, name: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the audit log ${name} (${errorCode(error)}).`);
  }
}

function verify(argv: readonly string[], io: Io): Promise<number> {
  const { positionals } = parseCommandArgs('audit', argv, {});
  if (positionals.length !== 1) throw new UsageError('audit verify needs exactly one log file, e.g. `promptgov audit verify audit.jsonl`.', 'audit');
  const name = positionals[0];
  const text = readLog(resolve(io.cwd, name), name);
  const result = verifyAuditLog(text);
  if (result.ok) {
    io.stdout(`${name}: ${result.records} record${result.records === 1 ? '' : 's'}, chain intact (head ${result.head.slice(0, 16)}…)\n`);
    return Promise.resolve(0);
  }
  for (const p of result.problems) io.stdout(`${name}:${p.line}: ${p.kind}: ${p.message}\n`);
  io.stdout(`${name}: chain broken (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${result.records} records)\n`);
  return Promise.resolve(1);
}

/** Events of the commits in a range, for the report (`--since`). */
export function auditRange(root: string, from: string | undefined, to: string): { events: AuditEventAt[]; commits: number } {
  const commits = commitsBetween(root, from, to);
  return { events: walkAudit(gitHistoryReader(root), commits, stateBefore(commits)), commits: commits.length };
}

/** Days ahead within which an exception counts as expiring soon. */
export const EXPIRING_WINDOW_DAYS = 30;

/**
 * What the working tree changes in governance terms versus `baseCommit` (pull-request mode): events of
 * every changed prompt and policy file, and the exceptions in force that expired or expire soon.
 */
export function governanceChanges(
  root: string,
  projectRoot: string,
  base: string,
  baseCommit: string,
  changes: readonly FileChange[],
  checked: readonly CheckedFile[],
  now: Date,
): GovernanceChanges {
  const events: GovernanceEvent[] = [];
  for (const c of [...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!mayBeGoverned(c.path) && !(c.oldPath && mayBeGoverned(c.oldPath))) continue;
    const beforePath = c.oldPath ?? c.path;
    const beforeText = c.status === 'A' ? undefined : readBlob(root, baseCommit, beforePath);
    const afterText = c.status === 'D' ? undefined : readWorkingFile(projectRoot, c.path);
    events.push(
      ...fileEvents(beforeText !== undefined ? { path: beforePath, text: beforeText } : undefined, afterText !== undefined ? { path: c.path, text: afterText } : undefined),
    );
  }
  return { base, baseCommit, events, expiring: expiringExceptions(projectRoot, checked, now) };
}

/** Exceptions (policy files in force and inline directives of the checked files) expired or expiring soon. */
export function expiringExceptions(projectRoot: string, checked: readonly CheckedFile[], now: Date, window = EXPIRING_WINDOW_DAYS): ExpiringException[] {
  const out: ExpiringException[] = [];
  const seen = new Set<string>();
  const consider = (path: string, text: string | undefined) => {
    if (text === undefined || seen.has(path)) return;
    seen.add(path);
    for (const entry of exceptionsIn({ path: relativeTo(projectRoot, path), text })) {
      if (!entry.expires) continue;
      const daysLeft = daysUntil(now, entry.expires);
      if (daysLeft <= window) out.push({ file: relativeTo(projectRoot, path), entry, daysLeft });
    }
  };
  for (const c of checked) {
    consider(c.path, c.text);
    for (const source of c.policy.sources) if (source.startsWith('/') || /^[A-Za-z]:\//.test(source)) consider(source, readWorkingFile('', source));
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function relativeTo(root: string, path: string): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

function readWorkingFile(root: string, path: string): string | undefined {
  try {
    const text = readFileSync(root ? `${root}/${path}` : path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

export type { ChangedLines };
