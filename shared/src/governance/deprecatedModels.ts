/**
 * Well-known models whose retirement their provider has announced, for `model/deprecated` (which also
 * reads the policy's own `models.deprecated`; the policy wins where both name a model).
 *
 * Maintained by hand. Every entry cites the provider page that announced it (`source`) and the day that
 * page was read (`checked`). Only dates stated on the provider's own documentation are listed; dates seen
 * only on third-party pages, or that differ between copies of a provider page, are left out until the
 * provider page confirms them. To add an entry: read the provider's deprecation page, copy the model ids
 * and dates, cite the page, and add a case to test/governance/deprecatedModels.test.ts if the entry
 * introduces a new id pattern.
 */

export interface KnownDeprecation {
  /** Model ids or globs, `provider/model` (bare references are matched through their family's provider). */
  ids: readonly string[];
  /** Day the deprecation was announced (YYYY-MM-DD), when the source gives it. */
  announced?: string;
  /** Day the model stops answering (YYYY-MM-DD): "shutdown" or "retirement" in the provider's words. */
  retires: string;
  /** The provider's recommended replacement, when the source names one. */
  replacement?: string;
  /** The provider page that announced it. */
  source: string;
  /** Day the source was read (YYYY-MM-DD). */
  checked: string;
}

const OPENAI = 'https://platform.openai.com/docs/deprecations';
const ANTHROPIC = 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations';
const ANTHROPIC_NOTES = 'https://docs.claude.com/en/release-notes/overview';
const GEMINI = 'https://ai.google.dev/gemini-api/docs/deprecations';
const VERTEX_GEMINI_1 = 'https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations/gemini-1.0-pro';
const CHECKED = '2026-11-25';

export const KNOWN_DEPRECATIONS: readonly KnownDeprecation[] = [
  // OpenAI, 2023-07-06: the completions-era GPT-3 models.
  {
    ids: ['openai/text-davinci-003', 'openai/text-davinci-002', 'openai/text-davinci-001', 'openai/text-curie-001', 'openai/text-babbage-001', 'openai/text-ada-001'],
    announced: '2023-07-06',
    retires: '2024-01-04',
    replacement: 'openai/gpt-3.5-turbo-instruct',
    source: `${OPENAI}#2023-07-06-gpt-and-embeddings`,
    checked: CHECKED,
  },
  // OpenAI, 2023-06-13: the first GPT-4 and GPT-3.5 Turbo snapshots.
  {
    ids: ['openai/gpt-4-0314', 'openai/gpt-4-32k-0314'],
    announced: '2023-06-13',
    retires: '2024-06-13',
    replacement: 'openai/gpt-4-0613',
    source: `${OPENAI}#2023-06-13-updated-chat-models`,
    checked: CHECKED,
  },
  {
    ids: ['openai/gpt-3.5-turbo-0301'],
    announced: '2023-06-13',
    retires: '2024-06-13',
    replacement: 'openai/gpt-3.5-turbo-0613',
    source: `${OPENAI}#2023-06-13-updated-chat-models`,
    checked: CHECKED,
  },
  // Anthropic: Claude 1 and Claude Instant.
  {
    ids: ['anthropic/claude-1.0', 'anthropic/claude-1.1', 'anthropic/claude-1.2', 'anthropic/claude-1.3', 'anthropic/claude-instant-1.0', 'anthropic/claude-instant-1.1', 'anthropic/claude-instant-1.2'],
    announced: '2024-09-04',
    retires: '2024-11-06',
    source: ANTHROPIC,
    checked: CHECKED,
  },
  // Anthropic: Claude 2, Claude 2.1 and Claude Sonnet 3.
  {
    ids: ['anthropic/claude-2.0', 'anthropic/claude-2.1', 'anthropic/claude-3-sonnet-20240229'],
    announced: '2025-01-21',
    retires: '2025-07-21',
    source: ANTHROPIC,
    checked: CHECKED,
  },
  // Anthropic: Claude Opus 3.
  {
    ids: ['anthropic/claude-3-opus-20240229', 'anthropic/claude-3-opus-latest'],
    announced: '2025-06-30',
    retires: '2026-01-05',
    source: ANTHROPIC,
    checked: CHECKED,
  },
  // Anthropic: Claude Sonnet 3.5 (both snapshots), retired on 2025-10-28 per the release notes.
  {
    ids: ['anthropic/claude-3-5-sonnet-20240620', 'anthropic/claude-3-5-sonnet-20241022', 'anthropic/claude-3-5-sonnet-latest'],
    announced: '2025-08-13',
    retires: '2025-10-28',
    source: ANTHROPIC_NOTES,
    checked: CHECKED,
  },
  // Anthropic: Claude Sonnet 3.7, deprecation announced 2025-10-28.
  {
    ids: ['anthropic/claude-3-7-sonnet-20250219', 'anthropic/claude-3-7-sonnet-latest'],
    announced: '2025-10-28',
    retires: '2026-02-19',
    source: ANTHROPIC,
    checked: CHECKED,
  },
  // Google Gemini API: Gemini 2.5 Pro preview snapshots.
  {
    ids: ['googleai/gemini-2.5-pro-preview-03-25', 'googleai/gemini-2.5-pro-preview-05-06', 'googleai/gemini-2.5-pro-preview-06-05'],
    retires: '2025-12-02',
    source: GEMINI,
    checked: CHECKED,
  },
  // Google Gemini API: Live API models.
  {
    ids: ['googleai/gemini-2.0-flash-live-001', 'googleai/gemini-live-2.5-flash-preview'],
    retires: '2025-12-09',
    source: GEMINI,
    checked: CHECKED,
  },
  // Google Gemini API: Gemini 3 Pro preview.
  {
    ids: ['googleai/gemini-3-pro-preview'],
    retires: '2026-03-09',
    replacement: 'googleai/gemini-3.1-pro-preview',
    source: GEMINI,
    checked: CHECKED,
  },
  // Vertex AI: Gemini 1.0 Pro 001 and Gemini 1.0 Pro Vision 001 (extended from 2025-02-15).
  {
    ids: ['vertexai/gemini-1.0-pro-001', 'vertexai/gemini-1.0-pro-vision-001'],
    retires: '2025-04-09',
    replacement: 'vertexai/gemini-1.5-pro',
    source: VERTEX_GEMINI_1,
    checked: CHECKED,
  },
];
