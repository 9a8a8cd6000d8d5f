/**
 * The one-call API used by the CLI and the server: text + path + resolved policy → document + findings.
 */
import type { FileResult, Format, PromptDocument } from './types';
import type { ResolvedPolicy } from './policy/resolved';
import type { CheckEnvironment, Rule } from './rules/rule';
import { detectFormat, parseDocument } from './formats';
import { allRules } from './rules';
import { checkDocument, type CheckOutput } from './engine/check';

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

/** `path` relative to `base` (POSIX); unchanged when it is not inside it. */
export function relativeTo(base: string, path: string): string {
  if (!base) return path;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
