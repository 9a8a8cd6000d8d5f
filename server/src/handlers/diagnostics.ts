/**
 * Diagnostics, pushed and pulled.
 *
 * - Push (`textDocument/publishDiagnostics`) when the client cannot pull: on open and save at once, on
 *   change after a short debounce (`initializationOptions.debounceMs`, default 150 ms). A newer version of a
 *   document cancels the pending check of the older one; a check never publishes for a version that is no
 *   longer current.
 * - Pull (`textDocument/diagnostic`, `workspace/diagnostic`) when it can: answered at once, with result ids
 *   so that unchanged documents cost nothing, honouring the request's cancellation token.
 *
 * Each diagnostic carries the rule id as `code`, its documentation as `codeDescription`, `source:
 * promptgov`, and `data` = { fingerprint, entity } for code actions.
 *
 * A push is skipped when the findings of the new version would give the very diagnostics last published
 * for the document (same ranges, rule ids, severities, messages and fingerprints): typing inside a line
 * without findings changes nothing the client shows, and re-sending a 2,000-line file's diagnostics costs
 * more than checking whether they changed. The `promptgov/status` notification is still sent for every
 * check.
 */
import {
  DiagnosticSeverity, DiagnosticTag, LSPErrorCodes, ResponseError, type CancellationToken, type Diagnostic,
  type DocumentDiagnosticReport, type WorkspaceDiagnosticReport, type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl } from '../../../shared/src/rules/rule';
import type { Finding, Severity } from '../../../shared/src/types';
import type { LineMap } from '../positions';
import { StatusNotification, type StatusParams } from '../protocol';
import type { Checked, ServerState } from '../state';
import type { WorkspaceFiles } from '../workspaceFiles';

export const SOURCE = 'promptgov';
/** Documents longer than this (UTF-16 units) are not checked while typing, only on open and save. */
export const LIVE_CHECK_LIMIT = 2_000_000;

/**
 * What every diagnostic carries in `data`. Code actions match a diagnostic to the finding of the server's
 * check of the current version by `fingerprint` (never by the message text) and take the fixes from there.
 * Nothing else: the rule id is the diagnostic's `code`, and the fixes (titles and edits) stay on the server,
 * since one finding's fix may touch every line of a file (moving lines between messages); every byte here
 * is sent for every finding on every keystroke.
 */
export interface DiagnosticData {
  fingerprint: string;
  /** The kind of sensitive value (`email`, `phone`, …) for `pii/*` and `secret/*` findings. */
  entity?: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Findings about something that is there but does nothing: editors fade them. */
const UNNECESSARY: ReadonlySet<string> = new Set(['suppression/unused', 'template/unused-input']);
/** Findings about something that is deprecated: editors strike it through. */
const DEPRECATED: ReadonlySet<string> = new Set(['model/deprecated']);

export function toDiagnostic(finding: Finding, lines: LineMap): Diagnostic {
  const data: DiagnosticData = finding.entity ? { fingerprint: finding.fingerprint, entity: finding.entity } : { fingerprint: finding.fingerprint };
  const tags = UNNECESSARY.has(finding.ruleId) ? [DiagnosticTag.Unnecessary] : DEPRECATED.has(finding.ruleId) ? [DiagnosticTag.Deprecated] : undefined;
  return {
    range: lines.range(finding),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    ...(tags ? { tags } : {}),
    data,
  };
}

const docsUrls = new Map<string, string>();

function docsUrl(ruleId: string): string {
  let url = docsUrls.get(ruleId);
  if (url === undefined) {
    url = ruleDocsUrl(ruleId);
    docsUrls.set(ruleId, url);
  }
  return url;
}

/**
 * Whether two checks give the same diagnostics: the same findings in the same order, at the same
 * line/column positions (UTF-16, as LSP counts them), with the same rule, severity, message and fingerprint.
 */
export function sameDiagnostics(a: Checked | undefined, b: Checked | undefined): boolean {
  const x = a?.analysis?.output.findings;
  const y = b?.analysis?.output.findings;
  if (!x || !y) return !x && !y && !!a && !!b;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const f = x[i];
    const g = y[i];
    if (
      f.line !== g.line || f.column !== g.column || f.endLine !== g.endLine || f.endColumn !== g.endColumn || f.ruleId !== g.ruleId ||
      f.severity !== g.severity || f.fingerprint !== g.fingerprint || f.message !== g.message || f.entity !== g.entity
    ) {
      return false;
    }
  }
  return true;
}

