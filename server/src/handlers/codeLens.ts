/**
 * A CodeLens above the front matter of each prompt file: its version, its model(s) and its finding counts
 * (`v1.2.0 · googleai/gemini-2.5-flash · 2 errors, 1 warning`). When the base revision (`promptgov.baseRef`,
 * default `HEAD`) is known, the version-change note (shared/src/governance/changes.ts): the version and
 * model there and here (`v1.1.0 → v1.2.0`), and whether the file is new, unchanged or changed since (+/−
 * lines). Clicking runs the client's `promptgov.showOutput`.
 */
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { changesFor } from '../../../shared/src/governance/changes';
import type { PromptDocument } from '../../../shared/src/types';
import { Commands } from '../protocol';
import type { Checked, ServerState } from '../state';
import { countFindings } from './diagnostics';

export function registerCodeLens(state: ServerState): void {
  state.connection.onCodeLens(state.guard('textDocument/codeLens', [] as CodeLens[], (params) => codeLenses(state, params)));
}

export function codeLenses(state: ServerState, params: CodeLensParams): CodeLens[] {
  const checked = state.checkOpen(params?.textDocument?.uri);
  const doc = checked?.analysis?.document;
  if (!checked || !doc || doc.format === 'policy') return [];
  const line = doc.frontMatter ? checked.lines.lineOf(doc.frontMatter.span.offset) : 0;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  const title = lensTitle(state, checked, doc);
  return [{ range, command: { title, command: Commands.showOutput } }];
}

export function lensTitle(state: ServerState, checked: Checked, doc: PromptDocument): string {
  const ref = state.settings.baseRef;
  const base = checked.location.onDisk && ref ? state.baseTexts.peek(checked.location.path, ref) : undefined;
  const changes = base === undefined ? undefined : changesFor(doc, base, { policy: checked.policy.policy });
  const v = (s: string | undefined) => (s === undefined ? 'no version' : /^\d/.test(s) ? `v${s}` : s);
  const list = (ids: readonly string[]) => (ids.length > 3 ? `${ids.slice(0, 3).join(', ')} +${ids.length - 3}` : ids.join(', '));

  const parts: string[] = [];
  const version = doc.metadata.version?.value;
  if (changes && !changes.isNew && changes.version.changed) parts.push(`${v(changes.version.before)} → ${v(changes.version.after)}`);
  else parts.push(v(version));

  const models = list([...new Set(doc.models.map((m) => m.id))]);
  if (changes && !changes.isNew && changes.models.changed) parts.push(`${list(changes.models.before) || 'no model'} → ${list(changes.models.after) || 'no model'}`);
  else if (models) parts.push(models);

  const c = countFindings(checked);
  const counts: string[] = [];
  if (c.errors) counts.push(plural(c.errors, 'error'));
  if (c.warnings) counts.push(plural(c.warnings, 'warning'));
  if (c.infos) counts.push(plural(c.infos, 'info'));
  if (c.hints) counts.push(plural(c.hints, 'hint'));
  parts.push(counts.length ? counts.join(', ') : 'no findings');

  if (changes?.isNew) parts.push(`new since ${ref}`);
  else if (changes && !changes.textChanged) parts.push(`unchanged since ${ref}`);
  else if (changes) parts.push(`changed since ${ref} (+${changes.lines.added} −${changes.lines.removed})`);
  return parts.join(' · ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
