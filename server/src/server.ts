/**
 * The language server's wiring: the connection, the document store, the capabilities, and one handler
 * per concern (handlers/*.ts). No analysis happens here.
 *
 * `startServer(input, output)` runs a server over any pair of streams (tests drive it in-process over
 * PassThrough streams); without streams it uses the process's transport (`--stdio`, `--node-ipc`,
 * `--socket=N`, `--pipe=NAME`), as `dist/server/server.js --stdio` and `promptgov lsp --stdio` do.
 */
import {
  CodeActionKind, ProposedFeatures, StreamMessageReader, StreamMessageWriter, TextDocuments, TextDocumentSyncKind,
  createConnection, type Connection, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setIncrementalScans } from '../../shared/src/engine/incremental';
import { InitOptions } from './settings';
import { ServerState, clientFeatures } from './state';
import { WorkspaceFiles } from './workspaceFiles';
import { Diagnostics } from './handlers/diagnostics';
import { FIX_ALL_KIND, registerCodeActions } from './handlers/codeActions';
import { registerHover } from './handlers/hover';
import { TRIGGER_CHARACTERS, registerCompletion } from './handlers/completion';
import { registerSymbols } from './handlers/symbols';
import { registerCodeLens } from './handlers/codeLens';
import { SettingsHandler } from './handlers/settings';
import { WorkspaceHandler } from './handlers/workspace';
import { Commands } from './protocol';

export const SERVER_NAME = 'promptgov';

export interface RunningServer {
  connection: Connection;
  state: ServerState;
  /** Stops pending work and closes the connection (in-process use; a process exits on `exit`). */
  stop(): void;
}

export function startServer(input?: NodeJS.ReadableStream, output?: NodeJS.WritableStream): RunningServer {
  // A server checks the same documents at every keystroke: detectors whose results are local re-scan only
  // the lines around an edit (shared/src/engine/incremental.ts).
  setIncrementalScans(true);
  // Streams are wrapped in message readers/writers so that the library does not exit the process when
  // they end (it does that for raw streams): tests run many servers in one process.
  const connection =
    input && output
      ? createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output))
      : createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const state = new ServerState(connection, documents);
  const files = new WorkspaceFiles(state);
  const diagnostics = new Diagnostics(state, files);
  const settings = new SettingsHandler(state, diagnostics);
  const workspace = new WorkspaceHandler(state, files, diagnostics);

  connection.onInitialize((params): InitializeResult => {
    state.features = clientFeatures(params?.capabilities);
    state.init = InitOptions.from(params?.initializationOptions);
    if (state.init.now) state.now = state.init.now;
    if (state.init.settings) state.settings = state.init.settings;
    workspace.initialize(params);
    state.policies.reconfigure();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: { identifier: SERVER_NAME, interFileDependencies: false, workspaceDiagnostics: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        documentSymbolProvider: { label: SERVER_NAME },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [Commands.showRuleDocs] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    settings.initialized().catch((error) => state.log('error', `Reading settings failed: ${String(error)}`));
    workspace.initialized().catch((error) => state.log('error', `Workspace set-up failed: ${String(error)}`));
  });

  connection.onShutdown(() => {
    state.shuttingDown = true;
    diagnostics.dispose();
  });

  diagnostics.register();
  settings.register();
  workspace.register();
  registerCodeActions(state);
  registerHover(state);
  registerCompletion(state);
  registerSymbols(state);
  registerCodeLens(state);

  documents.listen(connection);
  connection.listen();
  const stop = (): void => {
    state.shuttingDown = true;
    diagnostics.dispose();
    try {
      connection.dispose();
    } catch {
      // already closed
    }
  };
  return { connection, state, stop };
}

/** The version of the server, as bundled (the root package's version). */
export const SERVER_VERSION = '0.1.0';
