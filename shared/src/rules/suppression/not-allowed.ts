import { defineRule } from '../rule';
import { ALL_FORMATS, removeDirectiveFix } from '../../governance/suppressions';
import { lockedBy, writtenExceptions } from '../../governance/exceptions';

/**
 * A suppression of a rule the policy lists as `non_suppressible` (for instance `secret/*`): inline
 * directives and exceptions cannot silence those findings (policy authority beats inline comments), so the
 * suppression does nothing but suggest otherwise. Fix the finding instead; a directive naming only such
 * rules can be removed.
 */
export default defineRule({
  meta: {
    id: 'suppression/not-allowed',
    description: 'A suppression of a rule the policy makes non-suppressible (non_suppressible).',
    defaultSeverity: 'error',
    fixable: true,
    formats: ALL_FORMATS,
  },
  check() {
    // Reported after suppressions were applied, so that no directive can silence the report about itself.
  },
  afterSuppressions({ document, policy, report }, result) {
    if (policy.nonSuppressible.length === 0) return;
    for (const directive of result.directives) {
      const locked = directive.rules.map((r) => [r, lockedBy(policy.nonSuppressible, r)] as const).filter(([, p]) => p !== undefined);
      if (locked.length === 0) continue;
      const names = locked.map(([r]) => r).join(', ');
      const patterns = [...new Set(locked.map(([, p]) => p))].join(', ');
      report({
        span: directive.rulesSpan,
        message: `${names} cannot be suppressed: the policy lists ${patterns} as non_suppressible. Fix the finding instead.`,
        evidence: { policy: 'non_suppressible' },
        fixes: locked.length === directive.rules.length ? [removeDirectiveFix(document, directive)] : [],
      });
    }
    for (const w of writtenExceptions(document)) {
      const pattern = lockedBy(policy.nonSuppressible, w.exception.rule);
      if (!pattern) continue;
      report({
        span: w.spanOf('rule'),
        message: `${w.exception.rule} cannot be excepted: the policy lists ${pattern} as non_suppressible, so this exception silences nothing. Remove it and fix the findings.`,
        evidence: { policy: 'non_suppressible', exception: `exceptions[${w.index}]` },
      });
    }
  },
});
