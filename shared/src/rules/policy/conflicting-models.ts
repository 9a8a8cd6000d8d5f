import { defineRule } from '../rule';

/**
 * A model id listed in `models.approved` that a `models.deprecated` entry also covers. Deprecation wins;
 * the warning asks to settle which list is meant.
 * The policy loader (policy/load.ts, policy/resolve.ts) finds these problems; the engine reports them
 * because the rule sets `reportsParseProblems`.
 */
export default defineRule({
  meta: {
    id: 'policy/conflicting-models',
    description: 'A model is listed both as approved and as deprecated.',
    defaultSeverity: 'warning',
    fixable: false,
    formats: ['policy'],
    reportsParseProblems: true,
  },
  check() {
    // Reported from the document's parse problems (see the comment above).
  },
});
