/**
 * Governance events: what changed, in governance terms, between two revisions of a prompt file or a
 * policy file. Pure: texts in, events out. The audit trail (auditWalk.ts) produces them commit by commit,
 * the Markdown reporter and the governance report show them.
 *
 * Events never carry prompt text: versions, model ids, metadata values, policy section names and
 * exception entries only (a policy's exception reasons are written by people for reviewers).
 */
import { parseDirectives } from '../engine/directives';
import { detectFormat, parseDocument } from '../formats';
import { parsePolicy } from '../policy/load';
import type { PolicyException, PolicyFile } from '../policy/types';
import { DEFAULT_EXCLUDE_GLOBS, DEFAULT_TEMPLATE_GLOBS } from '../policy/presets';
import picomatch from 'picomatch';
import type { Format, PromptDocument } from '../types';
import { computeChanges } from './changes';
import { lineDelta } from './diff';
import { compareVersions, parseVersion } from './semver';

export type GovernanceEventType =
  | 'prompt-added'
  | 'prompt-removed'
  | 'prompt-renamed'
  | 'version-changed'
  | 'model-changed'
  | 'content-changed-without-version-bump'
  | 'metadata-changed'
  | 'policy-added'
  | 'policy-removed'
  | 'policy-changed'
  | 'exception-added'
  | 'exception-removed'
  | 'exception-changed'
  | 'exception-expired';

/** Every event type, in the order reports list them. */
export const GOVERNANCE_EVENT_TYPES: readonly GovernanceEventType[] = [
  'prompt-added',
  'prompt-removed',
  'prompt-renamed',
  'version-changed',
  'model-changed',
  'content-changed-without-version-bump',
  'metadata-changed',
  'policy-added',
  'policy-removed',
  'policy-changed',
  'exception-added',
  'exception-removed',
  'exception-changed',
  'exception-expired',
];

/** The governance facts of a prompt at one revision. */
export interface PromptFacts {
  format: Format;
  version?: string;
  models: string[];
  owner?: string;
  dataClass?: string;
  retention?: string;
  name?: string;
}

/** An exception as the audit trail records it: from a policy's `exceptions:` or an inline directive. */
export interface ExceptionEntry {
  source: 'policy' | 'directive';
  rule: string;
  files?: string[];
  reason?: string;
  approved_by?: string;
  expires?: string;
}

export interface GovernanceEvent {
  type: GovernanceEventType;
  /** The prompt or policy file (POSIX, relative to the repository root); the new path for renames. */
  file: string;
  /** The value before (absent for additions). */
  before?: unknown;
  /** The value after (absent for removals). */
  after?: unknown;
  /** Extra facts: `direction` of a version change, `sections` of a policy change, line counts … */
  detail?: Record<string, unknown>;
}

/** A file at a revision: its path and text. */
export interface FileText {
  path: string;
  text: string;
}

const isPolicyName = (path: string): boolean => /(^|\/)\.promptgov\.ya?ml$/.test(path);
const excluded = picomatch([...DEFAULT_EXCLUDE_GLOBS], { dot: true });

/** What kind of governed file `path` is: a prompt (with its format), a policy, or neither. */
export function governedKind(path: string, text?: string): 'policy' | 'prompt' | undefined {
  if (isPolicyName(path)) return 'policy';
  if (excluded(path)) return undefined;
  const format = detectFormat(path, text, { templateGlobs: [...DEFAULT_TEMPLATE_GLOBS] });
  return format && format !== 'policy' ? 'prompt' : undefined;
}

/** Whether the name alone may make `path` a prompt file (content decides for `*_prompt.yml`). */
export function mayBeGoverned(path: string): boolean {
  return governedKind(path) !== undefined || /[_-]prompt\.ya?ml$/i.test(path);
}

export function parsePrompt(path: string, text: string): PromptDocument {
  const format = detectFormat(path, text, { templateGlobs: [...DEFAULT_TEMPLATE_GLOBS] }) ?? 'template';
  return parseDocument(path, text, format);
}

