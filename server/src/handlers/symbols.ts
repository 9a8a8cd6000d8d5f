/**
 * Document symbols (the outline): the messages by role (`system`, `user` …, each spanning its marker and
 * content), the declared inputs, and the model references. Flat `SymbolInformation` for clients without
 * hierarchical symbols.
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation } from 'vscode-languageserver';
import type { Span } from '../../../shared/src/types';
import type { ServerState } from '../state';

export function registerSymbols(state: ServerState): void {
  state.connection.onDocumentSymbol(state.guard('textDocument/documentSymbol', [] as DocumentSymbol[] | SymbolInformation[], (params) => documentSymbols(state, params)));
}

export function documentSymbols(state: ServerState, params: DocumentSymbolParams): DocumentSymbol[] | SymbolInformation[] {
  const checked = state.checkOpen(params?.textDocument?.uri);
  const doc = checked?.analysis?.document;
  if (!checked || !doc) return [];
  const lines = checked.lines;
  const symbols: DocumentSymbol[] = [];
  const symbol = (name: string, detail: string, kind: SymbolKind, span: Span, selection: Span = span, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: name || '(empty)',
    detail,
    kind,
    range: lines.range(span),
    selectionRange: lines.range(selection),
    ...(children ? { children } : {}),
  });

  doc.messages.forEach((m) => {
    const start = Math.min(m.marker?.offset ?? m.content.offset, m.content.offset);
    const end = Math.max(m.marker?.endOffset ?? m.content.endOffset, m.content.endOffset);
    symbols.push(symbol(m.role, m.kind === 'instructions' ? (m.roleText ?? '') : m.kind, SymbolKind.Namespace, { offset: start, endOffset: end }, m.marker ?? m.content));
  });
  if (doc.inputs.length) {
    const children = doc.inputs.map((i) => symbol(i.name, i.type ?? i.source, SymbolKind.Variable, i.span));
    const start = Math.min(...doc.inputs.map((i) => i.span.offset));
    const end = Math.max(...doc.inputs.map((i) => i.span.endOffset));
    symbols.push(symbol('inputs', `${doc.inputs.length}`, SymbolKind.Struct, { offset: start, endOffset: end }, doc.inputs[0].span, children));
  }
  for (const m of doc.models) symbols.push(symbol(m.id, `model (${m.source})`, SymbolKind.Constant, m.span));
  symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

  if (state.features.hierarchicalSymbols) return symbols;
  const flat: SymbolInformation[] = [];
  const visit = (s: DocumentSymbol, container?: string) => {
    flat.push({ name: s.name, kind: s.kind, location: { uri: checked.uri, range: s.range }, ...(container ? { containerName: container } : {}) });
    for (const c of s.children ?? []) visit(c, s.name);
  };
  symbols.forEach((s) => visit(s));
  return flat;
}
