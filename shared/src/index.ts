/** The analysis core: pure TypeScript, no editor, no transport, no file system, no git. */
export * from './types';
export * from './analyze';
export type { Rule, RuleMeta, RuleContext, Report, CheckEnvironment, RuleOption } from './rules/rule';
export { ruleDocsUrl } from './rules/rule';
export { allRules, rulesById, ruleIds } from './rules';
export { checkDocument, compareFindings, RULE_ERROR_ID, type CheckOutput, type CheckOptions } from './engine/check';
export { applyFixes, type ApplyResult } from './engine/fixes';
export { mask } from './engine/mask';
export { fingerprint } from './engine/fingerprint';
export { parseDirectives, type Directive } from './engine/directives';
export { computeLineStarts, positionOf, lineOfOffset } from './engine/positions';
export { redactionFixes, redactionLabel, variableSyntax } from './engine/redact';
export * from './policy';
export { computeChanges, type VersionChanges } from './governance/changes';
export { normalizeModelId } from './models/normalize';
