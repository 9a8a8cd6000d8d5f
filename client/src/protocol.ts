/**
 * The custom messages between this client and the promptgov language server. The server declares them in
 * server/src/protocol.ts (the reference, with who sends what); this file repeats the shapes for the client,
 * whose bundle must not include the server's library. Standard LSP messages are not repeated.
 */
import { NotificationType, RequestType, RequestType0, type Range } from 'vscode-languageclient/node';

/** `promptgov/status` — server → client after each check of an open document; feeds the status items. */
export interface StatusParams {
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

/** `promptgov/starterPolicy` — client → server: the text `promptgov init` writes, for "create policy". */
export const StarterPolicyRequest = new RequestType0<string, void>('promptgov/starterPolicy');

/** `promptgov/scanWorkspace` — client → server: check every prompt file of the workspace; counts. */
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
 * `promptgov/redactionEdits` — client → server: the edits that redact every sensitive value touching
 * `range` (the whole document without one); null when the server does not know the document.
 */
export interface RedactionEditsParams {
  textDocument: { uri: string };
  range?: Range;
}
export interface RedactionEditsResult {
  version: number;
  edits: { range: Range; newText: string }[];
}
export const RedactionEditsRequest = new RequestType<RedactionEditsParams, RedactionEditsResult | null, void>('promptgov/redactionEdits');

/** Commands named in the server's code actions and CodeLenses. */
export const Commands = {
  /** Advertised by the server (`executeCommandProvider`); the client's middleware handles it locally. */
  showRuleDocs: 'promptgov.showRuleDocs',
  /** Registered by the client. */
  showOutput: 'promptgov.showOutput',
} as const;
