/**
 * Token counts for `budget/prompt-tokens` and the editor's hover: exact BPE counts with OpenAI's public
 * encodings, counted by js-tiktoken.
 *
 * The encoding follows the model family: OpenAI's current families (gpt-4o, gpt-4.1, gpt-4.5, gpt-5, o1,
 * o3, o4, gpt-oss) use `o200k_base`; gpt-4, gpt-3.5 and the text-embedding-3 / ada-002 models use
 * `cl100k_base`. Other families (Claude, Gemini, Llama, …) have tokenizers that are not public or not
 * shipped here: their counts use the policy's chosen encoding and are approximate.
 *
 * Counting is js-tiktoken's `Tiktoken.encode`, cached per run of lines: an edit re-counts only the lines it
 * touched (see `countText` for why the sums are exact; test/governance/tokens.test.ts checks the counts
 * against a plain js-tiktoken count on real and random text and after edits).
 *
 * The ranks are loaded on first use, never when the module loads. Loading is synchronous (rules are
 * synchronous) through `require` of js-tiktoken's rank modules; the esbuild bundles map those modules to
 * side files (`dist/tiktoken/*.json`, scripts/build.mjs), so that the 3.4 MB of ranks are neither parsed at
 * every start nor part of the bundle. Where `require` does not exist (an ES-module browser build without a
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

/** js-tiktoken's rank data (`js-tiktoken/ranks/*`): the pre-tokenizer pattern and the ranks as text. */
type RankData = ConstructorParameters<typeof Tiktoken>[0];

/** A loaded encoding: js-tiktoken's encoder and a cache of counts per run of lines (see `countText`). */
interface Vocabulary {
  encoder: Tiktoken;
  lines: Map<string, number>;
}

const vocabularies = new Map<EncodingName, Vocabulary | null>();

/** The encoding, loaded on first use; null when it cannot be loaded here. */
function vocabulary(name: EncodingName): Vocabulary | null {
  if (vocabularies.has(name)) return vocabularies.get(name) ?? null;
  let loaded: Vocabulary | null = null;
  try {
    if (typeof require === 'function') {
      const lite = require('js-tiktoken/lite') as typeof import('js-tiktoken/lite');
      // Literal module names, so that bundlers see them (scripts/build.mjs maps them to side files).
      const mod = (name === 'cl100k_base' ? require('js-tiktoken/ranks/cl100k_base') : require('js-tiktoken/ranks/o200k_base')) as RankData | { default: RankData };
      // The CommonJS build exports the ranks object itself; an ES-module interop wraps it in `default`.
      loaded = { encoder: new lite.Tiktoken('default' in mod ? mod.default : mod), lines: new Map() };
    }
  } catch {
    loaded = null;
  }
  vocabularies.set(name, loaded);
  return loaded;
}

/** Whether `encoding` has been loaded already (the next count is then cheap). */
export function isEncodingLoaded(name: EncodingName): boolean {
  return vocabularies.get(name) != null;
}

/** Runs kept in the cache before it starts over (runs are lines of prompt files). */
const MAX_RUNS = 20_000;

/**
 * Tokens of `text`, the sum over runs that end just after a line break followed by a letter or a digit.
 * Both encodings' pre-tokenizers always end a piece there: a piece holding a line break is a run of
 * whitespace and line breaks, or punctuation followed by line breaks and slashes, and none of them takes a
 * letter or a digit; a piece that starts with a letter or a digit never takes the line break before it
 * (the optional leading character of a word piece excludes \r and \n). So the counts add up exactly, and
 * each run's count can be cached: after an edit only the changed lines are counted again.
 */
function countText(v: Vocabulary, text: string): number {
  let total = 0;
  let start = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) break;
    from = nl + 1;
    if (from >= text.length || !startsPiece(text.charCodeAt(from))) continue;
    total += countCachedRun(v, text.slice(start, from));
    start = from;
  }
  return total + countCachedRun(v, text.slice(start));
}

/** ASCII letters and digits (other starts are left inside a run: exactness only needs some boundaries). */
function startsPiece(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function countCachedRun(v: Vocabulary, run: string): number {
  if (run.length === 0) return 0;
  let c = v.lines.get(run);
  if (c === undefined) {
    // Special-token spellings (`<|endoftext|>`) are plain text here: nothing allowed, nothing disallowed.
    c = v.encoder.encode(run, [], []).length;
    if (v.lines.size >= MAX_RUNS) v.lines.clear();
    v.lines.set(own(run), c);
  }
  return c;
}

/**
 * A copy of a cache key that does not keep the text it was cut from alive: V8 makes a slice of 13 or more
 * characters point into its parent, and a cached line of every edited version would hold that whole version.
 */
function own(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/**
 * Counts the tokens of `text`. Special-token spellings (`<|endoftext|>`) count as plain text, as they would
 * when sent inside a message. Never throws.
 */
export function countTokens(text: string, encoding: EncodingName = DEFAULT_ENCODING): TokenCount {
  if (text.length === 0) return { tokens: 0, encoding, exact: true };
  const v = vocabulary(encoding);
  if (v) {
    try {
      return { tokens: countText(v, text), encoding, exact: true };
    } catch {
      // fall through to the estimate
    }
  }
  return { tokens: Math.ceil(text.length / 4), encoding, exact: false };
}
