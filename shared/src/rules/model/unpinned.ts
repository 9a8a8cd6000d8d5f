import { defineRule } from '../rule';
import { isConcreteModelId, matchModelPattern, modelPartOf, normalizeModelId } from '../../models/normalize';
import { modelReplacementFixes, writtenName } from '../../governance/models';

/**
 * Model-part endings that name a fixed snapshot: `-2024-08-06`, `-20240229` / `@20240229`, `-0613`,
 * `-002`, `-preview-05-06` / `-09-2025`, Bedrock `-v1:0`. Each is anchored and made of single classes with
 * bounded repeats, so matching is linear.
 */
const SNAPSHOT_SUFFIXES: readonly RegExp[] = [
  /-\d{4}-\d{2}-\d{2}$/,
  /[-@]\d{8}$/,
  /-\d{4}$/,
  /-\d{3}$/,
  /-\d{2}-\d{2}$/,
  /-\d{2}-\d{4}$/,
  /-v\d{1,3}(?::\d{1,3})?$/,
];

/** Whether a model id (with or without provider) names a dated or versioned snapshot. */
export function isPinnedModelId(id: string): boolean {
  const part = modelPartOf(id.trim().toLowerCase());
  if (part.endsWith('-latest')) return false;
  return SNAPSHOT_SUFFIXES.some((re) => re.test(part));
}

/**
 * When the policy sets `models.require_pinned: true`: a model reference that names a moving alias
 * (`gpt-4o`, `claude-sonnet-4-5`, `gemini-2.5-flash`, `…-latest`) instead of a dated snapshot, whose
 * behaviour can change under the prompt without any change in the repository.
 *
 * Not reported: Copilot files (VS Code picks the model version, a display name cannot be pinned), Azure
 * deployments (the model version is pinned in the deployment, not in the file), references filled in at
 * run time, and ids matching the `allow` option.
 */
export default defineRule({
  meta: {
    id: 'model/unpinned',
    description: 'A model alias that can change under the prompt, where the policy requires a dated snapshot.',
    defaultSeverity: 'warning',
    fixable: true,
    formats: ['prompty', 'dotprompt', 'github-prompt', 'promptl', 'template'],
    options: {
      allow: {
        type: 'string[]',
        default: [],
        description: 'Globs of model ids accepted without a snapshot date (for providers that publish no snapshots).',
      },
    },
  },
  check({ document, policy, options, report }) {
    if (policy.models.require_pinned !== true) return;
    const allow = Array.isArray(options.allow) ? (options.allow as string[]) : [];
    for (const ref of document.models) {
      if (ref.source.includes('azure_deployment')) continue;
      const model = normalizeModelId(ref, policy);
      if (model.unresolved || isPinnedModelId(model.id)) continue;
      if (allow.some((glob) => matchModelPattern(model, glob))) continue;
      const written = writtenName(document, ref);
      const part = modelPartOf(model.id).toLowerCase();
      const family = part.replace(/-latest$/, '');
      // Approved snapshots of the same model (`openai/gpt-4o-2024-08-06` for `gpt-4o`) are offered as fixes.
      const snapshots = (policy.models.approved ?? []).filter(
        (id) => isConcreteModelId(id) && isPinnedModelId(id) && modelPartOf(id).toLowerCase().startsWith(`${family}-`),
      );
      report({
        span: ref.span,
        message: `Model '${written}' is a moving alias: the policy requires a pinned snapshot (models.require_pinned), e.g. ${family}-YYYY-MM-DD.`,
        evidence: { policy: 'models.require_pinned', model: model.id },
        fixes: modelReplacementFixes(document, ref, model, snapshots, policy.models.aliases, (text) => `Pin to the approved snapshot ${text}`),
        fingerprintText: model.id.toLowerCase(),
      });
    }
  },
});
