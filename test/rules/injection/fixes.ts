/**
 * Round-trip checks for the structural injection rules' quick fixes: apply the fixes, re-check, and prove
 * that (1) the findings they address are gone, (2) the file still parses without any new `format/*`
 * problem, (3) nothing else changed: the same models, metadata, declared inputs, the same template
 * expressions (as a multiset, for fixes that only move or fence text), and applying the fixes again changes
 * nothing.
 *
 * Fixes of one run may conflict (two insertions at the same point); like the CLI's `fix`, the helper applies
 * what it can, re-checks, and repeats (at most 10 rounds).
 */
import assert from 'node:assert/strict';
import type { Rule } from '../../../shared/src/rules/rule';
import type { PolicyFile } from '../../../shared/src/policy/types';
import type { Finding, PromptDocument } from '../../../shared/src/types';
import { applyFixes } from '../../../shared/src/engine/fixes';
import { parseDocument } from '../../../shared/src/formats';
import { runRule } from '../harness';

export interface FixCase {
  name: string;
  path: string;
  text: string;
  policy?: PolicyFile;
  format?: PromptDocument['format'];
  /** The whole file after every fix (exact). */
  output?: string;
  /** The fixes only move or fence text: every variable and block expression is still there, once (role markers may be added). */
  keepsExpressions?: boolean;
  /** Findings of the rule that are expected to remain (they have no fix). */
  remaining?: number;
}

/** Applies the first fix of every finding until none is left; returns the final text and the rounds taken. */
export function fixAll(rule: Rule, c: FixCase): { text: string; rounds: number; first: Finding[] } {
  let text = c.text;
  const first = findingsOf(rule, c, text);
  for (let round = 1; round <= 10; round++) {
    const fixes = findingsOf(rule, c, text).flatMap((f) => f.fixes.slice(0, 1));
    if (fixes.length === 0) return { text, rounds: round - 1, first };
    const next = applyFixes(text, fixes).text;
    if (next === text) return { text, rounds: round, first };
    text = next;
  }
  throw new Error(`${c.name}: fixes did not settle after 10 rounds`);
}

function findingsOf(rule: Rule, c: FixCase, text: string): Finding[] {
  return runRule(rule, { path: c.path, text, policy: c.policy, format: c.format }).filter((f) => f.ruleId === rule.meta.id);
}

/** Declares one mocha test per case that checks the fix round trip. */
export function fixRoundTrips(rule: Rule, cases: readonly FixCase[]): void {
  describe(`${rule.meta.id}: quick fixes round-trip`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const { text, first } = fixAll(rule, c);
        assert.ok(first.some((f) => f.fixes.length > 0), 'the case has no fixable finding to begin with');
        assert.notEqual(text, c.text, 'the fixes changed nothing');
        if (c.output !== undefined) assert.equal(text, c.output);

        const after = findingsOf(rule, c, text);
        assert.equal(after.length, c.remaining ?? 0, `findings left after fixing:\n${after.map((f) => `${f.line}: ${f.message}`).join('\n')}`);

        const before = parseDocument(c.path, c.text, c.format);
        const fixed = parseDocument(c.path, text, c.format);
        const problems = (d: PromptDocument) => d.problems.filter((p) => p.ruleId.startsWith('format/')).map((p) => `${p.ruleId}: ${p.message}`);
        const added = problems(fixed).filter((p) => !problems(before).includes(p));
        assert.deepEqual(added, [], 'the fix introduced parse problems');

        assert.deepEqual(fixed.models.map((m) => m.id), before.models.map((m) => m.id), 'models changed');
        assert.deepEqual(metadataValues(fixed), metadataValues(before), 'metadata changed');
        assert.deepEqual(fixed.inputs.map((i) => [i.name, i.trusted ?? null]), before.inputs.map((i) => [i.name, i.trusted ?? null]), 'declared inputs changed');
        if (c.keepsExpressions) {
          const sources = (d: PromptDocument) => d.expressions.filter((e) => e.kind === 'variable' || e.kind === 'block').map((e) => `${e.kind}:${e.source}`).sort();
          assert.deepEqual(sources(fixed), sources(before), 'template expressions were lost, duplicated or changed');
        }
        const again = applyFixes(text, findingsOf(rule, c, text).flatMap((f) => f.fixes.slice(0, 1))).text;
        assert.equal(again, text, 'applying the fixes again changed the file');
      });
    }
  });
}

function metadataValues(d: PromptDocument): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata)) {
    if (k === 'extra') continue;
    if (v && typeof v === 'object' && 'value' in v) out[k] = String(v.value);
  }
  for (const [k, v] of Object.entries(d.metadata.extra)) out[`extra.${k}`] = v.value;
  return out;
}
