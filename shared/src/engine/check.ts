/**
 * The engine: runs every enabled rule on a document, isolates each rule, turns parse problems into
 * findings, applies inline directives and policy exceptions, and stamps each finding with its position
 * and fingerprint. Pure: text in, findings out.
 */
import picomatch from 'picomatch';
import type { Finding, PromptDocument, Severity, Span } from '../types';
import type { ResolvedPolicy, ResolvedException } from '../policy/resolved';
import type { CheckEnvironment, Report, Rule, RuleContext } from '../rules/rule';
import { ruleConfig, matchesFiles } from '../policy/resolve';
import { parseDirectives, directiveCovers, ruleMatches, type Directive } from './directives';
import { fingerprint } from './fingerprint';
import { mask } from './mask';
import { positionOf } from './positions';

export const RULE_ERROR_ID = 'internal/rule-error';

export interface CheckOptions {
  /** The rules to run (default: the caller passes the registry's `allRules`). */
  rules: readonly Rule[];
  env?: Partial<CheckEnvironment>;
  /** Run only the rules for which this returns true (e.g. `fix --rule 'pii/*'`). */
  ruleFilter?: (ruleId: string) => boolean;
}

export interface CheckOutput {
  /** Findings in force, sorted by offset then rule id. */
  findings: Finding[];
  /** Findings silenced by a directive or an exception (kept for audits and `suppression/*` rules). */
  suppressed: Finding[];
  directives: Directive[];
  /** Exceptions of the policy that silenced at least one finding in this file. */
  usedExceptions: ResolvedException[];
}

/** Rule categories whose findings are about sensitive values: their messages are masked defensively. */
const SENSITIVE_CATEGORIES = new Set(['pii', 'secret']);

/** Whether a rule id's category is in SENSITIVE_CATEGORIES (asked per finding; a handful of ids per process). */
function isSensitive(ruleId: string): boolean {
  let sensitive = sensitiveIds.get(ruleId);
  if (sensitive === undefined) {
    sensitive = SENSITIVE_CATEGORIES.has(ruleId.slice(0, ruleId.indexOf('/')));
    sensitiveIds.set(ruleId, sensitive);
  }
  return sensitive;
}

const sensitiveIds = new Map<string, boolean>();

export function checkDocument(doc: PromptDocument, policy: ResolvedPolicy, options: CheckOptions): CheckOutput {
  const env: CheckEnvironment = { now: new Date(), ...options.env };
  const raw: Finding[] = [];
  // Where `push` writes: `raw` while rules check, then the final list for `afterSuppressions` passes.
  let sink = raw;
  // Per rule, then per matched text: no key string is built (and hashed) per finding.
  const occurrences = new Map<string, Map<string, number>>();

  const push = (ruleId: string, severity: Severity, r: Report): void => {
    const span = clampSpan(r.span, doc.text.length);
    const text = doc.text.slice(span.offset, span.endOffset);
    const matched = r.fingerprintText ?? text;
    let seen = occurrences.get(ruleId);
    if (!seen) occurrences.set(ruleId, (seen = new Map()));
    const occurrence = seen.get(matched) ?? 0;
    seen.set(matched, occurrence + 1);
    const start = positionOf(doc.lineStarts, span.offset);
    const end = positionOf(doc.lineStarts, span.endOffset);
    const message = isSensitive(ruleId) ? scrub(r.message, text, r.entity) : r.message;
    const fingerprintOf = fingerprint(ruleId, doc.path, matched, occurrence);
    // Two literals rather than one with `...(r.entity ? { entity } : {})`: the spread made a temporary object
    // and took the slow path for every finding. Same keys, same order.
    sink.push(
      r.entity
        ? {
            ruleId,
            severity: r.severity ?? severity,
            message,
            offset: span.offset,
            endOffset: span.endOffset,
            line: start.line + 1,
            column: start.column + 1,
            endLine: end.line + 1,
            endColumn: end.column + 1,
            entity: r.entity,
            fingerprint: fingerprintOf,
            evidence: r.evidence ?? {},
            fixes: r.fixes ?? [],
          }
        : {
            ruleId,
            severity: r.severity ?? severity,
            message,
            offset: span.offset,
            endOffset: span.endOffset,
            line: start.line + 1,
            column: start.column + 1,
            endLine: end.line + 1,
            endColumn: end.column + 1,
            fingerprint: fingerprintOf,
            evidence: r.evidence ?? {},
            fixes: r.fixes ?? [],
          },
    );
  };

  const ran: { rule: Rule; context: RuleContext }[] = [];
  for (const rule of options.rules) {
    const { meta } = rule;
    if (options.ruleFilter && !options.ruleFilter(meta.id)) continue;
    if (meta.formats ? !meta.formats.includes(doc.format) : doc.format === 'policy') continue;
    const config = configOf(policy, meta);
    if (config.severity === 'off') continue;
    const severity = config.severity;
    if (meta.reportsParseProblems) {
      for (const p of doc.problems) {
        if (p.ruleId === meta.id) push(meta.id, severity, { span: p.span, message: p.message });
      }
    }
    const context: RuleContext = {
      document: doc,
      policy,
      options: config.options,
      severity,
      env,
      report: (r) => push(meta.id, severity, r),
    };
    ran.push({ rule, context });
    runIsolated(meta.id, () => rule.check(context), push);
  }

  const output = applySuppressions(doc, policy, raw, env);
  // Second pass for rules about suppressions (see `Rule.afterSuppressions`): their findings are final.
  const late = ran.filter((r) => r.rule.afterSuppressions);
  if (late.length) {
    sink = output.findings;
    const result = { ...output, findings: [...output.findings], ranRules: new Set(ran.map((r) => r.rule.meta.id)) };
    for (const { rule, context } of late) runIsolated(rule.meta.id, () => rule.afterSuppressions!(context, result), push);
    output.findings.sort(compareFindings);
  }
  return output;
}

