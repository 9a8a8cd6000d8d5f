/**
 * PromptL (`.promptl`, Latitude): optional YAML front matter (provider, model, parameters…), then a body
 * of message tags (`<system>`, `<user>`, `<assistant>`, `<tool>`, `<message role="…">`) with `{{ }}`
 * expressions; text outside message tags is a system message. `<prompt path="…" />` includes another
 * prompt. Inputs are declared (optionally) by the front matter's `parameters` mapping.
 */
import type { ExpressionKind, Message, PromptDocument } from '../types';
import { finishDocument, newDocument, scanContext, textWithout } from './document';
import { addInput, addModel, applyTrustedList, declaredTrust, readMetadata } from './fields';
import { readFrontMatter } from './frontMatter';
import { trimSpan } from './lines';
import { scanPromptl } from './templateScan/promptl';
import { getNode, keySpan, pairsOf, stringValue } from './yamlNodes';

/** Structural tags that carry no text of their own. */
const STRUCTURAL_TAG = /<\/?(?:step|response|scope)\b[^<>]*>/g;

export function parsePromptl(path: string, text: string): PromptDocument {
  const doc = newDocument(path, text, 'promptl', 'promptl');
  const fm = readFrontMatter(text);
  doc.comments.push(...fm.comments);
  doc.problems.push(...fm.problems);
  doc.body = { offset: fm.bodyStart, endOffset: text.length };
  if (fm.frontMatter) doc.frontMatter = fm.frontMatter;
  const root = fm.frontMatter?.yaml?.contents;

  readMetadata(doc, root, { maxOutputTokens: [['maxTokens'], ['max_tokens'], ['maxOutputTokens']] });
  addModel(doc, getNode(root, 'model'), 'model', stringValue(getNode(root, 'provider')));
  for (const { key, pair } of pairsOf(getNode(root, 'parameters'))) {
    const span = keySpan(pair);
    if (span) addInput(doc, { name: key, span, source: 'promptl', type: stringValue(getNode(pair.value, 'type')), trusted: declaredTrust(pair.value) });
  }
  applyTrustedList(doc, root);

  const tags = scanPromptl(scanContext(doc), doc.body.offset, doc.body.endOffset);
  for (const tag of tags) {
    const m: Message = { role: tag.role, roleText: tag.roleText, marker: tag.open, content: trimSpan(text, tag.content.offset, tag.content.endOffset), kind: 'instructions' };
    doc.messages.push(m);
  }
  // Text outside message tags is a system message (block tags, comments and structural tags alone are not).
  let from = doc.body.offset;
  const gaps: Array<[number, number]> = [];
  for (const tag of tags) {
    gaps.push([from, tag.open.offset]);
    from = closingEnd(text, tag.content.endOffset);
  }
  gaps.push([from, doc.body.endOffset]);
  const outside = { next: 0 };
  for (const [start, end] of gaps) {
    if (end <= start || !hasText(doc, start, end, outside)) continue;
    doc.messages.push({ role: 'system', content: trimSpan(text, start, end), kind: 'instructions' });
  }
  return finishDocument(doc, { markExamples: true });
}

/** The end of the closing tag that starts at `at` (`</user>`). */
function closingEnd(text: string, at: number): number {
  const gt = text.indexOf('>', at);
  return gt < 0 ? text.length : gt + 1;
}

const NO_TEXT = new Set<ExpressionKind>(['block', 'comment']);

/** Whether `[start, end)` holds text besides block tags, comments and structural tags (asked in order). */
function hasText(doc: PromptDocument, start: number, end: number, cursor: { next: number }): boolean {
  return textWithout(doc, start, end, NO_TEXT, cursor).replace(STRUCTURAL_TAG, '').trim() !== '';
}
