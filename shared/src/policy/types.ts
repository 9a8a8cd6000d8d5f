/**
 * The policy file `.promptgov.yaml`, as TypeScript types. The JSON Schema in `policy.schema.json` is
 * generated from `PolicyFile` (`npm run schema`); a test fails when the committed schema drifts.
 * Comments on these types become the schema's descriptions, shown by editors on hover.
 */
import type { SeveritySetting } from '../types';

/** A rule's setting: a severity, or `[severity, options]`. */
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface PolicyFile {
  /** The JSON Schema of this file, for editors (ignored by promptgov). */
  $schema?: string;
  /** Stop looking for policy files in parent folders: this file is the outermost that applies. */
  root?: boolean;
  /**
   * Presets or files this policy builds on, applied in order before this file: `promptgov:recommended`,
   * `promptgov:strict`, or a path relative to this file. `promptgov:recommended` always applies underneath.
   */
  extends?: string | string[];
  /** Which files are prompt files beyond the built-in name patterns, and which to skip. */
  files?: FilesSection;
  /** Model allow-list, deprecations, display-name aliases. */
  models?: ModelsSection;
  /** Which template inputs are trusted (globs on input names). Every input is untrusted unless trusted. */
  inputs?: InputsSection;
  /** Metadata every prompt file must carry. */
  metadata?: MetadataSection;
  /** Data classes (the values `data_class` may take) and their maximum retention (`30d`, `12w`, `6m`, `1y`). */
  data_classes?: Record<string, DataClass>;
  /** Token budgets. */
  budgets?: BudgetsSection;
  /** Extra phrases to report as instruction overrides, in RE2 syntax (linear-time, always); `(?i)` ignores case. */
  blocked_phrases?: string[];
  /** Extra delimiters that fence untrusted input (tag names, or `open ... close` pairs). */
  delimiters?: string[];
  /** Hosts that prompt text may link to or load images from with data in the URL (`injection/exfil-url`). */
  urls?: UrlsSection;
  /** Least privilege for VS Code agent, chat mode and prompt files: tools, MCP servers, handoffs (`agent/tool-scope`). */
  agents?: AgentsSection;
  /** Per-rule severity (`error|warning|info|hint|off`) and options; keys are rule ids or globs (`pii/*`). */
  rules?: Record<string, RuleSetting>;
  /** Rule ids or globs (`secret/*`) that inline directives, exceptions and baselines cannot silence. */
  non_suppressible?: string[];
  /** What an inline suppression must carry. */
  suppressions?: SuppressionsSection;
  /** How sensitive values are redacted by fixes. */
  redaction?: RedactionSection;
  /** Settings that apply to files matching globs. */
  overrides?: Override[];
  /** Approved exceptions to rules, with a reason, an approver and an expiry. */
  exceptions?: PolicyException[];
  /** The policy's own test cases, run by `promptgov policy test`. */
  tests?: PolicyTest[];
}

export interface FilesSection {
  /** Globs (relative to the policy file) of files to check in addition to the built-in prompt file names. */
  include?: string[];
  /** Globs of files never to check. */
  exclude?: string[];
  /** Globs of plain template files (Jinja, Handlebars, Mustache, text) to check as prompts. */
  templates?: string[];
}

export interface ModelsSection {
  /** Globs of approved model ids (`openai/gpt-4.1*`). When absent, every model is approved. */
  approved?: string[];
  /** Deprecated models, with a sunset date and a replacement. */
  deprecated?: DeprecatedModel[];
  /** Display names or short names mapped to model ids (`"GPT-4o": openai/gpt-4o`). */
  aliases?: Record<string, string>;
  /** Require dated snapshots instead of moving aliases. */
  require_pinned?: boolean;
}

export interface DeprecatedModel {
  /** Model id or glob. */
  id: string;
  /**
   * Date (YYYY-MM-DD) after which the model must not be used.
   * @pattern ^\d{4}-\d{2}-\d{2}$
   */
  sunset?: string;
  /** The model to use instead. */
  replacement?: string;
}

export interface InputsSection {
  /** Globs of input names treated as untrusted (default: all). */
  untrusted?: string[];
  /** Globs of input names treated as trusted. */
  trusted?: string[];
  /**
   * Whether a prompt file may declare its own inputs trusted (`trusted: true`, `x-promptgov-trusted: true`, a
   * top-level `x-promptgov-trusted: [names]` list). Default true; set false to keep trust decisions in the
   * policy alone. A file declaring an input untrusted (`trusted: false`) is always honoured.
   */
  allow_file_trust?: boolean;
}

