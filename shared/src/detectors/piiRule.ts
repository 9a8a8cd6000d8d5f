/**
 * What every `pii/*` rule does with a detector's results, in one place:
 *
 *   1. the whole file is scanned (front matter values included); values that overlap a template expression
 *      are dropped, so `{{ "ops@acme.io" if x }}` is never taken for data; comments are scanned (a value in a
 *      comment is committed to the repository all the same);
 *   2. detections below `minConfidence` are dropped; placeholders are reported at `info` (or dropped with
 *      `reportPlaceholders: false`);
 *   3. the severity follows the location: few-shot examples get `exampleSeverity`, test data, samples and
 *      input defaults get `testDataSeverity`, metadata such as `owner` gets `info`; instructions get the
 *      configured severity. A location never raises a finding above the configured severity;
 *   4. the message names the entity, its masked form and where it is; the evidence says why (detector,
 *      validators, context words, placeholder, confidence and non-sensitive facts) and never holds the value;
 *   5. fixes come from engine/redact.ts (the policy's style first), with one variable per distinct value.
 */
import type { Evidence, PromptDocument, Severity, Span } from '../types';
import { SEVERITY_ORDER } from '../types';
import type { RuleContext, RuleMeta, RuleOption } from '../rules/rule';
import { defineRule, type Rule } from '../rules/rule';
import { mask } from '../engine/mask';
import { redactionFixes } from '../engine/redact';
import { scanIncrementally } from '../engine/incremental';
import type { Detection } from './detection';

export type DetectFn = (text: string, context: RuleContext) => Detection[];

