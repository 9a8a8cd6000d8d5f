/**
 * A policy file as a `PromptDocument` of format `policy`, so that the engine reports its problems like any
 * other file's: each `ParseProblem` becomes a finding of its `policy/*` rule (those rules set
 * `reportsParseProblems`), with the policy's severities, directives and output formats.
 */
import type { ParseProblem, PromptDocument } from '../types';
import { computeLineStarts } from '../engine/positions';
import { parsePolicy, type ParsePolicyOptions } from './load';

export interface PolicyDocumentOptions extends ParsePolicyOptions {
  /** Problems found while resolving the file (a missing `extends` target, a cycle): `LoadedPolicyFile.problems`. */
  extraProblems?: readonly ParseProblem[];
}

export function policyDocument(path: string, text: string, knownRuleIds: ReadonlySet<string>, options: PolicyDocumentOptions = {}): PromptDocument {
  const parsed = parsePolicy(path, text, knownRuleIds, options);
  const problems = [...parsed.problems];
  for (const p of options.extraProblems ?? []) {
    if (!problems.some((q) => q.ruleId === p.ruleId && q.span.offset === p.span.offset && q.message === p.message)) problems.push(p);
  }
  return {
    path,
    text,
    format: 'policy',
    engine: 'text',
    body: { offset: 0, endOffset: text.length },
    metadata: { extra: {} },
    models: [],
    messages: [],
    expressions: [],
    inputs: [],
    references: [],
    comments: yamlComments(text),
    problems,
    lineStarts: computeLineStarts(text),
  };
}

/** `# …` comments (so that `# promptgov-disable-next-line …` works in a policy file too). */
function yamlComments(text: string): PromptDocument['comments'] {
  const out: PromptDocument['comments'] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    // A comment starts at a `#` at the line start or after whitespace, outside quotes (good enough for
    // directives, which sit on their own line).
    const m = /^(\s*)#/.exec(line);
    if (m) {
      const start = offset + m[1].length;
      const end = offset + line.replace(/\r$/, '').length;
      out.push({ span: { offset: start, endOffset: end }, text: text.slice(start + 1, end), textOffset: start + 1 });
    }
    offset += line.length + 1;
  }
  return out;
}

/**
 * Adds the policy loader's problems to a `policy`-format document made by the format parser
 * (`formats/policyDoc.ts`), replacing that parser's YAML problems (`format/*`), which
 * `policy/invalid-yaml` reports already. The CLI and the server call this for policy files, since only
 * they know the rule registry.
 */
export function withPolicyProblems(doc: PromptDocument, knownRuleIds: ReadonlySet<string>, options: PolicyDocumentOptions = {}): PromptDocument {
  const own = policyDocument(doc.path, doc.text, knownRuleIds, options);
  return { ...doc, problems: [...doc.problems.filter((p) => !p.ruleId.startsWith('format/')), ...own.problems] };
}
