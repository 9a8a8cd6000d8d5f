/**
 * A test client for the promptgov language server: the real server (`startServer`) runs in this process
 * over a pair of PassThrough streams, and this client talks JSON-RPC to it with vscode-jsonrpc, as an
 * editor would. It answers the server's requests (configuration, registrations, refreshes, showDocument),
 * records its notifications, and waits on events (never on sleeps).
 */
import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams, Range, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { startServer, type RunningServer } from '../../server/src/server';

/** A client that can do everything: pull diagnostics, snippets, document changes, markdown … */
export const FULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, snippetEditSupport: true } as never,
    diagnostics: { refreshSupport: true },
    codeLens: { refreshSupport: true },
  },
  window: { showDocument: { support: true } },
};

/** A client that only takes pushed diagnostics and plain edits (like Neovim 0.7 or Emacs eglot). */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    publishDiagnostics: { relatedInformation: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    hover: { contentFormat: ['markdown'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: { configuration: true, workspaceEdit: { documentChanges: false } },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** Files to create in a fresh temp workspace (relative path → text). */
  files?: Record<string, string>;
  /** What the client answers to `workspace/configuration` for `promptgov`. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly statuses: { uri: string; version?: number; errors: number; warnings: number; infos: number; policy: string[]; policyError?: string }[] = [];
  readonly shownDocuments: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly logs: string[] = [];
  refreshes = 0;
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private readonly waiters: (() => void)[] = [];

  private constructor(
    readonly root: string,
    readonly connection: MessageConnection,
    readonly server: RunningServer,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'promptgov-lsp-')));
    for (const [rel, text] of Object.entries(options.files ?? {})) writeFile(root, rel, text);
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = startServer(toServer, toClient);
    const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const client = new TestClient(root, connection, server, options.settings ?? {});
    client.listen();
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: null,
      rootUri: pathToFileURL(root).toString(),
      workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'ws' }],
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: { debounceMs: 0, now: '2026-01-15T12:00:00Z', ...options.initializationOptions },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.wake();
    });
    c.onNotification('promptgov/status', (p) => {
      this.statuses.push(p);
      this.wake();
    });
    c.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.wake();
    });
    c.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'promptgov' ? this.settings : null)));
    c.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      this.wake();
      return null;
    });
    c.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.wake();
      return null;
    });
    c.onRequest('workspace/codeLens/refresh', () => null);
    c.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shownDocuments.push(p.uri);
      this.wake();
      return { success: true };
    });
    c.onRequest('window/workDoneProgress/create', () => null);
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when `predicate` holds (checked now and after every message from the server). */
  async waitFor<T>(what: string, predicate: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  uri(rel: string): string {
    return pathToFileURL(join(this.root, rel)).toString();
  }

  path(rel: string): string {
    return join(this.root, rel);
  }

  writeFile(rel: string, text: string): void {
    writeFile(this.root, rel, text);
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async open(rel: string, text?: string, languageId = 'plaintext'): Promise<string> {
    const uri = this.uri(rel);
    const content = text ?? '';
    if (text !== undefined) this.writeFile(rel, text);
    this.versions.set(uri, 1);
    this.texts.set(uri, content);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: content } });
    return uri;
  }

  /** Replaces the whole text (a full-text change event). */
  async change(uri: string, text: string): Promise<number> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Applies edits locally and sends them as incremental changes (as an editor applying a WorkspaceEdit does). */
  async applyEdits(uri: string, edits: readonly TextEdit[]): Promise<number> {
    const before = this.text(uri);
    const after = applyTextEdits(before, edits);
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, after);
    const sorted = [...edits].sort((a, b) => compare(b.range.start, a.range.start));
    // Incremental changes are applied in order; sending them from the end keeps earlier ranges valid.
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The latest pushed diagnostics for `uri` at `version` (waits for them). */
  /**
   * The diagnostics the client shows for `uri` once the server has checked `version` (push): those
   * published for that version, or, when the server found them unchanged and did not send them again (it
   * says so with the version's `promptgov/status`), those published last.
   */
  async diagnostics(uri: string, version = this.version(uri)): Promise<Diagnostic[]> {
    const p = await this.waitFor(`diagnostics for ${uri} v${version}`, () => {
      const list = this.published.get(uri);
      const last = list?.[list.length - 1];
      if (last && last.version === version) return last;
      return last && this.statuses.some((s) => s.uri === uri && s.version === version) ? last : undefined;
    });
    return p.diagnostics;
  }

  /** How many checks of `uri` the server has made (one `promptgov/status` each). */
  checks(uri: string): number {
    return this.statuses.filter((s) => s.uri === uri).length;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The text after applying a WorkspaceEdit for `uri` (changes or documentChanges, text or snippet edits). */
  editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
    if (!edit) return [];
    if (edit.changes) return edit.changes[uri] ?? [];
    const out: TextEdit[] = [];
    for (const dc of edit.documentChanges ?? []) {
      if (!('textDocument' in dc) || dc.textDocument.uri !== uri) continue;
      for (const e of dc.edits) {
        const s = e as { range: Range; newText?: string; snippet?: { value: string } };
        out.push({ range: s.range, newText: s.newText ?? s.snippet?.value ?? '' });
      }
    }
    return out;
  }

  async stop(): Promise<void> {
    this.connection.dispose();
    this.server.stop();
    rmSync(this.root, { recursive: true, force: true });
  }
}

export function writeFile(root: string, rel: string, text: string): void {
  const full = join(root, rel);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

/** Applies LSP text edits (non-overlapping, positions in the original text) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

let bundle: Promise<string> | undefined;

/**
 * The server bundled with esbuild the way scripts/build.mjs bundles it, into a temp folder (so that tests
 * run the current source, not a stale dist/). Built once per test run.
 */
export function serverBundle(): Promise<string> {
  bundle ??= (async () => {
    const { build } = await import('esbuild');
    const out = join(realpathSync(mkdtempSync(join(tmpdir(), 'promptgov-bundle-'))), 'server.js');
    await build({
      absWorkingDir: join(__dirname, '..', '..'),
      entryPoints: ['server/src/main.ts'],
      outfile: out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'error',
    });
    return out;
  })();
  return bundle;
}
