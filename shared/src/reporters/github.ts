/**
 * The GitHub Actions reporter: one workflow command per finding, which GitHub shows as an annotation on
 * the line of the pull request diff and in the run summary:
 *
 *   ::error file=prompts/a.prompt,line=3,col=12,endLine=3,endColumn=28,title=pii/email::Email address j***@e***.com …
 *
 * `info` and `hint` findings become `::notice`. Property values and messages are escaped as the runner
 * expects (`%`, CR, LF, and in properties `:` and `,`), so that a message can never end the command early
 * or start another one. A last plain line gives the totals.
 */
import { ruleDocsUrl } from '../rules/rule';
import type { Finding } from '../types';
import { summarize, type Reporter } from './reporter';

export const github: Reporter = (results) => {
  const out: string[] = [];
  for (const r of results) {
    for (const f of r.findings) out.push(command(r.path, f));
  }
  const s = summarize(results);
  const problems = s.errors + s.warnings + s.infos + s.hints;
  out.push(
    problems === 0
      ? `promptgov: ${s.files} file${s.files === 1 ? '' : 's'} checked, no problems`
      : `promptgov: ${problems} problem${problems === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos + s.hints} notice${s.infos + s.hints === 1 ? '' : 's'}) in ${s.filesWithFindings} of ${s.files} files`,
  );
  return `${out.join('\n')}\n`;
};

function command(path: string, f: Finding): string {
  const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
  const props: [string, string | number][] = [
    ['file', path],
    ['line', f.line],
    ['col', f.column],
    ['endLine', f.endLine],
    ['endColumn', f.endColumn],
    ['title', f.ruleId],
  ];
  const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${level} ${properties}::${escapeData(`${f.message} (${ruleDocsUrl(f.ruleId)})`)}`;
}

/** Escapes the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