/** The governance facts of a parsed prompt. */
export function promptFacts(doc: PromptDocument): PromptFacts {
  const m = doc.metadata;
  const models: string[] = [];
  for (const ref of doc.models) if (!models.includes(ref.id)) models.push(ref.id);
  const facts: PromptFacts = { format: doc.format, models };
  if (m.version) facts.version = m.version.value;
  if (m.owner) facts.owner = m.owner.value;
  if (m.dataClass) facts.dataClass = m.dataClass.value;
  if (m.retention) facts.retention = m.retention.value;
  if (m.name) facts.name = m.name.value;
  return facts;
}

/**
 * The events of one prompt file between two revisions: `before` absent = added, `after` absent = removed,
 * different paths = renamed. What counts as a content change is decided by `computeChanges` (changes.ts),
 * the same comparison the `version/*` rules and the editor's change notes use.
 */
export function promptEvents(before: FileText | undefined, after: FileText | undefined): GovernanceEvent[] {
  if (!before && !after) return [];
  const a = before ? parsePrompt(before.path, before.text) : undefined;
  const b = after ? parsePrompt(after.path, after.text) : undefined;
  const events: GovernanceEvent[] = [];
  if (!a && b && after) {
    events.push({ type: 'prompt-added', file: after.path, after: promptFacts(b) });
    for (const e of directiveEntries(b)) events.push({ type: 'exception-added', file: after.path, after: e });
    return events;
  }
  if (a && !b && before) {
    events.push({ type: 'prompt-removed', file: before.path, before: promptFacts(a) });
    return events;
  }
  if (!a || !b || !before || !after) return events;
  const file = after.path;
  if (before.path !== after.path) events.push({ type: 'prompt-renamed', file, before: before.path, after: after.path });
  const changes = computeChanges(b.format === a.format ? b : parseDocument(after.path, after.text, a.format), before.text);
  const v = changes.version;
  if (v.changed) {
    events.push({ type: 'version-changed', file, before: v.before ?? null, after: v.after ?? null, detail: { direction: versionDirection(v.before, v.after) } });
  }
  if (changes.models.changed) {
    events.push({
      type: 'model-changed',
      file,
      before: changes.models.before,
      after: changes.models.after,
      detail: { added: changes.models.added, removed: changes.models.removed },
    });
  }
  const meta = changes.metadata.filter((m) => m.key !== 'version');
  if (meta.length > 0) {
    events.push({
      type: 'metadata-changed',
      file,
      before: Object.fromEntries(meta.map((m) => [m.key, m.before ?? null])),
      after: Object.fromEntries(meta.map((m) => [m.key, m.after ?? null])),
    });
  }
  if (changes.contentChanged && !v.changed) {
    events.push({
      type: 'content-changed-without-version-bump',
      file,
      before: v.before ?? null,
      after: v.after ?? null,
      detail: { linesAdded: changes.lines.added, linesRemoved: changes.lines.removed },
    });
  }
  events.push(...exceptionDiff(file, directiveEntries(a), directiveEntries(b)));
  return events;
}

/** `up`, `down`, `set` (none before), `unset` (none after) or `changed` (not comparable as semver). */
export function versionDirection(before: string | undefined, after: string | undefined): 'up' | 'down' | 'set' | 'unset' | 'changed' {
  if (before === undefined) return 'set';
  if (after === undefined) return 'unset';
  const a = parseVersion(before);
  const b = parseVersion(after);
  if (!a || !b) return 'changed';
  return compareVersions(a, b) < 0 ? 'up' : compareVersions(a, b) > 0 ? 'down' : 'changed';
}

/** Inline suppressions of a prompt as exception entries. */
function directiveEntries(doc: PromptDocument): ExceptionEntry[] {
  return parseDirectives(doc).map((d) => {
    const e: ExceptionEntry = { source: 'directive', rule: d.rules.length ? d.rules.join(', ') : '*' };
    if (d.reason) e.reason = d.reason;
    if (d.approvedBy) e.approved_by = d.approvedBy;
    if (d.expires) e.expires = d.expires;
    return e;
  });
}

