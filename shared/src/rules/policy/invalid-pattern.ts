import { defineRule } from '../rule';

/**
 * An RE2 pattern (`blocked_phrases`, `metadata.owner_pattern`) or a glob (models, files, inputs) that does
 * not compile. Policy patterns run on RE2 only (linear time): lookarounds and backreferences are refused.
 * The policy loader (policy/load.ts, policy/resolve.ts) finds these problems; the engine reports them
 * because the rule sets `reportsParseProblems`.
 */
export default defineRule({
  meta: {
    id: 'policy/invalid-pattern',
    description: 'A pattern in the policy file is not valid RE2 or glob syntax.',
    defaultSeverity: 'error',
    fixable: false,
    formats: ['policy'],
    reportsParseProblems: true,
  },
  check() {
    // Reported from the document's parse problems (see the comment above).
  },
});
