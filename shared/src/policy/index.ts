/** The policy subsystem: types, presets, loader/validator, resolver, starter file, RE2 patterns. */
export type * from './types';
export type { PolicyOrigin, ResolvedException, ResolvedPolicy, RuleConfig, RuleEntry } from './resolved';
export {
  DEFAULT_EXCLUDE_GLOBS, DEFAULT_TEMPLATE_GLOBS, PRESETS, RECOMMENDED_POLICY, RECOMMENDED_POLICY_NAME, STRICT_POLICY,
  STRICT_POLICY_NAME, isPresetName,
} from './presets';
export {
  MAX_ALIAS_COUNT, MAX_POLICY_BYTES, MAX_POLICY_DEPTH, POLICY_RULE, SEVERITY_WORDS, docsAnchor, formatKeyPath, isCalendarDate,
  parsePolicy, type KeyPath, type ParsePolicyOptions, type PolicyParse,
} from './load';
export {
  POLICY_FILE_NAMES, PolicyResolver, isExcluded, isIncluded, matchesFiles, rebaseGlob, recommendedPolicy, resolveFromObjects,
  ruleConfig, ruleIdMatches, type LoadedPolicyFile, type PolicyHost, type PolicyResolverOptions, type ResolveFromObjectsOptions,
} from './resolve';
export { POLICY_SCHEMA_URL, starterPolicy } from './starter';
export { policyDocument, withPolicyProblems, type PolicyDocumentOptions } from './document';
export {
  compilePolicyGlob, compilePolicyPattern, globToRe2, isGlob, type CompileResult, type GlobOptions, type PolicyMatch,
  type PolicyMatcher,
} from './re2';
export { closest, didYouMean, levenshtein } from './suggest';
