/**
 * Code actions, in vscode-eslint's set: for each finding under the cursor
 *   "Fix: <title>"                         one per fix (the first finding's first fix is preferred),
 *   "Fix all <rule> in file"               the first fix of every finding of the rule (non-overlapping),
 *   "Redact all sensitive data in file"    the first fix of every `pii/*` and `secret/*` finding,
 *   "Disable <rule> for this line (with reason)"  a directive in the format's comment syntax above the line,
 *   "Show documentation for <rule>"        the `promptgov.showRuleDocs` command with the URL,
 * and `source.fixAll.promptgov` (every finding's first fix; what "fix all on save" runs).
 *
 * Findings are taken from the server's own check of the current version, matched to the request's
 * diagnostics by the fingerprint in their `data` (or rule id and range): never from the message text, and
 * never from stale offsets. Fix-all edits follow `applyFixes` (the CLI's `fix`): whole fixes, no overlaps.
 *
 * Editors ask for code actions whenever the cursor moves; the edits of the three fix-all actions, and of a
 * fix whose text is large (one that moves lines between messages), can touch the whole file. A client that
 * resolves edits lazily (`codeAction.resolveSupport` with `edit`, VS Code) gets those actions without their
 * `edit` and with `data` = `ResolveData`; `codeAction/resolve` computes the edit when one is chosen, for the
 * document version the action was offered for (a newer version gets the action back without an edit).
 */
