/**
 * Completion, decided from the text around the cursor:
 * - prompt files: front-matter keys of the format (`knownKeys`) at a top-level key position, approved
 *   models after `model:` (and the other keys and list items that name models), declared and used
 *   variables inside template braces (`{{ `, `{% `, `${input:`), Dotprompt helpers;
 * - `.promptgov.yaml`: top-level keys, rule ids under `rules:` (and after `rule:`, in `non_suppressible`),
 *   severities after a rule id, presets after `extends:`.
 */
import {
  CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type CompletionParams, type Range,
} from 'vscode-languageserver';
import { knownKeys } from '../../../shared/src/formats';
import { isConcreteModelId, matchModelPattern, normalizeModelId } from '../../../shared/src/models/normalize';
import { PRESETS } from '../../../shared/src/policy/presets';
import { allRules } from '../../../shared/src/rules';
import type { PromptDocument } from '../../../shared/src/types';
import type { ResolvedPolicy } from '../../../shared/src/policy/resolved';
import type { LineMap } from '../positions';
import type { ServerState } from '../state';

export const TRIGGER_CHARACTERS = ['{', ' ', ':', '"', "'", '/'];

export function registerCompletion(state: ServerState): void {
  state.connection.onCompletion(state.guard('textDocument/completion', null, (params) => completion(state, params)));
}

/** What the policy file's top-level keys are for (PolicyFile in shared/src/policy/types.ts). */
const POLICY_KEYS: Record<string, string> = {
  root: 'Stop looking for policy files in parent folders.',
  extends: 'Presets or files this policy builds on.',
  files: 'Which files are prompt files beyond the built-in names, and which to skip.',
  models: 'Model allow-list, deprecations, display-name aliases.',
  inputs: 'Which template inputs are trusted (globs on input names).',
  metadata: 'Metadata every prompt file must carry.',
  data_classes: 'Data classes and their maximum retention.',
  budgets: 'Token budgets.',
  blocked_phrases: 'Extra phrases to report as instruction overrides (RE2).',
  delimiters: 'Extra delimiters that fence untrusted input.',
  rules: 'Per-rule severity and options; keys are rule ids or globs.',
  non_suppressible: 'Rule id globs that inline directives cannot silence.',
  suppressions: 'What an inline suppression must carry.',
  redaction: 'How sensitive values are redacted by fixes.',
  overrides: 'Settings that apply to files matching globs.',
  exceptions: 'Approved exceptions to rules, with a reason, an approver and an expiry.',
  tests: "The policy's own test cases (`promptgov policy test`).",
};

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];
/** Keys whose value names a model: `model`, and under `model:` (Prompty) `id`, `azure_deployment`, … */
const MODEL_KEYS = /^(model|id|azure_deployment|deployment|modelId)$/;
const DOTPROMPT_HELPERS: Record<string, string> = {
  'role "system"': 'Start a system message.',
  'role "user"': 'Start a user message.',
  'role "model"': 'Start a model (assistant) message.',
  history: 'The conversation history.',
  'media url=': 'Insert media from a URL.',
  'section "output"': 'Place a section.',
};
/** Characters before the cursor that completion looks at. */
const MAX_CONTEXT = 1000;
const COPILOT_VARIABLES = ['selection', 'selectedText', 'file', 'fileBasename', 'fileDirname', 'fileBasenameNoExtension', 'workspaceFolder', 'workspaceFolderBasename'];

export function completion(state: ServerState, params: CompletionParams): CompletionList | null {
  const checked = state.checkOpen(params?.textDocument?.uri);
  const doc = checked?.analysis?.document;
  if (!checked || !doc) return null;
  const lines = checked.lines;
  const offset = lines.offset(params.position);
  const line = lines.lineOf(offset);
  // Only the end of a very long line matters (and regular expressions then stay cheap).
  const lineStart = lines.lineStart(line);
  const truncated = offset - lineStart > MAX_CONTEXT;
  const before = lines.text.slice(truncated ? offset - MAX_CONTEXT : lineStart, offset);
  const ctx: Ctx = { state, doc, lines, offset, line, before, policy: checked.policy.policy };
  const items = truncated ? braceItems(ctx) : doc.format === 'policy' ? policyItems(ctx) : (braceItems(ctx) ?? yamlItems(ctx));
  if (!items) return null;
  return { isIncomplete: false, items };
}

interface Ctx {
  state: ServerState;
  doc: PromptDocument;
  lines: LineMap;
  offset: number;
  line: number;
  /** The current line's text before the cursor. */
  before: string;
  policy: ResolvedPolicy;
}

/** The range of the word being typed (matched at the end of `before`), replaced by the completion. */
function wordRange(ctx: Ctx, typed: string): Range {
  return ctx.lines.range({ offset: ctx.offset - typed.length, endOffset: ctx.offset });
}

// ---- template braces --------------------------------------------------------------------------------------

