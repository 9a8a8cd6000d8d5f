import { defineRule } from '../rule';

/**
 * Reported by the engine, not by a check: a rule crashed on a file. The other rules still ran; this
 * finding says which rule to report as a bug.
 */
export default defineRule({
  meta: {
    id: 'internal/rule-error',
    description: 'A rule failed on this file; the other rules still ran.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check() {
    // Reported by the engine (engine/check.ts) when a rule throws.
  },
});