/**
 * `ruleConfig` per policy and rule, computed once: a resolved policy is immutable, and the server checks
 * every edit under the same policy object (matching each rule against every policy entry per edit showed in
 * profiles). Rules must not change the `options` object they are given.
 */
const configs = new WeakMap<ResolvedPolicy, Map<Rule['meta'], ReturnType<typeof ruleConfig>>>();

function configOf(policy: ResolvedPolicy, meta: Rule['meta']): ReturnType<typeof ruleConfig> {
  let byRule = configs.get(policy);
  if (!byRule) {
    byRule = new Map();
    configs.set(policy, byRule);
  }
  let config = byRule.get(meta);
  if (!config) {
    config = ruleConfig(policy, meta);
    byRule.set(meta, config);
  }
  return config;
}

/** Runs one rule's pass; a crash becomes one `internal/rule-error` finding instead of an exception. */
function runIsolated(ruleId: string, pass: () => void, push: (ruleId: string, severity: Severity, r: Report) => void): void {
  try {
    pass();
  } catch (error) {
    push(RULE_ERROR_ID, 'error', {
      span: { offset: 0, endOffset: 0 },
      message: `Rule ${ruleId} failed on this file and was skipped: ${errorText(error)}. Please report it.`,
      evidence: { rule: ruleId },
      fingerprintText: ruleId,
    });
  }
}

function applySuppressions(doc: PromptDocument, policy: ResolvedPolicy, raw: Finding[], env: CheckEnvironment): CheckOutput {
  const directives = parseDirectives(doc);
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const used = new Set<ResolvedException>();
  const nonSuppressible = nonSuppressibleOf(policy);
  const today = isoDate(env.now);
  // Whether an exception applies to this file and is in force does not depend on the finding: decided once.
  const exceptions = policy.exceptions.filter((e) => (!e.files || matchesFiles({ baseDir: e.baseDir }, doc.path, e.files)) && !(e.expires && e.expires < today));
  for (const f of raw) {
    if (f.ruleId === RULE_ERROR_ID) {
      findings.push(f);
      continue;
    }
    const locked = nonSuppressible(f.ruleId);
    const exception = exceptions.find((e) => ruleMatches(e.rule, f.ruleId));
    if (exception && !locked) {
      used.add(exception);
      suppressed.push({ ...f, suppressed: { by: 'exception', reason: exception.reason } });
      continue;
    }
    const directive = locked ? undefined : directives.find((d) => directiveCovers(d, f.ruleId, f.line - 1) && !(d.expires && d.expires < today));
    if (directive) {
      directive.used = true;
      suppressed.push({ ...f, suppressed: { by: 'directive', reason: directive.reason } });
      continue;
    }
    findings.push(f);
  }
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  return { findings, suppressed, directives, usedExceptions: [...used] };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

const nonSuppressibles = new WeakMap<ResolvedPolicy, (ruleId: string) => boolean>();

/** The policy's `non_suppressible` globs as one matcher (a resolved policy never changes). */
function nonSuppressibleOf(policy: ResolvedPolicy): (ruleId: string) => boolean {
  let matcher = nonSuppressibles.get(policy);
  if (!matcher) {
    matcher = policy.nonSuppressible.length ? picomatch(policy.nonSuppressible) : () => false;
    nonSuppressibles.set(policy, matcher);
  }
  return matcher;
}

/** A rule that forgot to mask still never prints the raw value. */
function scrub(message: string, matched: string, entity?: string): string {
  const value = matched.trim();
  if (value.length < 4 || !message.includes(value)) return message;
  return message.split(value).join(mask(value, entity === 'email' ? 'email' : entity === 'phone' ? 'phone' : undefined));
}

function clampSpan(span: Span, length: number): Span {
  const offset = Math.max(0, Math.min(span.offset, length));
  return { offset, endOffset: Math.max(offset, Math.min(span.endOffset, length)) };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** YYYY-MM-DD of a date, in UTC. */
export function isoDate(date: Date): string {
  // Every check asks for today's date: format each UTC day once.
  const time = date.getTime();
  const day = Math.floor(time / 86_400_000);
  if (day !== lastDay || lastIso === undefined) {
    lastIso = date.toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastIso;
}

let lastDay = Number.NaN;
let lastIso: string | undefined;
