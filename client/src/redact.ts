/**
 * "Redact selection". For each selection (or cursor) the server is asked for the redaction of every
 * sensitive value touching it (`promptgov/redactionEdits`: the policy's redaction style, e.g.
 * `[REDACTED_EMAIL]`). A selection in which the server finds nothing sensitive is replaced as a whole by
 * `[REDACTED]`: the user marked it as sensitive.
 */
import { Range, WorkspaceEdit, window, workspace, type TextEditor } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RedactionEditsRequest } from './protocol';

export const REDACTED_LABEL = '[REDACTED]';

/** Returns the number of replacements applied. */
export async function redactSelection(client: LanguageClient | undefined, editor: TextEditor | undefined = window.activeTextEditor): Promise<number> {
  if (!editor) {
    void window.showInformationMessage('promptgov: open a prompt file and select the text to redact.');
    return 0;
  }
  const doc = editor.document;
  const version = doc.version;
  const replacements = new Map<string, { range: Range; text: string }>();
  for (const selection of editor.selections) {
    let found = 0;
    if (client?.isRunning()) {
      const result = await client
        .sendRequest(RedactionEditsRequest, {
          textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) },
          range: client.code2ProtocolConverter.asRange(selection),
        })
        .catch(() => null);
      for (const e of result?.edits ?? []) {
        const range = client.protocol2CodeConverter.asRange(e.range);
        replacements.set(key(range), { range, text: e.newText });
        found++;
      }
    }
    if (found === 0 && !selection.isEmpty) replacements.set(key(selection), { range: new Range(selection.start, selection.end), text: REDACTED_LABEL });
  }
  if (replacements.size === 0) {
    void window.showInformationMessage('promptgov: nothing to redact here: select the text, or put the cursor on a sensitive-data finding.');
    return 0;
  }
  if (doc.version !== version) return 0; // edited meanwhile: the ranges are stale
  const edit = new WorkspaceEdit();
  for (const r of dropOverlaps([...replacements.values()])) edit.replace(doc.uri, r.range, r.text);
  return (await workspace.applyEdit(edit)) ? edit.get(doc.uri).length : 0;
}

function key(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** A workspace edit must not overlap itself: keep the first of overlapping replacements (in document order). */
function dropOverlaps<T extends { range: Range }>(items: T[]): T[] {
  const sorted = items.sort((a, b) => a.range.start.compareTo(b.range.start));
  const kept: T[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.range.end.isAfter(item.range.start)) continue;
    kept.push(item);
  }
  return kept;
}
