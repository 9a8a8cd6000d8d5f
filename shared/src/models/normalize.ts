/**
 * Model references as files write them → one comparable id.
 *
 * Files name models in many ways: full ids (`googleai/gemini-2.5-flash`, `openai/gpt-4o`), bare ids with the
 * provider in another key (Prompty v2 `model.id` + `model.provider`), Azure deployment names (Prompty v1
 * `configuration.azure_deployment`), and VS Code Copilot display names (`GPT-4o`, `Claude Sonnet 4.5 (copilot)`).
 * The policy writes ids and globs (`models.approved`, `models.deprecated`) and maps display or short names
 * to ids (`models.aliases`). `normalizeModelId` turns a reference into the id the policy speaks of, and
 * `matchModelPattern` decides whether a policy glob covers it.
 *
 * Pure string work: no network, no lists fetched from providers.
 */
import picomatch from 'picomatch';
import type { ModelRef } from '../types';
import type { ModelsSection } from '../policy/types';

export interface NormalizedModel {
  /**
   * The comparable id: `provider/model` when the provider is known (written, from `models.aliases`, or from
   * the file's provider key), otherwise the bare model id (`gpt-4o`). Display names become lower-case slugs
   * (`GPT-4o` → `gpt-4o`) unless an alias maps them.
   */
  id: string;
  /** The provider (`openai`, `googleai`, `azure` for Azure deployments), when known. */
  provider?: string;
  /** The display name without its `(copilot)` / `(Preview)` suffix, when the reference was a display name. */
  display?: string;
  /** The `models.aliases` key that mapped the reference, when one did. */
  alias?: string;
  /**
   * The reference cannot be resolved offline (`${env:MODEL}`, `{{model}}`): it names no model by itself.
   * `id` is then the text as written.
   */
  unresolved?: boolean;
}

/** Anything with the policy's `models` section (a ResolvedPolicy, or a PolicyFile's section). */
export interface ModelPolicy {
  models?: ModelsSection;
}

