/**
 * The governance report's data: the monthly review on one page. Pure: the CLI gathers the checked files,
 * the policies in force and (with `--since`) the audit events of the period; `buildReport` computes the
 * tables, and reportHtml.ts / reportMarkdown.ts render them.
 *
 * Sections: findings by severity and by rule; the inventory of prompts (path, format, owner, version,
 * models, data class, retention, findings); the retention matrix (data class × max retention × prompts ×
 * violations); exceptions by expiry (policy exceptions and inline suppressions); the changes of the period.
 */
import type { Directive } from '../engine/directives';
import type { DataClass, PolicyException } from '../policy/types';
import { SEVERITY_ORDER, type Finding, type Format, type PromptDocument, type Severity } from '../types';
import type { AuditEventAt } from './auditWalk';
import { compareDurations, daysUntil, parseDuration } from './durations';

export type SeverityCounts = Record<Severity, number>;

/** A checked file as the report needs it. */
export interface ReportFileInput {
  /** Path relative to the project root. */
  path: string;
  format: Format | 'unknown';
  /** The parsed document (absent for unreadable files). */
  document?: PromptDocument;
  findings: readonly Finding[];
  /** Inline suppressions of the file. */
  directives?: readonly Directive[];
  /** The data classes of the policy in force for the file (name → max retention). */
  dataClasses?: Readonly<Record<string, DataClass>>;
}

/** A policy file in force. */
export interface ReportPolicyInput {
  /** Path relative to the project root. */
  path: string;
  dataClasses?: Readonly<Record<string, DataClass>>;
  exceptions?: readonly (PolicyException & { line?: number })[];
}

export interface ReportInput {
  /** The project's name (its folder). */
  project: string;
  /** promptgov version. */
  version: string;
  /** When the report was made. */
  now: Date;
  files: readonly ReportFileInput[];
  policies: readonly ReportPolicyInput[];
  /** The changes of the period (`--since`). */
  period?: { since: string; from?: string; to: string; commits: number; events: readonly AuditEventAt[] };
  /** Days ahead within which an exception counts as expiring soon (default 30). */
  expiringWindow?: number;
}

export interface InventoryRow {
  path: string;
  format: string;
  owner?: string;
  version?: string;
  models: string[];
  dataClass?: string;
  retention?: string;
  findings: SeverityCounts;
}

export interface RetentionRow {
  dataClass: string;
  /** Max retention as the policies write it ('' when no policy sets one; several when policies differ). */
  maxRetention: string[];
  /** Prompts declaring this class. */
  prompts: number;
  /** Prompts whose retention is missing, unreadable or longer than the class allows. */
  violations: number;
  /** The violating prompts' paths with the reason. */
  violating: { path: string; reason: string }[];
  /** The class is not declared by any policy. */
  undeclared: boolean;
}

export type ExceptionStatus = 'expired' | 'expiring' | 'active' | 'no-expiry';

export interface ExceptionRow {
  source: 'policy' | 'directive';
  /** The declaring file, with its line when known. */
  file: string;
  line?: number;
  rule: string;
  files?: string[];
  reason?: string;
  approvedBy?: string;
  expires?: string;
  status: ExceptionStatus;
  /** Days until expiry (negative: expired). */
  daysLeft?: number;
}

export interface GovernanceReport {
  project: string;
  version: string;
  generated: string;
  totals: { files: number; prompts: number; findings: number; filesWithFindings: number };
  bySeverity: SeverityCounts;
  byRule: { rule: string; counts: SeverityCounts; total: number }[];
  inventory: InventoryRow[];
  retention: RetentionRow[];
  exceptions: ExceptionRow[];
  /** The most severe findings, for a short list (messages are the engine's masked ones). */
  topFindings: { path: string; line: number; column: number; rule: string; severity: Severity; message: string }[];
  period?: { since: string; from?: string; to: string; commits: number; events: AuditEventAt[] };
}

export const TOP_FINDINGS_IN_REPORT = 25;
const NO_CLASS = '(none)';

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

export function buildReport(input: ReportInput): GovernanceReport {
  const window = input.expiringWindow ?? 30;
  const bySeverity = emptyCounts();
  const rules = new Map<string, SeverityCounts>();
  const inventory: InventoryRow[] = [];
  const top: GovernanceReport['topFindings'] = [];
  let findings = 0;
  let filesWithFindings = 0;
  const files = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const f of files) {
    const counts = emptyCounts();
    for (const x of f.findings) {
      counts[x.severity]++;
      bySeverity[x.severity]++;
      const r = rules.get(x.ruleId) ?? emptyCounts();
      r[x.severity]++;
      rules.set(x.ruleId, r);
      top.push({ path: f.path, line: x.line, column: x.column, rule: x.ruleId, severity: x.severity, message: x.message });
    }
    findings += f.findings.length;
    if (f.findings.length > 0) filesWithFindings++;
    if (f.format === 'policy') continue;
    const m = f.document?.metadata;
    const models: string[] = [];
    for (const ref of f.document?.models ?? []) if (!models.includes(ref.id)) models.push(ref.id);
    inventory.push({
      path: f.path,
      format: f.format,
      ...(m?.owner ? { owner: m.owner.value } : {}),
      ...(m?.version ? { version: m.version.value } : {}),
      models,
      ...(m?.dataClass ? { dataClass: m.dataClass.value } : {}),
      ...(m?.retention ? { retention: m.retention.value } : {}),
      findings: counts,
    });
  }

  const rank = (s: Severity): number => SEVERITY_ORDER.indexOf(s);
  top.sort((a, b) => rank(b.severity) - rank(a.severity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line);

  const total = (c: SeverityCounts): number => c.error + c.warning + c.info + c.hint;
  const byRule = [...rules]
    .map(([rule, counts]) => ({ rule, counts, total: total(counts) }))
    .sort((a, b) => b.counts.error - a.counts.error || b.total - a.total || (a.rule < b.rule ? -1 : 1));

  return {
    project: input.project,
    version: input.version,
    generated: input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    totals: { files: files.length, prompts: inventory.length, findings, filesWithFindings },
    bySeverity,
    byRule,
    inventory,
    retention: retentionMatrix(files, input.policies),
    exceptions: exceptionRows(files, input.policies, input.now, window),
    topFindings: top.slice(0, TOP_FINDINGS_IN_REPORT),
    ...(input.period ? { period: { ...input.period, events: [...input.period.events] } } : {}),
  };
}

