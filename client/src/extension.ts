/**
 * The promptgov VS Code extension: starts the language server (dist/server/server.js, over stdio) for
 * prompt files and adds what only an editor can: status items, commands, the base-revision diff.
 * All analysis happens in the server.
 */
import { commands, window, workspace, type Disposable, type ExtensionContext, type LogOutputChannel, type Uri } from 'vscode';
import {
  DiagnosticPullMode,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { BASE_SCHEME, BaseRevisionProvider, showChangesSinceBase } from './baseRevision';
import { openPolicy } from './policyFile';
import { Commands, StarterPolicyRequest, StatusNotification, type StatusParams } from './protocol';
import { redactSelection } from './redact';
import { showRuleDocs } from './ruleDocs';
import { scanWorkspace } from './scan';
import { documentSelector } from './selector';
import { readSettings } from './settings';
import { StatusItems } from './status';

/** What `activate` returns: used by the extension's own integration tests, not a public API. */
export interface PromptgovApi {
  /** Settles when the server has started (rejects when it could not start). */
  ready: Promise<void>;
  client(): LanguageClient | undefined;
  /** The last `promptgov/status` the server sent for a document. */
  status(uri: Uri): StatusParams | undefined;
}

let client: LanguageClient | undefined;

export function activate(context: ExtensionContext): PromptgovApi {
  const output: LogOutputChannel = window.createOutputChannel('promptgov', { log: true });
  const selector = documentSelector();
  const status = new StatusItems(selector);
  const base = new BaseRevisionProvider();
  context.subscriptions.push(output, status, base, workspace.registerTextDocumentContentProvider(BASE_SCHEME, base));

  const serverModule = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    outputChannel: output,
    // No `synchronize.fileEvents`: the server registers the file watchers it needs (dynamic registration).
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      // `promptgov.run: onSave` checks on save only; read on every pull, so changing it needs no restart.
      filter: (document, mode) => mode === DiagnosticPullMode.onType && readSettings(document.uri).run === 'onSave',
    },
    markdown: { isTrusted: false, supportHtml: false },
    middleware: {
      // The server advertises "show rule docs" for editors that cannot open a browser themselves; in VS Code
      // the command runs here, without a round trip, and also works without an argument.
      executeCommand: (command, args, next) => (command === Commands.showRuleDocs ? showRuleDocs(args[0]) : next(command, args)),
    },
  };
  client = new LanguageClient('promptgov', 'promptgov', serverOptions, clientOptions);
  const c = client;
  context.subscriptions.push(
    c.onDidChangeState((e) => status.setServerState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped')),
    c.onNotification(StatusNotification, (params) => status.update(params)),
    workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
  );

  const register = (id: string, run: (...args: any[]) => unknown) => context.subscriptions.push(commands.registerCommand(id, run));
  register('promptgov.scanWorkspace', () => scanWorkspace(c));
  register('promptgov.redactSelection', () => redactSelection(c));
  register('promptgov.showChangesSinceBase', (uri?: Uri) => showChangesSinceBase(base, uri));
  register('promptgov.openPolicy', () =>
    openPolicy(async () => {
      if (!c.isRunning()) throw new Error('server not running');
      return c.sendRequest(StarterPolicyRequest);
    }),
  );
  register(Commands.showOutput, () => output.show(true));
  register('promptgov.restartServer', () => c.restart().finally(registerRuleDocs));
  // The language client registers `promptgov.showRuleDocs` when the server advertises it (see the middleware
  // above). Only when the server did not, the extension registers it, and drops it before the client starts
  // again: two registrations of one command id would make the client's start fail.
  let ownRuleDocs: Disposable | undefined;
  const registerRuleDocs = async () => {
    if (ownRuleDocs || (await commands.getCommands(true)).includes(Commands.showRuleDocs)) return;
    ownRuleDocs = commands.registerCommand(Commands.showRuleDocs, (arg?: unknown) => showRuleDocs(arg));
  };
  context.subscriptions.push(
    c.onDidChangeState((e) => {
      if (e.newState !== State.Starting) return;
      ownRuleDocs?.dispose();
      ownRuleDocs = undefined;
    }),
    { dispose: () => ownRuleDocs?.dispose() },
  );

  const ready = c.start().then(registerRuleDocs, async (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    output.error(`The promptgov language server did not start: ${message}`);
    status.setServerState('stopped');
    await registerRuleDocs();
    void window.showErrorMessage(`promptgov: the language server did not start (${message}).`, 'Show Output').then((choice) => {
      if (choice) output.show(true);
    });
    throw error;
  });
  // Callers that ignore `ready` should not see an unhandled rejection: the error is reported above.
  ready.catch(() => undefined);

  return { ready, client: () => client, status: (uri) => status.get(uri.toString()) };
}

export function deactivate(): Thenable<void> | undefined {
  const c = client;
  client = undefined;
  return c?.stop();
}
