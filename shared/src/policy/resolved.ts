/**
 * The policy in force for one file: every `extends`, every matching `overrides` entry merged, in order.
 * Produced by `policy/resolve.ts`; read by the engine and by rules (through `RuleContext.policy`).
 */
import type { Severity, SeveritySetting, Span } from '../types';
import type {
  AgentsSection, BudgetsSection, DataClass, InputsSection, MetadataSection, ModelsSection, PolicyException,
  PolicyTest, RedactionSection, SuppressionsSection, UrlsSection,
} from './types';

/** Where a policy value was written, so that findings can point at the policy line. */
export interface PolicyOrigin {
  /** Policy file path, or a preset name (`promptgov:recommended`). */
  file: string;
  /** Key path, e.g. `rules["pii/email"]`, `exceptions[2]`. */
  keyPath: string;
  /** The value's span in that file, when it is a file. */
  span?: Span;
}

export interface RuleEntry {
  /** Rule id or glob (`pii/*`). Later entries win over earlier ones. */
  pattern: string;
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
  origin: PolicyOrigin;
}

export interface ResolvedException extends PolicyException {
  origin: PolicyOrigin;
  /** Folder of the policy that declared it; `files` globs are relative to it. */
  baseDir: string;
}

export interface ResolvedPolicy {
  /** The policy files in force, nearest first, then presets (`promptgov:recommended`). */
  sources: string[];
  /** The folder of the nearest policy file ('' when only the embedded preset applies); globs are relative to it. */
  baseDir: string;
  /** Rule settings in order of precedence (later wins): presets, extended files, the file, matching overrides. */
  rules: RuleEntry[];
  models: ModelsSection;
  inputs: InputsSection;
  metadata: MetadataSection;
  dataClasses: Record<string, DataClass>;
  budgets: BudgetsSection;
  blockedPhrases: string[];
  delimiters: string[];
  /** `urls` (key by key, the later source wins); absent when no source sets it. */
  urls?: UrlsSection;
  /** `agents` (key by key, the later source wins); absent when no source sets it. */
  agents?: AgentsSection;
  nonSuppressible: string[];
  suppressions: SuppressionsSection;
  redaction: RedactionSection;
  exceptions: ResolvedException[];
  templates: string[];
  include: string[];
  exclude: string[];
  tests: PolicyTest[];
}

/** The effective setting of one rule. */
export interface RuleConfig {
  severity: SeveritySetting;
  options: Record<string, unknown>;
  origin?: PolicyOrigin;
}

export type { Severity };
