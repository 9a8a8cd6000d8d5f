// Helpers of the extension test suite: wait on VS Code events (never on fixed sleeps), with a deadline.
const vscode = require('vscode');

const EXTENSION_ID = 'promptgov.promptgov';

/** The extension's test API once its server runs. */
async function promptgov() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

function fileUri(name) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
}

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor, uri: doc.uri };
}

/** Resolves with `check()`'s value once it is truthy, re-checking whenever `event` fires. */
function until(event, check, what, ms = 60_000) {
  return new Promise((resolve, reject) => {
    let sub;
    const timer = setTimeout(() => {
      sub?.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const attempt = () => {
      let value;
      try {
        value = check();
      } catch (e) {
        clearTimeout(timer);
        sub?.dispose();
        reject(e);
        return true;
      }
      if (value) {
        clearTimeout(timer);
        sub?.dispose();
        resolve(value);
        return true;
      }
      return false;
    };
    if (!attempt()) sub = event(() => attempt());
  });
}

const ruleOf = (d) => (typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code));
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'promptgov');

/** The promptgov diagnostics of `uri` once one of rule `rule` is among them. */
function diagnosticsWith(uri, rule, ms) {
  return until(
    vscode.languages.onDidChangeDiagnostics,
    () => (ours(uri).some((d) => ruleOf(d) === rule) ? ours(uri) : undefined),
    `a ${rule} diagnostic on ${vscode.workspace.asRelativePath(uri)}`,
    ms,
  );
}

function diagnosticsWithout(uri, rule, ms) {
  return until(
    vscode.languages.onDidChangeDiagnostics,
    () => (!ours(uri).some((d) => ruleOf(d) === rule) ? ours(uri).slice() || true : undefined),
    `the ${rule} diagnostic on ${vscode.workspace.asRelativePath(uri)} to clear`,
    ms,
  );
}

/** Waits until `check()` is truthy, re-checking whenever the active editor, tabs or documents change. */
function editorState(check, what, ms) {
  const emitter = new vscode.EventEmitter();
  const subs = [
    vscode.window.onDidChangeActiveTextEditor(() => emitter.fire()),
    vscode.window.tabGroups.onDidChangeTabs(() => emitter.fire()),
    vscode.workspace.onDidOpenTextDocument(() => emitter.fire()),
    vscode.workspace.onDidChangeTextDocument(() => emitter.fire()),
  ];
  return until(emitter.event, check, what, ms).finally(() => {
    for (const s of subs) s.dispose();
    emitter.dispose();
  });
}

module.exports = { EXTENSION_ID, promptgov, fileUri, open, until, ruleOf, ours, diagnosticsWith, diagnosticsWithout, editorState };