function retentionMatrix(files: readonly ReportFileInput[], policies: readonly ReportPolicyInput[]): RetentionRow[] {
  const rows = new Map<string, RetentionRow>();
  const row = (name: string): RetentionRow => {
    let r = rows.get(name);
    if (!r) {
      r = { dataClass: name, maxRetention: [], prompts: 0, violations: 0, violating: [], undeclared: true };
      rows.set(name, r);
    }
    return r;
  };
  const declare = (classes: Readonly<Record<string, DataClass>> | undefined) => {
    for (const [name, dc] of Object.entries(classes ?? {})) {
      const r = row(name);
      r.undeclared = false;
      if (dc.max_retention && !r.maxRetention.includes(dc.max_retention)) r.maxRetention.push(dc.max_retention);
    }
  };
  for (const p of policies) declare(p.dataClasses);
  for (const f of files) declare(f.dataClasses);
  for (const f of files) {
    if (f.format === 'policy' || !f.document) continue;
    const m = f.document.metadata;
    const name = m.dataClass?.value ?? NO_CLASS;
    const r = row(name);
    r.prompts++;
    const reason = retentionProblem(name, m.retention?.value, f.dataClasses);
    if (reason) {
      r.violations++;
      r.violating.push({ path: f.path, reason });
    }
  }
  const none = rows.get(NO_CLASS);
  if (none) none.undeclared = false;
  return [...rows.values()].sort((a, b) => (a.dataClass === NO_CLASS ? 1 : b.dataClass === NO_CLASS ? -1 : a.dataClass < b.dataClass ? -1 : 1));
}

/** Why a prompt's retention breaks its data class's rule, or undefined when it does not. */
export function retentionProblem(dataClass: string, retention: string | undefined, classes: Readonly<Record<string, DataClass>> | undefined): string | undefined {
  if (dataClass === NO_CLASS) return undefined;
  const declared = classes?.[dataClass];
  if (classes && Object.keys(classes).length > 0 && !declared) return `data class '${dataClass}' is not declared by the policy`;
  const max = declared?.max_retention ? parseDuration(declared.max_retention) : undefined;
  if (!max) return undefined;
  if (retention === undefined) return `no retention declared (max ${declared!.max_retention})`;
  const r = parseDuration(retention);
  if (!r) return `retention '${retention}' is not a duration`;
  return compareDurations(r, max) > 0 ? `retention ${retention} exceeds ${declared!.max_retention}` : undefined;
}

function exceptionRows(files: readonly ReportFileInput[], policies: readonly ReportPolicyInput[], now: Date, window: number): ExceptionRow[] {
  const out: ExceptionRow[] = [];
  const status = (expires: string | undefined): { status: ExceptionStatus; daysLeft?: number } => {
    if (!expires || !/^\d{4}-\d{2}-\d{2}$/.test(expires)) return { status: 'no-expiry' };
    const daysLeft = daysUntil(now, expires);
    return { status: daysLeft < 0 ? 'expired' : daysLeft <= window ? 'expiring' : 'active', daysLeft };
  };
  for (const p of policies) {
    for (const e of p.exceptions ?? []) {
      out.push({
        source: 'policy',
        file: p.path,
        ...(e.line !== undefined ? { line: e.line } : {}),
        rule: e.rule,
        ...(e.files ? { files: [...e.files] } : {}),
        reason: e.reason,
        ...(e.approved_by ? { approvedBy: e.approved_by } : {}),
        ...(e.expires ? { expires: e.expires } : {}),
        ...status(e.expires),
      });
    }
  }
  for (const f of files) {
    for (const d of f.directives ?? []) {
      const line = f.document ? lineOf(f.document, d.span.offset) : undefined;
      out.push({
        source: 'directive',
        file: f.path,
        ...(line !== undefined ? { line } : {}),
        rule: d.rules.length ? d.rules.join(', ') : '*',
        ...(d.reason ? { reason: d.reason } : {}),
        ...(d.approvedBy ? { approvedBy: d.approvedBy } : {}),
        ...(d.expires ? { expires: d.expires } : {}),
        ...status(d.expires),
      });
    }
  }
  return out.sort((a, b) => {
    if (a.expires && b.expires && a.expires !== b.expires) return a.expires < b.expires ? -1 : 1;
    if (!!a.expires !== !!b.expires) return a.expires ? -1 : 1;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
  });
}

function lineOf(doc: PromptDocument, offset: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A full commit id shortened to 12 characters for display; any other revision or date as written. */
export function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 12) : ref;
}
