/**
 * The top-level front-matter keys each format documents, plus keys real files commonly carry (Genkit's
 * extras, `tested_with`, legacy `mode`, `hidden` …). `format/unknown-key` reports keys outside these
 * tables; governance keys promptgov reads (owner, version, data class, retention) are known everywhere.
 */
import type { Format } from '../types';

/** Governance metadata promptgov reads in every format. */
const GOVERNANCE = ['name', 'description', 'version', 'owner', 'data_class', 'dataClass', 'data-class', 'retention', 'metadata'];

const PROMPTY = [
  // v1
  'authors', 'tags', 'model', 'inputs', 'outputs', 'sample', 'template', 'base',
  // v2
  'displayName', 'tools', 'kind', 'id', 'inputSchema', 'outputSchema',
];

const DOTPROMPT = [
  // Dotprompt reserved keys
  'variant', 'model', 'tools', 'toolDefs', 'config', 'input', 'output', 'raw', 'ext',
  // Genkit extras
  'returnToolRequests', 'maxTurns', 'toolChoice', 'use',
];

const GITHUB = [
  'model', 'modelParameters', 'responseFormat', 'jsonSchema', 'messages', 'testData', 'evaluators',
  // used by real files, outside the schema
  'variables',
];

const COPILOT: Record<string, string[]> = {
  prompt: ['argument-hint', 'agent', 'mode', 'model', 'tools', 'tested_with'],
  instructions: ['applyTo', 'excludeAgent'],
  agent: [
    'argument-hint', 'tools', 'model', 'handoffs', 'mcp-servers', 'target', 'infer', 'agents', 'user-invocable',
    'user-invokable', 'disable-model-invocation', 'hooks', 'mode', 'hidden',
  ],
  chatmode: ['model', 'tools'],
};

const PROMPTL = [
  'provider', 'model', 'temperature', 'topP', 'top_p', 'topK', 'top_k', 'maxTokens', 'max_tokens', 'maxOutputTokens',
  'presencePenalty', 'frequencyPenalty', 'stopSequences', 'seed', 'schema', 'parameters', 'tools', 'type', 'maxSteps',
  'cache',
];

/** The top-level keys of `.promptgov.yaml` (policy/types.ts `PolicyFile`). */
const POLICY = [
  'root', 'extends', 'files', 'models', 'inputs', 'metadata', 'data_classes', 'budgets', 'blocked_phrases', 'delimiters',
  'rules', 'non_suppressible', 'suppressions', 'redaction', 'overrides', 'exceptions', 'tests',
];

const cache = new Map<string, ReadonlySet<string>>();

/** Top-level front-matter keys known for `format` (and Copilot `variant`; all variants when absent). */
export function knownKeys(format: Format, variant?: string): ReadonlySet<string> {
  const id = `${format}:${variant ?? ''}`;
  let set = cache.get(id);
  if (!set) {
    set = new Set(keysOf(format, variant));
    cache.set(id, set);
  }
  return set;
}

function keysOf(format: Format, variant?: string): string[] {
  switch (format) {
    case 'prompty':
      return [...GOVERNANCE, ...PROMPTY];
    case 'dotprompt':
      return [...GOVERNANCE, ...DOTPROMPT];
    case 'github-prompt':
      return [...GOVERNANCE, ...GITHUB];
    case 'copilot':
      return [...GOVERNANCE, ...(variant && Object.hasOwn(COPILOT, variant) ? COPILOT[variant] : Object.values(COPILOT).flat())];
    case 'promptl':
      return [...GOVERNANCE, ...PROMPTL];
    case 'policy':
      return POLICY;
    case 'template':
      return GOVERNANCE;
  }
}
