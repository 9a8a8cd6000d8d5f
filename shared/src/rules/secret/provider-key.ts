import { defineRule } from '../rule';
import { PROVIDER_IDS, scanSecrets } from '../../detectors/secrets';
import { reportSecret, stringListOption } from '../../detectors/secrets/report';

/**
 * secret/provider-key: API keys and tokens of known providers, recognized by their documented formats
 * (prefix, alphabet, length, and the checksum where the provider has one) — LLM providers (OpenAI,
 * Anthropic, Google/Gemini, Azure OpenAI, Hugging Face, Groq, …), clouds, source hosting, payments,
 * messaging, databases, observability, package registries and infrastructure tools. The finding's
 * `entity` is the provider id. Keys without a distinctive prefix (a 32-hex Azure OpenAI key) are only
 * reported when a provider word sits before them in an assignment. Documentation placeholders
 * (`sk-proj-xxxx…`, `AKIA…EXAMPLE`) are reported at info.
 */
export default defineRule({
  meta: {
    id: 'secret/provider-key',
    description: `Reports API keys and tokens of ${PROVIDER_IDS.length} known providers (OpenAI, Anthropic, Google, AWS, GitHub, Stripe, Slack …) written into prompt files.`,
    defaultSeverity: 'error',
    fixable: true,
    options: {
      ignoreProviders: {
        type: 'string[]',
        default: [],
        description: 'Provider ids (the findings\' `entity`, e.g. `stripe`) not to report.',
      },
      reportFailedChecksums: {
        type: 'boolean',
        default: false,
        description: 'Also report, at info, keys of checksummed formats (GitHub, npm, age) whose checksum does not hold; such values are typos, truncations or invented examples.',
      },
    },
  },
  check(context) {
    const ignore = new Set(stringListOption(context.options.ignoreProviders));
    const failedChecksums = context.options.reportFailedChecksums === true;
    for (const k of scanSecrets(context.document.text).providerKeys) {
      const { entry } = k;
      if (ignore.has(entry.provider)) continue;
      if (k.checksumFailed && !failedChecksums) continue;
      reportSecret(context, {
        span: k.span,
        entity: entry.provider,
        label: entry.label,
        note: k.checksumFailed ? '(its checksum does not hold)' : undefined,
        placeholder: k.placeholder,
        maxSeverity: k.checksumFailed ? 'info' : entry.maxSeverity,
        variable: entry.variable ?? `${entry.provider.replace(/[^a-z0-9]+/g, '_')}_api_key`,
        evidence: {
          detector: 'secrets/provider-table',
          validators: k.validators,
          context: k.context,
          confidence: k.confidence,
          provider: entry.provider,
          format: entry.source,
          ...(k.checksumFailed ? { checksum: 'failed' } : {}),
        },
      });
    }
  },
});
