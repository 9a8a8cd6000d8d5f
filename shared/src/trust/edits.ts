/**
 * Fix builders of the structural injection rules, in each format's own syntax: moving lines out of a
 * system message into a user message, turning a whole system message into a user message, and fencing an
 * expression (or the lines of a loop) with an XML-like tag pair.
 *
 * Every builder returns plain-data edits that touch only the lines involved, or undefined when the format
 * gives no safe way to make the change (a GitHub message whose text is not a literal block, a VS Code
 * instructions file, which has no user message).
 */
import { isScalar } from 'yaml';
import type { Fix, Message, PromptDocument, Span, TextEdit } from '../types';
import { asSeq, getNode, nodeSpan } from '../formats/yamlNodes';
import { lineEndAfter, lineStartOf } from './flow';

const DIGIT = /\d/;
const LINE_BREAK = /\r?\n/;

/** The document's line break (`\r\n` when it uses them). */
export function eolOf(doc: PromptDocument): string {
  return doc.text.includes('\r\n') ? '\r\n' : '\n';
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Leading blanks of the line holding `offset`. */
function indentAt(doc: PromptDocument, offset: number): string {
  const text = doc.text;
  const start = lineStartOf(doc, offset);
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.slice(start, i);
}

/** Whether the units together cover every non-blank character of the message's content. */
export function unitsCover(doc: PromptDocument, message: Message, units: readonly Span[]): boolean {
  const sorted = [...units].sort((a, b) => a.offset - b.offset);
  let p = message.content.offset;
  for (const u of sorted) {
    if (u.offset > p && !isBlank(doc.text, p, u.offset)) return false;
    p = Math.max(p, u.endOffset);
  }
  return p >= message.content.endOffset || isBlank(doc.text, p, message.content.endOffset);
}

/** The role marker that opens a user message, in the format's syntax (without line break). */
function userMarker(doc: PromptDocument): string | undefined {
  if (doc.format === 'prompty') return 'user:';
  if (doc.format === 'dotprompt') return '{{role "user"}}';
  return undefined;
}

/**
 * Makes the whole message `index` a user message: renames its role marker (`system:` → `user:`,
 * `{{role "system"}}` → `{{role "user"}}`, `<system>` → `<user>`, GitHub `role: system` → `role: user`), or
 * adds one where the role was implicit (Prompty text before the first marker, PromptL text outside tags).
 */
export function wholeMessageToUserFix(doc: PromptDocument, index: number): Fix | undefined {
  const m = doc.messages[index];
  const text = doc.text;
  const eol = eolOf(doc);
  const title = 'Make this message a user message';
  const rename = (): TextEdit | undefined => {
    if (!m.marker || !m.roleText) return undefined;
    const markerText = text.slice(m.marker.offset, m.marker.endOffset);
    const at = doc.format === 'github-prompt' ? markerText.lastIndexOf(m.roleText) : markerText.indexOf(m.roleText);
    if (at < 0) return undefined;
    return { offset: m.marker.offset + at, endOffset: m.marker.offset + at + m.roleText.length, text: 'user' };
  };
  switch (doc.format) {
    case 'prompty': {
      if (m.marker) {
        const edit = rename();
        return edit ? { title, edits: [edit] } : undefined;
      }
      const at = lineStartOf(doc, m.content.offset);
      return { title, edits: [{ offset: at, endOffset: at, text: `user:${eol}` }] };
    }
    case 'dotprompt':
    case 'github-prompt': {
      const edit = rename();
      return edit ? { title, edits: [edit] } : undefined;
    }
    case 'promptl': {
      if (!m.marker) return { title, edits: [wrapUnitInUserTags(doc, { offset: lineStartOf(doc, m.content.offset), endOffset: lineEndAfter(doc, m.content.endOffset) })] };
      const close = closingTag(doc, m);
      if (!close || !m.roleText) return undefined;
      const open = rename();
      if (!open) return undefined;
      if (close.name.toLowerCase() === 'message') return { title, edits: [open] };
      return { title, edits: [open, { offset: close.nameOffset, endOffset: close.nameOffset + close.name.length, text: 'user' }] };
    }
    default:
      return undefined;
  }
}

/**
 * Moves the lines `units` (sorted, disjoint) of message `index` (a system or developer message) into a user
 * message, keeping their order: when the last of them ends the message, a user marker is put in front of it
 * and the others join it there; otherwise they are cut and placed at the start of the user message that
 * follows, or in a new user message right after this one. One fix moves them all, so that applying it once
 * keeps their order.
 */
export function moveToUserFix(doc: PromptDocument, index: number, units: readonly Span[]): Fix | undefined {
  if (units.length === 0) return undefined;
  const m = doc.messages[index];
  const text = doc.text;
  const eol = eolOf(doc);
  const last = units[units.length - 1];
  const tail = isBlank(text, last.endOffset, m.content.endOffset);
  if (units.length === 1 && tail && (last.offset <= m.content.offset || isBlank(text, m.content.offset, last.offset))) return wholeMessageToUserFix(doc, index);
  const title = units.length > 1 ? 'Move the lines with untrusted input into a user message' : 'Move these lines into a user message';
  const bodyOf = (list: readonly Span[]) =>
    list
      .map((u) => {
        const lines = text.slice(u.offset, u.endOffset);
        return lines.endsWith('\n') ? lines : lines + eol;
      })
      .join('');
  const cuts = (list: readonly Span[]): TextEdit[] => list.map((u) => ({ offset: u.offset, endOffset: u.endOffset, text: '' }));
  switch (doc.format) {
    case 'prompty':
    case 'dotprompt': {
      const marker = userMarker(doc)!;
      if (tail) {
        const others = units.slice(0, -1);
        return { title, edits: [...cuts(others), { offset: last.offset, endOffset: last.offset, text: marker + eol + bodyOf(others) }] };
      }
      const body = bodyOf(units);
      const next = doc.messages[index + 1];
      if (next && next.role === 'user' && next.marker && next.kind === 'instructions') {
        const at = lineStartOf(doc, next.content.offset);
        if (at > last.endOffset && at >= next.marker.endOffset) return { title, edits: [...cuts(units), { offset: at, endOffset: at, text: body + eol }] };
      }
      const at = lineEndAfter(doc, m.content.endOffset);
      const prefix = at === text.length && !text.endsWith('\n') ? eol : '';
      return { title, edits: [...cuts(units), { offset: at, endOffset: at, text: `${prefix}${marker}${eol}${body}${eol}` }] };
    }
    case 'promptl': {
      if (!m.marker) return { title, edits: units.map((u) => wrapUnitInUserTags(doc, u)) };
      const close = closingTag(doc, m);
      if (!close) return undefined;
      return { title, edits: [...cuts(units), { offset: close.end, endOffset: close.end, text: `${eol}<user>${eol}${bodyOf(units)}</user>` }] };
    }
    case 'github-prompt':
      return githubMove(doc, m, units, title);
    default:
      return undefined;
  }
}

/** PromptL: text outside message tags is system; wrapping it in `<user>` tags makes it a user message in place. */
function wrapUnitInUserTags(doc: PromptDocument, unit: Span): TextEdit {
  const eol = eolOf(doc);
  const lines = doc.text.slice(unit.offset, unit.endOffset);
  const body = lines.endsWith('\n') ? lines : lines + eol;
  return { offset: unit.offset, endOffset: unit.endOffset, text: `<user>${eol}${body}</user>${eol}` };
}

/** The closing tag of a PromptL message tag: where its name starts and where the tag ends. */
function closingTag(doc: PromptDocument, m: Message): { name: string; nameOffset: number; end: number } | undefined {
  const text = doc.text;
  const at = text.indexOf('</', m.content.endOffset);
  if (at < 0) return undefined;
  const gt = text.indexOf('>', at);
  if (gt < 0) return undefined;
  const name = text.slice(at + 2, gt).trim();
  if (!name || !isBlank(text, m.content.endOffset, at)) return undefined;
  return { name, nameOffset: at + 2, end: gt + 1 };
}

/**
 * GitHub Models: the lines can be moved safely only out of a literal block (`content: |`): they are cut
 * and placed in a new `- role: user` entry right after this message, re-indented. Folded (`>`), plain and
 * quoted scalars would need their text re-encoded: no fix.
 */
function githubMove(doc: PromptDocument, m: Message, units: readonly Span[], title: string): Fix | undefined {
  const text = doc.text;
  const eol = eolOf(doc);
  const root = doc.frontMatter?.yaml?.contents;
  const items = asSeq(getNode(root, 'messages'))?.items ?? [];
  const item = items.find((it) => {
    const span = nodeSpan(it);
    return span !== undefined && span.offset <= m.content.offset && m.content.endOffset <= span.endOffset;
  });
  const content = getNode(item, 'content');
  if (!item || !isScalar(content) || content.type !== 'BLOCK_LITERAL') return undefined;
  const header = text.slice(content.range![0], lineEndAfter(doc, content.range![0] + 1));
  if (DIGIT.test(header)) return undefined; // an explicit indentation indicator: leave it to the author
  const itemStart = nodeSpan(item)!.offset;
  const lineStart = lineStartOf(doc, itemStart);
  const lead = text.slice(lineStart, itemStart);
  const dash = lead.indexOf('-');
  if (dash < 0 || !isBlank(text, lineStart, lineStart + dash) || !isBlank(text, lineStart + dash + 1, itemStart)) return undefined;
  const dashIndent = ' '.repeat(dash);
  const keyIndent = ' '.repeat(itemStart - lineStart);
  const blockIndent = indentAt(doc, m.content.offset).length;
  const moved = units
    .map((u) => text.slice(u.offset, u.endOffset))
    .join('')
    .split(LINE_BREAK)
    .filter((line, i, all) => i < all.length - 1 || line !== '')
    .map((line) => (line.trim() === '' ? '' : `${keyIndent}  ${line.slice(Math.min(blockIndent, line.length - line.trimStart().length))}`));
  const at = lineEndAfter(doc, m.content.endOffset);
  const prefix = at === text.length && !text.endsWith('\n') ? eol : '';
  const entry = `${prefix}${dashIndent}- role: user${eol}${keyIndent}content: |${eol}${moved.join(eol)}${eol}`;
  return { title, edits: [...units.map((u) => ({ offset: u.offset, endOffset: u.endOffset, text: '' })), { offset: at, endOffset: at, text: entry }] };
}

// ---- Fences -------------------------------------------------------------------------------------------------

/** Tag names with a meaning of their own in some prompt format or in HTML: never used as a fence. */
const RESERVED_TAGS = new Set([
  'system', 'user', 'assistant', 'developer', 'tool', 'model', 'message', 'prompt', 'content', 'step', 'response', 'scope',
  'text', 'image', 'file', 'audio', 'video', 'img', 'br', 'hr', 'script', 'style', 'input', 'output', 'code', 'pre', 'div',
  'span', 'table', 'html', 'body', 'head', 'title', 'link', 'meta', 'form', 'button', 'select', 'option',
]);

/** An XML-like tag name for fencing the input at `path` (`customer.message` → `customer_message`). */
export function fenceTagName(path: string): string {
  let out = '';
  let gap = false;
  for (const ch of path) {
    const c = ch.charCodeAt(0);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (word) {
      if (gap && out) out += '_';
      out += ch;
      gap = false;
    } else gap = true;
    if (out.length >= 60) break;
  }
  if (!out) out = 'untrusted_input';
  const first = out.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) out = `input_${out}`;
  if (out.length <= 2 || RESERVED_TAGS.has(out.toLowerCase())) out = `${out}_input`;
  return out;
}

