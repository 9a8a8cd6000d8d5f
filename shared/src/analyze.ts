/**
 * The one-call API used by the CLI and the server: text + path + resolved policy → document + findings.
 */
import type { FileResult, Format, ParseProblem, PromptDocument } from './types';
import type { ResolvedPolicy } from './policy/resolved';
import type { CheckEnvironment, Rule } from './rules/rule';
import { detectFormat, parseDocument } from './formats';
import { allRules, ruleIds, rulesById } from './rules';
import { checkDocument, type CheckOutput } from './engine/check';
import { policyDocument } from './policy/document';

export interface AnalyzeOptions {
  rules?: readonly Rule[];
  env?: Partial<CheckEnvironment>;
  ruleFilter?: (ruleId: string) => boolean;
  /** Force a format (e.g. `--stdin` with an explicit name); otherwise detected from the path. */
  format?: Format;
}

export interface Analysis {
  document: PromptDocument;
  output: CheckOutput;
  result: FileResult;
}

/** Detects the format of `path` under `policy` (templates are selected by the policy's globs). */
export function formatOf(path: string, policy: ResolvedPolicy, text?: string): Format | undefined {
  return detectFormat(relativeTo(policy.baseDir, path), text, { templateGlobs: policy.templates });
}

/** Parses and checks one file. Returns undefined when `path` is not a prompt file and no format was forced. */
export function analyzeText(path: string, text: string, policy: ResolvedPolicy, options: AnalyzeOptions = {}): Analysis | undefined {
  const format = options.format ?? formatOf(path, policy, text);
  if (!format) return undefined;
  const document = parseDocument(path, text, format);
  const output = checkDocument(document, policy, {
    rules: options.rules ?? allRules,
    env: options.env,
    ruleFilter: options.ruleFilter,
  });
  return { document, output, result: { path, format, findings: output.findings } };
}

/**
 * Analyzes a policy file: read by the policy loader (schema, patterns, rule ids), plus the problems the
 * resolver met while following its `extends` (`resolverProblems`; pass them only when the resolver read
 * this very text, not for an editor buffer or `--stdin` whose text may differ from the disk), so that each
 * becomes a finding of its `policy/*` rule. The CLI and the server both analyze policy files this way.
 */
export function analyzePolicyText(
  path: string,
  text: string,
  policy: ResolvedPolicy,
  options: Omit<AnalyzeOptions, 'format' | 'rules'> & { resolverProblems?: readonly ParseProblem[] } = {},
): Analysis {
  const document = policyDocument(path, text, ruleIds, { ruleMeta: (id) => rulesById.get(id)?.meta, extraProblems: options.resolverProblems });
  const output = checkDocument(document, policy, { rules: allRules, env: options.env, ruleFilter: options.ruleFilter });
  return { document, output, result: { path, format: 'policy', findings: output.findings } };
}

/** `path` relative to `base` (POSIX); unchanged when it is not inside it. */
export function relativeTo(base: string, path: string): string {
  if (!base) return path;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
