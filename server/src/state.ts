/**
 * What the handlers share: the connection, the open documents, the client's capabilities, the settings,
 * the policy service and the checked state of each document. Handlers read it; only the handlers of the
 * matching concern change it (settings.ts the settings, workspace.ts the folders and policy generation).
 */
import type { ClientCapabilities, Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzePolicyText, analyzeText, formatOf, type Analysis } from '../../shared/src/analyze';
import { isExcluded, isIncluded } from '../../shared/src/policy/resolve';
import type { Format } from '../../shared/src/types';
import type { CheckEnvironment } from '../../shared/src/rules/rule';
import { DEFAULT_SETTINGS, InitOptions, type Settings } from './settings';
import { LineMap } from './positions';
import { locate, type DocumentLocation } from './uri';
import { Projects } from './project';
import type { ResolvedPolicy } from '../../shared/src/policy/resolved';
import { PolicyService, type PolicyInfo } from './policy';
import { BaseTexts } from './git';

/**
 * Emitted on the process after the server's first check, for the loader (scripts/codeCacheLoader.cjs): it
 * tunes V8 for start-up until then (a young generation that does not grow), not for the checks of every edit.
 */
const STARTUP_DONE = 'promptgov:startup-done';
let startupDone = false;

/** What the server knows the client can do; read once from `initialize`. */
export interface ClientFeatures {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  configurationDynamic: boolean;
  workspaceFolders: boolean;
  watchedFilesDynamic: boolean;
  documentChanges: boolean;
  snippetEdits: boolean;
  hierarchicalSymbols: boolean;
  hoverMarkdown: boolean;
  completionSnippets: boolean;
  showDocument: boolean;
  codeLensRefresh: boolean;
  /** The client resolves a code action's `edit` lazily (`codeAction/resolve`). */
  codeActionResolve: boolean;
}