/** `${env:X}`, `${ENV:X}`, `${file:…}`, `{{ x }}`: values filled in at run time. */
const PLACEHOLDER = /\$\{|\{\{|\{%/;
/** Suffixes Copilot shows after a display name: `(copilot)`, `(Preview)`, `(preview)`. */
const DISPLAY_SUFFIX = /\((?:copilot|preview)\)$/i;
const AZURE_PROVIDERS = new Set(['azure', 'azure_openai', 'azure-openai', 'azureopenai', 'azure_ai', 'azureai', 'azure-ai']);

/** Normalizes one model reference with the policy's aliases. */
export function normalizeModelId(ref: ModelRef, policy?: ModelPolicy): NormalizedModel {
  const written = ref.id.trim();
  if (ref.indirect || PLACEHOLDER.test(written)) return { id: written, unresolved: true };

  const stripped = stripDisplaySuffix(written);
  const aliased = lookupAlias(policy?.models?.aliases, written, stripped);
  const isDisplay = looksLikeDisplayName(written);
  const display = isDisplay ? stripped : undefined;
  if (aliased) {
    const provider = providerOf(aliased.target);
    return {
      id: aliased.target,
      ...(provider ? { provider } : {}),
      ...(display ? { display } : {}),
      alias: aliased.key,
    };
  }

  const bare = isDisplay ? displaySlug(stripped) : stripped;
  const slash = bare.indexOf('/');
  if (slash > 0) return { id: bare, provider: bare.slice(0, slash).toLowerCase(), ...(display ? { display } : {}) };

  const provider = ref.provider ? normalizeProvider(ref.provider) : undefined;
  if (provider && provider !== 'azure') return { id: `${provider}/${bare}`, provider, ...(display ? { display } : {}) };
  return { id: bare, ...(provider ? { provider } : {}), ...(display ? { display } : {}) };
}

/** `azure_openai` → `azure`; other providers lower-cased. */
export function normalizeProvider(provider: string): string {
  const p = provider.trim().toLowerCase();
  return AZURE_PROVIDERS.has(p) ? 'azure' : p;
}

/** `Claude Sonnet 4.5 (copilot)` → `Claude Sonnet 4.5`. */
export function stripDisplaySuffix(name: string): string {
  const trimmed = name.trim();
  return DISPLAY_SUFFIX.test(trimmed) ? trimmed.replace(DISPLAY_SUFFIX, '').trim() : trimmed;
}

/** A display name has spaces, capitals or a Copilot suffix; ids are lower-case words joined by `-._:/`. */
export function looksLikeDisplayName(name: string): boolean {
  return /\s/.test(name.trim()) || /[A-Z]/.test(name) || DISPLAY_SUFFIX.test(name.trim());
}

/** `GPT-4o` → `gpt-4o`, `Claude Sonnet 4.5` → `claude-sonnet-4.5`. */
export function displaySlug(display: string): string {
  return stripDisplaySuffix(display).toLowerCase().split(/\s+/).filter(Boolean).join('-');
}

/**
 * The providers a bare model id most likely comes from, by family name, so that `gpt-4o` (a Copilot display
 * name or an Azure deployment) meets `openai/gpt-4o*`. Unknown families give none.
 */
export function likelyProviders(bareId: string): string[] {
  const id = bareId.toLowerCase();
  if (/^(gpt-|o\d|chatgpt|text-embedding|dall-e|whisper|tts-|davinci|babbage)/.test(id)) return ['openai'];
  if (id.startsWith('claude')) return ['anthropic'];
  if (/^(gemini|gemma)/.test(id)) return ['googleai', 'vertexai', 'google'];
  if (/^(mistral|mixtral|codestral|ministral)/.test(id)) return ['mistral', 'mistralai', 'mistral-ai'];
  if (id.startsWith('llama')) return ['meta'];
  if (id.startsWith('phi-')) return ['microsoft'];
  if (id.startsWith('deepseek')) return ['deepseek'];
  if (id.startsWith('grok')) return ['xai'];
  if (id.startsWith('command')) return ['cohere'];
  return [];
}

/**
 * The ids a policy glob is tried against: the id itself, the `4-5` spelling of a `4.5` version, and for a
 * bare id `provider/id` for each likely provider (and for Azure deployments `azure/id`).
 */
export function modelCandidates(model: NormalizedModel): string[] {
  if (model.unresolved) return [];
  const ids = [model.id];
  const dashed = model.id.replace(/(\d)\.(\d)/g, '$1-$2');
  if (dashed !== model.id) ids.push(dashed);
  if (model.id.includes('/')) return ids;
  const out = [...ids];
  const providers = [...(model.provider ? [model.provider] : []), ...likelyProviders(model.id)];
  for (const p of providers) for (const id of ids) out.push(`${p}/${id}`);
  return [...new Set(out)];
}

/**
 * Whether one policy glob covers the model (case-insensitive; `*` does not cross `/`). A bare id (provider
 * unknown) is tried with any provider: it matches `openai/gpt-4o*` through the pattern's model part, provided that
 * part names a model (`openai/*` alone does not approve every bare id). A pattern without a provider
 * (`gpt-4o*`) matches the model part of a full id.
 */
export function matchModelPattern(model: NormalizedModel, pattern: string): boolean {
  if (model.unresolved) return false;
  const candidates = modelCandidates(model);
  const isMatch = compile(pattern);
  if (candidates.some((c) => isMatch(c))) return true;
  const slash = pattern.indexOf('/');
  if (slash < 0) {
    return candidates.some((c) => c.includes('/') && isMatch(c.slice(c.indexOf('/') + 1)));
  }
  if (!model.id.includes('/')) {
    const modelPart = pattern.slice(slash + 1);
    if (!/[a-z0-9]/i.test(modelPart)) return false;
    const partMatch = compile(modelPart);
    return candidates.some((c) => !c.includes('/') && partMatch(c));
  }
  return false;
}

/** The first pattern covering the model, or undefined. */
export function findModelPattern(model: NormalizedModel, patterns: readonly string[]): string | undefined {
  return patterns.find((p) => matchModelPattern(model, p));
}

/** A pattern with no glob characters names one model (`openai/gpt-4.1`): fixes may suggest it. */
export function isConcreteModelId(pattern: string): boolean {
  return pattern.length > 0 && !picomatch.scan(pattern).isGlob && !/[*?[\]{}()!]/.test(pattern);
}

/** `openai/gpt-4o` → `openai`; undefined for a bare id. */
export function providerOf(id: string): string | undefined {
  const slash = id.indexOf('/');
  return slash > 0 ? id.slice(0, slash).toLowerCase() : undefined;
}

/** `openai/gpt-4o` → `gpt-4o`. */
export function modelPartOf(id: string): string {
  const slash = id.indexOf('/');
  return slash >= 0 ? id.slice(slash + 1) : id;
}

/** Case-insensitive alias lookup, on the name as written and without its display suffix. */
export function lookupAlias(
  aliases: Readonly<Record<string, string>> | undefined,
  ...names: string[]
): { key: string; target: string } | undefined {
  if (!aliases) return undefined;
  const wanted = new Set(names.flatMap((n) => [n.trim().toLowerCase(), stripDisplaySuffix(n).toLowerCase()]));
  for (const [key, target] of Object.entries(aliases)) {
    if (typeof target !== 'string') continue;
    const k = key.trim().toLowerCase();
    if (wanted.has(k) || wanted.has(stripDisplaySuffix(k))) return { key, target: target.trim() };
  }
  return undefined;
}

const compiled = new Map<string, (s: string) => boolean>();
function compile(pattern: string): (s: string) => boolean {
  let m = compiled.get(pattern);
  if (!m) {
    m = picomatch(pattern, { nocase: true, dot: true });
    if (compiled.size > 500) compiled.clear();
    compiled.set(pattern, m);
  }
  return m;
}
