/**
 * The custom messages of the promptgov language server, declared once here. Standard LSP messages
 * (diagnostics, code actions, hover, completion, CodeLens, symbols) are not repeated. Every message says
 * who sends it. The VS Code client declares the same shapes in client/src/protocol.ts; other editors may
 * ignore all of them.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver';

/**
 * `promptgov/status` — notification, server → client, after each check of an open document: what a status
 * item shows (the policy in use and the counts of findings by severity).
 */
export interface StatusParams {
  /** The document checked. */
  uri: string;
  /** The policy chain in use, nearest first: file paths and presets (`promptgov:recommended`). */
  policy: string[];
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** Set when the policy file could not be read or is invalid: a sentence saying what to fix. */
  policyError?: string;
  /**
   * The document version checked (absent for a file read from disk). Sent after the version's diagnostics
   * were published, or found the same as those last published and not sent again.
   */
  version?: number;
}
export const StatusNotification = new NotificationType<StatusParams>('promptgov/status');

/**
 * `promptgov/starterPolicy` — request, client → server: the text of a commented starter `.promptgov.yaml`
 * (what `promptgov init` writes), for the client's "create policy" command.
 */
export const StarterPolicyRequest = new RequestType0<string, void>('promptgov/starterPolicy');

/**
 * `promptgov/scanWorkspace` — request, client → server: check every prompt file of the workspace folders.
 * A client without pull diagnostics receives `publishDiagnostics` for each file; a client with pull
 * diagnostics is asked to refresh. The result counts what was found.
 */
export interface ScanWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** The walk stopped at the file limit. */
  truncated: boolean;
}
export const ScanWorkspaceRequest = new RequestType0<ScanWorkspaceResult, void>('promptgov/scanWorkspace');

/**
 * `promptgov/redactionEdits` — request, client → server: the edits that redact every sensitive value
 * (`pii/*`, `secret/*` findings, first fix of each) inside `range` of an open document (the whole
 * document without a range), for the client's "redact selection" command. Null when the document is
 * unknown; an edit list that may be empty otherwise.
 */
export interface RedactionEditsParams {
  textDocument: { uri: string };
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface RedactionEditsResult {
  /** The document version the edits apply to. */
  version: number;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}
export const RedactionEditsRequest = new RequestType<RedactionEditsParams, RedactionEditsResult | null, void>('promptgov/redactionEdits');

/** Commands named in code actions and CodeLenses. */
export const Commands = {
  /**
   * Executed by the server (`workspace/executeCommand`, advertised in `executeCommandProvider`): opens the
   * rule's documentation URL (argument 0) through `window/showDocument` in the client's browser.
   */
  showRuleDocs: 'promptgov.showRuleDocs',
  /** Executed by the client (the VS Code extension registers it): shows the promptgov output channel. */
  showOutput: 'promptgov.showOutput',
} as const;
