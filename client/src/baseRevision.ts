/**
 * "Show changes since base": a diff editor with the file at `promptgov.baseRef` (default HEAD) on the
 * left and the editor's document on the right. The left side is a read-only virtual document of the
 * `promptgov-base:` scheme whose URI carries the file path and the revision.
 */
import {
  Disposable,
  EventEmitter,
  Uri,
  commands,
  window,
  workspace,
  type TextDocumentContentProvider,
} from 'vscode';
import * as path from 'node:path';
import { textAtRevision } from './git';
import { readSettings } from './settings';

export const BASE_SCHEME = 'promptgov-base';

/** `promptgov-base:/abs/path/file.prompt?ref=HEAD` — keeps the file name (and so its language). */
export function baseUri(file: Uri, ref: string): Uri {
  return Uri.from({ scheme: BASE_SCHEME, path: file.path, query: new URLSearchParams({ ref }).toString() });
}

export class BaseRevisionProvider implements TextDocumentContentProvider, Disposable {
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const ref = new URLSearchParams(uri.query).get('ref') ?? 'HEAD';
    const file = Uri.file(uri.path);
    const base = await textAtRevision(file.fsPath, ref);
    switch (base.kind) {
      case 'text':
        return base.text;
      case 'absent':
        return '';
      case 'error':
        throw new Error(base.message);
    }
  }

  /** Re-reads every open base document (after a commit, the base moved). */
  refresh(): void {
    for (const doc of workspace.textDocuments) if (doc.uri.scheme === BASE_SCHEME) this.changed.fire(doc.uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The `promptgov.showChangesSinceBase` command. Returns the base URI it opened (for tests), if any. */
export async function showChangesSinceBase(provider: BaseRevisionProvider, target?: Uri): Promise<Uri | undefined> {
  const file = target instanceof Uri ? target : window.activeTextEditor?.document.uri;
  if (!file) {
    void window.showInformationMessage('promptgov: open a prompt file to compare it with its base revision.');
    return undefined;
  }
  if (file.scheme !== 'file') {
    void window.showInformationMessage('promptgov: only files on disk have a base revision.');
    return undefined;
  }
  const ref = readSettings(file).baseRef;
  const base = await textAtRevision(file.fsPath, ref);
  if (base.kind === 'error') {
    void window.showWarningMessage(`promptgov: ${base.message}`);
    return undefined;
  }
  const left = baseUri(file, ref);
  provider.refresh();
  const name = path.basename(file.fsPath);
  const title = base.kind === 'absent' ? `${name} (new since ${ref})` : `${name} (${ref} ↔ working tree)`;
  await commands.executeCommand('vscode.diff', left, file, title, { preview: true });
  return left;
}
