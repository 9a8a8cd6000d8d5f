/**
 * Policy exceptions as the `suppression/*` rules need them: the exceptions written in a policy file (with
 * where each key is written, when the rule checks that file), and the expired exceptions that would still
 * cover a finding of a prompt file.
 */
import type { PromptDocument, Span } from '../types';
import type { PolicyException } from '../policy/types';
import type { ResolvedException, ResolvedPolicy } from '../policy/resolved';
import { parsePolicy } from '../policy/load';
import { matchesFiles, ruleIdMatches } from '../policy/resolve';

export interface WrittenException {
  exception: PolicyException;
  index: number;
  /** Where `exceptions[index].<key>` is written (the value), or the entry itself. */
  spanOf(key?: keyof PolicyException): Span;
}

const parsed = new WeakMap<PromptDocument, WrittenException[]>();

/** The exceptions written in a `policy`-format document (none for other formats). */
export function writtenExceptions(doc: PromptDocument): WrittenException[] {
  if (doc.format !== 'policy') return [];
  const hit = parsed.get(doc);
  if (hit) return hit;
  const result = parsePolicy(doc.path, doc.text, new Set());
  const out = (result.policy.exceptions ?? []).map((exception, index): WrittenException => ({
    exception,
    index,
    spanOf: (key) =>
      (key ? result.spanOf(['exceptions', index, key]) : undefined) ??
      result.spanOf(['exceptions', index, 'rule']) ??
      result.spanOf(['exceptions', index]) ?? { offset: 0, endOffset: 0 },
  }));
  parsed.set(doc, out);
  return out;
}

/** Whether the exception covers findings of `ruleId` in the file `path` (dates aside). */
export function exceptionCovers(policy: ResolvedPolicy, exception: ResolvedException, ruleId: string, path: string): boolean {
  if (!ruleIdMatches(exception.rule, ruleId)) return false;
  return !exception.files || matchesFiles({ baseDir: exception.baseDir }, path, exception.files);
}

/** Who approved an exception or directive, for messages. */
export function approvedByText(approvedBy: string | undefined): string {
  return approvedBy ? `approved by ${approvedBy}` : 'no approver on record';
}

/** `exceptions[0] of .promptgov.yaml`: where an exception is written, for messages (the file's base name only). */
export function exceptionPlace(exception: ResolvedException): string {
  const file = exception.origin.file;
  const name = file.startsWith('promptgov:') || file.startsWith('<') ? file : file.slice(file.lastIndexOf('/') + 1);
  return `${exception.origin.keyPath} of ${name}`;
}

/** Whether a rule id or glob written in a directive or exception falls under one of the `non_suppressible` globs. */
export function lockedBy(nonSuppressible: readonly string[], rule: string): string | undefined {
  return nonSuppressible.find((p) => p === rule || ruleIdMatches(p, rule));
}
