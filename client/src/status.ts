/**
 * The language status items shown beside the language name in the status bar while a prompt file is
 * active: findings of the file (click: open the output), and the policy in use (click: open it).
 * Fed by the server's `promptgov/status` notification.
 */
import { Disposable, LanguageStatusSeverity, languages, window, type DocumentSelector, type LanguageStatusItem } from 'vscode';
import type { StatusParams } from './protocol';

export class StatusItems implements Disposable {
  private readonly findings: LanguageStatusItem;
  private readonly policy: LanguageStatusItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: Disposable[] = [];
  private serverState: 'starting' | 'running' | 'stopped' = 'starting';

  constructor(selector: DocumentSelector) {
    this.findings = languages.createLanguageStatusItem('promptgov.findings', selector);
    this.findings.name = 'promptgov findings';
    this.policy = languages.createLanguageStatusItem('promptgov.policy', selector);
    this.policy.name = 'promptgov policy';
    this.policy.command = { title: 'Open policy', command: 'promptgov.openPolicy' };
    this.subscriptions.push(window.onDidChangeActiveTextEditor(() => this.render()));
    this.render();
  }

  /** The last status the server sent for `uri` (used by the tests through the extension's API). */
  get(uri: string): StatusParams | undefined {
    return this.byUri.get(uri);
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  setServerState(state: 'starting' | 'running' | 'stopped'): void {
    this.serverState = state;
    this.render();
  }

  private render(): void {
    const uri = window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.byUri.get(uri);
    const f = this.findings;
    f.command = { title: 'Open output', command: 'promptgov.showOutput' };
    f.busy = this.serverState === 'starting';
    if (this.serverState === 'stopped') {
      f.text = '$(error) promptgov stopped';
      f.detail = 'The language server is not running';
      f.severity = LanguageStatusSeverity.Error;
    } else if (!status) {
      f.text = 'promptgov';
      f.detail = this.serverState === 'starting' ? 'starting…' : 'not checked yet';
      f.severity = LanguageStatusSeverity.Information;
    } else {
      f.text = findingsText(status);
      f.detail = 'findings in this file';
      f.severity = LanguageStatusSeverity.Information;
    }
    const p = this.policy;
    if (status?.policyError) {
      p.text = '$(warning) policy error';
      p.detail = status.policyError;
      p.severity = LanguageStatusSeverity.Error;
    } else {
      p.text = status && status.policy.length ? `policy: ${shortName(status.policy[0])}` : 'policy';
      p.detail = status && status.policy.length > 1 ? `extends ${status.policy.slice(1).map(shortName).join(' → ')}` : '';
      p.severity = LanguageStatusSeverity.Information;
    }
  }

  dispose(): void {
    this.findings.dispose();
    this.policy.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** `$(error) 2 $(warning) 1`-style summary (hints count as infos); `$(check) no findings` when clean. */
export function findingsText(s: Pick<StatusParams, 'errors' | 'warnings' | 'infos' | 'hints'>): string {
  const infos = s.infos + (s.hints ?? 0);
  if (s.errors + s.warnings + infos === 0) return '$(check) no findings';
  const parts: string[] = [];
  if (s.errors) parts.push(`$(error) ${s.errors}`);
  if (s.warnings) parts.push(`$(warning) ${s.warnings}`);
  if (infos) parts.push(`$(info) ${infos}`);
  return parts.join(' ');
}

/** The last two segments of a path (`prompts/.promptgov.yaml`); presets stay as they are. */
export function shortName(entry: string): string {
  if (!entry.includes('/') || entry.startsWith('promptgov:')) return entry;
  const parts = entry.split(/[\\/]/).filter(Boolean);
  return parts.slice(-2).join('/');
}
