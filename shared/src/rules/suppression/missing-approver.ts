import type { Fix } from '../../types';
import { defineRule } from '../rule';
import { ALL_FORMATS, directiveLayout, directiveRulesText } from '../../governance/suppressions';
import { writtenExceptions } from '../../governance/exceptions';

/**
 * A suppression that names no approver, when the policy requires one (`suppressions.require_approver`, on
 * in `promptgov:strict`): an inline directive without `approved-by: @x`, or a policy exception without
 * `approved_by`.
 */
export default defineRule({
  meta: {
    id: 'suppression/missing-approver',
    description: 'A suppression or exception without an approver, where the policy requires one (suppressions.require_approver).',
    defaultSeverity: 'warning',
    fixable: true,
    formats: ALL_FORMATS,
  },
  check() {
    // Reported after suppressions were applied, so that no directive can silence the report about itself.
  },
  afterSuppressions({ document, policy, report }, result) {
    if (policy.suppressions.require_approver !== true) return;
    for (const directive of result.directives) {
      if (directive.approvedBy && directive.approvedBy.trim()) continue;
      const layout = directiveLayout(document, directive);
      const fixes: Fix[] = layout
        ? [
            {
              title: 'Add an approver',
              snippet: true,
              edits: [{ offset: layout.textEnd, endOffset: layout.textEnd, text: layout.separator === undefined ? ' -- approved-by: ${1:@approver}' : '; approved-by: ${1:@approver}' }],
            },
          ]
        : [];
      report({
        span: directive.rulesSpan,
        message: `This suppression of ${directiveRulesText(directive)} names no approver; the policy requires one (suppressions.require_approver). Add '; approved-by: @team' after the reason.`,
        evidence: { policy: 'suppressions.require_approver', directive: directive.kind },
        fixes,
      });
    }
    for (const w of writtenExceptions(document)) {
      if (w.exception.approved_by && w.exception.approved_by.trim()) continue;
      report({
        span: w.spanOf('rule'),
        message: `The exception for ${w.exception.rule} names no approver; the policy requires one (suppressions.require_approver). Add 'approved_by: @team'.`,
        evidence: { policy: 'suppressions.require_approver', exception: `exceptions[${w.index}]` },
      });
    }
  },
});
