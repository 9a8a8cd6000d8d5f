/**
 * The provider-key table: each provider's documented key shapes, as data.
 *
 * An entry says where a key starts and what follows:
 *   - `prefixes`: literal anchors the key starts with (`sk-proj-`, `ghp_`, `AKIA`), case-sensitive;
 *   - `anchor` + `lead`: a literal inside the key (`.atlasv1.`, `:AA`, `Q~`) with the part before it;
 *   - `context`: no literal at all (a 32-hex Azure OpenAI key); the key is only looked for after one of
 *     these words (`azure`, `api-key`), in a value position (`AZURE_OPENAI_KEY=…`, `"api-key": "…"`);
 *   - `body`: the rest as segments, literals and runs `{ set, min, max }` matched greedily without
 *     backtracking (each run's set excludes the literal after it, so greedy is exact).
 * A key must stand alone: not glued to a letter or digit on either side, and a run may not continue past
 * its maximum. Optional validators: `checksum` (GitHub/npm CRC-32, age bech32), `marker` (OpenAI's
 * `T3BlbkFJ`, base64 of "OpenAI"), `mixed` (letters and digits both present).
 *
 * `source` names where the format is documented (the provider's docs, or its announcement of the format).
 * Formats follow what providers publish; where a provider documents only "a long random string", the
 * entry requires context words and an assignment, which keeps it from firing on arbitrary hex.
 */
import {
  ALNUM, BASE32_LOWER, BASE32_UPPER, BASE64, BASE64URL, BECH32_UPPER, DIGITS, HEX, HEX_ANY, LETTERS,
  LOWER, LOWER_ALNUM, UPPER_ALNUM, charset, type CharSet,
} from './charset';

/** A run of `min`…`max` characters of `set`. */
export interface Run {
  set: CharSet;
  min: number;
  max: number;
}

/** A literal (string) or a run. */
export type Segment = string | Run;

export type ChecksumKind = 'crc32-base62' | 'bech32';

export interface ProviderKey {
  /** Provider id: the finding's `entity` (`openai`, `github`, `aws`). Several entries may share one. */
  provider: string;
  /** What the key is, for messages: `OpenAI API key`. */
  label: string;
  /** Literal starts of the key (case-sensitive). */
  prefixes?: readonly string[];
  /** A literal inside the key, found by the same scan as prefixes; `lead` is the part before it. */
  anchor?: string;
  lead?: readonly Segment[];
  /** What follows the prefix or anchor. */
  body: readonly Segment[];
  /**
   * Words (case-insensitive) after which the key is looked for. Required for entries without a prefix or
   * anchor; the key must then sit in a value position after the word (see providerKeys.ts).
   */
  context?: readonly string[];
  /** The reported span starts at this body segment (the prefix is a field name such as `AccountKey=`). */
  spanFrom?: number;
  /** The key is the path of a URL: the span widens left over `https://sub.`. */
  url?: boolean;
  checksum?: ChecksumKind;
  /** A substring real keys carry (raises confidence; not required). */
  marker?: string;
  /**
   * The random part must mix at least two of lower case, upper case and digits (default true: a random
   * string of the key's alphabet and length almost always does, a word or a number never does).
   */
  mixed?: boolean;
  /** Characters that may not come right before the key (default: letters and digits). */
  notAfter?: CharSet;
  /** Lower-risk keys (test-mode keys, DSNs): reported at most at this severity. */
  maxSeverity?: 'warning' | 'info';
  /** Variable name for the `variable` redaction style (default `<provider>_api_key`). */
  variable?: string;
  /** Where the format is documented. */
  source: string;
}

const run = (set: CharSet, min: number, max = min): Run => ({ set, min, max });
const UUID: readonly Segment[] = [run(HEX_ANY, 8), '-', run(HEX_ANY, 4), '-', run(HEX_ANY, 4), '-', run(HEX_ANY, 4), '-', run(HEX_ANY, 12)];
const B64URL_DOT = charset('0-9A-Za-z_.-');
const B64_PAD = charset('0-9A-Za-z+/=');
const B64URL_PAD = charset('0-9A-Za-z_=-');
const B64URL_PAD_DOT = charset('0-9A-Za-z_=.-');
const SLACK = charset('0-9A-Za-z-');
const AZURE_AD = charset('0-9A-Za-z_~.');
const AZURE_AD_BODY = charset('0-9A-Za-z_~.-');
const GAP = charset('"\' \t:=');
const OPAQUE = charset('0-9A-Za-z+/=_-');

type Extra = Partial<Omit<ProviderKey, 'provider' | 'label' | 'body' | 'source'>>;

function prefixed(provider: string, label: string, prefixes: string | readonly string[], body: readonly Segment[], source: string, extra: Extra = {}): ProviderKey {
  return { provider, label, prefixes: typeof prefixes === 'string' ? [prefixes] : prefixes, body, source, ...extra };
}

function contextual(provider: string, label: string, context: readonly string[], body: readonly Segment[], source: string, extra: Extra = {}): ProviderKey {
  return { provider, label, context, body, source, mixed: true, ...extra };
}

function infix(provider: string, label: string, lead: readonly Segment[], anchor: string, body: readonly Segment[], source: string, extra: Extra = {}): ProviderKey {
  return { provider, label, lead, anchor, body, source, ...extra };
}

/**
 * The table. LLM and AI providers first, then clouds, source hosting and CI, payments, messaging,
 * databases, observability, package registries, infrastructure and SaaS tools.
 */
