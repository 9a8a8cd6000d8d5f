import { defineRule } from '../rule';

/**
 * A rule id (or glob) under `rules`, `overrides[].rules`, `non_suppressible`, `exceptions[].rule` or
 * `tests[].expect` that matches no rule: usually a typo, which would otherwise silently do nothing.
 * The policy loader (policy/load.ts, policy/resolve.ts) finds these problems; the engine reports them
 * because the rule sets `reportsParseProblems`.
 */
export default defineRule({
  meta: {
    id: 'policy/unknown-rule',
    description: 'The policy names a rule id, or a rule-id glob, that matches no known rule.',
    defaultSeverity: 'error',
    fixable: false,
    formats: ['policy'],
    reportsParseProblems: true,
  },
  check() {
    // Reported from the document's parse problems (see the comment above).
  },
});