export interface UrlsSection {
  /**
   * Globs of host names (`docs.contoso.com`, `*.contoso.com`) that prompt text may send data to through a
   * URL: Markdown images and links, HTML images and bare URLs built from template expressions or carrying
   * placeholder data in their query. Other hosts are reported by `injection/exfil-url`.
   */
  allowed_hosts?: string[];
}

export interface AgentsSection {
  /** Tool lists must name each tool: `'*'` and `server/*` entries are reported. */
  require_explicit_tools?: boolean;
  /** Globs of host names MCP servers may be reached at (`*.githubcopilot.com`). When absent, every host is allowed. */
  allowed_mcp_hosts?: string[];
  /** Globs of agent names a handoff may send its prompt to automatically (`send: true`). When absent, every agent is allowed. */
  allowed_handoffs?: string[];
}

export interface MetadataSection {
  /** Metadata fields every prompt must have: `owner`, `version`, `data_class`, `retention`, `description`, `name`. */
  required?: string[];
  /** RE2 pattern an owner must match (e.g. `^@[a-z0-9-]+(/[a-z0-9-]+)?$`). */
  owner_pattern?: string;
}

export interface DataClass {
  /**
   * Longest retention allowed: a duration such as `30d`, `12w`, `6m`, `1y`.
   * @pattern ^\d+[dwmy]$
   */
  max_retention?: string;
  /** What the class covers. */
  description?: string;
}

export interface BudgetsSection {
  /**
   * Maximum tokens of static prompt text, per message and in total.
   * @asType integer
   * @minimum 1
   */
  max_prompt_tokens?: number;
  /**
   * Maximum output tokens a prompt may ask for.
   * @asType integer
   * @minimum 1
   */
  max_output_tokens?: number;
  /** Encoding used for models whose tokenizer is not known (`o200k_base`, `cl100k_base`). */
  encoding?: 'o200k_base' | 'cl100k_base';
}

export interface SuppressionsSection {
  /** An inline suppression must say why (`-- reason`). */
  require_reason?: boolean;
  /** An inline suppression must name an approver (`approved-by: @x`). */
  require_approver?: boolean;
  /**
   * Longest time an inline suppression or exception may last, in days: each needs an `expires` date at most
   * this far ahead.
   * @asType integer
   * @minimum 1
   */
  max_days?: number;
}

export interface RedactionSection {
  /** `label` → `[REDACTED_EMAIL]`, `variable` → a template variable, `mask` → the masked form. */
  style?: 'label' | 'variable' | 'mask';
}

export interface Override {
  /**
   * Globs (relative to the policy file) of the files this override applies to.
   * @minItems 1
   */
  files: string[];
  /** Globs of files excluded from this override. */
  excludedFiles?: string[];
  /** Rule settings for these files, applied after the policy's own `rules`. */
  rules?: Record<string, RuleSetting>;
  /** Model settings for these files (key by key over the policy's). */
  models?: ModelsSection;
  /** Input trust for these files. */
  inputs?: InputsSection;
  /** Metadata requirements for these files. */
  metadata?: MetadataSection;
  /** Token budgets for these files. */
  budgets?: BudgetsSection;
}

export interface PolicyException {
  /** Rule id or glob. */
  rule: string;
  /** Globs of files it covers (relative to the policy file). */
  files?: string[];
  /**
   * Why the exception is acceptable.
   * @minLength 1
   */
  reason: string;
  /** Who approved it (`@security`). */
  approved_by?: string;
  /**
   * Date (YYYY-MM-DD) after which the exception no longer applies.
   * @pattern ^\d{4}-\d{2}-\d{2}$
   */
  expires?: string;
}

export interface PolicyTest {
  /** A name shown in the test table. */
  name?: string;
  /** Prompt text to check. */
  text?: string;
  /** A file to check (relative to the policy file). */
  file?: string;
  /** File name used to pick the format for `text` (default `test.prompt`). */
  filename?: string;
  /** Rule ids that must be reported. */
  expect?: string[];
  /** Rule ids that must not be reported. */
  expect_not?: string[];
}
