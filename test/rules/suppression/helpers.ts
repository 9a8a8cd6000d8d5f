/**
 * For `suppression/*` tests that need another rule's findings: a marker rule reporting every `FORBIDDEN`
 * word, and a runner that checks a text with it and the rule under test (the harness runs one rule only).
 */
import type { PolicyFile } from '../../../shared/src/policy/types';
import { defineRule, type Rule } from '../../../shared/src/rules/rule';
import type { Finding } from '../../../shared/src/types';
import { analyzeText } from '../../../shared/src/analyze';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import { DEFAULT_NOW } from '../harness';

export const markerRule: Rule = defineRule({
  meta: { id: 'test/forbidden-word', description: 'Reports the word FORBIDDEN (tests only).', defaultSeverity: 'error', fixable: false },
  check({ document, report }) {
    for (let at = document.text.indexOf('FORBIDDEN'); at >= 0; at = document.text.indexOf('FORBIDDEN', at + 1)) {
      report({ span: { offset: at, endOffset: at + 'FORBIDDEN'.length }, message: 'The word FORBIDDEN.' });
    }
  },
});

export interface Run {
  findings: Finding[];
  suppressed: Finding[];
}

export function runWith(rule: Rule, path: string, text: string, policy: PolicyFile = {}, now = DEFAULT_NOW, options?: { baseDir?: string }): Run {
  const resolved = resolveFromObjects(policy, { filePath: path, ...(options?.baseDir !== undefined ? { baseDir: options.baseDir } : {}) });
  const analysis = analyzeText(path, text, resolved, { rules: [markerRule, rule], env: { now: new Date(now) } });
  if (!analysis) throw new Error(`${path} is not a prompt file`);
  return { findings: analysis.output.findings, suppressed: analysis.output.suppressed };
}

/** `line:column ruleId text` of each finding, for compact assertions. */
export function brief(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${text.slice(f.offset, f.endOffset)}`);
}
