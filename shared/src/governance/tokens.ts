/**
 * Token counts with js-tiktoken, for `budget/prompt-tokens` and the editor's hover.
 *
 * The encoding follows the model family: OpenAI's current families (gpt-4o, gpt-4.1, gpt-4.5, gpt-5, o1,
 * o3, o4, gpt-oss) use `o200k_base`; gpt-4, gpt-3.5 and the text-embedding-3 / ada-002 models use
 * `cl100k_base`. Other families (Claude, Gemini, Llama, …) have tokenizers that are not public or not
 * shipped here: their counts use the policy's chosen encoding and are approximate.
 *
 * The ranks are large (several MB of text), so each encoding is loaded on its first use, never when the
 * module loads. Loading is synchronous (rules are synchronous): a bundler turns the `require` below into a
 * lazily-initialized module. Where `require` does not exist (an ES-module browser build without a
 * bundler), counts fall back to an estimate of 4 characters per token and say so.
 */
import type { Tiktoken } from 'js-tiktoken/lite';
import { modelPartOf } from '../models/normalize';

// Declared locally: `shared/` has no Node typings, and bundlers resolve `require` calls themselves.
declare const require: ((id: string) => unknown) | undefined;

export type EncodingName = 'o200k_base' | 'cl100k_base';

export const DEFAULT_ENCODING: EncodingName = 'o200k_base';

export interface EncodingChoice {
  encoding: EncodingName;
  /** The encoding is the model's own: counts are exact (for the text as written). */
  exact: boolean;
  /** Why: `openai gpt-4o family`, `unknown model family`, `no model`. */
  reason: string;
}

export interface TokenCount {
  tokens: number;
  encoding: EncodingName;
  /** False when the count is an estimate: the model's tokenizer is not the encoding used, or no tokenizer could load. */
  exact: boolean;
}

/** Bare model ids (provider removed) of OpenAI families, with their encoding. Order matters: first match wins. */
const OPENAI_FAMILIES: ReadonlyArray<readonly [RegExp, EncodingName, string]> = [
  [/^(gpt-4o|chatgpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|gpt-oss|o1|o3|o4)(?![0-9])/, 'o200k_base', 'o200k_base'],
  [/^(gpt-4|gpt-35|gpt-3\.5|text-embedding-3|text-embedding-ada-002)(?![0-9.])/, 'cl100k_base', 'cl100k_base'],
];

const OPENAI_PROVIDERS = new Set(['openai', 'azure', 'azure_openai', 'azure-openai', 'azureopenai', 'github']);

/**
 * The encoding for a model id as normalized (`openai/gpt-4o`, `gpt-4.1-mini`, `anthropic/claude-…`);
 * `fallback` (the policy's `budgets.encoding`) for other families and when there is no model.
 */
export function encodingForModel(modelId: string | undefined, fallback: EncodingName = DEFAULT_ENCODING): EncodingChoice {
  if (!modelId) return { encoding: fallback, exact: false, reason: 'no model named' };
  const lower = modelId.trim().toLowerCase();
  const slash = lower.indexOf('/');
  const provider = slash > 0 ? lower.slice(0, slash) : undefined;
  const bare = modelPartOf(lower);
  if (provider === undefined || OPENAI_PROVIDERS.has(provider)) {
    for (const [pattern, encoding] of OPENAI_FAMILIES) {
      const m = pattern.exec(bare);
      if (m) return { encoding, exact: true, reason: `${m[1]} family` };
    }
  }
  return { encoding: fallback, exact: false, reason: 'its tokenizer is not available offline' };
}

type Ranks = ConstructorParameters<typeof Tiktoken>[0];

const encoders = new Map<EncodingName, Tiktoken | null>();

/** The encoder, loaded on first use; null when it cannot be loaded here. */
function encoder(name: EncodingName): Tiktoken | null {
  if (encoders.has(name)) return encoders.get(name) ?? null;
  let loaded: Tiktoken | null = null;
  try {
    if (typeof require === 'function') {
      const lite = require('js-tiktoken/lite') as typeof import('js-tiktoken/lite');
      // Literal module names, so that bundlers include the ranks.
      const mod = (name === 'cl100k_base' ? require('js-tiktoken/ranks/cl100k_base') : require('js-tiktoken/ranks/o200k_base')) as Ranks | { default: Ranks };
      // The CommonJS build exports the ranks object itself; an ES-module interop wraps it in `default`.
      loaded = new lite.Tiktoken('default' in mod ? mod.default : mod);
    }
  } catch {
    loaded = null;
  }
  encoders.set(name, loaded);
  return loaded;
}

/** Whether `encoding` has been loaded already (the next count is then cheap). */
export function isEncodingLoaded(name: EncodingName): boolean {
  return encoders.get(name) != null;
}

/**
 * Counts the tokens of `text`. Special-token spellings (`<|endoftext|>`) count as plain text, as they would
 * when sent inside a message. Never throws.
 */
export function countTokens(text: string, encoding: EncodingName = DEFAULT_ENCODING): TokenCount {
  if (text.length === 0) return { tokens: 0, encoding, exact: true };
  const enc = encoder(encoding);
  if (enc) {
    try {
      return { tokens: enc.encode(text, [], []).length, encoding, exact: true };
    } catch {
      // fall through to the estimate
    }
  }
  return { tokens: Math.ceil(text.length / 4), encoding, exact: false };
}
