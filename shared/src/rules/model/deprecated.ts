import type { Fix } from '../../types';
import type { DeprecatedModel } from '../../policy/types';
import { defineRule } from '../rule';
import { findModelPattern, matchModelPattern, normalizeModelId, type NormalizedModel } from '../../models/normalize';
import { KNOWN_DEPRECATIONS, type KnownDeprecation } from '../../governance/deprecatedModels';
import { daysUntil } from '../../governance/durations';
import { modelReplacementFixes, writtenName } from '../../governance/models';
import { isoDate } from '../../engine/check';

/** Replacement fixes offered per finding (the replacement first, then approved models). */
const MAX_FIXES = 3;

interface Deprecation {
  sunset?: string;
  replacement?: string;
  /** `models.deprecated[2]` or the provider page. */
  origin: string;
  builtin: boolean;
}

/**
 * A model that the policy (`models.deprecated`) or its provider (the maintained list in
 * governance/deprecatedModels.ts, each entry citing the provider's announcement) has deprecated. Before
 * the sunset date it is a warning with the date and the replacement; after it, an error: requests to a
 * retired model fail. The policy's entries win over the built-in list.
 */
export default defineRule({
  meta: {
    id: 'model/deprecated',
    description: 'A deprecated or retired model, with its sunset date and replacement.',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      builtin: {
        type: 'boolean',
        default: true,
        description: "Also report models in promptgov's list of retirements announced by their providers.",
      },
      error_after_sunset: {
        type: 'boolean',
        default: true,
        description: 'Report a model as an error once its sunset date has passed, whatever the configured severity.',
      },
    },
  },
  check({ document, policy, options, env, report }) {
    const today = isoDate(env.now);
    const deprecated = policy.models.deprecated ?? [];
    for (const ref of document.models) {
      const model = normalizeModelId(ref, policy);
      if (model.unresolved) continue;
      const hit = fromPolicy(model, deprecated) ?? (options.builtin !== false ? fromBuiltin(model) : undefined);
      if (!hit) continue;
      const written = writtenName(document, ref);
      const retired = hit.sunset !== undefined && hit.sunset < today;
      const when =
        hit.sunset === undefined
          ? 'is deprecated'
          : retired
            ? `was retired on ${hit.sunset}`
            : `is deprecated and retires on ${hit.sunset} (${plural(daysUntil(env.now, hit.sunset), 'day')} from now)`;
      const instead = hit.replacement ? `; use ${hit.replacement} instead` : '';
      const why = hit.builtin ? ` (announced by the provider: ${hit.origin})` : ` (policy ${hit.origin})`;
      const fixes: Fix[] = hit.replacement
        ? modelReplacementFixes(document, ref, model, [hit.replacement], policy.models.aliases, (text) => `Replace with ${text} (the recommended replacement)`, 1)
        : [];
      const approved = (policy.models.approved ?? []).filter((id) => !isDeprecatedId(id, deprecated, options.builtin !== false));
      for (const fix of modelReplacementFixes(document, ref, model, approved, policy.models.aliases, (text) => `Replace with the approved model ${text}`, MAX_FIXES)) {
        if (fixes.length < MAX_FIXES && !fixes.some((f) => f.edits[0].text === fix.edits[0].text)) fixes.push(fix);
      }
      report({
        span: ref.span,
        message: `Model '${written}' ${when}${instead}${why}.`,
        ...(retired && options.error_after_sunset !== false ? { severity: 'error' as const } : {}),
        evidence: { model: model.id, ...(hit.sunset ? { sunset: hit.sunset } : {}), ...(hit.builtin ? { source: hit.origin } : { policy: hit.origin }) },
        fixes,
        fingerprintText: model.id.toLowerCase(),
      });
    }
  },
});

function fromPolicy(model: NormalizedModel, deprecated: readonly DeprecatedModel[]): Deprecation | undefined {
  const index = deprecated.findIndex((d) => typeof d.id === 'string' && matchModelPattern(model, d.id));
  if (index < 0) return undefined;
  const d = deprecated[index];
  return { sunset: d.sunset, replacement: d.replacement, origin: `models.deprecated[${index}]`, builtin: false };
}

function fromBuiltin(model: NormalizedModel): Deprecation | undefined {
  const entry: KnownDeprecation | undefined = KNOWN_DEPRECATIONS.find((k) => findModelPattern(model, k.ids) !== undefined);
  return entry ? { sunset: entry.retires, replacement: entry.replacement, origin: entry.source, builtin: true } : undefined;
}

/** Whether an approved id is itself deprecated (never offered as a replacement). */
function isDeprecatedId(id: string, deprecated: readonly DeprecatedModel[], builtin: boolean): boolean {
  const model = normalizeModelId({ id, span: { offset: 0, endOffset: 0 }, source: 'policy' });
  return fromPolicy(model, deprecated) !== undefined || (builtin && fromBuiltin(model) !== undefined);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
