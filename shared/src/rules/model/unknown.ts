import { defineRule } from '../rule';
import { likelyProviders, modelPartOf, normalizeModelId } from '../../models/normalize';
import { writtenName } from '../../governance/models';

/**
 * A model reference the policy cannot reason about:
 *
 * - a name of no known model family with no provider: a bare id (`my-model`), a Copilot display name, or an
 *   Azure deployment named after nothing (`prod-chat`), that `models.aliases` does not map to an id;
 * - when the policy approves models (`models.approved`), a value filled in at run time (`${env:MODEL}`),
 *   which no offline check can verify.
 *
 * Either way `model/unapproved` and `model/deprecated` cannot tell what runs: map the name in
 * `models.aliases`, write `provider/model`, or suppress with a reason.
 */
export default defineRule({
  meta: {
    id: 'model/unknown',
    description: 'A model reference that cannot be identified: an unmapped name of no known model family, or a run-time value.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {
      runtime: {
        type: 'boolean',
        default: true,
        description: 'Report models filled in at run time (`${env:MODEL}`) when the policy has a models.approved list.',
      },
    },
  },
  check({ document, policy, options, report }) {
    for (const ref of document.models) {
      const model = normalizeModelId(ref, policy);
      const written = writtenName(document, ref);
      if (model.unresolved) {
        if (options.runtime === false || !policy.models.approved) continue;
        report({
          span: ref.span,
          message: `The model is read at run time ('${written}'): the policy's approved models (models.approved) cannot be checked offline. Write the model id, or suppress with a reason.`,
          evidence: { reference: written },
        });
        continue;
      }
      if (model.alias) continue;
      const provider = model.provider && model.provider !== 'azure' ? model.provider : undefined;
      if (provider || likelyProviders(modelPartOf(model.id)).length > 0) continue;
      const what = model.display
        ? `The display name '${written}' is not mapped to a model id`
        : model.provider === 'azure'
          ? `The Azure deployment '${written}' does not say which model it runs`
          : `'${written}' is not a model promptgov recognizes and names no provider`;
      report({
        span: ref.span,
        message: `${what}: map it in the policy's models.aliases (e.g. "${written}": provider/model)${model.display ? '' : ' or write provider/model'}.`,
        evidence: { model: model.id },
        fingerprintText: model.id.toLowerCase(),
      });
    }
  },
});
