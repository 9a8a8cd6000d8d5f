/**
 * The rule contract. One rule per file at `rules/<category>/<rule-name>.ts`; its id is that path.
 * A rule reads the document and the resolved policy and calls `context.report(...)`; it never throws to
 * its caller (the engine turns a crash into one `internal/rule-error` finding).
 */
import type { Evidence, Finding, Fix, Format, PromptDocument, Severity, SeveritySetting, Span } from '../types';
import type { ResolvedException, ResolvedPolicy } from '../policy/resolved';
import type { Directive } from '../engine/directives';

export interface RuleOption {
  type: 'boolean' | 'number' | 'string' | 'string[]';
  default: unknown;
  description: string;
  /** For `string`: the allowed values. */
  enum?: string[];
}

export interface RuleMeta {
  /** `category/rule-name`, equal to the file path under `rules/`. */
  id: string;
  /** One sentence: what the rule reports. */
  description: string;
  /** Severity when the policy says nothing; `off` for opt-in rules. */
  defaultSeverity: SeveritySetting;
  /** Whether findings carry fixes. */
  fixable: boolean;
  /** Formats the rule applies to; when absent, every format but `policy`. */
  formats?: readonly Format[];
  /** Options with their defaults; the policy's `rules: { id: [severity, {…}] }` overrides them. */
  options?: Readonly<Record<string, RuleOption>>;
  /**
   * The rule reports the parser's problems whose `ruleId` is this rule's id (format/* rules). The engine
   * does that for it; `check` may add more.
   */
  reportsParseProblems?: boolean;
}

/** What `check` is given besides the document. */
export interface CheckEnvironment {
  /** "Today", for expiry dates. Tests pass a fixed date. */
  now: Date;
  /**
   * The text of the same file at the base revision: a string, `null` when the file is new there, or
   * undefined when no base is known (no git, not asked for).
   */
  baseText?: string | null;
  /** Names of prompt files known to exist (for partials/includes), relative POSIX paths; undefined = unknown. */
  knownFiles?: ReadonlySet<string>;
}

export interface Report {
  span: Span;
  /** The message; pass sensitive values only through `mask()` (engine/mask.ts). */
  message: string;
  /** Overrides the rule's configured severity for this finding (e.g. placeholders → info). */
  severity?: Severity;
  entity?: string;
  evidence?: Evidence;
  fixes?: Fix[];
  /**
   * The normalized matched text for the fingerprint (defaults to the text at `span`). It is hashed, never
   * printed.
   */
  fingerprintText?: string;
}

export interface RuleContext {
  readonly document: PromptDocument;
  readonly policy: ResolvedPolicy;
  /** The rule's options, defaults merged with the policy's. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The configured severity (never `off`: rules that are off do not run). */
  readonly severity: Severity;
  readonly env: CheckEnvironment;
  report(report: Report): void;
}

/** What directives and exceptions did in one file, for `Rule.afterSuppressions`. */
export interface SuppressionResult {
  /** Findings in force (sorted by offset). */
  readonly findings: readonly Finding[];
  /** Findings silenced by a directive or an exception. */
  readonly suppressed: readonly Finding[];
  /** The file's inline directives; `used` says whether each silenced at least one finding. */
  readonly directives: readonly Directive[];
  /** Policy exceptions that silenced at least one finding in this file. */
  readonly usedExceptions: readonly ResolvedException[];
  /** Ids of the rules whose `check` ran on this file (enabled, format applies, not filtered out). */
  readonly ranRules: ReadonlySet<string>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
  /**
   * Optional second pass, for rules about suppressions themselves (`suppression/*`): runs after every rule's `check`, once directives and exceptions have been
   * applied, with what they did. What it reports is final: no directive or exception applies to it (a
   * directive cannot silence the report about itself).
   */
  afterSuppressions?(context: RuleContext, result: SuppressionResult): void;
}

/** Identity helper giving rule files a checked shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The docs URL of a rule, derived from its id. */
export function ruleDocsUrl(id: string): string {
  return `https://github.com/promptgov/promptgov/blob/main/docs/rules/${id}.md`;
}
