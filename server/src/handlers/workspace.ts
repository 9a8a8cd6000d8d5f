/**
 * The workspace: its folders, file events (a policy file changed, created or deleted: re-read it and check
 * every open document again; prompt files created or deleted: partials may now resolve), the
 * `promptgov.showRuleDocs` command, and the custom requests `promptgov/scanWorkspace` and
 * `promptgov/starterPolicy` (protocol.ts).
 */
import {
  DidChangeWatchedFilesNotification, FileChangeType, type DidChangeWatchedFilesParams, type ExecuteCommandParams,
  type InitializeParams, type WorkspaceFolder,
} from 'vscode-languageserver';
import { starterPolicy } from '../../../shared/src/policy/starter';
import { Commands, ScanWorkspaceRequest, StarterPolicyRequest, type ScanWorkspaceResult } from '../protocol';
import type { ServerState } from '../state';
import type { WorkspaceFiles } from '../workspaceFiles';
import { countFindings, diagnosticsOf, type Diagnostics } from './diagnostics';

/** Files the server wants to hear about (registered with clients that allow dynamic registration). */
export const WATCHED_GLOBS = [
  '**/.promptgov.{yaml,yml}',
  '**/*.{prompt,prompty,promptl}',
  '**/*.prompt.{yml,yaml,md}',
  '**/*.{instructions,agent,chatmode}.md',
];

export class WorkspaceHandler {
  constructor(
    private readonly state: ServerState,
    private readonly files: WorkspaceFiles,
    private readonly diagnostics: Diagnostics,
  ) {}

  /** Workspace folders from `initialize` (folders, else the root URI, else the root path). */
  initialize(params: InitializeParams): void {
    const folders = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders : [];
    const roots = folders.map((f) => this.state.locate(f?.uri)).filter((l) => l?.onDisk).map((l) => l!.path);
    if (!roots.length && typeof params?.rootUri === 'string') {
      const loc = this.state.locate(params.rootUri);
      if (loc?.onDisk) roots.push(loc.path);
    }
    if (!roots.length && typeof params?.rootPath === 'string' && params.rootPath) roots.push(params.rootPath.replace(/\\/g, '/'));
    this.state.roots = roots;
  }

  register(): void {
    const { connection } = this.state;
    const g = this.state.guard.bind(this.state);
    connection.onDidChangeWatchedFiles(g('didChangeWatchedFiles', undefined, (p: DidChangeWatchedFilesParams) => this.filesChanged(p)));
    connection.onExecuteCommand(g('workspace/executeCommand', null, (p: ExecuteCommandParams) => this.execute(p)));
    connection.onRequest(StarterPolicyRequest, g('promptgov/starterPolicy', '', () => starterPolicy()));
    connection.onRequest(ScanWorkspaceRequest, g('promptgov/scanWorkspace', emptyScan(), (token) => this.scan(token)));
  }

  async initialized(): Promise<void> {
    const { state } = this;
    if (state.features.workspaceFolders) {
      state.connection.workspace.onDidChangeWorkspaceFolders(
        state.guard('didChangeWorkspaceFolders', undefined, (e: { added: WorkspaceFolder[]; removed: WorkspaceFolder[] }) => {
          const removed = new Set((e?.removed ?? []).map((f) => state.locate(f?.uri)?.path));
          const added = (e?.added ?? []).map((f) => state.locate(f?.uri)).filter((l) => l?.onDisk).map((l) => l!.path);
          state.roots = [...state.roots.filter((r) => !removed.has(r)), ...added.filter((a) => !state.roots.includes(a))];
          state.filesChanged();
          this.files.invalidate();
          this.diagnostics.recheckAll();
        }),
      );
    }
    if (state.features.watchedFilesDynamic) {
      await state.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) })
        .catch((error: unknown) => state.log('warn', `Could not register file watchers: ${String(error)}`));
    }
  }

  private filesChanged(params: DidChangeWatchedFilesParams): void {
    const { state } = this;
    let policyChanged = false;
    let createdOrDeleted = false;
    for (const change of Array.isArray(params?.changes) ? params.changes : []) {
      const loc = state.locate(change?.uri);
      if (!loc?.onDisk) continue;
      if (state.policies.isPolicyFile(loc.path)) {
        state.policies.invalidate(loc.path);
        policyChanged = true;
      }
      if (change.type === FileChangeType.Created || change.type === FileChangeType.Deleted) createdOrDeleted = true;
      this.files.invalidate(loc.path);
      state.baseTexts.forget(loc.path);
    }
    if (createdOrDeleted) {
      state.filesChanged();
      this.files.invalidate();
    }
    if (policyChanged || createdOrDeleted) this.diagnostics.recheckAll();
  }

  private async execute(params: ExecuteCommandParams): Promise<null> {
    if (params?.command !== Commands.showRuleDocs) return null;
    const url = Array.isArray(params.arguments) ? params.arguments[0] : undefined;
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
    if (this.state.features.showDocument) {
      await this.state.connection.window.showDocument({ uri: url, external: true });
    } else {
      this.state.connection.window.showInformationMessage(`promptgov rule documentation: ${url}`);
    }
    return null;
  }

  /**
   * Checks every prompt file of the workspace. Without pull diagnostics the results are published for the
   * files that are not open (open ones are already); with pull diagnostics the client is asked to refresh.
   */
  private async scan(token: import('vscode-languageserver').CancellationToken): Promise<ScanWorkspaceResult> {
    const { state } = this;
    this.files.invalidate();
    const { files, truncated } = await this.files.list(token);
    const result = { ...emptyScan(), truncated };
    const open = new Map<string, string>();
    for (const doc of state.documents.all()) {
      const loc = state.locate(doc.uri);
      if (loc?.onDisk) open.set(loc.path, doc.uri);
    }
    let sinceYield = 0;
    for (const path of files) {
      if (token?.isCancellationRequested) break;
      const openUri = open.get(path);
      const checked = openUri ? state.checkOpen(openUri) : (await this.files.check(path)).checked;
      if (!checked?.analysis) continue;
      result.files++;
      const c = countFindings(checked);
      result.errors += c.errors;
      result.warnings += c.warnings;
      result.infos += c.infos;
      result.hints += c.hints;
      if (!openUri && !state.features.pullDiagnostics) {
        void state.connection.sendDiagnostics({ uri: checked.uri, diagnostics: diagnosticsOf(checked) }).catch(() => undefined);
      }
      if (++sinceYield >= 20) {
        sinceYield = 0;
        await new Promise((r) => setImmediate(r));
      }
    }
    if (state.features.pullDiagnostics && state.features.diagnosticRefresh) {
      state.connection.languages.diagnostics.refresh().catch(() => undefined);
    }
    return result;
  }
}

function emptyScan(): ScanWorkspaceResult {
  return { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0, truncated: false };
}
