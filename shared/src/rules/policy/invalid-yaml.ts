import { defineRule } from '../rule';

/**
 * A policy file that cannot be read as YAML. What could be read still applies; the rest falls back to the
 * embedded defaults, so one typo never disables the whole policy silently.
 * The policy loader (policy/load.ts, policy/resolve.ts) finds these problems; the engine reports them
 * because the rule sets `reportsParseProblems`.
 */
export default defineRule({
  meta: {
    id: 'policy/invalid-yaml',
    description: 'The policy file is not valid YAML (syntax, duplicate keys, tabs, alias bombs, excessive nesting or size).',
    defaultSeverity: 'error',
    fixable: false,
    formats: ['policy'],
    reportsParseProblems: true,
  },
  check() {
    // Reported from the document's parse problems (see the comment above).
  },
});
