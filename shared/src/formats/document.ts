/**
 * Assembling a PromptDocument: the empty shell every parser starts from, and the finishing pass every
 * parser ends with (ordering, expression → message assignment, few-shot marking, delimiters).
 */
import type { ExpressionKind, Format, Message, ParseProblem, PromptDocument, Span, TemplateEngine } from '../types';
import { assignDelimiters } from './delimiters';
import { computeLineStarts } from './lines';
import { ScanContext } from './templateScan/context';

export const INVALID_STRUCTURE = 'format/invalid-structure';

export function newDocument(path: string, text: string, format: Format, engine: TemplateEngine, variant?: string): PromptDocument {
  const doc: PromptDocument = {
    path,
    text,
    format,
    engine,
    body: { offset: 0, endOffset: text.length },
    metadata: { extra: {} },
    models: [],
    messages: [],
    expressions: [],
    inputs: [],
    references: [],
    comments: [],
    problems: [],
    lineStarts: computeLineStarts(text),
  };
  if (variant !== undefined) doc.variant = variant;
  return doc;
}

/** A scanner context writing into the document's lists. */
export function scanContext(doc: PromptDocument): ScanContext {
  return new ScanContext(doc.text, doc);
}

export function problem(ruleId: string, span: Span, message: string): ParseProblem {
  return { ruleId, span, message };
}

/**
 * Orders every list by offset, assigns each expression to the message whose marker or content contains
 * it, marks few-shot examples and computes delimiters. Parsers call it last.
 */
export function finishDocument(doc: PromptDocument, options: { markExamples?: boolean } = {}): PromptDocument {
  const byOffset = <T extends { span: Span }>(a: T, b: T) => a.span.offset - b.span.offset || a.span.endOffset - b.span.endOffset;
  doc.messages.sort((a, b) => regionOf(a).offset - regionOf(b).offset);
  doc.expressions.sort(byOffset);
  doc.comments.sort(byOffset);
  doc.references.sort(byOffset);
  doc.problems.sort(byOffset);
  doc.inputs.sort(byOffset);
  assignMessages(doc);
  if (options.markExamples) markExamples(doc.messages);
  assignDelimiters(doc.text, doc.messages, doc.expressions);
  return doc;
}

/** From the role marker (if any) to the end of the content. */
function regionOf(m: Message): Span {
  const offset = m.marker ? Math.min(m.marker.offset, m.content.offset) : m.content.offset;
  return { offset, endOffset: Math.max(m.content.endOffset, m.marker?.endOffset ?? 0) };
}

function assignMessages(doc: PromptDocument): void {
  const regions = doc.messages.map((m, index) => ({ ...regionOf(m), index }));
  let r = 0;
  for (const e of doc.expressions) {
    while (r < regions.length && regions[r].endOffset < e.span.offset) r++;
    // Regions rarely overlap (GitHub test data vs. messages never do); look at the next few to be safe.
    e.message = -1;
    for (let k = r; k < regions.length && regions[k].offset <= e.span.offset; k++) {
      if (e.span.endOffset <= regions[k].endOffset) {
        e.message = regions[k].index;
        break;
      }
      if (k - r > 4) break;
    }
  }
}

/**
 * Few-shot examples: in a conversation (messages of kind `instructions`), an assistant message before the
 * last user message is an example answer, and the user message right before it the example question.
 */
export function markExamples(messages: Message[]): void {
  const chat = messages.filter((m) => m.kind === 'instructions');
  let lastUser = -1;
  chat.forEach((m, i) => {
    if (m.role === 'user') lastUser = i;
  });
  for (let i = 0; i < lastUser; i++) {
    const m = chat[i];
    if (m.role === 'assistant') m.kind = 'example';
    else if (m.role === 'user' && chat[i + 1]?.role === 'assistant') m.kind = 'example';
  }
}

/**
 * The text of `[start, end)` with the expressions of `kinds` cut out (e.g. comments, which render to
 * nothing). Ranges must be asked about in increasing order with the same `cursor`, so that the (sorted)
 * expressions are walked once.
 */
export function textWithout(doc: PromptDocument, start: number, end: number, kinds: ReadonlySet<ExpressionKind>, cursor: { next: number }): string {
  const expressions = doc.expressions;
  while (cursor.next < expressions.length && expressions[cursor.next].span.endOffset <= start) cursor.next++;
  const parts: string[] = [];
  let p = start;
  for (let i = cursor.next; i < expressions.length && expressions[i].span.offset < end; i++) {
    const e = expressions[i];
    if (kinds.has(e.kind) && e.span.offset >= p) {
      parts.push(doc.text.slice(p, e.span.offset));
      p = Math.min(e.span.endOffset, end);
    }
  }
  parts.push(doc.text.slice(p, end));
  return parts.join('');
}