export function clientFeatures(c: ClientCapabilities | undefined): ClientFeatures {
  const caps = (c ?? {}) as ClientCapabilities;
  const td = caps.textDocument ?? {};
  const ws = caps.workspace ?? {};
  return {
    pullDiagnostics: !!td.diagnostic,
    diagnosticRefresh: !!ws.diagnostics?.refreshSupport,
    configuration: !!ws.configuration,
    configurationDynamic: !!ws.didChangeConfiguration?.dynamicRegistration,
    workspaceFolders: !!ws.workspaceFolders,
    watchedFilesDynamic: !!ws.didChangeWatchedFiles?.dynamicRegistration,
    documentChanges: !!ws.workspaceEdit?.documentChanges,
    snippetEdits: !!(ws.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport,
    hierarchicalSymbols: !!td.documentSymbol?.hierarchicalDocumentSymbolSupport,
    hoverMarkdown: (td.hover?.contentFormat ?? ['markdown']).includes('markdown'),
    completionSnippets: !!td.completion?.completionItem?.snippetSupport,
    showDocument: !!caps.window?.showDocument?.support,
    codeLensRefresh: !!ws.codeLens?.refreshSupport,
    codeActionResolve: !!td.codeAction?.dataSupport && !!td.codeAction?.resolveSupport?.properties?.includes('edit'),
  };
}

/** One checked text: an open document at one version, or a file read from disk. */
export interface Checked {
  uri: string;
  /** The document version, or null for a file read from disk. */
  version: number | null;
  location: DocumentLocation;
  text: string;
  lines: LineMap;
  policy: PolicyInfo;
  /** Undefined when the file is not a prompt file (nor a policy file) under its policy. */
  analysis?: Analysis;
  /** Changes whenever the result could change: a pull diagnostic `resultId`. */
  resultId: string;
  /** The findings as LSP diagnostics, once converted (handlers/diagnostics.ts). */
  diagnostics?: Diagnostic[];
}

export class ServerState {
  features: ClientFeatures = clientFeatures(undefined);
  init: InitOptions = InitOptions.from(undefined);
  settings: Settings = DEFAULT_SETTINGS;
  /** Bumped when settings change (part of every result id). */
  settingsGeneration = 0;
  /** Bumped when files are created or deleted (partials may appear or vanish; part of every result id). */
  filesGeneration = 0;
  /** Absolute POSIX paths of the workspace folders. */
  roots: string[] = [];
  readonly baseTexts = new BaseTexts();
  readonly policies: PolicyService;
  /** Set once `shutdown` arrived: no more checks are started. */
  shuttingDown = false;
  /** "Today" for expiry logic; tests may fix it through initializationOptions. */
  now?: Date;

  private readonly checked = new Map<string, Checked>();
  /** `formatFor`'s answers that depend on the path and the policy only (policies are immutable). */
  private readonly formatsByPath = new WeakMap<ResolvedPolicy, Map<string, { excluded: boolean; byName?: Format; selected: boolean }>>();
  /** Project roots, core paths and which files exist (for partials and includes). */
  readonly projects = new Projects(() => this.roots);

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {
    this.policies = new PolicyService((path) => this.openTextByPath(path), () => this.roots, () => this.settings);
  }

  /** Where `uri` lives (undefined for something that is not a URI). */
  locate(uri: unknown): DocumentLocation | undefined {
    return locate(uri, this.roots);
  }

  /** The in-memory text of an open document at `path` (policy files being edited win over the disk). */
  openTextByPath(path: string): string | undefined {
    for (const doc of this.documents.all()) {
      const loc = this.locate(doc.uri);
      if (loc?.onDisk && loc.path === path) return doc.getText();
    }
    return undefined;
  }

  /** The open document of `uri`, or undefined (also for malformed URIs). */
  document(uri: unknown): TextDocument | undefined {
    return typeof uri === 'string' ? this.documents.get(uri) : undefined;
  }

  /** Checks the open document `uri` at its current version (cached per version, policy and settings). */
  checkOpen(uri: unknown): Checked | undefined {
    const doc = this.document(uri);
    if (!doc) return undefined;
    const location = this.locate(doc.uri);
    if (!location) return undefined;
    const policy = this.policies.forPath(location.path);
    const base = this.baseTextFor(location);
    const resultId = `${doc.version}:${policy.generation}:${this.settingsGeneration}:${this.filesGeneration}:${base.stamp}`;
    const cached = this.checked.get(doc.uri);
    if (cached && cached.resultId === resultId) return cached;
    const text = doc.getText();
    const result = this.check(doc.uri, doc.version, location, text, policy, base.env, resultId);
    this.checked.set(doc.uri, result);
    return result;
  }

  /** The last check of an open document, whatever its version (for `run: onSave`). */
  lastChecked(uri: string): Checked | undefined {
    return this.checked.get(uri);
  }

  /** Files were created or deleted: forget what is known about them. */
  filesChanged(): void {
    this.filesGeneration++;
    this.projects.clear();
  }

  forget(uri: string): void {
    this.checked.delete(uri);
  }

  /** Checks a text that is not open (workspace diagnostics, scans). */
  checkText(uri: string, location: DocumentLocation, text: string, resultId: string): Checked {
    const policy = this.policies.forPath(location.path);
    return this.check(uri, null, location, text, policy, this.baseTextFor(location).env, resultId);
  }

  private check(uri: string, version: number | null, location: DocumentLocation, text: string, policy: PolicyInfo, env: Partial<CheckEnvironment>, resultId: string): Checked {
    let analysis: Analysis | undefined;
    const started = performance.now();
    const cpu = this.settings.trace === 'verbose' ? process.cpuUsage() : undefined;
    try {
      const core = this.projects.view(location.path, policy.policy);
      const format = this.formatFor(core.path, text, core.policy);
      const fullEnv: Partial<CheckEnvironment> = { ...env, knownFiles: this.projects.knownFiles(core.root), ...(this.now ? { now: this.now } : {}) };
      if (format === 'policy') analysis = this.analyzePolicyFile(location.path, core.path, text, core.policy, fullEnv);
      else if (format) analysis = analyzeText(core.path, text, core.policy, { format, env: fullEnv });
    } catch (error) {
      // The engine isolates rules; a parser bug must still not take the server down.
      this.log('error', `Checking ${location.path} failed: ${errorText(error)}`);
      analysis = undefined;
    }
    if (this.settings.trace === 'verbose') {
      const used = process.cpuUsage(cpu);
      this.log('info', `checked ${location.path} v${version ?? 'disk'} in ${(performance.now() - started).toFixed(1)} ms (CPU ${((used.user + used.system) / 1000).toFixed(1)} ms): ${analysis?.output.findings.length ?? 0} findings`);
    }
    if (!startupDone) {
      startupDone = true;
      (process as NodeJS.EventEmitter).emit(STARTUP_DONE);
    }
    return { uri, version, location, text, lines: new LineMap(text, analysis?.document.lineStarts), policy, analysis, resultId };
  }

  /**
   * The format `text` is checked as, or undefined when it is not checked: as the CLI decides — files the
   * policy excludes are not checked, prompt file names and policy files are, content decides for shared
   * names (`*.yml`), and a file selected by a `files.include` glob without a format of its own is a template.
   */
  formatFor(path: string, text: string, policy: ResolvedPolicy): Format | undefined {
    // What the path and the policy decide is the same for every edit of a document: worked out once.
    let byPath = this.formatsByPath.get(policy);
    if (!byPath) {
      byPath = new Map();
      this.formatsByPath.set(policy, byPath);
    }
    let known = byPath.get(path);
    if (!known) {
      const excluded = isExcluded(policy, path);
      const byName = excluded ? undefined : formatOf(path, policy);
      known = { excluded, byName, selected: !excluded && isIncluded(policy, path, byName !== undefined) };
      if (byPath.size > 5000) byPath.clear();
      byPath.set(path, known);
    }
    if (known.excluded) return undefined;
    return known.byName ?? formatOf(path, policy, text) ?? (known.selected ? 'template' : undefined);
  }

  /**
   * A policy file is read by the policy loader (schema, patterns, rule ids), with the problems the resolver
   * met following its `extends` when it read this very text, as the CLI does.
   */
  private analyzePolicyFile(absPath: string, corePath: string, text: string, policy: ResolvedPolicy, env: Partial<CheckEnvironment>): Analysis {
    const loaded = this.policies.loadedFiles().find((f) => f.path === absPath);
    return analyzePolicyText(corePath, text, policy, { env, resolverProblems: loaded && loaded.text === text ? loaded.problems : undefined });
  }

  private baseTextFor(location: DocumentLocation): { env: Partial<CheckEnvironment>; stamp: string } {
    const ref = this.settings.baseRef;
    if (!location.onDisk || !ref) return { env: {}, stamp: '-' };
    const base = this.baseTexts.peek(location.path, ref);
    return base === undefined ? { env: {}, stamp: '-' } : { env: { baseText: base }, stamp: this.baseTexts.stamp(location.path, ref) };
  }

  log(level: 'error' | 'warn' | 'info' | 'log', message: string): void {
    try {
      this.connection.console[level](message);
    } catch {
      // the connection is gone: nothing to tell
    }
  }

  /**
   * Wraps a handler so that it never throws to the connection: an exception is logged and the fallback
   * answered. Async handlers are awaited.
   */
  guard<P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P): Promise<R> => {
      try {
        return await handler(...args);
      } catch (error) {
        if (isCancellation(error)) throw error;
        this.log('error', `${name} failed: ${errorText(error)}`);
        return fallback;
      }
    };
  }
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

/** A ResponseError the handler threw on purpose (cancellation): passed on to the client as is. */
function isCancellation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && ((error as { code: unknown }).code === -32800 || (error as { code: unknown }).code === -32802);
}
