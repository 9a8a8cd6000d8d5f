/**
 * Fixes that add a metadata key to a prompt file: into the front matter when there is one (before its
 * closing fence; YAML-only files at the top), otherwise in a new front matter block at the top.
 */
import type { Fix, PromptDocument, Span } from '../types';
import { lineOfOffset } from '../engine/positions';

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The offset where a new top-level front-matter line goes. */
export function frontMatterInsertOffset(doc: PromptDocument): number | undefined {
  const fm = doc.frontMatter;
  if (doc.format === 'github-prompt') return doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!fm) return undefined;
  // The start of the closing fence's line.
  return doc.lineStarts[lineOfOffset(doc.lineStarts, Math.max(fm.span.offset, fm.span.endOffset - 1))];
}

/**
 * A fix adding `key: value` (a snippet when `snippet`: `value` may hold placeholders such as `${1:@team}`).
 * Files without front matter get one.
 */
export function addMetadataFix(doc: PromptDocument, key: string, value: string, options: { snippet: boolean; title: string }): Fix | undefined {
  if (doc.format === 'policy') return undefined;
  const eol = eolOf(doc.text);
  const at = frontMatterInsertOffset(doc);
  if (at !== undefined) {
    // A front matter whose last line has no line break before the fence cannot happen (the fence is a line).
    return { title: options.title, ...(options.snippet ? { snippet: true } : {}), edits: [{ offset: at, endOffset: at, text: `${key}: ${value}${eol}` }] };
  }
  if (doc.frontMatter) return undefined;
  return {
    title: options.title,
    ...(options.snippet ? { snippet: true } : {}),
    edits: [{ offset: 0, endOffset: 0, text: `---${eol}${key}: ${value}${eol}---${eol}` }],
  };
}

/** Where a file-level finding goes: the front matter's first line, or the file's first line. */
export function fileLevelSpan(doc: PromptDocument): Span {
  const start = doc.frontMatter && doc.format !== 'github-prompt' ? doc.frontMatter.span.offset : 0;
  const line = lineOfOffset(doc.lineStarts, start);
  const end = (doc.lineStarts[line + 1] ?? doc.text.length) - (doc.lineStarts[line + 1] !== undefined ? 1 : 0);
  let e = Math.max(start, end);
  while (e > start && (doc.text[e - 1] === '\r' || doc.text[e - 1] === '\n')) e--;
  return { offset: start, endOffset: e };
}

/** The line of front-matter text where `key:` is written at the start of a line (any indentation, optional quotes). */
export function keyLineSpan(doc: PromptDocument, key: string): Span | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  // A plain line scan: the key comes from the policy and never reaches a regular expression.
  let lineStart = fm.content.offset;
  while (lineStart < fm.content.endOffset) {
    const nl = doc.text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl > fm.content.endOffset ? fm.content.endOffset : nl;
    let at = lineStart;
    while (at < lineEnd && (doc.text[at] === ' ' || doc.text[at] === '\t')) at++;
    const quote = doc.text[at] === '"' || doc.text[at] === "'" ? doc.text[at] : '';
    const nameStart = at + quote.length;
    let after = nameStart + key.length;
    if (doc.text.startsWith(key, nameStart) && (!quote || doc.text[after] === quote)) {
      after += quote.length;
      while (after < lineEnd && (doc.text[after] === ' ' || doc.text[after] === '\t')) after++;
      if (doc.text[after] === ':') {
        let end = lineEnd;
        while (end > at && (doc.text[end - 1] === '\r' || doc.text[end - 1] === ' ')) end--;
        return { offset: at, endOffset: end };
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