export interface PiiRuleSpec {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Human name of an entity, for messages: `Email address`. */
  label: (d: Detection) => string;
  detect: DetectFn;
  /** Extra words after the masked value (`(visa)`, `(private range)`). */
  note?: (d: Detection) => string | undefined;
  /** A severity for this detection regardless of location (e.g. private IP ranges), capped like the others. */
  severityFor?: (d: Detection, context: RuleContext) => Severity | undefined;
  /** Base name of the template variable of the `variable` redaction style (`email`, `card_number`). */
  variable: (d: Detection) => string;
  /** Rule-specific options, merged with the common ones. */
  options?: Record<string, RuleOption>;
  /** Default for `minConfidence`. */
  minConfidence?: number;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

/** Options every `pii/*` rule has. */
export function commonOptions(minConfidence = 0.5): Record<string, RuleOption> {
  return {
    minConfidence: {
      type: 'number',
      default: minConfidence,
      description: 'Lowest confidence (0–1, after context words) at which a value is reported.',
    },
    exampleSeverity: {
      type: 'string',
      default: 'warning',
      enum: SEVERITIES,
      description: 'Severity of values in few-shot example messages (never above the rule\'s severity).',
    },
    testDataSeverity: {
      type: 'string',
      default: 'info',
      enum: SEVERITIES,
      description: 'Severity of values in test data, sample messages and input samples/defaults (never above the rule\'s severity).',
    },
    reportPlaceholders: {
      type: 'boolean',
      default: true,
      description: 'Report documentation values (example.com, 555-01xx, 192.0.2.x, test card numbers) at info; false ignores them.',
    },
  };
}

export function definePiiRule(spec: PiiRuleSpec): Rule {
  const meta: RuleMeta = {
    id: spec.id,
    description: spec.description,
    defaultSeverity: spec.defaultSeverity,
    fixable: true,
    options: { ...commonOptions(spec.minConfidence), ...spec.options },
  };
  return defineRule({
    meta,
    check(context) {
      const { document: doc, options } = context;
      const text = doc.text;
      const expressions = expressionSpans(doc);
      const minConfidence = numberOption(options.minConfidence, spec.minConfidence ?? 0.5);
      const reportPlaceholders = options.reportPlaceholders !== false;
      const variables = new Map<string, string>();
      const counts = new Map<string, number>();
      const declared = new Set<string>();
      for (const d of scanIncrementally(spec.id, doc.path, text, (t) => spec.detect(t, context), { variant: options })) {
        if (d.confidence < minConfidence) continue;
        if (overlapsAny(expressions, d.span)) continue;
        if (d.placeholder && !reportPlaceholders) continue;
        const value = doc.text.slice(d.span.offset, d.span.endOffset);
        const where = locate(doc, d.span);
        let severity = capped(context.severity, locationSeverity(where, options));
        const own = spec.severityFor?.(d, context);
        if (own) severity = capped(severity, own);
        if (d.placeholder) severity = capped(severity, 'info');
        const base = spec.variable(d);
        let variable = variables.get(d.normalized);
        if (!variable) {
          const n = (counts.get(base) ?? 0) + 1;
          counts.set(base, n);
          variable = n === 1 ? base : `${base}_${n}`;
          variables.set(d.normalized, variable);
        }
        const declare = !d.placeholder && !declared.has(variable);
        if (declare) declared.add(variable);
        const note = spec.note?.(d);
        const masked = mask(value, d.maskKind);
        const message = `${spec.label(d)} ${masked}${note ? ` ${note}` : ''} ${where.phrase}${d.placeholder ? ' (a documentation or test value)' : ''}`;
        // Built key by key, in the order an object literal with spreads would have them: the spreads made
        // the literal the costliest line of reporting.
        const evidence: Evidence = { detector: d.detector, validators: d.validators, context: d.context, placeholder: d.placeholder !== undefined };
        if (d.placeholder) evidence.placeholderReason = d.placeholder;
        evidence.confidence = d.confidence;
        evidence.location = where.kind;
        // A key-by-key copy: `Object.assign` showed in profiles (same keys, same order).
        const facts = d.facts;
        if (facts) for (const key in facts) evidence[key] = facts[key];
        context.report({
          span: d.span,
          message,
          severity,
          entity: d.entity,
          evidence,
          // Only the first finding of a variable declares it: the others can then be applied in the same pass.
          fixes: d.placeholder ? [] : redactionFixes(doc, context.policy, d.span, { entity: d.entity, maskKind: d.maskKind, variableName: variable, declareInput: declare, masked }),
          fingerprintText: d.normalized,
        });
      }
    },
  });
}

function numberOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The lower of two severities. */
export function capped(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b;
}

function severityOption(value: unknown, fallback: Severity): Severity {
  return typeof value === 'string' && SEVERITIES.includes(value) ? (value as Severity) : fallback;
}

export type LocationKind = 'instructions' | 'example' | 'test-data' | 'sample' | 'input-sample' | 'metadata' | 'front-matter' | 'comment' | 'body';

export interface Location {
  kind: LocationKind;
  /** "in a system message", "in a few-shot example (assistant)", "in the front matter". */
  phrase: string;
}

function locationSeverity(where: Location, options: Readonly<Record<string, unknown>>): Severity {
  switch (where.kind) {
    case 'example':
      return severityOption(options.exampleSeverity, 'warning');
    case 'test-data':
    case 'sample':
    case 'input-sample':
      return severityOption(options.testDataSeverity, 'info');
    case 'metadata':
      return 'info';
    default:
      return 'error';
  }
}

const ROLE_NAMES: Record<string, string> = { system: 'system', developer: 'developer', user: 'user', assistant: 'assistant', tool: 'tool', unknown: '' };

/** Where `span` sits in the document. */
export function locate(doc: PromptDocument, span: Span): Location {
  // Every finding asks: no closure or array is made here.
  const { offset, endOffset } = span;
  for (const input of doc.inputs) {
    if (covers(input.sample, offset, endOffset)) return { kind: 'input-sample', phrase: `in the sample value of input \`${input.name}\`` };
  }
  const m = doc.metadata;
  if (covers(m.owner?.span, offset, endOffset)) return { kind: 'metadata', phrase: `in the \`${m.owner?.source ?? 'owner'}\` metadata` };
  if (covers(m.name?.span, offset, endOffset)) return { kind: 'metadata', phrase: `in the \`${m.name?.source ?? 'name'}\` metadata` };
  for (const c of doc.comments) if (covers(c.span, offset, endOffset)) return { kind: 'comment', phrase: 'in a comment' };
  for (const message of doc.messages) {
    if (!covers(message.content, offset, endOffset)) continue;
    const role = ROLE_NAMES[message.role] ?? '';
    switch (message.kind) {
      case 'example':
        return { kind: 'example', phrase: `in a few-shot example${role ? ` (${role})` : ''}` };
      case 'test-data':
        return { kind: 'test-data', phrase: 'in test data' };
      case 'sample':
        return { kind: 'sample', phrase: 'in a sample message' };
      default:
        return { kind: 'instructions', phrase: role ? `in a ${role} message` : 'in a message' };
    }
  }
  if (covers(doc.frontMatter?.span, offset, endOffset)) return { kind: 'front-matter', phrase: 'in the front matter' };
  return { kind: 'body', phrase: 'in the prompt' };
}

/** Whether `s` holds `[offset, endOffset)`. */
function covers(s: Span | undefined, offset: number, endOffset: number): boolean {
  return s !== undefined && offset >= s.offset && endOffset <= s.endOffset;
}

const expressionCache = new WeakMap<PromptDocument, Span[]>();

/** The spans of the document's template expressions other than comments, sorted (cached per document). */
export function expressionSpans(doc: PromptDocument): Span[] {
  let spans = expressionCache.get(doc);
  if (!spans) {
    spans = doc.expressions.filter((e) => e.kind !== 'comment').map((e) => e.span).sort((a, b) => a.offset - b.offset);
    expressionCache.set(doc, spans);
  }
  return spans;
}

/** Whether `span` overlaps one of the sorted `spans` (binary search on the start, then a short walk back). */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].offset < span.endOffset) lo = mid + 1;
    else hi = mid;
  }
  // spans[0..lo) start before the span ends; expressions do not nest deeply, a few steps back suffice.
  for (let i = lo - 1, steps = 0; i >= 0 && steps < 64; i--, steps++) {
    if (spans[i].endOffset > span.offset) return true;
  }
  return false;
}