function braceItems(ctx: Ctx): CompletionItem[] | undefined {
  const { doc, before } = ctx;
  if (inYaml(ctx)) return undefined;
  if (doc.engine === 'copilot' || doc.format === 'copilot') {
    const m = /\$\{(input:)?([\w-]*)$/.exec(before);
    if (!m) return undefined;
    const typed = m[2];
    if (m[1]) return variables(ctx).map((v) => item(ctx, v, typed, CompletionItemKind.Variable, 'declared input'));
    return [
      ...COPILOT_VARIABLES.map((v) => item(ctx, v, typed, CompletionItemKind.Variable, 'VS Code variable')),
      { ...item(ctx, 'input:', typed, CompletionItemKind.Keyword, 'ask the user for a value'), command: { title: 'suggest', command: 'editor.action.triggerSuggest' } },
    ];
  }
  // `{{ x`, `{{#if x`, `{% if x`: an opening brace without its closing one before the cursor.
  const open = Math.max(before.lastIndexOf('{{'), before.lastIndexOf('{%'));
  if (open < 0) return undefined;
  const inside = before.slice(open + 2);
  if (/}}|%}/.test(inside)) return undefined;
  const typed = trailingWord(inside);
  const items = variables(ctx).map((v) => item(ctx, v, typed, CompletionItemKind.Variable, doc.inputs.some((i) => i.name === v) ? 'declared input' : 'used in this file'));
  if (doc.format === 'dotprompt' && /^\{?\s*[\w.-]*$/.test(inside)) {
    for (const [helper, detail] of Object.entries(DOTPROMPT_HELPERS)) items.push(item(ctx, helper, typed, CompletionItemKind.Function, detail));
  }
  return items;
}

/** Declared inputs first, then variables the file already reads (not block-local ones). */
function variables(ctx: Ctx): string[] {
  const names = new Set<string>();
  for (const i of ctx.doc.inputs) names.add(i.name);
  for (const e of ctx.doc.expressions) {
    if (e.variable && !e.local && !(e.span.offset <= ctx.offset && ctx.offset <= e.span.endOffset)) names.add(e.variable);
  }
  return [...names];
}

// ---- YAML front matter ------------------------------------------------------------------------------------

function inYaml(ctx: Ctx): boolean {
  const { doc, offset } = ctx;
  if (doc.format === 'github-prompt' || doc.format === 'policy') return true;
  const fm = doc.frontMatter;
  return !!fm && offset >= fm.content.offset && offset <= fm.content.endOffset;
}

