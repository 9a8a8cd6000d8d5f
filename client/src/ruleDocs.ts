/**
 * "Show rule documentation": opens the page of a rule. The argument is the page's URL (the server's
 * "Show documentation" code action passes it) or a rule id; without one, the rules of the findings at the
 * cursor are offered, then those of the whole file, and the page linked from the diagnostic
 * (`codeDescription.href`) is opened.
 */
import { Uri, env, window } from 'vscode';
import { ruleDocsUrl } from '@promptgov/shared/src/rules/rule';
import { diagnosticsAt, docsTargetOf, ourDiagnostics, ruleIdOf } from './diagnostics';

export async function showRuleDocs(ruleId?: unknown): Promise<Uri | undefined> {
  if (typeof ruleId === 'string' && /^https?:\/\//.test(ruleId)) {
    const url = Uri.parse(ruleId);
    await env.openExternal(url);
    return url;
  }
  let id = typeof ruleId === 'string' && ruleId ? ruleId : undefined;
  let target: Uri | undefined;
  if (!id) {
    const editor = window.activeTextEditor;
    const here = editor ? diagnosticsAt(editor.document.uri, editor.selection) : [];
    const pool = here.length ? here : editor ? ourDiagnostics(editor.document.uri) : [];
    const byId = new Map<string, Uri | undefined>();
    for (const d of pool) {
      const rid = ruleIdOf(d);
      if (rid && !byId.has(rid)) byId.set(rid, docsTargetOf(d));
    }
    if (byId.size === 0) {
      void window.showInformationMessage('promptgov: no findings here. Put the cursor on a finding to read its rule documentation.');
      return undefined;
    }
    id = byId.size === 1 ? [...byId.keys()][0] : await window.showQuickPick([...byId.keys()].sort(), { placeHolder: 'Documentation of which rule?' });
    if (!id) return undefined;
    target = byId.get(id);
  }
  const uri = target ?? Uri.parse(ruleDocsUrl(id));
  await env.openExternal(uri);
  return uri;
}