/** A policy's exceptions as exception entries. */
export function policyExceptions(policy: PolicyFile): ExceptionEntry[] {
  return (policy.exceptions ?? []).map((x: PolicyException) => {
    const e: ExceptionEntry = { source: 'policy', rule: x.rule };
    if (x.files) e.files = [...x.files];
    if (x.reason) e.reason = x.reason;
    if (x.approved_by) e.approved_by = x.approved_by;
    if (x.expires) e.expires = x.expires;
    return e;
  });
}

/** Reads a policy file leniently (invalid parts dropped, rule ids not checked). */
export function readPolicy(path: string, text: string): PolicyFile {
  return parsePolicy(path, text, new Set()).policy;
}

/** The events of one policy file between two revisions. */
export function policyEvents(before: FileText | undefined, after: FileText | undefined): GovernanceEvent[] {
  if (!before && !after) return [];
  const file = (after ?? before)!.path;
  const a = before ? readPolicy(before.path, before.text) : undefined;
  const b = after ? readPolicy(after.path, after.text) : undefined;
  const events: GovernanceEvent[] = [];
  if (!a && b) events.push({ type: 'policy-added', file, detail: { sections: Object.keys(b).sort() } });
  else if (a && !b) events.push({ type: 'policy-removed', file, detail: { sections: Object.keys(a).sort() } });
  else if (a && b) {
    const sections = changedSections(a, b);
    if (sections.length > 0) events.push({ type: 'policy-changed', file, detail: { sections } });
  }
  events.push(...exceptionDiff(file, a ? policyExceptions(a) : [], b ? policyExceptions(b) : []));
  return events;
}

/** Top-level keys whose values differ. */
export function changedSections(a: PolicyFile, b: PolicyFile): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return [...keys].filter((k) => stableJson(ra[k]) !== stableJson(rb[k])).sort();
}

/** Identity of an exception across revisions: what it silences (rule and files). */
function exceptionKey(e: ExceptionEntry): string {
  return `${e.source}\u0000${e.rule}\u0000${(e.files ?? []).join('\u0001')}`;
}

function exceptionDiff(file: string, before: readonly ExceptionEntry[], after: readonly ExceptionEntry[]): GovernanceEvent[] {
  const events: GovernanceEvent[] = [];
  const remaining = [...before];
  const added: ExceptionEntry[] = [];
  for (const e of after) {
    const same = remaining.findIndex((x) => stableJson(x) === stableJson(e));
    if (same >= 0) remaining.splice(same, 1);
    else added.push(e);
  }
  for (const e of added) {
    const changed = remaining.findIndex((x) => exceptionKey(x) === exceptionKey(e));
    if (changed >= 0) {
      events.push({ type: 'exception-changed', file, before: remaining[changed], after: e });
      remaining.splice(changed, 1);
    } else events.push({ type: 'exception-added', file, after: e });
  }
  for (const e of remaining) events.push({ type: 'exception-removed', file, before: e });
  return events;
}

/** The exceptions in force in a set of governed files (policy exceptions and inline directives), by file. */
export function exceptionsIn(file: FileText): ExceptionEntry[] {
  const kind = governedKind(file.path, file.text);
  if (kind === 'policy') return policyExceptions(readPolicy(file.path, file.text));
  if (kind === 'prompt') return directiveEntries(parsePrompt(file.path, file.text));
  return [];
}

/**
 * `exception-expired` events for the exceptions whose last day (`expires`) is before `day` (YYYY-MM-DD),
 * except those whose key is in `reported` (updated in place).
 */
export function expiredExceptions(file: string, entries: readonly ExceptionEntry[], day: string, reported: Set<string>): GovernanceEvent[] {
  const events: GovernanceEvent[] = [];
  for (const e of entries) {
    if (!e.expires || !(e.expires < day)) continue;
    const key = `${file}\u0000${stableJson(e)}`;
    if (reported.has(key)) continue;
    reported.add(key);
    events.push({ type: 'exception-expired', file, before: e, detail: { expires: e.expires } });
  }
  return events;
}

