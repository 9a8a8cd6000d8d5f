import { defineRule } from '../rule';
import { findModelPattern, normalizeModelId } from '../../models/normalize';
import { modelReplacementFixes, summarizeList, writtenName } from '../../governance/models';

/** Patterns named in a message before "and N more". */
const SHOWN_PATTERNS = 3;
/** Replacement fixes offered per finding. */
const MAX_FIXES = 3;

/**
 * A model reference that the policy's `models.approved` globs do not cover. References are normalized
 * first (aliases, Copilot display names, provider keys, Azure deployments: see models/normalize.ts).
 * Without an `approved` list every model is approved; references resolved at run time (`${env:MODEL}`)
 * are not reported, since no offline check can know them.
 */
export default defineRule({
  meta: {
    id: 'model/unapproved',
    description: 'A model the policy does not approve (models.approved).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ document, policy, report }) {
    const approved = policy.models.approved;
    if (!approved) return;
    for (const ref of document.models) {
      const model = normalizeModelId(ref, policy);
      if (model.unresolved) continue;
      if (findModelPattern(model, approved)) continue;
      const written = writtenName(document, ref);
      report({
        span: ref.span,
        message: approved.length
          ? `Model '${written}' is not approved by the policy (approved: ${summarize(approved)}).`
          : `Model '${written}' is not approved: the policy approves no model (models.approved is empty).`,
        evidence: { policy: 'models.approved', model: model.id, ...(model.alias ? { alias: model.alias } : {}) },
        fixes: modelReplacementFixes(document, ref, model, approved, policy.models.aliases, (text) => `Use the approved model ${text}`, MAX_FIXES),
        fingerprintText: model.id.toLowerCase(),
      });
    }
  },
});

/** `a, b, c and 2 more`. */
export function summarize(patterns: readonly string[]): string {
  return summarizeList(patterns, SHOWN_PATTERNS);
}
