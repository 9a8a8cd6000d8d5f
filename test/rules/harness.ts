/**
 * Table-driven rule tests, in the spirit of ESLint's RuleTester:
 *
 *   ruleTester(rule, {
 *     valid: [{ path: 'a.prompt', text: '…' }],
 *     invalid: [{ path: 'a.prompt', text: '…', errors: [{ text: 'john@acme.io', line: 3 }], output: '…' }],
 *   });
 *
 * Each case runs the real pipeline (format detection, parser, policy resolution, engine) with only the rule
 * under test enabled. `errors[].text` is the exact text at the finding's span; `output` is the file after
 * applying the first fix of every finding, and the harness re-checks that output to prove the fix holds.
 */
import assert from 'node:assert/strict';
import type { PolicyFile } from '../../shared/src/policy/types';
import type { Rule } from '../../shared/src/rules/rule';
import type { Finding, Format, Severity } from '../../shared/src/types';
import { analyzeText } from '../../shared/src/analyze';
import { resolveFromObjects } from '../../shared/src/policy/resolve';
import { applyFixes } from '../../shared/src/engine/fixes';

export interface ValidCase {
  name?: string;
  path: string;
  text: string;
  /** Policy for this case (merged onto promptgov:recommended). */
  policy?: PolicyFile;
  /** Options for the rule under test. */
  options?: Record<string, unknown>;
  format?: Format;
  /** "Today" for expiry logic (default 2026-01-15). */
  now?: string;
  /** Prompt files known to exist (relative POSIX paths), for partial/include checks. */
  knownFiles?: string[];
  /** Text of the file at the base revision (`null`: new file), for version-change rules. */
  baseText?: string | null;
}

export interface ExpectedFinding {
  /** Exact text at the finding's span. */
  text?: string;
  /** 1-based line. */
  line?: number;
  column?: number;
  message?: string | RegExp;
  severity?: Severity;
  entity?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The text after applying the first fix of each finding; `null` asserts there are no fixes. */
  output?: string | null;
}

export const DEFAULT_NOW = '2026-01-15T12:00:00Z';

export function runRule(rule: Rule, c: ValidCase): Finding[] {
  const severity = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
  const setting = c.options ? [severity, c.options] : severity;
  const policy = resolveFromObjects({ ...c.policy, rules: { ...c.policy?.rules, [rule.meta.id]: setting as never } }, { filePath: c.path });
  const analysis = analyzeText(c.path, c.text, policy, {
    rules: [rule],
    env: {
      now: new Date(c.now ?? DEFAULT_NOW),
      ...(c.knownFiles ? { knownFiles: new Set(c.knownFiles) } : {}),
      ...(c.baseText !== undefined ? { baseText: c.baseText } : {}),
    },
    format: c.format,
  });
  assert.ok(analysis, `${c.path} was not recognized as a prompt file`);
  return analysis.output.findings;
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const [i, c] of cases.valid.entries()) {
      it(`valid #${i + 1}: ${c.name ?? firstLine(c.text)}`, () => {
        const findings = runRule(rule, c).filter((f) => f.ruleId === rule.meta.id);
        assert.deepEqual(findings.map((f) => describeFinding(c.text, f)), []);
      });
    }
    for (const [i, c] of cases.invalid.entries()) {
      it(`invalid #${i + 1}: ${c.name ?? firstLine(c.text)}`, () => {
        const findings = runRule(rule, c).filter((f) => f.ruleId === rule.meta.id);
        assert.equal(findings.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${findings.map((f) => describeFinding(c.text, f)).join('\n')}`);
        c.errors.forEach((e, j) => {
          const f = findings[j];
          if (e.text !== undefined) assert.equal(c.text.slice(f.offset, f.endOffset), e.text, `finding ${j + 1} span`);
          if (e.line !== undefined) assert.equal(f.line, e.line, `finding ${j + 1} line`);
          if (e.column !== undefined) assert.equal(f.column, e.column, `finding ${j + 1} column`);
          if (e.severity !== undefined) assert.equal(f.severity, e.severity, `finding ${j + 1} severity`);
          if (e.entity !== undefined) assert.equal(f.entity, e.entity, `finding ${j + 1} entity`);
          if (typeof e.message === 'string') assert.equal(f.message, e.message);
          else if (e.message) assert.match(f.message, e.message);
        });
        if (c.output === null) {
          assert.ok(findings.every((f) => f.fixes.length === 0), 'expected no fixes');
        } else if (c.output !== undefined) {
          const fixed = applyFixes(c.text, findings.flatMap((f) => f.fixes.slice(0, 1))).text;
          assert.equal(fixed, c.output);
          const again = runRule(rule, { ...c, text: fixed }).filter((f) => f.ruleId === rule.meta.id && f.fixes.length > 0);
          assert.deepEqual(again.map((f) => describeFinding(fixed, f)), [], 'the fixed text still has fixable findings');
        }
      });
    }
  });
}

function describeFinding(text: string, f: Finding): string {
  return `${f.line}:${f.column} ${f.ruleId} ${JSON.stringify(text.slice(f.offset, f.endOffset))} ${f.message}`;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() && l.trim() !== '---') ?? '';
  return line.length > 50 ? `${line.slice(0, 50)}…` : line;
}