/** The events of any governed file between two revisions (prompt or policy; nothing for other files). */
export function fileEvents(before: FileText | undefined, after: FileText | undefined): GovernanceEvent[] {
  const kindBefore = before ? governedKind(before.path, before.text) : undefined;
  const kindAfter = after ? governedKind(after.path, after.text) : undefined;
  if (kindBefore === 'policy' || kindAfter === 'policy') {
    return policyEvents(kindBefore === 'policy' ? before : undefined, kindAfter === 'policy' ? after : undefined);
  }
  return promptEvents(kindBefore === 'prompt' ? before : undefined, kindAfter === 'prompt' ? after : undefined);
}

/** JSON with object keys sorted: the same value always gives the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'undefined';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** A one-line description of an event, for Markdown and HTML reports. */
export function describeEvent(e: GovernanceEvent): string {
  const list = (v: unknown): string => (Array.isArray(v) && v.length ? v.join(', ') : 'none');
  const val = (v: unknown): string => (v === null || v === undefined ? 'none' : String(v));
  switch (e.type) {
    case 'prompt-added': {
      const f = e.after as PromptFacts;
      return `added${f.version ? ` at version ${f.version}` : ''}${f.models.length ? `, model ${list(f.models)}` : ''}`;
    }
    case 'prompt-removed':
      return 'removed';
    case 'prompt-renamed':
      return `renamed from ${val(e.before)}`;
    case 'version-changed':
      return `version ${val(e.before)} → ${val(e.after)}${e.detail?.direction === 'down' ? ' (went down)' : ''}`;
    case 'model-changed':
      return `model ${list(e.before)} → ${list(e.after)}`;
    case 'content-changed-without-version-bump':
      return `content changed (+${String(e.detail?.linesAdded ?? '?')} −${String(e.detail?.linesRemoved ?? '?')} lines) without a version bump (still ${val(e.after)})`;
    case 'metadata-changed': {
      const b = (e.before ?? {}) as Record<string, unknown>;
      const a = (e.after ?? {}) as Record<string, unknown>;
      return Object.keys(a)
        .map((k) => `${k} ${val(b[k])} → ${val(a[k])}`)
        .join(', ');
    }
    case 'policy-added':
      return 'policy file added';
    case 'policy-removed':
      return 'policy file removed';
    case 'policy-changed':
      return `policy changed: ${list(e.detail?.sections)}`;
    case 'exception-added':
      return `exception added: ${describeException(e.after as ExceptionEntry)}`;
    case 'exception-removed':
      return `exception removed: ${describeException(e.before as ExceptionEntry)}`;
    case 'exception-changed':
      return `exception changed: ${describeException(e.before as ExceptionEntry)} → ${describeException(e.after as ExceptionEntry)}`;
    case 'exception-expired':
      return `exception expired on ${val(e.detail?.expires)}: ${describeException(e.before as ExceptionEntry)}`;
  }
}

export function describeException(e: ExceptionEntry | undefined): string {
  if (!e) return 'unknown';
  const parts = [e.rule];
  if (e.files?.length) parts.push(`on ${e.files.join(', ')}`);
  if (e.reason) parts.push(`"${e.reason}"`);
  if (e.approved_by) parts.push(`approved by ${e.approved_by}`);
  parts.push(e.expires ? `expires ${e.expires}` : 'no expiry');
  return parts.join(', ');
}

/** Line counts, re-exported for callers that describe content changes. */
export { lineDelta };

/** An exception in force, with the days left before it expires (negative: expired). */
export interface ExpiringException {
  /** The policy or prompt file declaring it. */
  file: string;
  entry: ExceptionEntry;
  daysLeft: number;
}

/** What a pull request changes in governance terms: the events versus its base, and exceptions near expiry. */
export interface GovernanceChanges {
  /** The base revision as the user named it (`origin/main`). */
  base: string;
  /** The merge-base commit compared with. */
  baseCommit?: string;
  events: GovernanceEvent[];
  /** Exceptions in force that expired or expire within the warning window, soonest first. */
  expiring: ExpiringException[];
}
