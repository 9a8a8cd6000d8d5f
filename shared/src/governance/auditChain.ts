/**
 * The audit log: one JSON object per line (JSON Lines), each a governance event with the commit it came
 * from, chained by SHA-256 so that editing, removing or reordering any line is detectable.
 *
 *   hash = sha256( canonical JSON of the record without its `hash` field )      (lowercase hex)
 *   prev = the `hash` of the line before; GENESIS (64 zeros) on the first line
 *
 * The canonical JSON has object keys sorted by UTF-16 code units, no white space, and `undefined` fields
 * left out; so the order of keys on disk does not matter, only their values. See docs/audit.md.
 * Pure: the SHA-256 is the core's own (detectors/sha256.ts).
 */
import { sha256, toHex, utf8 } from '../detectors/sha256';
import type { GovernanceEvent, GovernanceEventType } from './auditEvents';
import { GOVERNANCE_EVENT_TYPES, stableJson } from './auditEvents';

export const AUDIT_FORMAT_VERSION = 1;
export const GENESIS = '0'.repeat(64);

/** One line of the audit log. Fields are written in this order. */
export interface AuditRecord {
  /** Format version of the record (1). */
  v: typeof AUDIT_FORMAT_VERSION;
  type: GovernanceEventType;
  /** Full commit id the event was found in. */
  commit: string;
  /** Commit author's name (no email address). */
  author: string;
  /** Commit author time, ISO 8601 UTC (`2026-03-01T09:30:00Z`). */
  time: string;
  /** Prompt or policy file, relative to the repository root. */
  file: string;
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
  /** Hash of the previous record (GENESIS for the first). */
  prev: string;
  /** SHA-256 of this record without `hash`. */
  hash: string;
}

/** Where an event happened. */
export interface CommitInfo {
  commit: string;
  author: string;
  time: string;
}

export function sha256Hex(text: string): string {
  return toHex(sha256(utf8(text)));
}

/** The hash a record must carry: over every field but `hash`. */
export function recordHash(record: Omit<AuditRecord, 'hash'> | AuditRecord): string {
  const { hash: _ignored, ...rest } = record as AuditRecord;
  return sha256Hex(stableJson(rest));
}

/** Chains events after `prev` (GENESIS for a new log). */
export function chainRecords(events: readonly { event: GovernanceEvent; commit: CommitInfo }[], prev: string = GENESIS): AuditRecord[] {
  const out: AuditRecord[] = [];
  let last = prev;
  for (const { event, commit } of events) {
    const unhashed: Omit<AuditRecord, 'hash'> = {
      v: AUDIT_FORMAT_VERSION,
      type: event.type,
      commit: commit.commit,
      author: commit.author,
      time: commit.time,
      file: event.file,
      ...(event.before !== undefined ? { before: event.before } : {}),
      ...(event.after !== undefined ? { after: event.after } : {}),
      ...(event.detail !== undefined ? { detail: event.detail } : {}),
      prev: last,
    };
    const record: AuditRecord = { ...unhashed, hash: recordHash(unhashed) };
    out.push(record);
    last = record.hash;
  }
  return out;
}

