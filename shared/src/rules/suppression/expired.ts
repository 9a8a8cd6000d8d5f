import type { Fix } from '../../types';
import { defineRule } from '../rule';
import { isoDate, RULE_ERROR_ID } from '../../engine/check';
import { addDays, isIsoDate } from '../../governance/durations';
import {
  ALL_FORMATS, directiveLayout, directiveRulesText, snippetEscape,
} from '../../governance/suppressions';
import { approvedByText, exceptionCovers, exceptionPlace, lockedBy, writtenExceptions } from '../../governance/exceptions';

/** How far ahead the renewal snippet proposes, when the policy sets no `suppressions.max_days`. */
const DEFAULT_RENEWAL_DAYS = 90;

/**
 * Suppressions past their date. An expired inline directive or policy exception no longer silences
 * anything, and the finding it covered is reported again; this rule says why, who had approved it and what
 * to do:
 *
 * - on an inline directive whose `expires:` date has passed (or is not a `YYYY-MM-DD` date, which would
 *   otherwise never expire);
 * - in a policy file, on each exception whose `expires` date has passed;
 * - in a prompt file, next to each finding that an expired policy exception would still cover.
 */
export default defineRule({
  meta: {
    id: 'suppression/expired',
    description: 'An inline suppression or policy exception past its expiry date.',
    defaultSeverity: 'error',
    fixable: true,
    formats: ALL_FORMATS,
  },
  check() {
    // Reported after suppressions were applied, so that no directive can silence the report about itself.
  },
  afterSuppressions({ document, policy, env, report }, result) {
    const today = isoDate(env.now);
    const renewal = addDays(env.now, policy.suppressions.max_days ?? DEFAULT_RENEWAL_DAYS);
    for (const directive of result.directives) {
      if (directive.expires === undefined) continue;
      const layout = directiveLayout(document, directive);
      const span = layout?.expires ?? directive.span;
      const fixes: Fix[] = layout?.expires
        ? [{ title: 'Renew until a new date (needs a new approval)', snippet: true, edits: [{ ...layout.expires, text: `\${1:${snippetEscape(renewal)}}` }] }]
        : [];
      if (!isIsoDate(directive.expires)) {
        report({
          span,
          message: `'${directive.expires}' is not a date (write YYYY-MM-DD): as written, this suppression of ${directiveRulesText(directive)} never expires.`,
          evidence: { directive: directive.kind },
          fixes,
        });
      } else if (directive.expires < today) {
        report({
          span,
          message: `This suppression of ${directiveRulesText(directive)} expired on ${directive.expires} (${approvedByText(directive.approvedBy)}): it no longer silences anything. Fix the finding, or renew the date with a new approval.`,
          evidence: { directive: directive.kind, expires: directive.expires },
          fixes,
        });
      }
    }
    for (const w of writtenExceptions(document)) {
      const { exception } = w;
      if (!exception.expires || exception.expires >= today) continue;
      report({
        span: w.spanOf('expires'),
        message: `The exception for ${exception.rule} (${approvedByText(exception.approved_by)}; reason: "${exception.reason}") expired on ${exception.expires}: it no longer silences findings. Renew it with a new expiry and approval, or remove it and fix the findings.`,
        evidence: { exception: `exceptions[${w.index}]`, expires: exception.expires },
      });
    }
    if (document.format === 'policy') return;
    const expired = policy.exceptions.filter((e) => e.expires !== undefined && e.expires < today);
    if (!expired.length) return;
    for (const finding of result.findings) {
      if (finding.ruleId === RULE_ERROR_ID || finding.ruleId.startsWith('suppression/')) continue;
      if (lockedBy(policy.nonSuppressible, finding.ruleId)) continue;
      const exception = expired.find((e) => exceptionCovers(policy, e, finding.ruleId, document.path));
      if (!exception) continue;
      report({
        span: finding,
        message: `${finding.ruleId} is reported again: the policy exception that covered it (${approvedByText(exception.approved_by)}; reason: "${exception.reason}") expired on ${exception.expires}. Renew the exception (${exceptionPlace(exception)}) with a new expiry date and approval, or fix the finding.`,
        evidence: { rule: finding.ruleId, exception: exception.origin.keyPath, policy: exception.origin.file, expires: exception.expires },
        fingerprintText: `${finding.ruleId}\u0000${finding.fingerprint}`,
      });
    }
  },
});
