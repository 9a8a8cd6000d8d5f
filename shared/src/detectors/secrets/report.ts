/**
 * What every `secret/*` rule does with a detection, in one place: the masked message ("OpenAI API key
 * sk-proj-…Q3f9 in a system message. Move it to an environment variable."), the severity (placeholders at
 * `info`, lower-risk kinds capped, never above the configured severity), the evidence (never a value) and
 * the redaction fixes from engine/redact.ts.
 *
 * Unlike PII, a secret's location does not lower its severity: a live key in a few-shot example or in test
 * data is as usable as one in a system message. The location is named in the message and the evidence.
 */
import type { Evidence, Severity, Span } from '../../types';
import type { RuleContext } from '../../rules/rule';
import { mask } from '../../engine/mask';
import { redactionFixes } from '../../engine/redact';
import { capped, locate } from '../piiRule';
import type { PlaceholderReason } from '../placeholders';

export interface SecretReport {
  span: Span;
  /** `openai`, `private-key`, `jwt`, `connection-string`, `generic`. */
  entity: string;
  /** What it is, for the message: `OpenAI API key`, `RSA private key block`. */
  label: string;
  /** How to show the value: `mask` it (default), or a fixed text (private keys are never shown at all). */
  shown?: string;
  /** Show only the length (passwords: their last characters would say too much). */
  lengthOnly?: boolean;
  /** Extra words after the masked value: `(alg HS256, expired)`. */
  note?: string;
  /** The advice sentence (default: "Move it to an environment variable or a secret store."). */
  advice?: string;
  placeholder?: PlaceholderReason;
  /** A severity this finding may not exceed (lower-risk kinds, expired tokens, failed checksums). */
  maxSeverity?: Severity;
  /** Template variable name for the `variable` redaction style. */
  variable: string;
  /** Built for this report alone: `reportSecret` completes it (placeholder, location) in place. */
  evidence: Evidence;
}

export const DEFAULT_ADVICE = 'Move it to an environment variable or a secret store.';

/** Reports one secret through `context`. */
export function reportSecret(context: RuleContext, r: SecretReport): void {
  const { document: doc } = context;
  const value = doc.text.slice(r.span.offset, r.span.endOffset);
  const where = locate(doc, r.span);
  let severity: Severity = context.severity;
  if (r.maxSeverity) severity = capped(severity, r.maxSeverity);
  if (r.placeholder) severity = capped(severity, 'info');
  // The masked form is also the `mask` style's replacement: computed once.
  let masked: string | undefined;
  const shown = r.shown ?? (r.lengthOnly ? `…(${value.length} chars)` : (masked = mask(value, 'secret')));
  const head = [r.label, shown, r.note, where.phrase].filter(Boolean).join(' ');
  const message = r.placeholder
    ? `${head} looks like a documentation placeholder (${describePlaceholder(r.placeholder)}), not a real secret.`
    : `${head}. ${r.advice ?? DEFAULT_ADVICE}`;
  // Completed in place, not copied: the rule built it for this report. A spread into a new object (whose shape
  // differs from rule to rule) was the costliest part of reporting. Same keys, same order.
  const evidence = r.evidence;
  evidence.placeholder = r.placeholder !== undefined;
  if (r.placeholder) evidence.placeholderReason = r.placeholder;
  evidence.location = where.kind;
  context.report({
    span: r.span,
    message,
    severity,
    entity: r.entity,
    evidence,
    fixes: r.placeholder ? [] : redactionFixes(doc, context.policy, r.span, { entity: r.entity, maskKind: 'secret', variableName: r.variable, masked }),
  });
}

function describePlaceholder(reason: PlaceholderReason): string {
  switch (reason) {
    case 'masked':
      return 'masked or elided characters';
    case 'angle-token':
      return 'a <placeholder>';
    case 'your-value':
      return '"your key here" wording';
    case 'template':
      return 'a template reference';
    case 'word':
      return 'a placeholder word such as EXAMPLE';
    case 'repeated':
      return 'repeated characters';
    case 'sequential':
      return 'a sequential run of characters';
    case 'documentation':
      return 'sample values from documentation';
  }
}

/** A snake_case variable name from any text (`DB Password` → `db_password`). */
export function variableName(text: string, fallback: string): string {
  const snake = text.replace(CAMEL, '$1_$2').toLowerCase().replace(NON_WORD, '_');
  let start = 0;
  let end = snake.length;
  while (start < end && snake[start] === '_') start++;
  while (end > start && snake[end - 1] === '_') end--;
  const name = snake.slice(start, end);
  return name && !LEADING_DIGIT.test(name) ? name : fallback;
}

/** Option readers that tolerate any value a policy file may hold. */
export function numberOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function stringListOption(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const CAMEL = /([a-z0-9])([A-Z])/g;
const NON_WORD = /[^a-z0-9]+/g;
const LEADING_DIGIT = /^[0-9]/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [CAMEL, NON_WORD, LEADING_DIGIT];
