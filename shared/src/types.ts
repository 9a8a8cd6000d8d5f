/**
 * The data model shared by every part of promptgov: what parsers produce (PromptDocument), what rules
 * report (Finding) and the plain-data fixes that the CLI and the editor both apply.
 *
 * Offsets are 0-based UTF-16 code units into the file's text, as JavaScript strings index them.
 * Only the language server converts them to LSP positions; only reporters add 1 for humans.
 */
import type { Document as YamlDocument, LineCounter } from 'yaml';

/** A half-open span `[offset, endOffset)` of the file's text. */
export interface Span {
  offset: number;
  endOffset: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A severity as a policy writes it: `off` disables a rule. */
export type SeveritySetting = Severity | 'off';

export const SEVERITY_ORDER: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

export type Format =
  | 'prompty'
  | 'dotprompt'
  | 'github-prompt'
  | 'copilot'
  | 'promptl'
  | 'template'
  | 'policy';

/** The template language a body is written in; decides expression syntax and comment syntax. */
export type TemplateEngine =
  | 'jinja' // Prompty default, *.jinja, *.j2
  | 'handlebars' // Dotprompt, *.hbs
  | 'mustache' // Prompty with template: mustache, *.mustache
  | 'promptl'
  | 'github' // GitHub Models: plain {{var}} replacement
  | 'copilot' // VS Code: ${selection}, ${input:name}
  | 'text'; // no template syntax

export type Role = 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'unknown';

/** What a message is for: policies grade findings by it (a phone number in test data is less alarming). */
export type MessageKind = 'instructions' | 'example' | 'test-data' | 'sample';

export interface Message {
  role: Role;
  /** The role as written (`model`, `human`, `# User`), when the file wrote one. */
  roleText?: string;
  /** The span of the role marker itself (`system:` line, `{{role "system"}}`, `<system>`, `role: system`). */
  marker?: Span;
  /** The content span (the text the model will see, template syntax included). */
  content: Span;
  kind: MessageKind;
}

export type ExpressionKind =
  | 'variable' // {{ x }}, {{x.y}}, ${input:x}
  | 'block' // {% if %}, {{#each}}, {{ for }} … opening or closing
  | 'helper' // {{role "system"}}, {{media url=x}}, {{history}}, {{section "x"}}
  | 'partial' // {{> name}}, <prompt path="..."/>
  | 'comment'; // {{! }}, {# #}, /* */

export interface Expression {
  kind: ExpressionKind;
  /** The full expression as written, delimiters included: `{{ customer.name | upper }}`. */
  span: Span;
  /** The source between the delimiters, trimmed. */
  source: string;
  /** The root variable read (`customer` for `customer.name`), when the expression reads one. */
  variable?: string;
  /** The dotted path read (`customer.name`). */
  path?: string;
  /** All variables referenced by the expression (arguments of helpers, conditions of blocks). */
  references: string[];
  /** Output is not escaped: `{{{x}}}`, `{{& x}}`, `| safe`, any Dotprompt/GitHub/PromptL interpolation. */
  raw: boolean;
  /** Index into `messages` of the message containing it, or -1 when outside any message (front matter). */
  message: number;
  /** The delimiter enclosing the expression, if any: an XML-like tag pair, a fenced block or quotes. */
  delimiter?: Delimiter;
  /** Variables bound by an enclosing block (`{% for x in xs %}`, `{{#each xs as |x|}}`): not inputs. */
  local?: boolean;
  /** For blocks: the block keyword (`if`, `for`, `each`, `endif`, `/each`). */
  block?: string;
}

export interface Delimiter {
  kind: 'tag' | 'fence' | 'quotes' | 'policy';
  /** Tag name for `tag`, the fence/quote characters otherwise. */
  name: string;
  span: Span;
}

export interface Input {
  name: string;
  /** Where it is declared (the key). */
  span: Span;
  source: 'picoschema' | 'json-schema' | 'prompty-inputs' | 'github-test-data' | 'github-variables' | 'default' | 'promptl' | 'copilot';
  type?: string;
  /** Declared trust in the file itself (e.g. `trusted: true` or an `x-promptgov-trusted` key); undefined = not declared. */
  trusted?: boolean;
  /** Span of a sample/default value, where one is declared. */
  sample?: Span;
}

export interface ModelRef {
  /** The model as written (`googleai/gemini-2.5-flash`, `gpt-4o`, `Claude Sonnet 4.5`). */
  id: string;
  span: Span;
  /** Where it was found: a key path such as `model`, `model.id`, `model.configuration.azure_deployment`, `handoffs[0].model`. */
  source: string;
  /** Provider when the file says it (`model.configuration.type: azure_openai`, `model.provider`). */
  provider?: string;
  /**
   * The value is a run-time reference (`${env:DEPLOYMENT}`, `${file:…}`), not a model id: `id` is the
   * reference as written and the actual model is unknown to a static check.
   */
  indirect?: boolean;
}

export interface MetaField {
  value: string;
  /** The span of the value (not the key). */
  span: Span;
  /** The key path it was read from (`version`, `metadata.version`, `ext.owner`). */
  source: string;
}

export interface Metadata {
  name?: MetaField;
  version?: MetaField;
  owner?: MetaField;
  dataClass?: MetaField;
  retention?: MetaField;
  description?: MetaField;
  /** Max output tokens the file asks for (`config.maxOutputTokens`, `parameters.max_tokens`, …). */
  maxOutputTokens?: MetaField;
  /** Every other scalar metadata field, by dotted key. */
  extra: Record<string, MetaField>;
}

/** A comment in the file, in the format's own syntax; inline directives are read from these. */
export interface Comment {
  span: Span;
  /** The comment's text without its delimiters. */
  text: string;
  /** Where the text starts (so that a directive's rule id can be located). */
  textOffset: number;
}

/** A reference to another prompt file: Dotprompt partial, PromptL include, Prompty ${file:…}. */
export interface Reference {
  kind: 'partial' | 'include' | 'file';
  name: string;
  span: Span;
}

/** A problem the parser met; becomes a finding of `ruleId` (a `format/*` rule) at `span`. */
export interface ParseProblem {
  ruleId: string;
  span: Span;
  message: string;
}

export interface FrontMatter {
  /** The whole front matter block, fences included. */
  span: Span;
  /** The YAML text between the fences. */
  content: Span;
  /** The parsed YAML (offsets are into the file's text: the parser is given the whole file's offsets). */
  yaml?: YamlDocument.Parsed;
  /** The plain JS value of the front matter (undefined when it is not a mapping or could not be read). */
  value?: Record<string, unknown>;
}

export interface PromptDocument {
  /** Path as given (POSIX separators), used for globs and output. */
  path: string;
  text: string;
  format: Format;
  /** Sub-kind: Copilot `prompt|instructions|agent|chatmode`, Dotprompt `partial`, template `jinja|…`. */
  variant?: string;
  engine: TemplateEngine;
  frontMatter?: FrontMatter;
  /** The body span (after the front matter). For YAML-only formats, the whole file. */
  body: Span;
  metadata: Metadata;
  models: ModelRef[];
  messages: Message[];
  expressions: Expression[];
  inputs: Input[];
  references: Reference[];
  comments: Comment[];
  problems: ParseProblem[];
  /** Line starts, for offset→line/column (0-based offsets of each line's first character). */
  lineStarts: number[];
}

/** A text edit: replace `[offset, endOffset)` with `text`. */
export interface TextEdit {
  offset: number;
  endOffset: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix is a snippet with placeholders the user completes (editor only; the CLI does not apply it). */
  snippet?: boolean;
}

/** Why a finding was reported: which detector, validator, context words, policy line. Never a raw value. */
export interface Evidence {
  detector?: string;
  validators?: string[];
  context?: string[];
  placeholder?: boolean;
  policy?: string;
  confidence?: number;
  [key: string]: unknown;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  /** Human message; never holds a full sensitive value (see engine/mask.ts). */
  message: string;
  /** 1-based line/column of `offset` and `endOffset`. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** What a sensitive-data finding found: `email`, `phone`, `openai`, … */
  entity?: string;
  fingerprint: string;
  evidence: Evidence;
  fixes: Fix[];
  /** Set when an inline directive or a policy exception suppressed it (kept for `suppression/unused` and audits). */
  suppressed?: { by: 'directive' | 'exception'; reason?: string };
}

export interface FileResult {
  path: string;
  format: Format | 'unknown';
  findings: Finding[];
  /** Problems that are not findings: e.g. "not a prompt file" when checked explicitly. */
  notes?: string[];
}
