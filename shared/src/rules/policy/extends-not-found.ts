import { defineRule } from '../rule';

/**
 * `extends` names a file that does not exist, a preset that does not exist, or a file that leads back to
 * the extending one. The entry is skipped; the rest of the policy applies.
 * The policy loader (policy/load.ts, policy/resolve.ts) finds these problems; the engine reports them
 * because the rule sets `reportsParseProblems`.
 */
export default defineRule({
  meta: {
    id: 'policy/extends-not-found',
    description: 'An extends entry of the policy cannot be loaded: a missing file, an unknown preset or a cycle.',
    defaultSeverity: 'error',
    fixable: false,
    formats: ['policy'],
    reportsParseProblems: true,
  },
  check() {
    // Reported from the document's parse problems (see the comment above).
  },
});
