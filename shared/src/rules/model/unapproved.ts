import type { Fix, ModelRef, PromptDocument } from '../../types';
import { defineRule } from '../rule';
import {
  findModelPattern, isConcreteModelId, lookupAlias, modelPartOf, normalizeModelId, providerOf,
  type NormalizedModel,
} from '../../models/normalize';

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
        fixes: replacementFixes(document, ref, model, approved, policy.models.aliases),
        fingerprintText: model.id.toLowerCase(),
      });
    }
  },
});

/** The reference as the file wrote it (without quotes), for the message. */
function writtenName(doc: PromptDocument, ref: ModelRef): string {
  const inner = unquotedSpan(doc, ref);
  return doc.text.slice(inner.offset, inner.endOffset).trim() || ref.id;
}

/** `a, b, c and 2 more`. */
export function summarize(patterns: readonly string[]): string {
  const shown = patterns.slice(0, SHOWN_PATTERNS).join(', ');
  const rest = patterns.length - SHOWN_PATTERNS;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}

/**
 * One fix per approved concrete id (no glob characters), at most three, written the way the reference is
 * written: a full id where the file wrote `provider/model`, the model part where it wrote a bare id (the
 * provider lives in another key), and in Copilot files the alias (display name) that maps to the approved id.
 */
function replacementFixes(
  doc: PromptDocument,
  ref: ModelRef,
  model: NormalizedModel,
  approved: readonly string[],
  aliases: Readonly<Record<string, string>> | undefined,
): Fix[] {
  const inner = unquotedSpan(doc, ref);
  const written = doc.text.slice(inner.offset, inner.endOffset).trim();
  const fixes: Fix[] = [];
  const seen = new Set<string>();
  for (const id of approved) {
    if (fixes.length >= MAX_FIXES) break;
    if (!isConcreteModelId(id)) continue;
    const text = replacementText(written, model, id, aliases, doc.format === 'copilot');
    if (!text || seen.has(text) || text === written) continue;
    seen.add(text);
    fixes.push({ title: `Use the approved model ${text}`, edits: [{ offset: inner.offset, endOffset: inner.endOffset, text }] });
  }
  return fixes;
}

function replacementText(
  written: string,
  model: NormalizedModel,
  approvedId: string,
  aliases: Readonly<Record<string, string>> | undefined,
  displayOnly: boolean,
): string | undefined {
  if (model.display || displayOnly) {
    // A display name must stay a display name (VS Code knows models by them): offer the alias of the id.
    const alias = aliases && Object.entries(aliases).find(([, target]) => typeof target === 'string' && target.trim().toLowerCase() === approvedId.toLowerCase());
    return alias?.[0];
  }
  if (written.includes('/')) return approvedId;
  if (lookupAlias(aliases, written)) {
    // A short name the policy aliases: keep writing short names when one maps to the approved id.
    const alias = Object.entries(aliases ?? {}).find(([, t]) => typeof t === 'string' && t.trim().toLowerCase() === approvedId.toLowerCase());
    if (alias) return alias[0];
  }
  // A bare id: the provider is written elsewhere (or the id is an Azure deployment); keep the model part when
  // the approved model's provider does not contradict the file's.
  const approvedProvider = providerOf(approvedId);
  if (model.provider && model.provider !== 'azure' && approvedProvider && approvedProvider !== model.provider) return undefined;
  return modelPartOf(approvedId);
}

/** The reference's span without surrounding quotes (YAML `"gpt-4o"`). */
function unquotedSpan(doc: PromptDocument, ref: ModelRef): { offset: number; endOffset: number } {
  const { offset, endOffset } = ref.span;
  const first = doc.text[offset];
  const last = doc.text[endOffset - 1];
  if (endOffset - offset >= 2 && (first === '"' || first === "'") && last === first) return { offset: offset + 1, endOffset: endOffset - 1 };
  return { offset, endOffset };
}