/** Wraps `span` (one expression) in `<tag>…</tag>` on its line. */
export function wrapInlineFix(span: Span, tag: string): Fix {
  return {
    title: `Fence it: <${tag}>…</${tag}>`,
    edits: [
      { offset: span.offset, endOffset: span.offset, text: `<${tag}>` },
      { offset: span.endOffset, endOffset: span.endOffset, text: `</${tag}>` },
    ],
  };
}

/** Puts `<tag>` and `</tag>` on lines of their own around the whole lines `unit`. */
export function wrapLinesFix(doc: PromptDocument, unit: Span, tag: string): Fix {
  const text = doc.text;
  const eol = eolOf(doc);
  const indent = indentAt(doc, unit.offset);
  const endsWithBreak = unit.endOffset > 0 && text[unit.endOffset - 1] === '\n';
  return {
    title: `Fence these lines: <${tag}>…</${tag}>`,
    edits: [
      { offset: unit.offset, endOffset: unit.offset, text: `${indent}<${tag}>${eol}` },
      { offset: unit.endOffset, endOffset: unit.endOffset, text: `${endsWithBreak ? '' : eol}${indent}</${tag}>${endsWithBreak ? eol : ''}` },
    ],
  };
}

/** The regular expressions of this module, for the ReDoS test. */
export const PATTERNS: readonly RegExp[] = [DIGIT, LINE_BREAK];