function yamlItems(ctx: Ctx): CompletionItem[] | undefined {
  if (!inYaml(ctx)) return undefined;
  const { before, doc } = ctx;
  const key = /^([ \t]*)([\w.-]*)$/.exec(before);
  if (key) {
    if (key[1].length === 0) {
      const present = new Set(Object.keys(doc.frontMatter?.value ?? {}));
      const typed = key[2];
      return [...knownKeys(doc.format, doc.variant)]
        .filter((k) => !present.has(k) || k === typed)
        .map((k) => ({ ...item(ctx, k, typed, CompletionItemKind.Property, `${doc.format} front matter`), insertText: `${k}: `, textEdit: { range: wordRange(ctx, typed), newText: `${k}: ` } }));
    }
    return undefined; // nested keys: the format's tables list top-level keys only
  }
  const value = /^[ \t]*(?:-[ \t]+)?([\w.-]+)[ \t]*:[ \t]*(["']?)([^"'\s]*)$/.exec(before);
  if (value && MODEL_KEYS.test(value[1]) && (value[1] === 'model' || value[1] === 'modelId' || parentKey(ctx) === 'model' || parentKey(ctx) === 'configuration')) {
    return modelItems(ctx, value[3]);
  }
  const listItem = /^[ \t]*-[ \t]+["']?([^"'\s]*)$/.exec(before);
  if (listItem && isModelListItem(ctx)) return modelItems(ctx, listItem[1]);
  const flowList = /^[ \t]*model[ \t]*:[ \t]*\[([^\]]*)$/.exec(before);
  if (flowList) return modelItems(ctx, flowList[1].slice(flowList[1].lastIndexOf(',') + 1).trim().replace(/^["']/, ''));
  return undefined;
}

function isModelListItem(ctx: Ctx): boolean {
  return /^[ \t]*-/.test(ctx.before) && parentKey(ctx) === 'model';
}

/** The key of the nearest line above with less indentation (the mapping the cursor's line belongs to). */
function parentKey(ctx: Ctx): string | undefined {
  const indent = /^[ \t]*/.exec(ctx.lines.lineText(ctx.line))![0].length;
  for (let l = ctx.line - 1; l >= 0 && l >= ctx.line - 500; l--) {
    const text = ctx.lines.lineText(l);
    if (!text.trim() || /^\s*#/.test(text)) continue;
    const m = /^([ \t]*)(?:-[ \t]+)?["']?([\w./*-]+)["']?[ \t]*:/.exec(text);
    const own = /^[ \t]*/.exec(text)![0].length;
    if (own < indent || (own === indent && /^[ \t]*-/.test(ctx.lines.lineText(ctx.line)) && !/^[ \t]*-/.test(text))) {
      return m?.[2];
    }
  }
  return undefined;
}

/** Models the policy approves by name (`models.approved` without globs), and aliases for display names. */
function modelItems(ctx: Ctx, typed: string): CompletionItem[] {
  const models = ctx.policy.models;
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  const deprecated = models.deprecated ?? [];
  const isDeprecated = (id: string) => deprecated.some((d) => matchModelPattern(normalizeModelId({ id, span: { offset: 0, endOffset: 0 }, source: 'model' }), d.id));
  const add = (label: string, detail: string) => {
    if (seen.has(label) || isDeprecated(label)) return;
    seen.add(label);
    out.push(item(ctx, label, typed, CompletionItemKind.Value, detail));
  };
  for (const p of models.approved ?? []) if (isConcreteModelId(p)) add(p, 'approved by the policy');
  const aliasesWanted = ctx.doc.format === 'copilot';
  for (const [name, target] of Object.entries(models.aliases ?? {})) {
    const approved = !models.approved || models.approved.some((p) => matchModelPattern(normalizeModelId({ id: target, span: { offset: 0, endOffset: 0 }, source: 'model' }), p));
    if (!approved) continue;
    if (aliasesWanted) add(name, `alias of ${target}`);
    else add(target, `approved (alias ${name})`);
  }
  for (const d of deprecated) if (d.replacement && isConcreteModelId(d.replacement)) add(d.replacement, `replacement for ${d.id}`);
  return out;
}

// ---- policy file ------------------------------------------------------------------------------------------

function policyItems(ctx: Ctx): CompletionItem[] | undefined {
  const { before } = ctx;
  const top = /^([\w_]*)$/.exec(before);
  if (top) {
    const present = new Set([...ctx.doc.text.matchAll(/^([\w-]+)[ \t]*:/gm)].map((m) => m[1]));
    return Object.entries(POLICY_KEYS)
      .filter(([k]) => !present.has(k) || k === top[1])
      .map(([k, doc]) => ({ ...item(ctx, k, top[1], CompletionItemKind.Property, doc), textEdit: { range: wordRange(ctx, top[1]), newText: `${k}: ` }, documentation: doc }));
  }
  const extendsValue = /^(?:extends[ \t]*:[ \t]*|[ \t]+-[ \t]+)(["']?)([\w:.-]*)$/.exec(before);
  if (extendsValue && (/^extends/.test(before) || parentKey(ctx) === 'extends')) {
    return [...PRESETS.keys()].map((p) => item(ctx, p, extendsValue[2], CompletionItemKind.Module, 'embedded preset'));
  }
  const parent = parentKey(ctx);
  const ruleKey = /^[ \t]+(["']?)([\w/*.-]*)$/.exec(before);
  if (ruleKey && parent === 'rules') {
    const snippets = ctx.state.features.completionSnippets;
    return allRules.map((r) => {
      const id = r.meta.id;
      const base = item(ctx, id, ruleKey[2], CompletionItemKind.Field, `${r.meta.description} (default: ${r.meta.defaultSeverity})`);
      const quote = ruleKey[1];
      const newText = snippets ? `${id}${quote}: \${1|${SEVERITIES.join(',')}|}` : `${id}${quote}: `;
      return { ...base, textEdit: { range: wordRange(ctx, ruleKey[2]), newText }, ...(snippets ? { insertTextFormat: InsertTextFormat.Snippet } : {}) };
    });
  }
  const severity = /^[ \t]+["']?[\w/*.-]+["']?[ \t]*:[ \t]*(?:\[[ \t]*)?(\w*)$/.exec(before);
  if (severity && parent === 'rules') {
    return SEVERITIES.map((s) => item(ctx, s, severity[1], CompletionItemKind.EnumMember, 'severity'));
  }
  const ruleValue = /^[ \t]*(?:-[ \t]+)?rule[ \t]*:[ \t]*(["']?)([\w/*.-]*)$/.exec(before);
  const listValue = /^[ \t]+-[ \t]+(["']?)([\w/*.-]*)$/.exec(before);
  if (ruleValue || (listValue && parent === 'non_suppressible')) {
    const typed = (ruleValue ?? listValue)![2];
    return allRules.map((r) => item(ctx, r.meta.id, typed, CompletionItemKind.Field, r.meta.description));
  }
  return undefined;
}

/** The identifier-like word (`[\w.-]`) that ends `text`. */
function trailingWord(text: string): string {
  let i = text.length;
  while (i > 0 && /[\w.-]/.test(text[i - 1])) i--;
  return text.slice(i);
}

function item(ctx: Ctx, label: string, typed: string, kind: CompletionItemKind, detail: string): CompletionItem {
  return { label, kind, detail, textEdit: { range: wordRange(ctx, typed), newText: label } };
}