export const PROVIDER_KEYS: readonly ProviderKey[] = [
  // ----------------------------------------------------------------------------------------------
  // LLM and AI providers
  prefixed('openai', 'OpenAI API key', ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-'], [run(BASE64URL, 40, 250)],
    'https://platform.openai.com/docs/api-reference/authentication (project, service-account and admin keys)', { marker: 'T3BlbkFJ', mixed: true }),
  prefixed('openai', 'OpenAI API key', 'sk-', [run(ALNUM, 20), 'T3BlbkFJ', run(ALNUM, 20)],
    'https://platform.openai.com/docs/api-reference/authentication (legacy user keys carry T3BlbkFJ, base64 of "OpenAI")', { marker: 'T3BlbkFJ' }),
  prefixed('anthropic', 'Anthropic API key', 'sk-ant-', [run(LOWER, 3, 6), run(DIGITS, 2), '-', run(BASE64URL, 80, 120)],
    'https://docs.anthropic.com/en/api/getting-started (sk-ant-api03-, sk-ant-admin01-, sk-ant-oat01-)', { mixed: true }),
  prefixed('google', 'Google API key (Gemini, Maps, Firebase)', 'AIza', [run(BASE64URL, 35)],
    'https://cloud.google.com/docs/authentication/api-keys (39 characters, AIza prefix)'),
  prefixed('google', 'Google OAuth client secret', 'GOCSPX-', [run(BASE64URL, 28)],
    'https://developers.google.com/identity/protocols/oauth2 (client secrets since 2021 start with GOCSPX-)', { variable: 'google_client_secret' }),
  prefixed('google', 'Google OAuth access token', 'ya29.', [run(B64URL_DOT, 50, 2000)],
    'https://developers.google.com/identity/protocols/oauth2 (access tokens start with ya29.)', { mixed: true, variable: 'google_access_token' }),
  contextual('azure-openai', 'Azure OpenAI API key', ['azure', 'openai', 'api-key', 'aoai'], [run(HEX_ANY, 32)],
    'https://learn.microsoft.com/azure/ai-services/openai/reference#authentication (32 hex characters, sent as api-key)'),
  contextual('azure-openai', 'Azure AI services key', ['azure', 'cognitive', 'aoai'], [run(ALNUM, 84)],
    'https://learn.microsoft.com/azure/ai-services/authentication (84-character keys issued since 2024)'),
  prefixed('huggingface', 'Hugging Face access token', 'hf_', [run(LETTERS, 34)],
    'https://huggingface.co/docs/hub/security-tokens (hf_ + 34 letters)'),
  prefixed('huggingface', 'Hugging Face organization token', 'api_org_', [run(LETTERS, 34)],
    'https://huggingface.co/docs/hub/security-tokens (legacy organization API tokens)'),
  contextual('cohere', 'Cohere API key', ['cohere', 'co_api_key'], [run(ALNUM, 40)],
    'https://docs.cohere.com/reference/about (40 alphanumeric characters)'),
  contextual('mistral', 'Mistral AI API key', ['mistral'], [run(ALNUM, 32)],
    'https://docs.mistral.ai/api/ (32 alphanumeric characters)'),
  prefixed('groq', 'Groq API key', 'gsk_', [run(ALNUM, 52)],
    'https://console.groq.com/docs/api-keys (gsk_ + 52 alphanumerics)'),
  prefixed('replicate', 'Replicate API token', 'r8_', [run(ALNUM, 37)],
    'https://replicate.com/docs/topics/security/api-tokens (r8_ + 37 alphanumerics)'),
  prefixed('perplexity', 'Perplexity API key', 'pplx-', [run(ALNUM, 40, 56)],
    'https://docs.perplexity.ai/guides/getting-started (pplx- keys)', { mixed: true }),
  prefixed('xai', 'xAI API key', 'xai-', [run(ALNUM, 70, 90)],
    'https://docs.x.ai/docs/overview (xai- + 80 alphanumerics)', { mixed: true }),
  prefixed('openrouter', 'OpenRouter API key', 'sk-or-v1-', [run(HEX, 64)],
    'https://openrouter.ai/docs/api-reference/authentication (sk-or-v1- + 64 hex)'),
  contextual('deepseek', 'DeepSeek API key', ['deepseek'], ['sk-', run(HEX, 32)],
    'https://api-docs.deepseek.com/ (sk- + 32 hex)'),
  contextual('dashscope', 'Alibaba Model Studio (DashScope) API key', ['dashscope', 'qwen', 'bailian'], ['sk-', run(HEX, 32)],
    'https://www.alibabacloud.com/help/en/model-studio/get-api-key (sk- + 32 hex)'),
  contextual('moonshot', 'Moonshot AI (Kimi) API key', ['moonshot', 'kimi'], ['sk-', run(ALNUM, 48)],
    'https://platform.moonshot.ai/docs/intro (sk- + 48 alphanumerics)'),
  contextual('stability', 'Stability AI API key', ['stability', 'stabilityai', 'dreamstudio'], ['sk-', run(ALNUM, 48)],
    'https://platform.stability.ai/docs/getting-started/authentication (sk- + 48 alphanumerics)'),
  prefixed('together', 'Together AI API key', 'tgp_v1_', [run(BASE64URL, 40, 50)],
    'https://docs.together.ai/reference/authentication-1 (tgp_v1_ keys)', { mixed: true }),
  contextual('together', 'Together AI API key', ['together'], [run(HEX, 64)],
    'https://docs.together.ai/reference/authentication-1 (legacy 64-hex keys)'),
  prefixed('fireworks', 'Fireworks AI API key', 'fw_', [run(ALNUM, 20, 40)],
    'https://docs.fireworks.ai/api-reference/introduction (fw_ keys)', { mixed: true }),
  prefixed('elevenlabs', 'ElevenLabs API key', 'sk_', [run(HEX, 48)],
    'https://elevenlabs.io/docs/api-reference/authentication (sk_ + 48 hex)'),
  contextual('elevenlabs', 'ElevenLabs API key', ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'], [run(HEX, 32)],
    'https://elevenlabs.io/docs/api-reference/authentication (legacy 32-hex keys, xi-api-key header)'),
  prefixed('voyage', 'Voyage AI API key', 'pa-', [run(BASE64URL, 40, 50)],
    'https://docs.voyageai.com/docs/api-key-and-installation (pa- keys)', { mixed: true }),
  prefixed('pinecone', 'Pinecone API key', 'pcsk_', [run(ALNUM, 4, 8), '_', run(ALNUM, 50, 90)],
    'https://docs.pinecone.io/guides/projects/manage-api-keys (pcsk_ keys)', { mixed: true }),
  contextual('pinecone', 'Pinecone API key', ['pinecone'], UUID,
    'https://docs.pinecone.io/guides/projects/manage-api-keys (legacy UUID keys)'),
  prefixed('langsmith', 'LangSmith API key', ['lsv2_pt_', 'lsv2_sk_'], [run(HEX, 32), '_', run(HEX, 10)],
    'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key (lsv2_pt_/lsv2_sk_)'),
  prefixed('langfuse', 'Langfuse secret key', 'sk-lf-', UUID,
    'https://langfuse.com/docs/get-started (sk-lf- + UUID)'),
  prefixed('nvidia', 'NVIDIA API key', 'nvapi-', [run(BASE64URL, 64)],
    'https://docs.api.nvidia.com/nim/reference/authentication (nvapi- + 64 characters)', { mixed: true }),
  prefixed('cerebras', 'Cerebras API key', 'csk-', [run(LOWER_ALNUM, 40, 56)],
    'https://inference-docs.cerebras.ai/quickstart (csk- keys)', { mixed: true }),
  prefixed('anyscale', 'Anyscale API key', 'esecret_', [run(ALNUM, 20, 40)],
    'https://docs.anyscale.com/ (esecret_ keys)', { mixed: true }),
  prefixed('tavily', 'Tavily API key', ['tvly-dev-', 'tvly-prod-', 'tvly-'], [run(ALNUM, 32)],
    'https://docs.tavily.com/documentation/api-reference/introduction (tvly- keys)', { mixed: true }),
  prefixed('firecrawl', 'Firecrawl API key', 'fc-', [run(HEX, 32)],
    'https://docs.firecrawl.dev/introduction (fc- + 32 hex)'),
  prefixed('llamacloud', 'LlamaCloud API key', 'llx-', [run(ALNUM, 40, 56)],
    'https://docs.cloud.llamaindex.ai/api_key (llx- keys)', { mixed: true }),
  prefixed('jina', 'Jina AI API key', 'jina_', [run(BASE64URL, 56, 70)],
    'https://jina.ai/ (jina_ keys)', { mixed: true }),
  prefixed('e2b', 'E2B API key', 'e2b_', [run(HEX, 40)],
    'https://e2b.dev/docs/api-key (e2b_ + 40 hex)'),
  prefixed('mem0', 'Mem0 API key', 'm0-', [run(ALNUM, 40)],
    'https://docs.mem0.ai/platform/quickstart (m0- keys)', { mixed: true }),
  prefixed('browserbase', 'Browserbase API key', 'bb_live_', [run(BASE64URL, 20, 40)],
    'https://docs.browserbase.com/introduction/getting-started (bb_live_ keys)', { mixed: true }),
  contextual('assemblyai', 'AssemblyAI API key', ['assemblyai', 'assembly_ai'], [run(HEX, 32)],
    'https://www.assemblyai.com/docs/api-reference/overview (32 hex characters)'),
  contextual('deepgram', 'Deepgram API key', ['deepgram'], [run(HEX, 40)],
    'https://developers.deepgram.com/reference/authentication (40 hex characters)'),
  contextual('ai21', 'AI21 Labs API key', ['ai21'], [run(ALNUM, 32)],
    'https://docs.ai21.com/reference/authentication (32 alphanumerics)'),
  contextual('wandb', 'Weights & Biases API key', ['wandb', 'weights_and_biases', 'weightsandbiases'], [run(HEX, 40)],
    'https://docs.wandb.ai/guides/track/environment-variables (WANDB_API_KEY, 40 hex)'),
  contextual('serpapi', 'SerpApi key', ['serpapi', 'serp_api'], [run(HEX, 64)],
    'https://serpapi.com/search-api (64 hex characters)'),

  // ----------------------------------------------------------------------------------------------
  // Clouds
  prefixed('aws', 'AWS access key ID', ['AKIA', 'ASIA', 'ABIA', 'ACCA'], [run(BASE32_UPPER, 16)],
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids (AKIA long-term, ASIA temporary)', { mixed: false, variable: 'aws_access_key_id' }),
  contextual('aws', 'AWS secret access key', ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'aws-secret', 'awssecret'], [run(BASE64, 40)],
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html (40 base64 characters)', { variable: 'aws_secret_access_key' }),
  prefixed('aws', 'Amazon Bedrock API key', 'ABSKQmVkcm9ja0FQSUtleS', [run(B64_PAD, 80, 300)],
    'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html (ABSK + base64 of "BedrockAPIKey-")', { variable: 'aws_bearer_token_bedrock' }),
  prefixed('gcp', 'Google Cloud service account private key ID', 'private_key_id', [run(GAP, 1, 6), run(HEX, 40)],
    'https://cloud.google.com/iam/docs/keys-create-delete (service account key JSON: private_key_id)', { spanFrom: 1, variable: 'gcp_service_account_key' }),
  prefixed('azure', 'Azure Storage account key', 'AccountKey=', [run(BASE64, 86), '=='],
    'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage (88-character base64 keys)', { spanFrom: 0, variable: 'azure_storage_key' }),
  contextual('azure', 'Azure Storage account key', ['azure_storage_key', 'azure_storage_account_key', 'azure_storage_access_key', 'storage_account_key', 'storageaccountkey'], [run(BASE64, 86), '=='],
    'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage (88-character base64 keys, AZURE_STORAGE_KEY)', { variable: 'azure_storage_key' }),
  prefixed('azure', 'Azure shared access key', 'SharedAccessKey=', [run(BASE64, 43), '='],
    'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas (Service Bus / Event Hubs SAS keys)', { spanFrom: 0, variable: 'azure_shared_access_key' }),
  infix('azure', 'Microsoft Entra ID (Azure AD) client secret', [run(AZURE_AD, 3), run(DIGITS, 1)], 'Q~', [run(AZURE_AD_BODY, 31, 34)],
    'https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials (client secrets carry Q~ at position 4)', { variable: 'azure_client_secret' }),
  prefixed('digitalocean', 'DigitalOcean token', ['dop_v1_', 'doo_v1_', 'dor_v1_'], [run(HEX, 64)],
    'https://docs.digitalocean.com/reference/api/create-personal-access-token/ (dop_v1_/doo_v1_/dor_v1_ + 64 hex)'),
  prefixed('alibaba', 'Alibaba Cloud AccessKey ID', 'LTAI', [run(ALNUM, 12, 20)],
    'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair (LTAI prefix)', { mixed: true }),
  contextual('alibaba', 'Alibaba Cloud AccessKey secret', ['alibaba', 'aliyun', 'access_key_secret', 'accesskeysecret'], [run(ALNUM, 30)],
    'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair (30-character secret)'),
  contextual('ibm', 'IBM Cloud API key', ['ibm', 'ibmcloud', 'ibm_cloud', 'watsonx'], [run(BASE64URL, 44)],
    'https://cloud.ibm.com/docs/account?topic=account-userapikey (44-character API keys)'),
  contextual('oracle', 'Oracle Cloud (OCI) customer secret key', ['oracle', 'oci'], [run(BASE64, 43), '='],
    'https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcredentials.htm (customer secret keys)'),
  prefixed('tencent', 'Tencent Cloud SecretId', 'AKID', [run(ALNUM, 32)],
    'https://www.tencentcloud.com/document/product/598/34228 (AKID + 32 characters)', { mixed: true }),
  prefixed('yandex', 'Yandex Cloud API key', 'AQVN', [run(BASE64URL, 35, 38)],
    'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key (AQVN prefix)', { mixed: true }),
  prefixed('scaleway', 'Scaleway access key', 'SCW', [run(UPPER_ALNUM, 17)],
    'https://www.scaleway.com/en/docs/iam/concepts/#api-key (SCW + 17 characters)', { mixed: false }),
  contextual('scaleway', 'Scaleway secret key', ['scaleway', 'scw_secret'], UUID,
    'https://www.scaleway.com/en/docs/iam/concepts/#api-key (UUID secret keys)'),
  contextual('linode', 'Linode (Akamai) API token', ['linode'], [run(HEX, 64)],
    'https://techdocs.akamai.com/linode-api/reference/get-started (64 hex)'),
  contextual('vultr', 'Vultr API key', ['vultr'], [run(UPPER_ALNUM, 36)],
    'https://docs.vultr.com/platform/other/api/ (36 upper-case alphanumerics)'),
  contextual('hetzner', 'Hetzner Cloud API token', ['hetzner', 'hcloud'], [run(ALNUM, 64)],
    'https://docs.hetzner.cloud/#authentication (64 alphanumerics)'),
  contextual('cloudflare', 'Cloudflare API token', ['cloudflare', 'cf_api', 'cf-api', 'cf_token'], [run(BASE64URL, 40)],
    'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/ (40 characters)'),
  contextual('cloudflare', 'Cloudflare global API key', ['cloudflare', 'x-auth-key', 'cf_api_key'], [run(HEX, 37)],
    'https://developers.cloudflare.com/fundamentals/api/get-started/keys/ (37 hex)'),
  prefixed('cloudflare', 'Cloudflare Origin CA key', 'v1.0-', [run(HEX, 24), '-', run(HEX, 146)],
    'https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/ (v1.0- origin CA keys)'),
  contextual('fastly', 'Fastly API token', ['fastly'], [run(BASE64URL, 32)],
    'https://www.fastly.com/documentation/reference/api/auth-tokens/ (32 characters)'),
  prefixed('akamai', 'Akamai EdgeGrid client token', 'akab-', [run(LOWER_ALNUM, 16), '-', run(LOWER_ALNUM, 16)],
    'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials (akab- tokens)', { mixed: true }),
  prefixed('heroku', 'Heroku API key', 'HRKU-', [run(BASE64URL, 40, 70)],
    'https://devcenter.heroku.com/articles/authentication (HRKU- tokens)', { mixed: true }),
  contextual('heroku', 'Heroku API key', ['heroku'], UUID,
    'https://devcenter.heroku.com/articles/authentication (legacy UUID API keys)'),
  contextual('vercel', 'Vercel access token', ['vercel'], [run(ALNUM, 24)],
    'https://vercel.com/docs/rest-api#authentication (24 alphanumerics)'),
  prefixed('netlify', 'Netlify personal access token', 'nfp_', [run(ALNUM, 36)],
    'https://docs.netlify.com/api/get-started/#authentication (nfp_ tokens)', { mixed: true }),
  contextual('netlify', 'Netlify access token', ['netlify'], [run(BASE64URL, 40, 46)],
    'https://docs.netlify.com/api/get-started/#authentication (legacy 43-character tokens)'),
  prefixed('flyio', 'Fly.io token', 'fo1_', [run(BASE64URL, 43)],
    'https://fly.io/docs/security/tokens/ (fo1_ tokens)', { mixed: true }),
  prefixed('render', 'Render API key', 'rnd_', [run(ALNUM, 32)],
    'https://render.com/docs/api#1-create-an-api-key (rnd_ keys)', { mixed: true }),
  contextual('railway', 'Railway API token', ['railway'], UUID,
    'https://docs.railway.com/reference/public-api (UUID tokens)'),

  // ----------------------------------------------------------------------------------------------
  // Source hosting and CI/CD
  prefixed('github', 'GitHub token', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], [run(ALNUM, 36)],
    'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ (prefix + 30 random + 6 CRC-32 base62)', { checksum: 'crc32-base62', variable: 'github_token' }),
  prefixed('github', 'GitHub fine-grained personal access token', 'github_pat_', [run(ALNUM, 22), '_', run(ALNUM, 59)],
    'https://docs.github.com/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens (github_pat_)', { variable: 'github_token' }),
  prefixed('gitlab', 'GitLab token', ['glpat-', 'gldt-', 'glrt-', 'glrtr-', 'glcbt-', 'glft-', 'glimt-', 'glsoat-', 'glffct-', 'glagent-', 'glwt-', 'GR1348941'], [run(B64URL_DOT, 20, 300)],
    'https://docs.gitlab.com/security/tokens/#token-prefixes (glpat-, gldt-, glrt-, glrtr-, glcbt-, glft-, glimt-, glsoat-, glffct-, glagent-, glwt-; GR1348941 runner registration tokens)', { mixed: true, variable: 'gitlab_token' }),
  // The secret's alphabet is not documented; secrets in the wild use the URL-safe base64 alphabet, not hex only.
  prefixed('gitlab', 'GitLab OAuth application secret', 'gloas-', [run(BASE64URL, 64)],
    'https://docs.gitlab.com/security/tokens/#token-prefixes (gloas- + 64 characters)', { variable: 'gitlab_token' }),
  prefixed('gitlab', 'GitLab session cookie', '_gitlab_session=', [run(HEX, 32)],
    'https://docs.gitlab.com/security/tokens/#token-prefixes (_gitlab_session= cookie; the value is a 32-hex session id)', { spanFrom: 0, variable: 'gitlab_session' }),
  prefixed('gitlab', 'GitLab pipeline trigger token', 'glptt-', [run(HEX, 40)],
    'https://docs.gitlab.com/ci/triggers/ (glptt- + 40 hex)', { variable: 'gitlab_token' }),
  prefixed('bitbucket', 'Bitbucket app password', 'ATBB', [run(ALNUM, 28, 40)],
    'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/ (ATBB prefix)', { mixed: true }),
  prefixed('atlassian', 'Atlassian API token', ['ATATT3', 'ATCTT3'], [run(B64URL_PAD, 150, 260)],
    'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/ (ATATT3 tokens)', { mixed: true }),
  contextual('atlassian', 'Atlassian API token', ['jira', 'confluence', 'atlassian'], [run(ALNUM, 24)],
    'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/ (legacy 24-character tokens)'),
  contextual('azure-devops', 'Azure DevOps personal access token', ['azure_devops', 'azure devops', 'azuredevops', 'azure-devops', 'ado_pat', 'ado_token', 'vsts', 'dev.azure.com', 'system_accesstoken'], [run(BASE32_LOWER, 52)],
    'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate (52 base32 characters)'),
  contextual('gitea', 'Gitea access token', ['gitea', 'forgejo', 'codeberg'], [run(HEX, 40)],
    'https://docs.gitea.com/development/api-usage (40 hex)'),
  prefixed('sourcegraph', 'Sourcegraph access token', 'sgp_', [run(charset('0-9a-f_'), 40, 60)],
    'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token (sgp_ tokens)'),
  prefixed('circleci', 'CircleCI personal API token', 'CCIPAT_', [run(ALNUM, 22), '_', run(HEX, 40)],
    'https://circleci.com/docs/managing-api-tokens/ (CCIPAT_ tokens)'),
  prefixed('buildkite', 'Buildkite API token', 'bkua_', [run(HEX, 40)],
    'https://buildkite.com/docs/apis/managing-api-tokens (bkua_ + 40 hex)'),
  contextual('travis', 'Travis CI API token', ['travis'], [run(BASE64URL, 22)],
    'https://docs.travis-ci.com/user/triggering-builds/ (22-character tokens)'),
  prefixed('sonarqube', 'SonarQube/SonarCloud token', ['squ_', 'sqp_', 'sqa_'], [run(HEX, 40)],
    'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/ (squ_/sqp_/sqa_ + 40 hex)'),
  prefixed('octopus', 'Octopus Deploy API key', 'API-', [run(UPPER_ALNUM, 26, 32)],
    'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key (API- keys)', { mixed: true }),
  prefixed('prefect', 'Prefect API key', 'pnu_', [run(ALNUM, 36)],
    'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys (pnu_ keys)', { mixed: true }),
  prefixed('harness', 'Harness API token', ['pat.', 'sat.'], [run(BASE64URL, 22), '.', run(ALNUM, 24), '.', run(ALNUM, 20)],
    'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys (pat./sat. tokens)', { mixed: true }),
  prefixed('jfrog', 'JFrog API key', 'AKCp', [run(ALNUM, 69)],
    'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key (AKCp keys)', { mixed: true }),
  prefixed('jfrog', 'JFrog reference token', 'cmVmdGtu', [run(ALNUM, 56)],
    'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens (reference tokens, base64 of "reftkn")', { mixed: true }),
  contextual('snyk', 'Snyk API token', ['snyk'], UUID,
    'https://docs.snyk.io/snyk-api/authentication-for-api (UUID tokens)'),
  contextual('codecov', 'Codecov upload token', ['codecov'], UUID,
    'https://docs.codecov.com/docs/codecov-tokens (UUID tokens)'),
  prefixed('infracost', 'Infracost API key', 'ico-', [run(ALNUM, 32)],
    'https://www.infracost.io/docs/ (ico- keys)', { mixed: true }),
  prefixed('scalingo', 'Scalingo API token', 'tk-us-', [run(BASE64URL, 48)],
    'https://doc.scalingo.com/platform/cli/api-token (tk-us- tokens)', { mixed: true }),
  prefixed('openshift', 'OpenShift user token', 'sha256~', [run(BASE64URL, 43)],
    'https://docs.openshift.com/container-platform/latest/authentication/understanding-authentication.html (sha256~ tokens)', { mixed: true }),

  // ----------------------------------------------------------------------------------------------
  // Payments and commerce
  prefixed('paystack', 'Paystack secret key', ['sk_live_', 'sk_test_'], [run(HEX, 40)],
    'https://paystack.com/docs/api/authentication/ (sk_live_ + 40 hex)'),
  prefixed('stripe', 'Stripe live secret key', ['sk_live_', 'rk_live_'], [run(ALNUM, 24, 247)],
    'https://docs.stripe.com/keys (sk_live_, rk_live_ restricted keys)', { mixed: true }),
  prefixed('stripe', 'Stripe test secret key', ['sk_test_', 'rk_test_'], [run(ALNUM, 24, 247)],
    'https://docs.stripe.com/keys (sk_test_ keys reach only test data)', { mixed: true, maxSeverity: 'warning' }),
  prefixed('stripe', 'Stripe webhook signing secret', 'whsec_', [run(BASE64, 32, 64)],
    'https://docs.stripe.com/webhooks#verify-events (whsec_ secrets)', { mixed: true, variable: 'stripe_webhook_secret' }),
  prefixed('square', 'Square access token', 'sq0atp-', [run(BASE64URL, 22)],
    'https://developer.squareup.com/docs/build-basics/access-tokens (sq0atp- tokens)'),
  prefixed('square', 'Square application secret', 'sq0csp-', [run(BASE64URL, 43)],
    'https://developer.squareup.com/docs/oauth-api/overview (sq0csp- secrets)'),
  prefixed('square', 'Square access token', 'EAAA', [run(charset('0-9A-Za-z_+=-'), 60)],
    'https://developer.squareup.com/docs/build-basics/access-tokens (EAAA + 60 characters)', { mixed: true }),
  prefixed('braintree', 'PayPal Braintree access token', ['access_token$production$', 'access_token$sandbox$'], [run(LOWER_ALNUM, 16), '$', run(HEX, 32)],
    'https://developer.paypal.com/braintree/docs/guides/authorization/access-token (access_token$production$…)'),
  contextual('paypal', 'PayPal client secret', ['paypal'], [run(BASE64URL, 80)],
    'https://developer.paypal.com/api/rest/authentication/ (80-character client secrets)'),
  contextual('adyen', 'Adyen API key', ['adyen'], ['AQE', run(charset('0-9A-Za-z+/=._-'), 100, 300)],
    'https://docs.adyen.com/development-resources/api-credentials/ (AQE… keys)'),
  prefixed('shopify', 'Shopify access token', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], [run(HEX_ANY, 32)],
    'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens (shpat_/shpca_/shppa_/shpss_ + 32 hex)'),
  prefixed('razorpay', 'Razorpay key', ['rzp_live_', 'rzp_test_'], [run(ALNUM, 14)],
    'https://razorpay.com/docs/api/authentication/ (rzp_live_ key ids)', { mixed: true }),
  contextual('razorpay', 'Razorpay key secret', ['razorpay'], [run(ALNUM, 24)],
    'https://razorpay.com/docs/api/authentication/ (24-character key secrets, paired with the rzp_ key id)'),
  prefixed('stytch', 'Stytch project secret', 'secret-live-', [run(B64URL_PAD, 36)],
    'https://stytch.com/docs/api/authentication (secret-live- project secrets)', { mixed: true }),
  prefixed('stytch', 'Stytch test project secret', 'secret-test-', [run(B64URL_PAD, 36)],
    'https://stytch.com/docs/api/authentication (secret-test- secrets reach only the test environment)', { mixed: true, maxSeverity: 'warning' }),
  prefixed('flutterwave', 'Flutterwave secret key', ['FLWSECK-', 'FLWSECK_TEST-'], [run(HEX, 32), '-X'],
    'https://developer.flutterwave.com/docs/authentication (FLWSECK- keys)'),
  prefixed('plaid', 'Plaid access token', ['access-production-', 'access-development-', 'access-sandbox-'], UUID,
    'https://plaid.com/docs/api/tokens/ (access-<env>-<uuid>)'),
  contextual('plaid', 'Plaid secret', ['plaid'], [run(HEX, 30)],
    'https://plaid.com/docs/api/#api-keys (30 hex)'),
  prefixed('paddle', 'Paddle API key', ['pdl_live_apikey_', 'pdl_sdbx_apikey_'], [run(B64URL_DOT, 26, 80)],
    'https://developer.paddle.com/api-reference/about/api-keys (pdl_live_apikey_ keys)', { mixed: true }),
  contextual('mollie', 'Mollie API key', ['mollie'], ['live_', run(ALNUM, 30)],
    'https://docs.mollie.com/reference/authentication (live_ + 30 characters)'),
  contextual('gocardless', 'GoCardless access token', ['gocardless'], ['live_', run(BASE64URL, 40)],
    'https://developer.gocardless.com/getting-started/api/making-your-first-request (live_ tokens)'),
  prefixed('checkout', 'Checkout.com sandbox secret key', 'sk_sbox_', [run(LOWER_ALNUM, 26)],
    'https://www.checkout.com/docs/developer-resources/api/api-keys (sk_sbox_ keys)', { mixed: true, maxSeverity: 'warning' }),
  prefixed('woocommerce', 'WooCommerce REST API key', ['cs_', 'ck_'], [run(HEX, 40)],
    'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication (ck_/cs_ + 40 hex)'),
  prefixed('shippo', 'Shippo API token', ['shippo_live_', 'shippo_test_'], [run(HEX, 40)],
    'https://docs.goshippo.com/docs/guides_general/authentication/ (shippo_live_ + 40 hex)'),
  prefixed('easypost', 'EasyPost API key', ['EZAK', 'EZTK'], [run(ALNUM, 54)],
    'https://docs.easypost.com/docs/authentication (EZAK/EZTK keys)', { mixed: true }),
  prefixed('duffel', 'Duffel access token', ['duffel_live_', 'duffel_test_'], [run(BASE64URL, 43)],
    'https://duffel.com/docs/api/overview/making-requests/authentication (duffel_live_ tokens)', { mixed: true }),
  contextual('binance', 'Binance API secret', ['binance'], [run(ALNUM, 64)],
    'https://developers.binance.com/docs/binance-spot-api-docs/rest-api (64-character keys)'),

  // ----------------------------------------------------------------------------------------------
  // Messaging, email, social
  prefixed('slack', 'Slack token', ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxe.xoxp-', 'xoxe.xoxb-', 'xapp-'], [run(SLACK, 20, 250)],
    'https://api.slack.com/concepts/token-types (xoxb- bot, xoxp- user, xapp- app-level, xoxe- refresh); https://api.slack.com/authentication/rotation (xoxe.xoxb-/xoxe.xoxp- rotating access tokens)', { mixed: true, variable: 'slack_token' }),
  prefixed('slack', 'Slack incoming webhook URL', 'hooks.slack.com/services/', [run(UPPER_ALNUM, 9, 13), '/', run(UPPER_ALNUM, 9, 13), '/', run(ALNUM, 20, 32)],
    'https://api.slack.com/messaging/webhooks (hooks.slack.com/services/T…/B…/…)', { url: true, variable: 'slack_webhook_url' }),
  prefixed('twilio', 'Twilio API key', 'SK', [run(HEX, 32)],
    'https://www.twilio.com/docs/iam/api-keys (SK + 32 hex)'),
  contextual('twilio', 'Twilio auth token', ['twilio'], [run(HEX, 32)],
    'https://www.twilio.com/docs/iam/credentials/api (32-hex auth tokens)'),
  prefixed('sendgrid', 'SendGrid API key', 'SG.', [run(BASE64URL, 22), '.', run(BASE64URL, 43)],
    'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys (SG. + 22 + . + 43)'),
  prefixed('mailgun', 'Mailgun API key', 'key-', [run(HEX, 32)],
    'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication (legacy key- + 32 hex)'),
  contextual('mailgun', 'Mailgun API key', ['mailgun'], [run(HEX, 32), '-', run(HEX, 8), '-', run(HEX, 8)],
    'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication (32-8-8 hex keys)'),
  contextual('plivo', 'Plivo auth token', ['plivo'], [run(ALNUM, 40)],
    'https://www.plivo.com/docs/messaging/concepts/authentication (40-character auth tokens)'),
  infix('mailchimp', 'Mailchimp API key', [run(HEX, 32)], '-us', [run(DIGITS, 1, 2)],
    'https://mailchimp.com/developer/marketing/guides/quick-start/ (32 hex + -us<datacenter>)'),
  prefixed('mandrill', 'Mandrill API key', 'md-', [run(BASE64URL, 22)],
    'https://mailchimp.com/developer/transactional/guides/quick-start/ (md- keys)', { mixed: true }),
  prefixed('brevo', 'Brevo (Sendinblue) API key', ['xkeysib-', 'xsmtpsib-'], [run(HEX, 64), '-', run(ALNUM, 16)],
    'https://developers.brevo.com/docs/getting-started (xkeysib- keys)'),
  prefixed('resend', 'Resend API key', 're_', [run(charset('0-9A-Za-z_'), 30, 40)],
    'https://resend.com/docs/dashboard/api-keys/introduction (re_ keys)', { mixed: true }),
  contextual('postmark', 'Postmark server token', ['postmark'], UUID,
    'https://postmarkapp.com/developer/api/overview#authentication (UUID tokens)'),
  contextual('mailjet', 'Mailjet API secret', ['mailjet', 'mj_apikey', 'mj_api_secret', 'mj_secret'], [run(HEX, 32)],
    'https://dev.mailjet.com/email/guides/ (32 hex; MJ_APIKEY_PUBLIC / MJ_APIKEY_PRIVATE)'),
  contextual('sparkpost', 'SparkPost API key', ['sparkpost'], [run(HEX, 40)],
    'https://developers.sparkpost.com/api/#header-authorization (40 hex)'),
  prefixed('discord', 'Discord webhook URL', ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'], [run(DIGITS, 17, 20), '/', run(BASE64URL, 60, 70)],
    'https://discord.com/developers/docs/resources/webhook (webhook URL with id and token)', { url: true, variable: 'discord_webhook_url' }),
  contextual('discord', 'Discord bot token', ['discord'], [run(ALNUM, 24, 28), '.', run(BASE64URL, 6), '.', run(BASE64URL, 27, 40)],
    'https://discord.com/developers/docs/reference#authentication (base64 user id . timestamp . HMAC)', { variable: 'discord_bot_token' }),
  infix('telegram', 'Telegram bot token', [run(DIGITS, 8, 10)], ':AA', [run(BASE64URL, 33)],
    'https://core.telegram.org/bots/api#authorizing-your-bot (<bot id>:AA… tokens)', { notAfter: DIGITS, variable: 'telegram_bot_token' }),
  prefixed('microsoft-teams', 'Microsoft Teams incoming webhook URL', 'webhook.office.com/webhookb2/', [...UUID, '@', ...UUID, '/IncomingWebhook/', run(HEX, 32), '/', ...UUID],
    'https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook (webhookb2 URLs)', { url: true, variable: 'teams_webhook_url' }),
  prefixed('zapier', 'Zapier webhook URL', 'hooks.zapier.com/hooks/catch/', [run(DIGITS, 4, 12), '/', run(LOWER_ALNUM, 4, 12)],
    'https://help.zapier.com/hc/en-us/articles/8496288690317 (catch hook URLs)', { url: true, variable: 'zapier_webhook_url' }),
  prefixed('facebook', 'Facebook access token', 'EAA', [run(ALNUM, 100, 400)],
    'https://developers.facebook.com/docs/facebook-login/guides/access-tokens (EAA… tokens)', { mixed: true }),
  contextual('facebook', 'Facebook app secret', ['facebook', 'fb_app_secret', 'fb_secret'], [run(HEX, 32)],
    'https://developers.facebook.com/docs/facebook-login/security#appsecret (32 hex)'),
  prefixed('twitter', 'X (Twitter) bearer token', 'AAAAAAAAAAAAAAAAAAAA', [run(charset('0-9A-Za-z%'), 50, 150)],
    'https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens (app-only bearer tokens)', { mixed: true }),
  contextual('twitter', 'X (Twitter) API secret', ['twitter', 'consumer_secret', 'tweet'], [run(ALNUM, 45, 50)],
    'https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret (50-character secrets)'),
  contextual('linkedin', 'LinkedIn client secret', ['linkedin'], [run(ALNUM, 16)],
    'https://learn.microsoft.com/linkedin/shared/authentication/authentication (16-character client secrets)'),
  contextual('zendesk', 'Zendesk API token', ['zendesk'], [run(ALNUM, 40)],
    'https://developer.zendesk.com/api-reference/introduction/security-and-auth/ (40 characters)'),
  contextual('sendbird', 'Sendbird API token', ['sendbird'], [run(HEX, 40)],
    'https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api (40 hex)'),
  contextual('pusher', 'Pusher app secret', ['pusher'], [run(HEX, 20)],
    'https://pusher.com/docs/channels/server_api/http-api/ (20 hex)'),
  contextual('messagebird', 'MessageBird access key', ['messagebird', 'bird_api'], [run(ALNUM, 25)],
    'https://developers.messagebird.com/api/#authentication (25 characters)'),
  contextual('vonage', 'Vonage (Nexmo) API secret', ['vonage', 'nexmo'], [run(ALNUM, 16)],
    'https://developer.vonage.com/en/getting-started/concepts/authentication (16-character secrets)'),
  contextual('mattermost', 'Mattermost access token', ['mattermost'], [run(LOWER_ALNUM, 26)],
    'https://developers.mattermost.com/integrate/reference/personal-access-token/ (26 characters)'),
  contextual('twitch', 'Twitch client secret', ['twitch'], [run(LOWER_ALNUM, 30)],
    'https://dev.twitch.tv/docs/authentication/ (30 characters)'),

  // ----------------------------------------------------------------------------------------------
  // Databases and data platforms
  prefixed('mongodb-atlas', 'MongoDB Atlas service account secret', 'mdb_sa_sk_', [run(BASE64URL, 40, 64)],
    'https://www.mongodb.com/docs/atlas/api/service-accounts-overview/ (mdb_sa_sk_ secrets)', { mixed: true }),
  contextual('mongodb-atlas', 'MongoDB Atlas API private key', ['atlas', 'mongodb'], UUID,
    'https://www.mongodb.com/docs/atlas/configure-api-access/ (UUID private keys)'),
  prefixed('planetscale', 'PlanetScale token', ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'], [run(B64URL_DOT, 32, 64)],
    'https://planetscale.com/docs/concepts/service-tokens (pscale_tkn_, pscale_pw_ passwords)', { mixed: true }),
  prefixed('supabase', 'Supabase access token', 'sbp_', [run(HEX, 40)],
    'https://supabase.com/docs/reference/api/introduction (sbp_ + 40 hex)'),
  prefixed('supabase', 'Supabase secret key', 'sb_secret_', [run(BASE64URL, 30, 50)],
    'https://supabase.com/docs/guides/api/api-keys (sb_secret_ keys)', { mixed: true }),
  prefixed('neon', 'Neon API key', 'napi_', [run(ALNUM, 40, 80)],
    'https://neon.com/docs/manage/api-keys (napi_ keys)', { mixed: true }),
  contextual('redis-cloud', 'Redis Cloud API key', ['rediscloud', 'redis_cloud', 'redis-cloud', 'redislabs', 'redis cloud'], [run(ALNUM, 40, 60)],
    'https://redis.io/docs/latest/operate/rc/api/get-started/manage-api-keys/ (account and user keys)'),
  prefixed('databricks', 'Databricks access token', 'dapi', [run(HEX, 32)],
    'https://docs.databricks.com/dev-tools/auth/pat.html (dapi + 32 hex)'),
  prefixed('clickhouse', 'ClickHouse Cloud API secret', '4b1d', [run(ALNUM, 38)],
    'https://clickhouse.com/docs/cloud/manage/openapi (key secrets start with 4b1d)', { mixed: true }),
  infix('firebase', 'Firebase Cloud Messaging server key', ['AAAA', run(BASE64URL, 7)], ':APA91b', [run(BASE64URL, 130, 140)],
    'https://firebase.google.com/docs/cloud-messaging/auth-server (legacy server keys)'),
  contextual('algolia', 'Algolia API key', ['algolia'], [run(HEX, 32)],
    'https://www.algolia.com/doc/guides/security/api-keys/ (32 hex)'),
  prefixed('airtable', 'Airtable personal access token', 'pat', [run(ALNUM, 14), '.', run(HEX, 64)],
    'https://airtable.com/developers/web/guides/personal-access-tokens (pat + 14 . 64 hex)'),
  contextual('confluent', 'Confluent Cloud API secret', ['confluent'], [run(BASE64, 64)],
    'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html (64-character secrets)'),
  contextual('hasura', 'Hasura admin secret', ['hasura'], [run(BASE64URL, 32, 64)],
    'https://hasura.io/docs/latest/auth/authentication/admin-secret-access/ (x-hasura-admin-secret)'),

  // ----------------------------------------------------------------------------------------------
  // Observability and analytics
  contextual('datadog', 'Datadog API key', ['datadog', 'dd_api_key', 'dd-api-key', 'ddapikey'], [run(HEX, 32)],
    'https://docs.datadoghq.com/account_management/api-app-keys/ (32-hex API keys)'),
  contextual('datadog', 'Datadog application key', ['datadog', 'dd_app_key', 'dd-application-key', 'dd_application_key'], [run(HEX, 40)],
    'https://docs.datadoghq.com/account_management/api-app-keys/ (40-hex application keys)'),
  prefixed('newrelic', 'New Relic user API key', 'NRAK-', [run(UPPER_ALNUM, 27)],
    'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/ (NRAK- keys)', { mixed: true }),
  prefixed('newrelic', 'New Relic insert key', 'NRII-', [run(BASE64URL, 32)],
    'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/ (NRII- insert keys)', { mixed: true }),
  prefixed('newrelic', 'New Relic browser API key', 'NRJS-', [run(HEX, 19)],
    'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/ (NRJS- keys)'),
  infix('newrelic', 'New Relic license key', [run(HEX, 36)], 'NRAL', [],
    'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/ (40-character ingest keys ending NRAL)'),
  prefixed('sentry', 'Sentry organization auth token', 'sntrys_', [run(charset('0-9A-Za-z+/=_-'), 60, 400)],
    'https://docs.sentry.io/account/auth-tokens/ (sntrys_ organization tokens)', { mixed: true }),
  prefixed('sentry', 'Sentry user auth token', 'sntryu_', [run(HEX, 64)],
    'https://docs.sentry.io/account/auth-tokens/ (sntryu_ + 64 hex)'),
  prefixed('grafana', 'Grafana Cloud token', 'glc_', [run(B64_PAD, 32, 400)],
    'https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/ (glc_ tokens)', { mixed: true }),
  prefixed('grafana', 'Grafana service account token', 'glsa_', [run(ALNUM, 32), '_', run(HEX, 8)],
    'https://grafana.com/docs/grafana/latest/administration/service-accounts/ (glsa_ tokens)', { mixed: true }),
  prefixed('grafana', 'Grafana API key', 'eyJrIjoi', [run(B64_PAD, 70, 400)],
    'https://grafana.com/docs/grafana/latest/administration/api-keys/ (legacy keys: base64 of {"k":)', { mixed: true }),
  contextual('honeycomb', 'Honeycomb API key', ['honeycomb'], [run(ALNUM, 22)],
    'https://docs.honeycomb.io/configure/environments/manage-api-keys/ (22-character configuration keys)'),
  prefixed('dynatrace', 'Dynatrace API token', ['dt0c01.', 'dt0s01.'], [run(UPPER_ALNUM, 24), '.', run(UPPER_ALNUM, 64)],
    'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens (dt0c01. tokens)', { mixed: true }),
  contextual('splunk', 'Splunk HEC token', ['splunk'], UUID,
    'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector (UUID tokens)'),
  contextual('pagerduty', 'PagerDuty API key', ['pagerduty'], [run(charset('0-9A-Za-z_+-'), 20)],
    'https://support.pagerduty.com/main/docs/api-access-keys (20-character keys)'),
  contextual('rollbar', 'Rollbar access token', ['rollbar'], [run(HEX, 32)],
    'https://docs.rollbar.com/docs/access-tokens (32 hex)'),
  contextual('bugsnag', 'Bugsnag API key', ['bugsnag'], [run(HEX, 32)],
    'https://docs.bugsnag.com/api/data-access/ (32 hex)'),
  prefixed('posthog', 'PostHog personal API key', 'phx_', [run(ALNUM, 43)],
    'https://posthog.com/docs/api#how-to-obtain-a-personal-api-key (phx_ keys)', { mixed: true }),
  prefixed('launchdarkly', 'LaunchDarkly key', ['api-', 'sdk-'], UUID,
    'https://docs.launchdarkly.com/home/account/api (api-<uuid> access tokens, sdk-<uuid> server keys)'),
  prefixed('axiom', 'Axiom token', ['xaat-', 'xapt-'], UUID,
    'https://axiom.co/docs/reference/tokens (xaat-/xapt- tokens)'),
  prefixed('honeybadger', 'Honeybadger personal token', 'hbp_', [run(ALNUM, 36)],
    'https://docs.honeybadger.io/api/ (hbp_ tokens)', { mixed: true }),
  contextual('segment', 'Segment write key', ['segment_write_key', 'segment-write-key', 'segmentwritekey', 'segment_api'], [run(ALNUM, 32)],
    'https://segment.com/docs/connections/find-writekey/ (32-character write keys)'),
  contextual('mixpanel', 'Mixpanel API secret', ['mixpanel'], [run(HEX, 32)],
    'https://docs.mixpanel.com/docs/orgs-and-projects/managing-projects (32 hex secrets)'),
  contextual('opsgenie', 'Opsgenie API key', ['opsgenie'], UUID,
    'https://support.atlassian.com/opsgenie/docs/api-key-management/ (UUID keys)'),
  contextual('sumologic', 'Sumo Logic access key', ['sumologic', 'sumo_access', 'sumo logic'], [run(ALNUM, 64)],
    'https://help.sumologic.com/docs/manage/security/access-keys/ (64-character access keys)'),
  prefixed('statsig', 'Statsig server secret key', 'secret-', [run(ALNUM, 43)],
    'https://docs.statsig.com/access-management/keys (secret- server keys)', { mixed: true }),

  // ----------------------------------------------------------------------------------------------
  // Package registries
  prefixed('npm', 'npm access token', 'npm_', [run(ALNUM, 36)],
    'https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/ (npm_ + 30 random + 6 CRC-32 base62)', { checksum: 'crc32-base62', variable: 'npm_token' }),
  prefixed('pypi', 'PyPI upload token', ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'], [run(BASE64URL, 50, 300)],
    'https://pypi.org/help/#apitoken (macaroons: pypi- + base64 of the pypi.org location)', { variable: 'pypi_token' }),
  prefixed('rubygems', 'RubyGems API key', 'rubygems_', [run(HEX, 48)],
    'https://guides.rubygems.org/api-key-scopes/ (rubygems_ + 48 hex)'),
  prefixed('nuget', 'NuGet API key', 'oy2', [run(LOWER_ALNUM, 43)],
    'https://learn.microsoft.com/nuget/nuget-org/scoped-api-keys (oy2 + 43 characters)', { mixed: true }),
  prefixed('crates-io', 'crates.io API token', 'cio', [run(ALNUM, 32)],
    'https://doc.rust-lang.org/cargo/reference/registry-web-api.html (cio tokens)', { mixed: true }),
  prefixed('clojars', 'Clojars deploy token', 'CLOJARS_', [run(HEX, 60)],
    'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens (CLOJARS_ + 60 hex)'),
  prefixed('dockerhub', 'Docker Hub access token', ['dckr_pat_', 'dckr_oat_'], [run(BASE64URL, 27, 32)],
    'https://docs.docker.com/security/for-developers/access-tokens/ (dckr_pat_ tokens)', { mixed: true }),

  // ----------------------------------------------------------------------------------------------
  // Infrastructure, secrets management, developer platforms
  prefixed('hashicorp-vault', 'HashiCorp Vault token', ['hvs.', 'hvb.', 'hvr.'], [run(BASE64URL, 24, 300)],
    'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes (hvs. service, hvb. batch, hvr. recovery)', { mixed: true, variable: 'vault_token' }),
  infix('terraform-cloud', 'Terraform Cloud / HCP Terraform API token', [run(ALNUM, 14)], '.atlasv1.', [run(B64URL_PAD, 60, 70)],
    'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens (<id>.atlasv1.<secret>)', { variable: 'tfe_token' }),
  prefixed('doppler', 'Doppler token', ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'], [run(charset('0-9A-Za-z_.'), 40, 60)],
    'https://docs.doppler.com/reference/auth-token-formats (dp.pt., dp.st., dp.ct., dp.sa., dp.scim., dp.audit.)', { mixed: true, variable: 'doppler_token' }),
  prefixed('pulumi', 'Pulumi access token', 'pul-', [run(HEX, 40)],
    'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/ (pul- + 40 hex)'),
  prefixed('1password', '1Password service account token', 'ops_eyJ', [run(OPAQUE, 250, 2000)],
    'https://developer.1password.com/docs/service-accounts/ (ops_ tokens)', { mixed: true, variable: 'op_service_account_token' }),
  // The account Secret Key: `A3-` (format version), a 6-character account id, then 26 random characters in
  // groups of 6 and 5 (34 characters without the dashes). Written with and without the dash after the second group.
  prefixed('1password', '1Password account Secret Key', 'A3-', [run(UPPER_ALNUM, 6), '-', run(UPPER_ALNUM, 6), '-', run(UPPER_ALNUM, 5), '-', run(UPPER_ALNUM, 5), '-', run(UPPER_ALNUM, 5), '-', run(UPPER_ALNUM, 5)],
    'https://support.1password.com/secret-key-security/ (34 letters and numbers separated by dashes; A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX)', { variable: 'op_secret_key' }),
  prefixed('1password', '1Password account Secret Key', 'A3-', [run(UPPER_ALNUM, 6), '-', run(UPPER_ALNUM, 11), '-', run(UPPER_ALNUM, 5), '-', run(UPPER_ALNUM, 5), '-', run(UPPER_ALNUM, 5)],
    'https://support.1password.com/secret-key-security/ (the same key with the second and third groups run together)', { variable: 'op_secret_key' }),
  prefixed('tailscale', 'Tailscale key', 'tskey-', [run(LOWER, 3, 8), '-', run(ALNUM, 10, 20), '-', run(ALNUM, 20, 40)],
    'https://tailscale.com/kb/1085/auth-keys (tskey-auth-, tskey-api-, tskey-client-)', { mixed: true }),
  contextual('ngrok', 'ngrok authtoken', ['ngrok'], [run(charset('0-9A-Za-z_'), 43, 60)],
    'https://ngrok.com/docs/agent/#authtokens (authtokens)'),
  prefixed('linear', 'Linear API key', 'lin_api_', [run(ALNUM, 40)],
    'https://linear.app/developers/graphql#personal-api-keys (lin_api_ + 40)', { mixed: true }),
  prefixed('linear', 'Linear OAuth token', 'lin_oauth_', [run(HEX, 64)],
    'https://linear.app/developers/oauth-2-0-authentication (lin_oauth_ tokens)'),
  prefixed('notion', 'Notion integration token', 'secret_', [run(ALNUM, 43)],
    'https://developers.notion.com/docs/authorization (legacy secret_ + 43)', { mixed: true }),
  prefixed('notion', 'Notion integration token', 'ntn_', [run(DIGITS, 11), run(ALNUM, 35)],
    'https://developers.notion.com/docs/authorization (ntn_ tokens since 2024)', { mixed: true }),
  contextual('asana', 'Asana personal access token', ['asana'], [run(DIGITS, 1), '/', run(DIGITS, 12, 20), ':', run(HEX, 32)],
    'https://developers.asana.com/docs/personal-access-token (<n>/<user id>:<32 hex>)'),
  prefixed('figma', 'Figma personal access token', ['figd_', 'figo_'], [run(BASE64URL, 40, 43)],
    'https://www.figma.com/developers/api#access-tokens (figd_ tokens)', { mixed: true }),
  prefixed('postman', 'Postman API key', 'PMAK-', [run(HEX, 24), '-', run(HEX, 34)],
    'https://learning.postman.com/docs/developer/postman-api/authentication/ (PMAK- keys)'),
  contextual('okta', 'Okta API token', ['okta', 'ssws'], ['00', run(BASE64URL, 40)],
    'https://developer.okta.com/docs/guides/create-an-api-token/main/ (42-character tokens starting 00, SSWS scheme)'),
  contextual('auth0', 'Auth0 client secret', ['auth0'], [run(BASE64URL, 64)],
    'https://auth0.com/docs/get-started/applications/application-settings (64-character client secrets)'),
  prefixed('contentful', 'Contentful management token', 'CFPAT-', [run(BASE64URL, 43)],
    'https://www.contentful.com/developers/docs/references/authentication/ (CFPAT- tokens)', { mixed: true }),
  contextual('contentful', 'Contentful delivery token', ['contentful'], [run(BASE64URL, 43)],
    'https://www.contentful.com/developers/docs/references/authentication/ (43-character delivery tokens)'),
  prefixed('mapbox', 'Mapbox secret token', 'sk.eyJ', [run(BASE64URL, 30, 200), '.', run(BASE64URL, 22)],
    'https://docs.mapbox.com/help/getting-started/access-tokens/ (sk.eyJ… secret tokens)', { mixed: true }),
  prefixed('age', 'age secret key', 'AGE-SECRET-KEY-1', [run(BECH32_UPPER, 58)],
    'https://age-encryption.org/v1 (bech32 identity, HRP age-secret-key-)', { checksum: 'bech32', variable: 'age_secret_key' }),
  prefixed('dropbox', 'Dropbox access token', 'sl.', [run(B64URL_DOT, 130, 1500)],
    'https://developers.dropbox.com/oauth-guide (short-lived sl. tokens)', { mixed: true }),
  contextual('box', 'Box developer token', ['box_client_secret', 'box_developer_token', 'box_access_token', 'box_token'], [run(ALNUM, 32)],
    'https://developer.box.com/guides/authentication/tokens/developer-tokens/ (32-character tokens)'),
  prefixed('typeform', 'Typeform personal access token', 'tfp_', [run(B64URL_PAD_DOT, 40, 70)],
    'https://www.typeform.com/developers/get-started/personal-access-token/ (tfp_ tokens)', { mixed: true }),
  prefixed('hubspot', 'HubSpot private app token', ['pat-na1-', 'pat-eu1-'], UUID,
    'https://developers.hubspot.com/docs/api/private-apps (pat-na1-<uuid>)'),
  contextual('hubspot', 'HubSpot API key', ['hubspot', 'hapikey'], UUID,
    'https://developers.hubspot.com/docs/api/migrate-an-api-key-integration-to-a-private-app (legacy UUID keys)'),
  prefixed('salesforce', 'Salesforce access token', '00D', [run(ALNUM, 12, 15), '!', run(charset('0-9A-Za-z._'), 80, 200)],
    'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm (<org id>!<token>)', { mixed: true }),
  prefixed('clickup', 'ClickUp personal API token', 'pk_', [run(DIGITS, 6, 10), '_', run(UPPER_ALNUM, 32)],
    'https://clickup.com/api/developer-portal/authentication/ (pk_<user id>_<32>)'),
  contextual('trello', 'Trello API token', ['trello'], [run(charset('0-9A-Za-z'), 64)],
    'https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/ (64-character tokens)'),
  contextual('todoist', 'Todoist API token', ['todoist'], [run(HEX, 40)],
    'https://developer.todoist.com/rest/v2/#authorization (40 hex)'),
  prefixed('readme', 'ReadMe API key', 'rdme_', [run(ALNUM, 64, 80)],
    'https://docs.readme.com/main/reference/intro/authentication (rdme_ keys)', { mixed: true }),
  prefixed('frameio', 'Frame.io developer token', 'fio-u-', [run(BASE64URL, 64)],
    'https://developer.frame.io/docs/getting-started/authentication (fio-u- tokens)', { mixed: true }),
  prefixed('adafruit', 'Adafruit IO key', 'aio_', [run(ALNUM, 28)],
    'https://io.adafruit.com/api/docs/#authentication (aio_ keys)', { mixed: true }),
  prefixed('intra42', '42 Intra client secret', ['s-s4t2ud-', 's-s4t2af-'], [run(HEX, 64)],
    'https://api.intra.42.fr/apidoc/guides/getting_started (s-s4t2ud- secrets)'),
  prefixed('deno', 'Deno Deploy token', ['ddp_', 'ddw_'], [run(ALNUM, 36)],
    'https://docs.deno.com/deploy/manual/api/ (ddp_ personal tokens)', { mixed: true }),
  contextual('spotify', 'Spotify client secret', ['spotify'], [run(HEX, 32)],
    'https://developer.spotify.com/documentation/web-api/concepts/apps (32-hex client secrets)'),
  contextual('openweather', 'OpenWeather API key', ['openweather', 'owm_api', 'openweathermap'], [run(HEX, 32)],
    'https://openweathermap.org/appid (32 hex)'),
  contextual('rapidapi', 'RapidAPI key', ['rapidapi', 'x-rapidapi-key'], [run(ALNUM, 50)],
    'https://docs.rapidapi.com/docs/keys-and-key-rotation (50-character keys)'),
  contextual('asana', 'Asana personal access token', ['asana'], [run(DIGITS, 1), '/', run(DIGITS, 12, 20), '/', run(DIGITS, 12, 20), ':', run(HEX, 32)],
    'https://developers.asana.com/docs/personal-access-token (<n>/<user gid>/<token gid>:<32 hex> since 2023)'),
  prefixed('trello', 'Trello API token', 'ATTA', [run(HEX_ANY, 72)],
    'https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/ (ATTA tokens)', { mixed: true }),
  contextual('ghost', 'Ghost Admin API key', ['ghost'], [run(HEX, 24), ':', run(HEX, 64)],
    'https://ghost.org/docs/admin-api/#token-authentication (<24-hex id>:<64-hex secret>)', { variable: 'ghost_admin_api_key' }),
  prefixed('riot', 'Riot Games API key', 'RGAPI-', UUID,
    'https://developer.riotgames.com/docs/portal (RGAPI-<uuid> keys)'),
  prefixed('lichess', 'Lichess personal access token', 'lip_', [run(ALNUM, 16, 24)],
    'https://lichess.org/api#section/Introduction/Authentication (lip_ personal tokens)', { mixed: true }),
  prefixed('intercom', 'Intercom access token', 'dG9rOj', [run(B64_PAD, 40, 120)],
    'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication (access tokens: base64 of "tok:…")', { mixed: true }),
  prefixed('adobe', 'Adobe Developer Console client secret', 'p8e-', [run(ALNUM, 32)],
    'https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/ (p8e- client secrets)', { mixed: true }),
  contextual('etherscan', 'Etherscan API key', ['etherscan'], [run(UPPER_ALNUM, 34)],
    'https://docs.etherscan.io/getting-started/viewing-api-usage-statistics (34-character API keys)'),
  contextual('infura', 'Infura API key secret', ['infura'], [run(HEX, 32)],
    'https://docs.metamask.io/services/get-started/infura/ (32-hex API keys and key secrets)'),
];

/**
 * Sentry DSNs: `https://<32 hex>@o<org>.ingest.sentry.io/<project>`. Found by the URL scanner of
 * connectionString.ts (the key sits in the user info), reported with this entry. DSNs are meant for
 * client code, so they are reported at most as warnings.
 */
export const SENTRY_DSN: ProviderKey = {
  provider: 'sentry',
  label: 'Sentry DSN',
  body: [],
  maxSeverity: 'warning',
  variable: 'sentry_dsn',
  source: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (public key in the user info of the DSN URL)',
};

/** Provider ids, sorted. */
export const PROVIDER_IDS: readonly string[] = [...new Set([...PROVIDER_KEYS, SENTRY_DSN].map((k) => k.provider))].sort();

/** Human names of providers for messages, from the first entry of each. */
export function providerLabel(provider: string): string {
  return PROVIDER_KEYS.find((k) => k.provider === provider)?.label ?? provider;
}


/** Every regular expression of this module (none: it works on lookup tables and literals). */
export const PATTERNS: readonly RegExp[] = [];
