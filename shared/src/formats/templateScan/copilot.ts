/**
 * VS Code prompt, instruction and agent files: `${selection}`, `${file}`, `${workspaceFolder}` … and
 * `${input:name}` / `${input:name:placeholder}` are replaced as plain text; `<!-- … -->` comments outside
 * fenced code blocks are comments (inline directives live there). Unknown `${…}` (e.g. JavaScript template
 * literals in code samples) are not variables.
 */
import type { Input } from '../../types';
import { findFences } from '../delimiters';
import { ScanContext, newExpression } from './context';

/** The variables VS Code substitutes in prompt files. */
export const COPILOT_VARIABLES = new Set([
  'selection', 'selectedText', 'file', 'fileBasename', 'fileDirname', 'fileBasenameNoExtension',
  'workspaceFolder', 'workspaceFolderBasename',
]);

const VARIABLE = /\$\{([A-Za-z]+)(?::([A-Za-z_][\w.-]*)(?::([^}$\r\n]*))?)?\}/y;

/** Scans `[start, end)`; returns the `${input:…}` declarations (the first of each name). */
export function scanCopilot(ctx: ScanContext, start: number, end: number): Input[] {
  const text = ctx.text;
  const inputs: Input[] = [];
  const seen = new Set<string>();
  for (let o = text.indexOf('${', start); o >= 0 && o < end; o = text.indexOf('${', o + 2)) {
    VARIABLE.lastIndex = o;
    const m = VARIABLE.exec(text);
    if (!m || m.index + m[0].length > end) continue;
    const [whole, head, name] = m;
    const span = { offset: o, endOffset: o + whole.length };
    if (head === 'input' && name) {
      const e = newExpression('variable', span, whole.slice(2, -1), true);
      e.variable = name;
      e.path = name;
      e.references = [name];
      ctx.expression(e);
      if (!seen.has(name)) {
        seen.add(name);
        const nameStart = o + '${input:'.length;
        inputs.push({ name, span: { offset: nameStart, endOffset: nameStart + name.length }, source: 'copilot' });
      }
    } else if (!name && COPILOT_VARIABLES.has(head)) {
      const e = newExpression('variable', span, head, true);
      e.variable = head;
      e.path = head;
      e.references = [head];
      ctx.expression(e);
    }
  }
  // HTML comments, outside fenced code (inside a fence they are sample code, not comments).
  const fences = findFences(text, start, end);
  let f = 0;
  for (let o = text.indexOf('<!--', start); o >= 0 && o < end; ) {
    while (f < fences.length && fences[f].endOffset <= o) f++;
    if (f < fences.length && fences[f].offset <= o) {
      o = text.indexOf('<!--', fences[f].endOffset);
      continue;
    }
    const close = text.indexOf('-->', o + 4);
    if (close < 0 || close + 3 > end) break;
    ctx.comment(o, close + 3, o + 4, close);
    ctx.expression(newExpression('comment', { offset: o, endOffset: close + 3 }, text.slice(o + 4, close).trim(), false));
    o = text.indexOf('<!--', close + 3);
  }
  return inputs;
}
