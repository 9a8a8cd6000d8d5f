import { defineRule } from '../rule';

/**
 * A policy key or value that the JSON Schema (policy.schema.json) or the loader's own checks reject. The
 * invalid part is ignored; the message says what to write instead.
 * The policy loader (policy/load.ts, policy/resolve.ts) finds these problems; the engine reports them
 * because the rule sets `reportsParseProblems`.
 */
export default defineRule({
  meta: {
    id: 'policy/invalid-schema',
    description: 'A key or value of the policy file does not match the policy schema (unknown key, wrong type, bad severity, date or duration).',
    defaultSeverity: 'error',
    fixable: false,
    formats: ['policy'],
    reportsParseProblems: true,
  },
  check() {
    // Reported from the document's parse problems (see the comment above).
  },
});
