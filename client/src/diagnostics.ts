/** Helpers over the promptgov diagnostics VS Code holds; reads `source` and `code` (the rule id), never the message. */
import { Uri, languages, type Diagnostic, type Range } from 'vscode';

export const SOURCE = 'promptgov';

export function ruleIdOf(d: Diagnostic): string | undefined {
  const code = d.code;
  if (typeof code === 'string') return code;
  if (typeof code === 'number') return String(code);
  if (code && typeof code === 'object') return String(code.value);
  return undefined;
}

export function docsTargetOf(d: Diagnostic): Uri | undefined {
  const code = d.code;
  return code && typeof code === 'object' && 'target' in code ? code.target : undefined;
}

export function isOurs(d: Diagnostic): boolean {
  return d.source === SOURCE;
}

export function ourDiagnostics(uri: Uri): Diagnostic[] {
  return languages.getDiagnostics(uri).filter(isOurs);
}

/** Diagnostics of ours whose range touches `range` (a cursor touches the finding it sits in). */
export function diagnosticsAt(uri: Uri, range: Range): Diagnostic[] {
  return ourDiagnostics(uri).filter((d) => d.range.intersection(range) !== undefined);
}
