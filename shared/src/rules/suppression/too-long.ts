import type { Fix } from '../../types';
import { defineRule } from '../rule';
import { addDays, isIsoDate } from '../../governance/durations';
import { ALL_FORMATS, directiveLayout, directiveRulesText, snippetEscape } from '../../governance/suppressions';
import { writtenExceptions } from '../../governance/exceptions';

/**
 * A suppression that lasts longer than the policy allows (`suppressions.max_days`): an inline directive or
 * a policy exception without an `expires` date, or with one further ahead than `max_days` from today.
 * Suppressions that never end are how temporary exceptions become permanent.
 */
export default defineRule({
  meta: {
    id: 'suppression/too-long',
    description: 'A suppression or exception without an expiry, or expiring later than the policy allows (suppressions.max_days).',
    defaultSeverity: 'warning',
    fixable: true,
    formats: ALL_FORMATS,
  },
  check() {
    // Reported after suppressions were applied, so that no directive can silence the report about itself.
  },
  afterSuppressions({ document, policy, env, report }, result) {
    const maxDays = policy.suppressions.max_days;
    if (typeof maxDays !== 'number' || !(maxDays > 0)) return;
    const latest = addDays(env.now, maxDays);
    for (const directive of result.directives) {
      const layout = directiveLayout(document, directive);
      if (directive.expires === undefined) {
        const fixes: Fix[] = layout
          ? [
              {
                title: `Add an expiry date (at most ${maxDays} days ahead)`,
                snippet: true,
                edits: [{ offset: layout.textEnd, endOffset: layout.textEnd, text: `${layout.separator === undefined ? ' -- ' : '; '}expires: \${1:${snippetEscape(latest)}}` }],
              },
            ]
          : [];
        report({
          span: directive.rulesSpan,
          message: `This suppression of ${directiveRulesText(directive)} never expires; the policy allows at most ${maxDays} days (suppressions.max_days). Add '; expires: ${latest}' or an earlier date.`,
          evidence: { policy: 'suppressions.max_days' },
          fixes,
        });
      } else if (isIsoDate(directive.expires) && directive.expires > latest) {
        report({
          span: layout?.expires ?? directive.rulesSpan,
          message: `This suppression of ${directiveRulesText(directive)} lasts until ${directive.expires}, beyond the ${maxDays} days the policy allows (suppressions.max_days): expire it by ${latest}.`,
          evidence: { policy: 'suppressions.max_days', expires: directive.expires },
          fixes: layout?.expires ? [{ title: `Expire it by ${latest}`, snippet: true, edits: [{ ...layout.expires, text: `\${1:${snippetEscape(latest)}}` }] }] : [],
        });
      }
    }
    for (const w of writtenExceptions(document)) {
      const { exception } = w;
      if (!exception.expires) {
        report({
          span: w.spanOf('rule'),
          message: `The exception for ${exception.rule} never expires; the policy allows at most ${maxDays} days (suppressions.max_days). Add 'expires: ${latest}' or an earlier date.`,
          evidence: { policy: 'suppressions.max_days', exception: `exceptions[${w.index}]` },
        });
      } else if (exception.expires > latest) {
        report({
          span: w.spanOf('expires'),
          message: `The exception for ${exception.rule} lasts until ${exception.expires}, beyond the ${maxDays} days the policy allows (suppressions.max_days): expire it by ${latest}.`,
          evidence: { policy: 'suppressions.max_days', exception: `exceptions[${w.index}]` },
        });
      }
    }
  },
});
