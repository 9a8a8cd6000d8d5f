/**
 * What the detectors benchmark runs, bundled by esbuild the way dist/ is (run.ts builds this file into
 * bench/.data/engine.cjs at start): the engine, the parsers, the rule registry and the policy resolver.
 */
export { checkDocument } from '../../shared/src/engine/check';
export { parseDocument } from '../../shared/src/formats';
export { PolicyResolver } from '../../shared/src/policy/resolve';
export { allRules, ruleIds } from '../../shared/src/rules';
