import { defineRule } from '../rule';
import { isoDate } from '../../engine/check';
import { ruleIdMatches } from '../../policy/resolve';
import { isIsoDate } from '../../governance/durations';
import { ALL_FORMATS, directiveRulesText, removeDirectiveFix } from '../../governance/suppressions';
import { lockedBy } from '../../governance/exceptions';

/**
 * An inline suppression that silenced nothing: the finding it was written for is gone (fixed, moved to
 * another line, or no longer reported), so the directive would silently hide the next, unrelated finding
 * on that line. Fix: delete it.
 *
 * Only directives naming a rule that ran on the file are judged (a rule that is off, or left out with
 * `--rule`, could not have been silenced). Expired directives are `suppression/expired`'s, and directives
 * for `non_suppressible` rules `suppression/not-allowed`'s. Unused policy exceptions can only be told
 * across a whole repository and are not reported here.
 */
export default defineRule({
  meta: {
    id: 'suppression/unused',
    description: 'An inline suppression that silenced no finding.',
    defaultSeverity: 'warning',
    fixable: true,
    formats: ALL_FORMATS,
  },
  check() {
    // Everything happens after suppressions were applied.
  },
  afterSuppressions({ document, policy, env, report }, result) {
    const today = isoDate(env.now);
    const ran = [...result.ranRules].filter((id) => !id.startsWith('suppression/'));
    for (const directive of result.directives) {
      if (directive.used) continue;
      if (directive.expires !== undefined && (!isIsoDate(directive.expires) || directive.expires < today)) continue;
      const judged = directive.rules.length === 0 ? ran.length > 0 : directive.rules.some((r) => ran.some((id) => ruleIdMatches(r, id)));
      if (!judged) continue;
      if (directive.rules.length > 0 && directive.rules.every((r) => lockedBy(policy.nonSuppressible, r))) continue;
      report({
        span: directive.rulesSpan,
        message: `This suppression of ${directiveRulesText(directive)} silenced nothing${directive.kind === 'file' ? ' in this file' : directive.kind === 'line' ? ' on its line' : ' on the next line'}: remove it.`,
        evidence: { directive: directive.kind },
        fixes: [removeDirectiveFix(document, directive)],
        fingerprintText: document.text.slice(directive.span.offset, directive.span.endOffset),
      });
    }
  },
});