/** The diagnostics of a check (converted once per check: pushes, pulls and workspace pulls share them). */
export function diagnosticsOf(checked: Checked | undefined): Diagnostic[] {
  const findings = checked?.analysis?.output.findings;
  if (!checked || !findings) return [];
  checked.diagnostics ??= findings.map((f) => toDiagnostic(f, checked.lines));
  return checked.diagnostics;
}

export function countFindings(checked: Checked | undefined): { errors: number; warnings: number; infos: number; hints: number } {
  const counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of checked?.analysis?.output.findings ?? []) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else if (f.severity === 'info') counts.infos++;
    else counts.hints++;
  }
  return counts;
}

export class Diagnostics {
  private readonly pending = new Map<string, { cancel: () => void; version: number }>();
  /** Version last published per document (push), so that the change event after open is not checked twice. */
  private readonly published = new Map<string, number>();
  /** The check whose diagnostics were last pushed per document (push), to skip pushing the same again. */
  private readonly shown = new Map<string, Checked>();
  /** The last full pull report per open document, for `unchanged` answers when a new version changes nothing. */
  private readonly reported = new Map<string, { resultId: string; checked: Checked }>();
  /** For `run: onSave`: the check made at open or save, which pull requests answer with until the next save. */
  private readonly saved = new Map<string, Checked>();
  private recheckQueue: string[] = [];
  private recheckTimer?: NodeJS.Timeout;
  private readonly largeNoted = new Set<string>();
  private recheckRunning = false;

  constructor(
    private readonly state: ServerState,
    private readonly files: WorkspaceFiles,
  ) {}

  get push(): boolean {
    return !this.state.features.pullDiagnostics;
  }

  register(): void {
    const { state } = this;
    const { connection, documents } = state;
    documents.onDidOpen(state.guard('didOpen', undefined, (e) => this.opened(e.document)));
    documents.onDidChangeContent(state.guard('didChange', undefined, (e) => this.changed(e.document)));
    documents.onDidSave(state.guard('didSave', undefined, (e) => this.saved_(e.document)));
    documents.onDidClose(state.guard('didClose', undefined, (e) => this.closed(e.document)));
    connection.languages.diagnostics.on(
      state.guard('textDocument/diagnostic', { kind: 'full', items: [] } as DocumentDiagnosticReport, (params, token) =>
        this.pullDocument(params?.textDocument?.uri, params?.previousResultId, token),
      ),
    );
    connection.languages.diagnostics.onWorkspace(
      state.guard('workspace/diagnostic', { items: [] } as WorkspaceDiagnosticReport, (params, token) => this.pullWorkspace(params?.previousResultIds, token)),
    );
  }

  // ---- document events ------------------------------------------------------------------------------------

  private opened(doc: TextDocument): void {
    const location = this.state.locate(doc.uri);
    if (location && this.state.policies.isPolicyFile(location.path)) this.policyTextChanged(location.path);
    this.validateNow(doc.uri);
    this.saved.delete(doc.uri);
    const checked = this.state.lastChecked(doc.uri);
    if (checked) this.saved.set(doc.uri, checked);
    this.fetchBase(doc.uri);
  }

  private changed(doc: TextDocument): void {
    if (this.published.get(doc.uri) === doc.version) return; // the open event already checked this version
    const location = this.state.locate(doc.uri);
    if (location && this.state.policies.isPolicyFile(location.path)) this.policyTextChanged(location.path);
    if (this.state.settings.run === 'onSave') return;
    if (doc.getText().length > LIVE_CHECK_LIMIT) {
      // Checking megabytes per keystroke would freeze the server: such files are checked on open and save.
      if (!this.largeNoted.has(doc.uri)) {
        this.largeNoted.add(doc.uri);
        this.state.log('info', `${doc.uri} is larger than ${LIVE_CHECK_LIMIT / 1_000_000} M characters: checked when opened and saved, not while typing.`);
      }
      return;
    }
    this.schedule(doc.uri, doc.version);
  }

  private saved_(doc: TextDocument): void {
    const location = this.state.locate(doc.uri);
    if (location?.onDisk) {
      this.state.baseTexts.forget(location.path);
      this.files.invalidate(location.path);
    }
    this.cancel(doc.uri);
    this.validateNow(doc.uri);
    const checked = this.state.lastChecked(doc.uri);
    if (checked) this.saved.set(doc.uri, checked);
    this.fetchBase(doc.uri);
  }