/** Records as JSON Lines (each ends with a newline). */
export function formatRecords(records: readonly AuditRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

export type AuditProblemKind = 'invalid' | 'edited' | 'removed' | 'reordered' | 'inserted';

export interface AuditProblem {
  /** 1-based line number in the file. */
  line: number;
  kind: AuditProblemKind;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Records read (non-empty lines). */
  records: number;
  /** Hash of the last record (GENESIS for an empty log): where an append continues. */
  head: string;
  /** The first problem of each broken place, in line order. */
  problems: AuditProblem[];
}

interface ParsedLine {
  line: number;
  record?: AuditRecord;
  stored?: string;
  computed?: string;
  error?: string;
}

/**
 * Verifies a log's chain. Each problem names its line: `edited` (the content no longer matches the
 * line's hash), `removed` (the line's `prev` is no record's hash: a record before it is gone),
 * `reordered` (its `prev` is the hash of a record that is not the line before), `inserted` (a line whose
 * hash is right but which no later record points to), `invalid` (not a record).
 */
export function verifyAuditLog(text: string): AuditVerification {
  const lines = text.split('\n');
  const parsed: ParsedLine[] = [];
  lines.forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') return;
    const entry: ParsedLine = { line: i + 1 };
    try {
      const value = JSON.parse(t) as unknown;
      const problem = recordShapeProblem(value);
      if (problem) entry.error = problem;
      else {
        entry.record = value as AuditRecord;
        entry.stored = entry.record.hash;
        entry.computed = recordHash(entry.record);
      }
    } catch {
      entry.error = 'is not valid JSON';
    }
    parsed.push(entry);
  });

  const problems: AuditProblem[] = [];
  const lineOfHash = new Map<string, number>();
  const pointedTo = new Set<string>();
  for (const p of parsed) {
    if (p.stored && !lineOfHash.has(p.stored)) lineOfHash.set(p.stored, p.line);
    if (p.record) pointedTo.add(p.record.prev);
  }
  parsed.forEach((p, i) => {
    if (p.error || !p.record) {
      problems.push({ line: p.line, kind: 'invalid', message: `line ${p.line} ${p.error ?? 'is not an audit record'}: it was edited, or the file is not a promptgov audit log.` });
      return;
    }
    if (p.computed !== p.stored) {
      problems.push({
        line: p.line,
        kind: 'edited',
        message: `line ${p.line} was edited: its content no longer matches its hash (${p.record.type} ${p.record.file} at ${short(p.record.commit)}).`,
      });
      return;
    }
    const previous = i > 0 ? parsed[i - 1] : undefined;
    if (previous && !previous.stored) return; // the line before is not a record: already reported
    const expected = previous ? previous.stored : GENESIS;
    if (p.record.prev === expected) return;
    const target = p.record.prev === GENESIS ? 0 : lineOfHash.get(p.record.prev);
    if (target === undefined) {
      const edited = previous ? ` or line ${previous.line} was edited and its hash recomputed` : '';
      problems.push({
        line: p.line,
        kind: 'removed',
        message: `the chain breaks before line ${p.line}: the record it follows is not in the log (a line was removed${edited}).`,
      });
    } else if (previous && i >= 2 && p.record.prev === parsed[i - 2].stored && !pointedTo.has(previous.stored!)) {
      problems.push({ line: previous.line, kind: 'inserted', message: `line ${previous.line} was inserted: no record of the chain follows from it.` });
    } else {
      const where = target === 0 ? 'the start of the log' : `line ${target}`;
      problems.push({
        line: p.line,
        kind: 'reordered',
        message: `line ${p.line} is out of order: in the chain it follows ${where}, not ${previous ? `line ${previous.line}` : 'the start of the log'}.`,
      });
    }
  });
  const last = parsed[parsed.length - 1];
  return { ok: problems.length === 0, records: parsed.length, head: last?.stored ?? GENESIS, problems };
}

const HEX64 = /^[0-9a-f]{64}$/;

function recordShapeProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'is not a JSON object';
  const r = value as Record<string, unknown>;
  if (r.v !== AUDIT_FORMAT_VERSION) return `has no "v": ${AUDIT_FORMAT_VERSION} field`;
  if (typeof r.type !== 'string' || !(GOVERNANCE_EVENT_TYPES as readonly string[]).includes(r.type)) return 'has an unknown "type"';
  for (const key of ['commit', 'author', 'time', 'file'] as const) if (typeof r[key] !== 'string') return `has no "${key}" string`;
  if (typeof r.prev !== 'string' || !HEX64.test(r.prev)) return 'has no valid "prev" hash';
  if (typeof r.hash !== 'string' || !HEX64.test(r.hash)) return 'has no valid "hash"';
  return undefined;
}

function short(commit: string): string {
  return commit.slice(0, 12);
}

/** Commits already recorded in a log (to skip them when appending an overlapping range). */
export function recordedCommits(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    try {
      const r = JSON.parse(t) as { commit?: unknown };
      if (typeof r.commit === 'string') out.add(r.commit);
    } catch {
      // verified separately
    }
  }
  return out;
}