import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import picomatch from 'picomatch';
import { applyFixes } from '../../../shared/src/engine/fixes';
import { parseDirectives, directiveCovers } from '../../../shared/src/engine/directives';
import { parseDocument } from '../../../shared/src/formats';
import { ruleDocsUrl } from '../../../shared/src/rules/rule';
import type { Finding, Fix, PromptDocument, TextEdit } from '../../../shared/src/types';
import { spansTouch, type LineMap } from '../positions';
import { Commands, RedactionEditsRequest, type RedactionEditsParams, type RedactionEditsResult } from '../protocol';
import type { Checked, ServerState } from '../state';
import { SOURCE, type DiagnosticData } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.promptgov`;
const SENSITIVE = /^(pii|secret)\//;

/** Fix texts longer than this (UTF-16 units, all edits) are resolved lazily when the client can. */
const LAZY_FIX_TEXT = 2000;

/** What a lazily resolved code action carries in `data`. */
export interface ResolveData {
  uri: string;
  version: number;
  /** Which action: one fix of a finding, or a fix-all. */
  action: 'fix' | 'fixAllOfRule' | 'redactAll' | 'fixAllInFile';
  /** `fix`: the finding's fingerprint and the index of the fix. `fixAllOfRule`: the rule id. */
  fingerprint?: string;
  fix?: number;
  ruleId?: string;
}

export function registerCodeActions(state: ServerState): void {
  state.connection.onCodeAction(state.guard('textDocument/codeAction', [] as CodeAction[], (params) => codeActions(state, params)));
  // On a failure the action comes back as it was (without an edit), never as an error.
  state.connection.onCodeActionResolve((action) => state.guard('codeAction/resolve', action, () => resolveCodeAction(state, action))());
  state.connection.onRequest(RedactionEditsRequest, state.guard('promptgov/redactionEdits', null, (params) => redactionEdits(state, params)));
}

/** `promptgov/redactionEdits`: the first fix of every sensitive-data finding touching the range. */
export function redactionEdits(state: ServerState, params: RedactionEditsParams): RedactionEditsResult | null {
  const doc = state.document(params?.textDocument?.uri);
  if (!doc) return null;
  const checked = state.checkOpen(doc.uri);
  if (!checked?.analysis) return { version: doc.version, edits: [] };
  const span = params.range ? checked.lines.span(params.range) : { offset: 0, endOffset: checked.text.length };
  const fixes = checked.analysis.output.findings
    .filter((f) => SENSITIVE.test(f.ruleId) && spansTouch(f, span))
    .map((f) => f.fixes[0])
    .filter((x): x is Fix => !!x && !x.snippet);
  const edits = selectEdits(checked.text, fixes).map((e) => ({ range: checked.lines.range(e), newText: e.text }));
  return { version: doc.version, edits };
}

export function codeActions(state: ServerState, params: CodeActionParams): CodeAction[] {
  const uri = params?.textDocument?.uri;
  const doc = state.document(uri);
  if (!doc) return [];
  const checked = state.checkOpen(uri);
  if (!checked?.analysis) return [];
  const only = Array.isArray(params.context?.only) ? params.context.only.filter((k): k is string => typeof k === 'string') : undefined;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const builder = new ActionBuilder(state, checked, doc.version, state.features.codeActionResolve);
  const actions: CodeAction[] = [];

  // source.fixAll.promptgov: only when asked for (editors ask on save or from the "Source Action" menu).
  if (only && wants(FIX_ALL_KIND)) {
    const action = builder.fixAllInFile();
    if (action) actions.push(action);
  }
  if (!wants(CodeActionKind.QuickFix)) return actions;

  const matched = builder.findingsFor(params.range, Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : []);
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const seenRules = new Set<string>();
  const seenDisable = new Set<string>();
  let redactAllAdded = false;
  for (const { finding, diagnostic } of matched) {
    finding.fixes.forEach((fix, index) => fixes.push(builder.fixAction(finding, fix, index, diagnostic, fixes.length === 0)));
    if (!seenRules.has(finding.ruleId)) {
      seenRules.add(finding.ruleId);
      const all = builder.fixAllOfRule(finding.ruleId);
      if (all) others.push(all);
    }
    if (!redactAllAdded && SENSITIVE.test(finding.ruleId)) {
      const redact = builder.redactAll();
      if (redact) {
        others.push(redact);
        redactAllAdded = true;
      }
    }
    const disableKey = `${finding.ruleId}:${finding.line}`;
    if (!seenDisable.has(disableKey)) {
      seenDisable.add(disableKey);
      const disable = builder.disableForLine(finding, diagnostic);
      if (disable) others.push(disable);
    }
  }
  for (const ruleId of seenRules) others.push(builder.showDocs(ruleId));
  return [...actions, ...fixes, ...others];
}

/** `codeAction/resolve`: the edit of an action offered lazily, if its document is still at that version. */
export function resolveCodeAction(state: ServerState, action: CodeAction): CodeAction {
  const data = (action?.data ?? {}) as Partial<ResolveData>;
  const doc = state.document(data.uri);
  if (!doc || doc.version !== data.version) return action;
  const checked = state.checkOpen(doc.uri);
  if (!checked?.analysis) return action;
  const builder = new ActionBuilder(state, checked, doc.version, false);
  let resolved: CodeAction | undefined;
  if (data.action === 'fix') {
    const finding = checked.analysis.output.findings.find((f) => f.fingerprint === data.fingerprint);
    const fix = typeof data.fix === 'number' ? finding?.fixes[data.fix] : undefined;
    if (finding && fix) resolved = builder.fixAction(finding, fix, data.fix!, undefined, false);
  } else if (data.action === 'fixAllOfRule' && typeof data.ruleId === 'string') resolved = builder.fixAllOfRule(data.ruleId);
  else if (data.action === 'redactAll') resolved = builder.redactAll();
  else if (data.action === 'fixAllInFile') resolved = builder.fixAllInFile();
  return resolved?.edit ? { ...action, edit: resolved.edit } : action;
}

/** The text edits of fixes, selected the way `applyFixes` selects them (whole fixes, no overlaps). */
export function selectEdits(text: string, fixes: readonly Fix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    if (fix.snippet) continue;
    const edits = fix.edits;
    const valid = edits.every((e) => e.offset >= 0 && e.endOffset >= e.offset && e.endOffset <= text.length);
    if (!valid || edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    if (edits.every((e) => text.slice(e.offset, e.endOffset) === e.text)) continue;
    taken.push(...edits);
  }
  taken.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  // The engine's applyFixes is the reference: if these edits do not give its result, send its result whole.
  const expected = applyFixes(text, fixes).text;
  let out = '';
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.offset) + e.text;
    at = e.endOffset;
  }
  out += text.slice(at);
  if (out === expected) return taken;
  return [diffEdit(text, expected)];
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = a.offset === a.endOffset;
  const bEmpty = b.offset === b.endOffset;
  if (aEmpty && bEmpty) return a.offset === b.offset;
  if (aEmpty) return a.offset > b.offset && a.offset < b.endOffset;
  if (bEmpty) return b.offset > a.offset && b.offset < a.endOffset;
  return a.offset < b.endOffset && b.offset < a.endOffset;
}

/** One edit turning `before` into `after` (the changed middle between the common prefix and suffix). */
function diffEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { offset: start, endOffset: before.length - end, text: after.slice(start, after.length - end) };
}

/** `${1:reason}` → `reason`, `$1` → ``, `\$` → `$`: a snippet as plain text, for clients without snippet edits. */
export function snippetToText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      const m = /^\$\{\d+:?/.exec(snippet.slice(i));
      if (m) {
        i += m[0].length - 1;
        continue;
      }
      out += c;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else if (c === '}') {
      // closing a placeholder (a literal `}` in a snippet is escaped)
    } else {
      out += c;
    }
  }
  return out;
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

interface Matched {
  finding: Finding;
  diagnostic?: Diagnostic;
}

/** A comment syntax a directive can be written in. */
interface CommentSyntax {
  open: string;
  close: string;
}

const HASH: CommentSyntax = { open: '#', close: '' };
const HANDLEBARS: CommentSyntax = { open: '{{!', close: '}}' };
const JINJA: CommentSyntax = { open: '{#', close: '#}' };
const HTML: CommentSyntax = { open: '<!--', close: '-->' };
const BLOCK: CommentSyntax = { open: '/*', close: '*/' };

class ActionBuilder {
  private readonly lines: LineMap;
  private readonly findings: Finding[];
  private readonly doc: PromptDocument;

  constructor(
    private readonly state: ServerState,
    private readonly checked: Checked,
    private readonly version: number,
    /** Leave large edits out, with `ResolveData` instead (the client resolves them). */
    private readonly lazy: boolean,
  ) {
    this.lines = checked.lines;
    this.findings = checked.analysis!.output.findings;
    this.doc = checked.analysis!.document;
  }

  /** The findings the request is about: those of its diagnostics, else those touching its range. */
  findingsFor(range: Range | undefined, diagnostics: readonly Diagnostic[]): Matched[] {
    const out: Matched[] = [];
    const seen = new Set<Finding>();
    for (const d of diagnostics) {
      if (!d || typeof d !== 'object') continue;
      const data = (d.data ?? {}) as Partial<DiagnosticData>;
      if (d.source !== undefined && d.source !== SOURCE && typeof data.fingerprint !== 'string') continue;
      let finding = typeof data.fingerprint === 'string' ? this.findings.find((f) => f.fingerprint === data.fingerprint) : undefined;
      if (!finding && typeof d.code === 'string') {
        const span = this.lines.span(d.range);
        finding = this.findings.find((f) => f.ruleId === d.code && f.offset === span.offset && f.endOffset === span.endOffset);
      }
      if (finding && !seen.has(finding)) {
        seen.add(finding);
        out.push({ finding, diagnostic: d });
      }
    }
    if (out.length > 0) return out;
    const span = this.lines.span(range);
    return this.findings.filter((f) => spansTouch(f, span)).map((finding) => ({ finding }));
  }

  fixAction(finding: Finding, fix: Fix, index: number, diagnostic: Diagnostic | undefined, preferred: boolean): CodeAction {
    const base: CodeAction = {
      title: `Fix: ${fix.title}`,
      kind: CodeActionKind.QuickFix,
      ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
      ...(preferred ? { isPreferred: true } : {}),
    };
    if (this.lazy && !fix.snippet && fix.edits.reduce((n, e) => n + e.text.length, 0) > LAZY_FIX_TEXT) {
      return { ...base, data: this.resolveData({ action: 'fix', fingerprint: finding.fingerprint, fix: index }) };
    }
    return { ...base, edit: fix.snippet ? this.snippetEdit(fix.edits) : this.edit(fix.edits) };
  }

  fixAllOfRule(ruleId: string): CodeAction | undefined {
    const fixes = this.findings.filter((f) => f.ruleId === ruleId).map((f) => f.fixes[0]).filter((x): x is Fix => !!x && !x.snippet);
    if (fixes.length < 2) return undefined;
    const edits = selectEdits(this.lines.text, fixes);
    if (edits.length === 0) return undefined;
    return { title: `Fix all ${ruleId} in file`, kind: CodeActionKind.QuickFix, ...this.editOrData(edits, { action: 'fixAllOfRule', ruleId }) };
  }

  redactAll(): CodeAction | undefined {
    const fixes = this.findings.filter((f) => SENSITIVE.test(f.ruleId)).map((f) => f.fixes[0]).filter((x): x is Fix => !!x && !x.snippet);
    if (fixes.length === 0) return undefined;
    const edits = selectEdits(this.lines.text, fixes);
    if (edits.length === 0) return undefined;
    return { title: 'Redact all sensitive data in file', kind: CodeActionKind.QuickFix, ...this.editOrData(edits, { action: 'redactAll' }) };
  }

  fixAllInFile(): CodeAction | undefined {
    const fixes = this.findings.map((f) => f.fixes[0]).filter((x): x is Fix => !!x && !x.snippet);
    const edits = fixes.length ? selectEdits(this.lines.text, fixes) : [];
    // An empty fix-all is still answered (editors running it on save expect the kind to be provided).
    return { title: 'Fix all promptgov findings in file', kind: FIX_ALL_KIND, ...this.editOrData(edits, { action: 'fixAllInFile' }) };
  }

  /** The action's edit, or (lazy, and not empty) the data to resolve it with. */
  private editOrData(edits: readonly TextEdit[], what: Pick<ResolveData, 'action' | 'ruleId'>): Pick<CodeAction, 'edit' | 'data'> {
    return this.lazy && edits.length > 0 ? { data: this.resolveData(what) } : { edit: this.edit(edits) };
  }

  private resolveData(what: Omit<ResolveData, 'uri' | 'version'>): ResolveData {
    return { uri: this.checked.uri, version: this.version, ...what };
  }

  showDocs(ruleId: string): CodeAction {
    const url = ruleDocsUrl(ruleId);
    return {
      title: `Show documentation for ${ruleId}`,
      kind: CodeActionKind.QuickFix,
      command: { title: `Show documentation for ${ruleId}`, command: Commands.showRuleDocs, arguments: [url] },
    };
  }

  /**
   * A `promptgov-disable-next-line` directive above the finding's line, in the first comment syntax that
   * the format's parser reads back as a directive covering the finding (so that the action is only offered
   * where it works: not inside a YAML block scalar, for example). Not offered for rules the policy makes
   * non-suppressible.
   */
  disableForLine(finding: Finding, diagnostic: Diagnostic | undefined): CodeAction | undefined {
    const policy = this.checked.policy.policy;
    if (policy.nonSuppressible.length && picomatch.isMatch(finding.ruleId, policy.nonSuppressible)) return undefined;
    const line = finding.line - 1;
    const lineStart = this.lines.lineStart(line);
    const lineText = this.lines.lineText(line);
    const indent = /^[ \t]*/.exec(lineText)![0];
    const eol = this.lines.text.slice(this.lines.lineEnd(line), this.lines.lineEnd(line) + 2).startsWith('\r\n') ? '\r\n' : '\n';
    const extras = this.directiveExtras();
    for (const syntax of this.syntaxesAt(finding.offset)) {
      const plain = directiveText(syntax, finding.ruleId, 'reason: TODO', extras.plain);
      const inserted = `${indent}${plain}${eol}`;
      if (!this.directiveWorks(lineStart, inserted, finding.ruleId, line + 1)) continue;
      const title = `Disable ${finding.ruleId} for this line (with reason)`;
      const base = { title, kind: CodeActionKind.QuickFix, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) };
      const at = { offset: lineStart, endOffset: lineStart };
      if (this.state.features.snippetEdits && this.state.features.documentChanges) {
        const snippet = `${escapeSnippet(indent)}${directiveText(syntax, escapeSnippet(finding.ruleId), '${1:reason}', extras.snippet, escapeSnippet)}${escapeSnippet(eol)}`;
        return { ...base, edit: this.snippetEdit([{ ...at, text: snippet }]) };
      }
      return { ...base, edit: this.edit([{ ...at, text: inserted }]) };
    }
    return undefined;
  }

  /** `; approved-by: …; expires: …` when the policy asks inline suppressions for them. */
  private directiveExtras(): { plain: string; snippet: string } {
    const s = this.checked.policy.policy.suppressions ?? {};
    let plain = '';
    let snippet = '';
    if (s.require_approver) {
      plain += '; approved-by: @TODO';
      snippet += '; approved-by: ${2:@approver}';
    }
    if (typeof s.max_days === 'number' && s.max_days > 0) {
      const date = new Date((this.state.now ?? new Date()).getTime() + s.max_days * 86_400_000).toISOString().slice(0, 10);
      plain += `; expires: ${date}`;
      snippet += `; expires: \${3:${date}}`;
    }
    return { plain, snippet };
  }

  /** Comment syntaxes to try at `offset`: the region's own first (front matter is YAML), then the others. */
  private syntaxesAt(offset: number): CommentSyntax[] {
    const doc = this.doc;
    const inFrontMatter = doc.frontMatter ? offset < doc.frontMatter.span.endOffset : false;
    const yamlOnly = doc.format === 'github-prompt' || doc.format === 'policy';
    let first: CommentSyntax;
    if (inFrontMatter || yamlOnly) first = HASH;
    else if (doc.format === 'copilot') first = HTML;
    else {
      switch (doc.engine) {
        case 'handlebars':
        case 'mustache':
          first = HANDLEBARS;
          break;
        case 'jinja':
          first = JINJA;
          break;
        case 'promptl':
          first = BLOCK;
          break;
        case 'copilot':
          first = HTML;
          break;
        default:
          first = HASH;
      }
    }
    return [first, ...[HASH, HANDLEBARS, JINJA, HTML, BLOCK].filter((s) => s !== first)];
  }

  /** Parses the text with `inserted` at `at` and asks whether a directive there covers `ruleId` on `line`. */
  private directiveWorks(at: number, inserted: string, ruleId: string, line: number): boolean {
    const text = this.lines.text.slice(0, at) + inserted + this.lines.text.slice(at);
    const doc = parseDocument(this.doc.path, text, this.doc.format);
    return parseDirectives(doc).some((d) => d.kind === 'next-line' && directiveCovers(d, ruleId, line));
  }

  private edit(edits: readonly TextEdit[]): WorkspaceEdit {
    const lsp: LspTextEdit[] = edits.map((e) => ({ range: this.lines.range(e), newText: e.text }));
    if (this.state.features.documentChanges) {
      return { documentChanges: [{ textDocument: { uri: this.checked.uri, version: this.version }, edits: lsp }] };
    }
    return { changes: { [this.checked.uri]: lsp } };
  }

  /** Edits whose text is a snippet: snippet edits when the client takes them, plain text otherwise. */
  private snippetEdit(edits: readonly TextEdit[]): WorkspaceEdit {
    if (this.state.features.snippetEdits && this.state.features.documentChanges) {
      return {
        documentChanges: [
          {
            textDocument: { uri: this.checked.uri, version: this.version },
            edits: edits.map((e) => ({ range: this.lines.range(e), snippet: { kind: 'snippet', value: e.text } })),
          },
        ],
      };
    }
    return this.edit(edits.map((e) => ({ ...e, text: snippetToText(e.text) })));
  }
}

function directiveText(syntax: CommentSyntax, ruleId: string, reason: string, extras: string, escape: (s: string) => string = (s) => s): string {
  const body = `promptgov-disable-next-line ${ruleId} -- ${reason}${extras}`;
  return `${escape(syntax.open)} ${body}${syntax.close ? ` ${escape(syntax.close)}` : ''}`;
}
