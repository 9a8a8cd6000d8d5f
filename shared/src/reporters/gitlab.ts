/**
 * The GitLab Code Quality reporter: the JSON array GitLab reads from `artifacts.reports.codequality` and
 * shows in the merge request widget and diff (a subset of the Code Climate issue spec):
 *
 *   [{ "type": "issue", "check_name": "pii/email", "description": "…", "categories": ["Security"],
 *      "severity": "critical", "fingerprint": "…", "location": { "path": "prompts/a.prompt",
 *      "lines": { "begin": 3, "end": 3 } } }]
 *
 * Paths are relative to the project root (the git repository root), as GitLab resolves them against the
 * checkout. GitLab keeps one issue per fingerprint, so the finding's stable fingerprint (rule + path +
 * normalized text, never the line) gets the occurrence number of that fingerprint in the file appended
 * before hashing: two identical values in one file stay two issues, and moving lines does not make the
 * merge request report them as new. Messages are the engine's masked ones.
 */
import { hash64 } from '../engine/fingerprint';
import { ruleDocsUrl } from '../rules/rule';
import type { Severity } from '../types';
import type { Reporter } from './reporter';
import { rootRelative } from './sarif';

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITY: Readonly<Record<Severity, CodeQualitySeverity>> = { error: 'critical', warning: 'major', info: 'minor', hint: 'info' };

/** Code Climate categories by rule category; anything else is a style issue. */
const CATEGORIES: Readonly<Record<string, string>> = {
  pii: 'Security',
  secret: 'Security',
  injection: 'Security',
  agent: 'Security',
  model: 'Compatibility',
  budget: 'Performance',
  internal: 'Bug Risk',
  format: 'Bug Risk',
  template: 'Bug Risk',
  policy: 'Bug Risk',
};

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  content: { body: string };
  categories: string[];
  severity: CodeQualitySeverity;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

export const gitlab: Reporter = (results, context) => {
  const issues: CodeQualityIssue[] = [];
  for (const r of results) {
    const path = rootRelative(r.path, context.cwd, context.root ?? context.cwd);
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const n = (seen.get(f.fingerprint) ?? 0) + 1;
      seen.set(f.fingerprint, n);
      const category = f.ruleId.slice(0, f.ruleId.indexOf('/'));
      issues.push({
        type: 'issue',
        check_name: f.ruleId,
        description: f.message,
        content: { body: `See ${ruleDocsUrl(f.ruleId)}` },
        categories: [CATEGORIES[category] ?? 'Style'],
        severity: SEVERITY[f.severity],
        fingerprint: hash64(`${path}\0${f.fingerprint}\0${n}`) + hash64(`${n}\0${f.fingerprint}\0${path}`),
        // GitLab counts lines from 1; a span that ends at the start of a line does not cover it.
        location: { path, lines: { begin: f.line, end: Math.max(f.line, f.endColumn === 1 && f.endLine > f.line ? f.endLine - 1 : f.endLine) } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
