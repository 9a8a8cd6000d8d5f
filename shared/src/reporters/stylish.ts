/**
 * The default human reporter, in the shape ESLint users know:
 *
 *   prompts/support.prompt
 *     3:12  error    Email address j***@e***.com in the prompt text  pii/email
 *     7:8   warning  Model openai/gpt-4 is deprecated                model/deprecated
 *
 *   ✖ 2 problems (1 error, 1 warning)
 *     1 fixable with `promptgov fix`
 *
 * Columns are aligned within each file, the rule id after the messages up to MESSAGE_COLUMN characters: a
 * longer message is followed directly by its rule id instead of pushing every other line's rule id off
 * the screen. Colors only when the context asks for them.
 */
import type { FileResult, Finding, Severity } from '../types';
import { summarize, type Reporter, type Summary } from './reporter';

const ANSI = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  gray: [90, 39],
} as const;

type Style = keyof typeof ANSI;

/** Messages up to this length share one rule-id column; longer ones do not widen it. */
export const MESSAGE_COLUMN = 80;

export const stylish: Reporter = (results, context) => {
  const paint = (text: string, ...styles: Style[]): string =>
    context.color ? styles.reduce((t, s) => `\u001b[${ANSI[s][0]}m${t}\u001b[${ANSI[s][1]}m`, text) : text;
  const summary = summarize(results);
  const out: string[] = [];

  for (const result of results) {
    if (result.findings.length === 0) continue;
    out.push(paint(result.path, 'underline'));
    out.push(...findingLines(result, paint));
    out.push('');
  }

  const problems = summary.errors + summary.warnings + summary.infos + summary.hints;
  if (problems === 0) {
    const clean = context.quiet ? 'no errors' : 'no problems';
    out.push(summary.files === 0 ? 'No prompt files found.' : paint(`✔ ${count(summary.files, 'file')} checked, ${clean}`, 'green'));
    return `${out.join('\n')}\n`;
  }
  const headline = `✖ ${count(problems, 'problem')} (${breakdown(summary)})`;
  out.push(paint(headline, summary.errors > 0 ? 'red' : summary.warnings > 0 ? 'yellow' : 'blue', 'bold'));
  if (summary.fixable > 0) out.push(`  ${summary.fixable} fixable with \`promptgov fix\``);
  return `${out.join('\n')}\n`;
};

function findingLines(result: FileResult, paint: (text: string, ...styles: Style[]) => string): string[] {
  const rows = result.findings.map((f) => ({
    position: `${f.line}:${f.column}`,
    severity: f.severity,
    message: oneLine(f.message),
    ruleId: f.ruleId,
  }));
  const width = (key: 'position' | 'severity' | 'message'): number => Math.max(...rows.map((r) => r[key].length));
  const wPosition = width('position');
  const wSeverity = width('severity');
  const wMessage = Math.min(width('message'), MESSAGE_COLUMN);
  return rows.map((r) =>
    [
      '  ',
      paint(r.position.padEnd(wPosition), 'dim'),
      '  ',
      paint(r.severity, severityStyle(r.severity)),
      ' '.repeat(wSeverity - r.severity.length),
      '  ',
      r.message.padEnd(wMessage),
      '  ',
      paint(r.ruleId, 'gray'),
    ].join(''),
  );
}

function severityStyle(severity: Severity): Style {
  return severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : severity === 'info' ? 'blue' : 'gray';
}

function breakdown(s: Summary): string {
  const parts = [count(s.errors, 'error'), count(s.warnings, 'warning')];
  if (s.infos > 0) parts.push(count(s.infos, 'info'));
  if (s.hints > 0) parts.push(count(s.hints, 'hint'));
  return parts.join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Messages are printed on one line: a newline would break the columns and confuse line-based tools. */
function oneLine(message: Finding['message']): string {
  return message.replace(/[\r\n\t]+/g, ' ');
}
