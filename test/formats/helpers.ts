/** Small helpers for the format tests: exact-text assertions on spans. */
import assert from 'node:assert/strict';
import type { Expression, PromptDocument, Span } from '../../shared/src/types';

/** The text a span covers. */
export function at(doc: PromptDocument | string, span: Span | undefined): string {
  assert.ok(span, 'expected a span');
  const text = typeof doc === 'string' ? doc : doc.text;
  return text.slice(span.offset, span.endOffset);
}

/** The expression whose source is `source` (the `n`-th one, 0-based). */
export function expr(doc: PromptDocument, source: string, n = 0): Expression {
  const found = doc.expressions.filter((e) => e.source === source);
  assert.ok(found[n], `no expression ${JSON.stringify(source)} #${n}; have ${JSON.stringify(doc.expressions.map((e) => e.source))}`);
  return found[n];
}

/** Problems as `ruleId@line` (1-based), for compact assertions. */
export function problemLines(doc: PromptDocument): string[] {
  return doc.problems.map((p) => `${p.ruleId}@${lineOf(doc, p.span.offset)}`);
}

export function lineOf(doc: PromptDocument, offset: number): number {
  let line = 0;
  while (line + 1 < doc.lineStarts.length && doc.lineStarts[line + 1] <= offset) line++;
  return line + 1;
}

/** Messages as `role/kind: first line of content`. */
export function messageSummary(doc: PromptDocument): string[] {
  return doc.messages.map((m) => `${m.role}/${m.kind}: ${at(doc, m.content).split(/\r?\n/)[0]}`);
}
