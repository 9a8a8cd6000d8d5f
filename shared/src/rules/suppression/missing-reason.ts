import type { Fix } from '../../types';
import { defineRule } from '../rule';
import { ALL_FORMATS, directiveLayout, directiveRulesText } from '../../governance/suppressions';

/**
 * An inline suppression without a reason (`-- why`), when the policy requires one
 * (`suppressions.require_reason`, on in `promptgov:recommended`). The reason is what a reviewer reads in
 * the pull request and what an audit keeps: "published support hotline", "synthetic test data".
 */
export default defineRule({
  meta: {
    id: 'suppression/missing-reason',
    description: 'An inline suppression without a reason, where the policy requires one (suppressions.require_reason).',
    defaultSeverity: 'warning',
    fixable: true,
    formats: ALL_FORMATS,
  },
  check() {
    // Reported after suppressions were applied, so that no directive can silence the report about itself.
  },
  afterSuppressions({ document, policy, report }, result) {
    if (policy.suppressions.require_reason !== true) return;
    for (const directive of result.directives) {
      if (directive.reason && directive.reason.trim()) continue;
      const layout = directiveLayout(document, directive);
      const fixes: Fix[] = [];
      if (layout) {
        if (layout.separator === undefined) {
          fixes.push({ title: 'Add a reason', snippet: true, edits: [{ offset: layout.textEnd, endOffset: layout.textEnd, text: ' -- ${1:reason}' }] });
        } else {
          const after = layout.separator + 2;
          const rest = document.text.slice(after, layout.textEnd);
          const lead = rest.length - rest.trimStart().length;
          fixes.push(
            rest.trim()
              ? { title: 'Add a reason', snippet: true, edits: [{ offset: after + lead, endOffset: after + lead, text: '${1:reason}; ' }] }
              : { title: 'Add a reason', snippet: true, edits: [{ offset: layout.textEnd, endOffset: layout.textEnd, text: ' ${1:reason}' }] },
          );
        }
      }
      report({
        span: directive.rulesSpan,
        message: `This suppression of ${directiveRulesText(directive)} gives no reason; the policy requires one (suppressions.require_reason). Write it after '--': promptgov-disable-next-line <rule> -- <why>.`,
        evidence: { policy: 'suppressions.require_reason', directive: directive.kind },
        fixes,
      });
    }
  },
});