  private closed(doc: TextDocument): void {
    this.cancel(doc.uri);
    this.published.delete(doc.uri);
    this.shown.delete(doc.uri);
    this.reported.delete(doc.uri);
    this.saved.delete(doc.uri);
    this.largeNoted.delete(doc.uri);
    this.state.forget(doc.uri);
    if (this.push) this.publish(doc.uri, undefined, []);
    const location = this.state.locate(doc.uri);
    // The unsaved text of a policy file no longer counts: the disk does again.
    if (location && this.state.policies.isPolicyFile(location.path)) this.policyTextChanged(location.path);
  }

  /**
   * An open policy file was edited (or opened or closed): every document may now check differently. The
   * re-check waits for the debounce, so that typing in a policy file does not re-check everything per key.
   */
  private policyTextChanged(path: string): void {
    this.state.policies.invalidate(path);
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = undefined;
      this.recheckAll();
    }, this.state.init.debounceMs);
  }

  /** Reads the base revision's text of a document once; checks it again when the answer is new. */
  private fetchBase(uri: string): void {
    const location = this.state.locate(uri);
    const ref = this.state.settings.baseRef;
    if (!location?.onDisk || !ref || this.state.baseTexts.has(location.path, ref)) return;
    this.state.baseTexts.fetch(location.path, ref).then(
      (base) => {
        if (base === undefined || this.state.shuttingDown || !this.state.document(uri)) return;
        if (this.push) this.schedule(uri, this.state.document(uri)!.version, 0);
        else this.refresh();
      },
      () => undefined,
    );
  }

  // ---- push -----------------------------------------------------------------------------------------------

  private schedule(uri: string, version: number, delay = this.state.init.debounceMs): void {
    this.cancel(uri);
    const run = (): void => {
      this.pending.delete(uri);
      const doc = this.state.document(uri);
      if (!doc || doc.version !== version) return; // a newer version has its own check scheduled
      this.validateNow(uri);
    };
    // Without debounce, the next turn of the event loop (a 0 ms timer would wait at least 1 ms).
    if (delay <= 0) {
      const immediate = setImmediate(run);
      this.pending.set(uri, { cancel: () => clearImmediate(immediate), version });
    } else {
      const timer = setTimeout(run, delay);
      this.pending.set(uri, { cancel: () => clearTimeout(timer), version });
    }
  }

  private cancel(uri: string): void {
    const p = this.pending.get(uri);
    if (p) {
      p.cancel();
      this.pending.delete(uri);
    }
  }

  /** Checks the current version of `uri`, publishes (push mode) and sends the status. */
  validateNow(uri: string): void {
    if (this.state.shuttingDown) return;
    const doc = this.state.document(uri);
    if (!doc) return;
    let checked: Checked | undefined;
    try {
      checked = this.state.checkOpen(uri);
    } catch (error) {
      this.state.log('error', `Checking ${uri} failed: ${String(error)}`);
    }
    if (this.push) {
      const shown = this.shown.get(uri);
      if (!checked || !shown || !sameDiagnostics(shown, checked)) {
        this.publish(uri, doc.version, diagnosticsOf(checked));
        if (checked) this.shown.set(uri, checked);
        else this.shown.delete(uri);
      }
    }
    this.published.set(uri, doc.version);
    if (checked) this.sendStatus(checked);
  }

  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    try {
      void this.state.connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics }).catch(() => undefined);
    } catch {
      // the connection is closed
    }
  }

  /** Stops pending checks (the server is stopping). */
  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = undefined;
    this.recheckQueue = [];
  }

  private sendStatus(checked: Checked): void {
    if (!checked.analysis) return;
    const params: StatusParams = {
      uri: checked.uri,
      ...(checked.version !== null ? { version: checked.version } : {}),
      policy: checked.policy.sources,
      ...countFindings(checked),
      ...(checked.policy.error ? { policyError: checked.policy.error } : {}),
    };
    try {
      void this.state.connection.sendNotification(StatusNotification, params).catch(() => undefined);
    } catch {
      // the connection is closed
    }
  }

  /**
   * The policy, the settings or the files changed: every open document is checked again, one at a time
   * with the event loop free in between (push), or the client is asked to pull again (pull).
   */
  recheckAll(): void {
    if (this.state.shuttingDown) return;
    this.published.clear();
    // `run: onSave` answers pulls with the check of the last save: the next pull checks again, under the new
    // policy, and keeps that answer until the next save.
    this.saved.clear();
    if (!this.push) {
      this.refresh();
      for (const doc of this.state.documents.all()) {
        const checked = this.state.checkOpen(doc.uri);
        if (checked) this.sendStatus(checked);
      }
      return;
    }
    this.recheckQueue = this.state.documents.all().map((d) => d.uri);
    if (this.recheckRunning) return;
    this.recheckRunning = true;
    const step = (): void => {
      const uri = this.recheckQueue.shift();
      if (uri === undefined || this.state.shuttingDown) {
        this.recheckRunning = false;
        return;
      }
      try {
        if (!this.pending.has(uri)) this.validateNow(uri);
      } finally {
        setImmediate(step);
      }
    };
    setImmediate(step);
  }

  private refresh(): void {
    if (this.state.features.diagnosticRefresh) {
      this.state.connection.languages.diagnostics.refresh().catch(() => undefined);
    }
  }

  // ---- pull -----------------------------------------------------------------------------------------------

  private checkForPull(uri: string): Checked | undefined {
    const large = (this.state.document(uri)?.getText().length ?? 0) > LIVE_CHECK_LIMIT;
    if (this.state.settings.run !== 'onSave' && !large) return this.state.checkOpen(uri);
    let saved = this.saved.get(uri);
    if (!saved) {
      saved = this.state.checkOpen(uri);
      if (saved) this.saved.set(uri, saved);
    }
    return saved;
  }

  private pullDocument(uri: unknown, previousResultId: unknown, token: CancellationToken): DocumentDiagnosticReport {
    throwIfCancelled(token);
    const doc = this.state.document(uri);
    if (!doc) return { kind: 'full', items: [] };
    const checked = this.checkForPull(doc.uri);
    throwIfCancelled(token);
    if (!checked) return { kind: 'full', items: [] };
    this.sendStatus(checked);
    if (typeof previousResultId === 'string' && previousResultId === checked.resultId) return { kind: 'unchanged', resultId: checked.resultId };
    // The client holds the diagnostics of its previous result: when this version gives the same, say so
    // (keeping that result id, which stays tied to the check whose diagnostics the client shows).
    const reported = this.reported.get(doc.uri);
    if (reported && previousResultId === reported.resultId && sameDiagnostics(reported.checked, checked)) return { kind: 'unchanged', resultId: reported.resultId };
    this.reported.set(doc.uri, { resultId: checked.resultId, checked });
    return { kind: 'full', resultId: checked.resultId, items: diagnosticsOf(checked) };
  }

  private async pullWorkspace(previous: unknown, token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    const previousIds = new Map<string, string>();
    if (Array.isArray(previous)) {
      for (const p of previous) {
        if (p && typeof p.uri === 'string' && typeof p.value === 'string') previousIds.set(p.uri, p.value);
      }
    }
    const openByPath = new Map<string, TextDocument>();
    for (const doc of this.state.documents.all()) {
      const loc = this.state.locate(doc.uri);
      if (loc?.onDisk) openByPath.set(loc.path, doc);
    }
    const { files } = await this.files.list(token);
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    let sinceYield = 0;
    for (const path of files) {
      throwIfCancelled(token);
      const open = openByPath.get(path);
      if (open) {
        const checked = this.checkForPull(open.uri);
        if (!checked?.analysis) continue;
        items.push(report(open.uri, open.version, checked.resultId, previousIds, checked));
        continue;
      }
      const disk = await this.files.check(path);
      if (!disk.checked) continue;
      items.push(report(disk.uri, null, disk.resultId, previousIds, disk.checked));
      if (++sinceYield >= 20) {
        sinceYield = 0;
        await new Promise((r) => setImmediate(r)); // let `$/cancelRequest` and edits in
      }
    }
    throwIfCancelled(token);
    return { items };
  }
}

function report(uri: string, version: number | null, resultId: string, previous: Map<string, string>, checked: Checked): WorkspaceDocumentDiagnosticReport {
  if (previous.get(uri) === resultId) return { kind: 'unchanged', uri, version, resultId };
  return { kind: 'full', uri, version, resultId, items: diagnosticsOf(checked) };
}

function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) {
    throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
  }
}
