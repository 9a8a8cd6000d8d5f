/**
 * "Scan workspace": the server checks every prompt file of the workspace (`promptgov/scanWorkspace`) and
 * the results land in the Problems panel (pull diagnostics: the language client refreshes them when the
 * server asks). The command reports the counts.
 */
import { ProgressLocation, commands, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ScanWorkspaceRequest, type ScanWorkspaceResult } from './protocol';

export async function scanWorkspace(client: LanguageClient | undefined): Promise<ScanWorkspaceResult | undefined> {
  if (!client?.isRunning()) {
    void window.showWarningMessage('promptgov: the language server is not running (see "promptgov: Show Output").');
    return undefined;
  }
  const result = await window.withProgress(
    { location: ProgressLocation.Notification, title: 'promptgov: checking every prompt file of the workspace', cancellable: true },
    (_progress, token) => client.sendRequest(ScanWorkspaceRequest, token),
  );
  await commands.executeCommand('workbench.actions.view.problems');
  void window.showInformationMessage(`promptgov: ${summary(result)}`);
  return result;
}

export function summary(r: ScanWorkspaceResult): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const parts = [n(r.errors, 'error'), n(r.warnings, 'warning'), n(r.infos + r.hints, 'info')];
  return `checked ${n(r.files, 'prompt file')}: ${parts.join(', ')}${r.truncated ? ' (stopped at the file limit)' : ''}.`;
}
