/**
 * GitHub Models `.prompt.yml`: `{{name}}` is replaced by the test-data value of `name` as a plain string —
 * no escaping, no expressions, no blocks. Anything else between braces is left as text, so this scanner
 * reports no syntax problems.
 */
import { Finder, ScanContext, newExpression } from './context';

const VARIABLE = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/y;

export function scanGithub(ctx: ScanContext, start: number, end: number): void {
  const text = ctx.text;
  const openers = new Finder(text, '{{', end);
  for (let o = openers.next(start); o >= 0; o = openers.next(o + 1)) {
    VARIABLE.lastIndex = o;
    const m = VARIABLE.exec(text);
    if (!m || m.index + m[0].length > end) continue;
    const e = newExpression('variable', { offset: o, endOffset: o + m[0].length }, m[1], true);
    e.variable = m[1];
    e.path = m[1];
    e.references = [m[1]];
    ctx.expression(e);
  }
}
