/**
 * "Open policy": the `promptgov.policyPath` setting when set, else the nearest `.promptgov.yaml` (or
 * `.yml`) above the active file, as the server finds it; when there is none, create one at the root of
 * the workspace folder with the starter text of `promptgov init`.
 */
import { FileType, Uri, window, workspace, type WorkspaceFolder } from 'vscode';
import { readSettings } from './settings';

export const POLICY_NAMES = ['.promptgov.yaml', '.promptgov.yml'] as const;

/** Used when the server cannot be asked (not started, or an older server without the request). */
export const FALLBACK_STARTER_POLICY = `# promptgov policy: https://github.com/promptgov/promptgov/blob/main/docs/policy.md
# The nearest .promptgov.yaml above a prompt file applies to it; \`root: true\` stops the search upwards.
extends: promptgov:recommended

models:
  # Models your prompts may use (globs). Others are reported by model/unapproved.
  approved: []

metadata:
  # Front-matter fields every prompt must declare.
  required: [owner, version]

# Severity per rule: error | warning | info | hint | off
rules: {}
`;

async function exists(uri: Uri): Promise<boolean> {
  try {
    return ((await workspace.fs.stat(uri)).type & FileType.File) !== 0;
  } catch {
    return false;
  }
}

/** The policy file that applies to `file` (or to the folder when no file is given), if one exists. */
export async function findPolicy(file: Uri | undefined, folder: WorkspaceFolder | undefined): Promise<Uri | undefined> {
  const setting = readSettings(file ?? folder?.uri).policyPath;
  if (setting) {
    const uri = setting.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(setting) || !folder ? Uri.file(setting) : Uri.joinPath(folder.uri, setting);
    return (await exists(uri)) ? uri : undefined;
  }
  let dir = file ? Uri.joinPath(file, '..') : folder?.uri;
  const stopAt = folder?.uri.path;
  while (dir) {
    for (const name of POLICY_NAMES) {
      const candidate = Uri.joinPath(dir, name);
      if (await exists(candidate)) return candidate;
    }
    if (stopAt !== undefined && dir.path === stopAt) break;
    const parent = Uri.joinPath(dir, '..');
    if (parent.path === dir.path) break;
    dir = parent;
  }
  return undefined;
}

/**
 * The `promptgov.openPolicy` command. `starterText` asks the server for the starter policy.
 * Returns the URI it opened (for tests).
 */
export async function openPolicy(starterText: () => Promise<string>): Promise<Uri | undefined> {
  const active = window.activeTextEditor?.document.uri;
  const file = active?.scheme === 'file' ? active : undefined;
  const folder = (file && workspace.getWorkspaceFolder(file)) ?? workspace.workspaceFolders?.[0];
  let policy = await findPolicy(file, folder);
  if (!policy) {
    const setting = readSettings(file ?? folder?.uri).policyPath;
    if (setting) {
      void window.showWarningMessage(`promptgov: the policy file '${setting}' (setting promptgov.policyPath) does not exist.`);
      return undefined;
    }
    if (!folder) {
      void window.showInformationMessage('promptgov: open a folder to create a .promptgov.yaml policy file in it.');
      return undefined;
    }
    policy = Uri.joinPath(folder.uri, POLICY_NAMES[0]);
    let text: string;
    try {
      text = await starterText();
    } catch {
      text = FALLBACK_STARTER_POLICY;
    }
    await workspace.fs.writeFile(policy, new TextEncoder().encode(text));
    void window.showInformationMessage(`promptgov: created ${workspace.asRelativePath(policy)} with the starter policy.`);
  }
  await window.showTextDocument(policy, { preview: false });
  return policy;
}
