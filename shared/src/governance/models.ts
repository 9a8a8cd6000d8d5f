/**
 * Model references in fixes and messages, shared by the `model/*` rules: the reference as the file wrote
 * it, and replacement edits written the way the file writes models (full id, bare id with the provider in
 * another key, or a Copilot display name through `models.aliases`).
 */
import type { Fix, ModelRef, PromptDocument, Span } from '../types';
import type { ResolvedPolicy } from '../policy/resolved';
import { isConcreteModelId, lookupAlias, matchModelPattern, modelPartOf, normalizeModelId, providerOf, type NormalizedModel } from '../models/normalize';

/** The reference's span without surrounding quotes (YAML `"gpt-4o"`). */
export function unquotedSpan(doc: PromptDocument, ref: ModelRef): Span {
  const { offset, endOffset } = ref.span;
  const first = doc.text[offset];
  const last = doc.text[endOffset - 1];
  if (endOffset - offset >= 2 && (first === '"' || first === "'") && last === first) return { offset: offset + 1, endOffset: endOffset - 1 };
  return { offset, endOffset };
}

/** The reference as the file wrote it (without quotes), for messages. */
export function writtenName(doc: PromptDocument, ref: ModelRef): string {
  const inner = unquotedSpan(doc, ref);
  return doc.text.slice(inner.offset, inner.endOffset).trim() || ref.id;
}

/**
 * How `targetId` (a concrete `provider/model` id) is written in place of the reference: a full id where
 * the file wrote `provider/model`; the model part where it wrote a bare id (the provider lives in another
 * key), unless the file names another provider; in Copilot files (display names) the `models.aliases` key
 * that maps to the id. Undefined when it cannot be written there.
 */
export function replacementText(
  written: string,
  model: NormalizedModel,
  targetId: string,
  aliases: Readonly<Record<string, string>> | undefined,
  displayOnly: boolean,
): string | undefined {
  const aliasOf = () =>
    aliases && Object.entries(aliases).find(([, target]) => typeof target === 'string' && target.trim().toLowerCase() === targetId.toLowerCase())?.[0];
  if (model.display || displayOnly) return aliasOf(); // VS Code knows models by display names only
  if (written.includes('/')) return targetId;
  if (lookupAlias(aliases, written)) {
    const alias = aliasOf(); // keep writing short names when one maps to the target
    if (alias) return alias;
  }
  const targetProvider = providerOf(targetId);
  if (model.provider && model.provider !== 'azure' && targetProvider && targetProvider !== model.provider) return undefined;
  return modelPartOf(targetId);
}

/**
 * One fix per target id (concrete ids only, at most `max`), replacing the reference. `title(text)` names
 * each fix.
 */
export function modelReplacementFixes(
  doc: PromptDocument,
  ref: ModelRef,
  model: NormalizedModel,
  targets: readonly string[],
  aliases: Readonly<Record<string, string>> | undefined,
  title: (text: string) => string,
  max = 3,
): Fix[] {
  const inner = unquotedSpan(doc, ref);
  const written = doc.text.slice(inner.offset, inner.endOffset).trim();
  const fixes: Fix[] = [];
  const seen = new Set<string>();
  for (const id of targets) {
    if (fixes.length >= max) break;
    if (!isConcreteModelId(id)) continue;
    const text = replacementText(written, model, id, aliases, doc.format === 'copilot');
    if (!text || seen.has(text) || text.toLowerCase() === written.toLowerCase()) continue;
    seen.add(text);
    fixes.push({ title: title(text), edits: [{ offset: inner.offset, endOffset: inner.endOffset, text }] });
  }
  return fixes;
}

/** Key paths of references that are not the prompt's own model (evaluators, handoffs). */
const SECONDARY_SOURCE = /^(evaluators|handoffs)\[/;

/**
 * The model the prompt itself runs on: the first reference that is not an evaluator's or a handoff's,
 * normalized; undefined when the file names none (or only run-time references).
 */
export function primaryModel(doc: PromptDocument, policy: Pick<ResolvedPolicy, 'models'>): { ref: ModelRef; model: NormalizedModel } | undefined {
  for (const ref of doc.models) {
    if (SECONDARY_SOURCE.test(ref.source)) continue;
    const model = normalizeModelId(ref, policy);
    if (!model.unresolved) return { ref, model };
  }
  return undefined;
}

/** `a, b, c and 2 more`. */
export function summarizeList(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ');
  const rest = items.length - shown;
  return rest > 0 ? `${head} and ${rest} more` : head;
}

export interface ModelChoice {
  /** What to write: a concrete id, or (for Copilot files) a `models.aliases` display name. */
  label: string;
  /** The id it names. */
  id: string;
  /** `approved`, `approved (display name)`, `deprecated …`. */
  detail: string;
}

/**
 * The models an editor offers when completing a `model:` value: the policy's approved ids that name one
 * model (glob patterns name none), and for display-name formats (Copilot) the aliases that map to them.
 * Models the policy deprecates are left out.
 */
export function modelCompletions(policy: Pick<ResolvedPolicy, 'models'>, displayNames = false): ModelChoice[] {
  const deprecated = policy.models.deprecated ?? [];
  const isDeprecated = (id: string) => {
    const model = normalizeModelId({ id, span: { offset: 0, endOffset: 0 }, source: 'policy' });
    return deprecated.some((d) => typeof d.id === 'string' && matchModelPattern(model, d.id));
  };
  const approved = (policy.models.approved ?? []).filter((id) => isConcreteModelId(id) && !isDeprecated(id));
  if (!displayNames) return approved.map((id) => ({ label: id, id, detail: 'approved by the policy' }));
  const out: ModelChoice[] = [];
  for (const [alias, target] of Object.entries(policy.models.aliases ?? {})) {
    if (typeof target !== 'string') continue;
    const model = normalizeModelId({ id: target, span: { offset: 0, endOffset: 0 }, source: 'policy' });
    const ok = policy.models.approved ? policy.models.approved.some((p) => matchModelPattern(model, p)) : true;
    if (ok && !isDeprecated(target)) out.push({ label: alias, id: target.trim(), detail: `approved: ${target.trim()}` });
  }
  return out;
}
