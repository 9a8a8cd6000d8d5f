/** Shared fixtures of the policy tests: a hand-made rule registry and an in-memory file system. */
import assert from 'node:assert/strict';
import type { ParseProblem } from '../../shared/src/types';
import type { PolicyFile } from '../../shared/src/policy/types';
import type { Rule, RuleMeta } from '../../shared/src/rules/rule';
import { resolveFromObjects, type PolicyHost } from '../../shared/src/policy/resolve';
import { parsePolicy } from '../../shared/src/policy/load';
import { policyDocument } from '../../shared/src/policy/document';
import { checkDocument } from '../../shared/src/engine/check';

/** Rule ids the tests pretend exist (the policy code never imports the real registry). */
export const KNOWN_IDS: ReadonlySet<string> = new Set([
  'pii/email',
  'pii/phone',
  'pii/iban',
  'secret/openai',
  'secret/private-key',
  'injection/override-phrase',
  'injection/untrusted-in-system-role',
  'model/unapproved',
  'model/deprecated',
  'model/unpinned',
  'governance/missing-metadata',
  'governance/opt-in-check',
]);

export function meta(id: string, defaultSeverity: RuleMeta['defaultSeverity'] = 'warning', options?: RuleMeta['options']): RuleMeta {
  return { id, description: `${id} test rule`, defaultSeverity, fixable: false, ...(options ? { options } : {}) };
}

/** An in-memory host that counts reads per path. */
export class MemoryHost implements PolicyHost {
  readonly reads = new Map<string, number>();
  constructor(readonly files: Record<string, string>) {}
  readFile(path: string): string | undefined {
    this.reads.set(path, (this.reads.get(path) ?? 0) + 1);
    return Object.prototype.hasOwnProperty.call(this.files, path) ? this.files[path] : undefined;
  }
  totalReads(): number {
    let n = 0;
    for (const v of this.reads.values()) n += v;
    return n;
  }
}

export interface SeenProblem {
  ruleId: string;
  /** The text at the problem's span. */
  text: string;
  message: string;
}

/** Parses `text` and returns its problems with the text at each span. */
export function problemsOf(text: string, known: ReadonlySet<string> = KNOWN_IDS): SeenProblem[] {
  const { problems } = parsePolicy('/repo/.promptgov.yaml', text, known);
  return problems.map((p) => ({ ruleId: p.ruleId, text: text.slice(p.span.offset, p.span.endOffset), message: p.message }));
}

/** What a policy rule reports on a policy file, through the real engine. */
export interface PolicyFinding {
  text: string;
  line: number;
  severity: string;
  message: string;
}

export function runPolicyRule(rule: Rule, yaml: string, policy?: PolicyFile, extraProblems?: ParseProblem[]): PolicyFinding[] {
  const doc = policyDocument('/repo/.promptgov.yaml', yaml, KNOWN_IDS, { extraProblems });
  const output = checkDocument(doc, resolveFromObjects(policy), { rules: [rule], env: { now: new Date('2026-01-15T12:00:00Z') } });
  return output.findings
    .filter((f) => f.ruleId === rule.meta.id)
    .map((f) => ({ text: yaml.slice(f.offset, f.endOffset), line: f.line, severity: f.severity, message: f.message }));
}

/** Checks the rule's contract: id from its path, policy format only, reports parse problems. */
export function assertPolicyRuleMeta(rule: Rule, id: string, severity: 'error' | 'warning'): void {
  assert.equal(rule.meta.id, id);
  assert.equal(rule.meta.defaultSeverity, severity);
  assert.deepEqual(rule.meta.formats, ['policy']);
  assert.equal(rule.meta.reportsParseProblems, true);
  assert.ok(rule.meta.description.endsWith('.'));
}
