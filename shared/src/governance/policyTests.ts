/**
 * The policy's own tests (`tests:` in `.promptgov.yaml`, run by `promptgov policy test`): what a case
 * expects, judged against the findings of checking its text or file, and the pass/fail table. Pure; the
 * CLI reads the files and runs the checks.
 */
import type { Finding } from '../types';
import type { PolicyTest } from '../policy/types';
import { ruleIdMatches } from '../policy/resolve';

export interface PolicyTestOutcome {
  /** Index in the policy's `tests`. */
  index: number;
  name: string;
  pass: boolean;
  /** One sentence per expectation: what was expected and what was found. */
  details: string[];
}

/** The name a case is shown with: its `name`, else its file, else the start of its text. */
export function policyTestName(test: PolicyTest, index: number): string {
  if (test.name?.trim()) return test.name.trim();
  if (test.file) return test.file;
  const text = (test.text ?? '').replace(/\s+/g, ' ').trim();
  return text ? (text.length > 40 ? `${text.slice(0, 40)}…` : text) : `tests[${index}]`;
}

/**
 * Judges one case. `expect` entries (rule ids or globs) must each match a finding in force; `expect_not`
 * entries must match none. An entry that matches no known rule fails the case: it is a typo that would
 * otherwise pass (or fail) silently.
 */
export function judgePolicyTest(test: PolicyTest, index: number, findings: readonly Finding[], knownRuleIds: ReadonlySet<string>): PolicyTestOutcome {
  const details: string[] = [];
  let pass = true;
  const known = (pattern: string) => knownRuleIds.has(pattern) || [...knownRuleIds].some((id) => ruleIdMatches(pattern, id));
  const at = (f: Finding) => `${f.ruleId} (line ${f.line})`;
  for (const pattern of test.expect ?? []) {
    if (!known(pattern)) {
      pass = false;
      details.push(`expected ${pattern}, which is not a known rule`);
      continue;
    }
    const hits = findings.filter((f) => ruleIdMatches(pattern, f.ruleId));
    if (hits.length === 0) {
      pass = false;
      details.push(`expected ${pattern}, not reported`);
    } else {
      const list = `${hits.slice(0, 3).map(at).join(', ')}${hits.length > 3 ? ` and ${hits.length - 3} more` : ''}`;
      details.push(knownRuleIds.has(pattern) ? `found ${list}` : `${pattern}: found ${list}`);
    }
  }
  for (const pattern of test.expect_not ?? []) {
    if (!known(pattern)) {
      pass = false;
      details.push(`expect_not ${pattern}, which is not a known rule`);
      continue;
    }
    const hits = findings.filter((f) => ruleIdMatches(pattern, f.ruleId));
    if (hits.length > 0) {
      pass = false;
      details.push(`expected no ${pattern}, found ${hits.slice(0, 3).map(at).join(', ')}`);
    } else details.push(`no ${pattern}`);
  }
  if ((test.expect ?? []).length === 0 && (test.expect_not ?? []).length === 0) {
    pass = false;
    details.push('the case expects nothing: add `expect` or `expect_not`');
  }
  return { index, name: policyTestName(test, index), pass, details };
}

/** A case that could not run (its file is missing, the entry is invalid). */
export function failedPolicyTest(index: number, name: string, why: string): PolicyTestOutcome {
  return { index, name, pass: false, details: [why] };
}

/**
 *   PASS  a personal email address is reported   found pii/email (line 1)
 *   FAIL  a plain prompt has no personal data     expected no secret/*, found secret/generic (line 1)
 *
 *   1 passed, 1 failed
 */
export function formatPolicyTestTable(policyPath: string, outcomes: readonly PolicyTestOutcome[], color = false): string {
  const paint = (text: string, code: number) => (color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const width = Math.min(60, Math.max(4, ...outcomes.map((o) => o.name.length)));
  const lines = [`Policy tests of ${policyPath}`, ''];
  for (const o of outcomes) {
    const status = o.pass ? paint('PASS', 32) : paint('FAIL', 31);
    const name = o.name.length > width ? `${o.name.slice(0, width - 1)}…` : o.name.padEnd(width);
    lines.push(`  ${status}  ${name}  ${o.details.join('; ')}`.trimEnd());
  }
  const failed = outcomes.filter((o) => !o.pass).length;
  lines.push('', `${outcomes.length - failed} passed, ${failed} failed`);
  return `${lines.join('\n')}\n`;
}
