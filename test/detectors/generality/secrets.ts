/**
 * A held-out style evaluation set for the secret rules: provider keys in realistic contexts
 * (assignments, `export`, .env, JSON, YAML, headers, client constructors), written from each
 * provider's public documentation of the key's prefix and shape. Bodies are random (seeded PRNG),
 * of the documented charset and length; where a format documents a checksum (GitHub and npm
 * tokens: CRC32 in base62; age keys: bech32) it is computed here.
 *
 * Also false-positive samples: placeholders, documented example keys, low-entropy, sequential,
 * templated values and variable references, and non-secret high-entropy identifiers.
 */
import { rng } from '../secrets/synth';

// ---------------------------------------------------------------------------------------------
// Seeded PRNG and charsets.

const rnd = rng(0x5eed2026);

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const AN = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const UHEX = '0123456789ABCDEF';
const UAN = UPPER + DIGITS;
const LAN = LOWER + DIGITS;
const B64URL = `${AN}-_`;
const B64 = `${AN}+/`;
const B32U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B32L = B32U.toLowerCase();
const LETTERS = UPPER + LOWER;

/** `n` random characters of `charset`; guarantees a digit and a letter when the charset has both (n ≥ 8). */
function r(charset: string, n: number): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += charset[Math.floor(rnd() * charset.length)];
    const needsMix = n >= 8 && /[0-9]/.test(charset) && /[a-zA-Z]/.test(charset);
    if (!needsMix || (/[0-9]/.test(s) && /[a-zA-Z]/.test(s))) return s;
  }
}
const digits = (n: number) => String(1 + Math.floor(rnd() * 9)) + r(DIGITS, n - 1);
const uuid = () => `${r(HEX, 8)}-${r(HEX, 4)}-4${r(HEX, 3)}-${'89ab'[Math.floor(rnd() * 4)]}${r(HEX, 3)}-${r(HEX, 12)}`;

// CRC32 (IEEE) and base62, for GitHub/npm style checksummed tokens.
const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const ch of Buffer.from(s, 'utf8')) c = CRC_TABLE[(c ^ ch) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const B62 = DIGITS + UPPER + LOWER;
function base62(n: number, width: number): string {
  let s = '';
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}
/** `prefix` + 30 random base62 characters + their CRC32 in 6 base62 characters. */
function checksummed(prefix: string): string {
  const body = r(AN, 30);
  return prefix + body + base62(crc32(body), 6);
}

// Bech32 (BIP 173) for age secret keys.
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bech32Polymod(values: number[]): number {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}
function bech32Encode(hrp: string, data: number[]): string {
  const hrpExp = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = bech32Polymod([...hrpExp, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((d) => BECH32[d]).join('')}`;
}
function ageSecretKey(): string {
  const bytes: number[] = [];
  for (let i = 0; i < 32; i++) bytes.push(Math.floor(rnd() * 256));
  // 8-bit → 5-bit groups with padding.
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  return bech32Encode('age-secret-key-', out).toUpperCase();
}

function discordToken(): string {
  const id = digits(19);
  return `${Buffer.from(id).toString('base64').replace(/=+$/, '')}.${r(B64URL, 6)}.${r(B64URL, 38)}`;
}

function pemBlock(label: string, bytes: number): string {
  const body = r(B64, Math.ceil((bytes * 4) / 3));
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---------------------------------------------------------------------------------------------
// Contexts.

export type Context = 'assign' | 'export' | 'env' | 'json' | 'yaml' | 'code' | 'header' | 'prose';

export interface SecretCase {
  provider: string;
  context: Context;
  /** A file name suggesting the context (analysis is run as plain text). */
  path: string;
  text: string;
  /** The secret value; its span in `text` is the expected finding. */
  value: string;
}

function render(context: Context, envVar: string, value: string): { text: string; path: string } {
  const name = envVar.toLowerCase();
  switch (context) {
    case 'assign':
      return { text: `# client settings\n${name} = "${value}"\ntimeout = 30\n`, path: 'settings.py' };
    case 'export':
      return { text: `#!/bin/sh\nexport ${envVar}=${value}\n./run.sh\n`, path: 'scripts/setup.sh' };
    case 'env':
      return { text: `APP_ENV=production\n${envVar}=${value}\nLOG_LEVEL=info\n`, path: '.env' };
    case 'json':
      return { text: `{\n  "service": "billing",\n  "${camel(name)}": "${value}",\n  "retries": 3\n}\n`, path: 'config/settings.json' };
    case 'yaml':
      return { text: `service:\n  name: billing\n  ${name}: ${value}\n  retries: 3\n`, path: 'config/values.yaml' };
    case 'code':
      return { text: `const client = new Client({\n  apiKey: '${value}',\n});\n`, path: 'src/client.ts' };
    case 'header':
      return { text: `curl -H "Authorization: Bearer ${value}" https://api.example.net/v1/me\n`, path: 'docs/request.txt' };
    case 'prose':
      return { text: `Use the credential ${value} to authenticate against the API.\n`, path: 'notes.txt' };
  }
}
function camel(s: string): string {
  return s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

interface Spec {
  provider: string;
  envVar: string;
  gen: () => string;
  /** Contexts to render (one case each). */
  contexts: Context[];
}

const S = (provider: string, envVar: string, gen: () => string, ...contexts: Context[]): Spec => ({ provider, envVar, gen, contexts });

const SPECS: Spec[] = [
  // Source hosting and CI
  S('github-pat', 'GITHUB_TOKEN', () => checksummed('ghp_'), 'export', 'yaml'),
  S('github-oauth', 'GH_OAUTH_TOKEN', () => checksummed('gho_'), 'json'),
  S('github-user-to-server', 'GITHUB_USER_TOKEN', () => checksummed('ghu_'), 'env'),
  S('github-server-to-server', 'GITHUB_APP_TOKEN', () => checksummed('ghs_'), 'assign'),
  S('github-refresh', 'GITHUB_REFRESH_TOKEN', () => checksummed('ghr_'), 'env'),
  S('github-fine-grained', 'GITHUB_PAT', () => `github_pat_${r(AN, 22)}_${r(AN, 59)}`, 'env', 'header'),
  S('gitlab-pat', 'GITLAB_TOKEN', () => `glpat-${r(B64URL, 20)}`, 'export', 'yaml'),
  S('gitlab-deploy', 'GITLAB_DEPLOY_TOKEN', () => `gldt-${r(B64URL, 20)}`, 'env'),
  S('gitlab-runner', 'RUNNER_TOKEN', () => `glrt-${r(B64URL, 20)}`, 'yaml'),
  S('gitlab-trigger', 'GITLAB_TRIGGER_TOKEN', () => `glptt-${r(HEX, 40)}`, 'env'),
  S('gitlab-runner-registration', 'REGISTRATION_TOKEN', () => `GR1348941${r(B64URL, 20)}`, 'export'),
  S('bitbucket', 'BITBUCKET_APP_PASSWORD', () => `ATBB${r(AN, 32)}${r(UHEX, 8)}`, 'env'),
  S('atlassian', 'JIRA_API_TOKEN', () => `ATATT3xFfGF0${r(B64URL, 170)}=${r(UHEX, 8)}`, 'env', 'json'),
  S('circleci', 'CIRCLECI_TOKEN', () => `CCIPAT_${r(AN, 22)}_${r(HEX, 40)}`, 'env'),
  S('buildkite', 'BUILDKITE_API_TOKEN', () => `bkua_${r(HEX, 40)}`, 'export'),
  S('azure-devops', 'AZURE_DEVOPS_PAT', () => r(B32L, 52), 'env'),
  S('sonarqube', 'SONAR_TOKEN', () => `sqp_${r(HEX, 40)}`, 'export', 'yaml'),
  S('sourcegraph', 'SRC_ACCESS_TOKEN', () => `sgp_${r(HEX, 16)}_${r(HEX, 40)}`, 'env'),
  S('gitea', 'GITEA_TOKEN', () => r(HEX, 40), 'env'),
  // Cloud
  S('aws-access-key', 'AWS_ACCESS_KEY_ID', () => `AKIA${r(B32U, 16)}`, 'env', 'prose'),
  S('aws-temp-key', 'AWS_ACCESS_KEY_ID', () => `ASIA${r(B32U, 16)}`, 'export'),
  S('aws-secret-key', 'AWS_SECRET_ACCESS_KEY', () => r(B64, 40), 'env', 'assign'),
  S('gcp-api-key', 'GOOGLE_API_KEY', () => `AIza${r(B64URL, 35)}`, 'json', 'code'),
  S('gcp-oauth-secret', 'GOOGLE_CLIENT_SECRET', () => `GOCSPX-${r(B64URL, 28)}`, 'env'),
  S('azure-ad-client-secret', 'AZURE_CLIENT_SECRET', () => `${r(AN, 3)}8Q~${r(`${AN}_.~-`, 31)}`, 'env', 'yaml'),
  S('azure-storage', 'AZURE_STORAGE_KEY', () => `${r(B64, 86)}==`, 'env'),
  S('azure-openai', 'AZURE_OPENAI_API_KEY', () => r(HEX, 32), 'env'),
  S('alibaba', 'ALIBABA_CLOUD_ACCESS_KEY_ID', () => `LTAI${r(AN, 20)}`, 'env'),
  S('tencent', 'TENCENTCLOUD_SECRET_ID', () => `AKID${r(AN, 32)}`, 'env'),
  S('digitalocean', 'DIGITALOCEAN_TOKEN', () => `dop_v1_${r(HEX, 64)}`, 'export', 'yaml'),
  S('digitalocean-oauth', 'DO_OAUTH_TOKEN', () => `doo_v1_${r(HEX, 64)}`, 'env'),
  S('heroku', 'HEROKU_API_KEY', () => `HRKU-AA${r(B64URL, 58)}`, 'env'),
  S('heroku-legacy', 'HEROKU_API_KEY', () => uuid(), 'export'),
  S('cloudflare-api-token', 'CLOUDFLARE_API_TOKEN', () => r(B64URL, 40), 'env'),
  S('cloudflare-global-key', 'CLOUDFLARE_API_KEY', () => r(HEX, 37), 'export'),
  S('cloudflare-origin-ca', 'CF_ORIGIN_CA_KEY', () => `v1.0-${r(HEX, 24)}-${r(HEX, 146)}`, 'env'),
  S('linode', 'LINODE_TOKEN', () => r(HEX, 64), 'env'),
  S('vultr', 'VULTR_API_KEY', () => r(UAN, 36), 'env'),
  S('hetzner', 'HCLOUD_TOKEN', () => r(AN, 64), 'export'),
  S('scaleway', 'SCW_ACCESS_KEY', () => `SCW${r(UAN, 17)}`, 'env'),
  S('fly', 'FLY_API_TOKEN', () => `fo1_${r(B64URL, 43)}`, 'env'),
  S('netlify', 'NETLIFY_AUTH_TOKEN', () => `nfp_${r(AN, 36)}`, 'export'),
  S('render', 'RENDER_API_KEY', () => `rnd_${r(AN, 32)}`, 'env'),
  S('terraform-cloud', 'TFE_TOKEN', () => `${r(AN, 14)}.atlasv1.${r(AN, 67)}`, 'env'),
  S('vault', 'VAULT_TOKEN', () => `hvs.${r(AN, 24)}`, 'export', 'env'),
  S('vault-batch', 'VAULT_TOKEN', () => `hvb.${r(B64URL, 120)}`, 'env'),
  S('pulumi', 'PULUMI_ACCESS_TOKEN', () => `pul-${r(HEX, 40)}`, 'env'),
  S('doppler', 'DOPPLER_TOKEN', () => `dp.pt.${r(AN, 43)}`, 'export'),
  S('doppler-service', 'DOPPLER_TOKEN', () => `dp.st.prd.${r(AN, 43)}`, 'env'),
  S('databricks', 'DATABRICKS_TOKEN', () => `dapi${r(HEX, 32)}`, 'env', 'json'),
  S('supabase', 'SUPABASE_ACCESS_TOKEN', () => `sbp_${r(HEX, 40)}`, 'env'),
  S('planetscale', 'PLANETSCALE_TOKEN', () => `pscale_tkn_${r(B64URL, 43)}`, 'env'),
  S('planetscale-password', 'DATABASE_PASSWORD', () => `pscale_pw_${r(B64URL, 43)}`, 'env'),
  S('tailscale', 'TS_API_KEY', () => `tskey-api-k${r(AN, 11)}CNTRL-${r(AN, 33)}`, 'env'),
  S('tailscale-auth', 'TS_AUTHKEY', () => `tskey-auth-k${r(AN, 11)}CNTRL-${r(AN, 33)}`, 'yaml'),
  S('ngrok', 'NGROK_AUTHTOKEN', () => `2${r(AN, 26)}_${r(AN, 21)}`, 'env'),
  S('dynatrace', 'DT_API_TOKEN', () => `dt0c01.${r(UAN, 24)}.${r(UAN, 64)}`, 'env'),
  S('datadog-api', 'DD_API_KEY', () => r(HEX, 32), 'env', 'yaml'),
  S('datadog-app', 'DD_APP_KEY', () => r(HEX, 40), 'env'),
  S('new-relic-user', 'NEW_RELIC_API_KEY', () => `NRAK-${r(UAN, 27)}`, 'env'),
  S('new-relic-insert', 'NEW_RELIC_INSERT_KEY', () => `NRII-${r(B64URL, 32)}`, 'env'),
  S('new-relic-browser', 'NEW_RELIC_BROWSER_KEY', () => `NRJS-${r(HEX, 19)}`, 'env'),
  S('sentry-user', 'SENTRY_AUTH_TOKEN', () => `sntryu_${r(HEX, 64)}`, 'export'),
  S('sentry-org', 'SENTRY_AUTH_TOKEN', () => `sntrys_eyJpYXQiOjE3MjA${r(AN, 150)}_${r(B64URL, 43)}`, 'env'),
  S('grafana-service-account', 'GRAFANA_TOKEN', () => `glsa_${r(AN, 32)}_${r(HEX, 8)}`, 'env'),
  S('grafana-cloud', 'GRAFANA_CLOUD_TOKEN', () => `glc_eyJvIjoi${r(AN, 120)}`, 'env'),
  S('pagerduty', 'PAGERDUTY_TOKEN', () => `u+${r(`${AN}_+-`, 18)}`, 'env'),
  S('rollbar', 'ROLLBAR_ACCESS_TOKEN', () => r(HEX, 32), 'env'),
  S('bugsnag', 'BUGSNAG_API_KEY', () => r(HEX, 32), 'env'),
  S('fastly', 'FASTLY_API_TOKEN', () => r(B64URL, 32), 'env'),
  S('akamai', 'AKAMAI_CLIENT_TOKEN', () => `akab-${r(LAN, 16)}-${r(LAN, 16)}`, 'env'),
  S('octopus', 'OCTOPUS_API_KEY', () => `API-${r(UAN, 32)}`, 'env'),
  S('harness', 'HARNESS_PLATFORM_API_KEY', () => `pat.${r(AN, 22)}.${r(HEX, 24)}.${r(AN, 20)}`, 'env'),
  S('infracost', 'INFRACOST_API_KEY', () => `ico-${r(AN, 32)}`, 'env'),
  S('prefect', 'PREFECT_API_KEY', () => `pnu_${r(AN, 36)}`, 'env'),
  S('scalingo', 'SCALINGO_API_TOKEN', () => `tk-us-${r(B64URL, 48)}`, 'env'),
  S('onepassword', 'OP_SERVICE_ACCOUNT_TOKEN', () => `ops_eyJ${r(AN, 250)}`, 'env'),
  S('age', 'SOPS_AGE_KEY', () => ageSecretKey(), 'env', 'prose'),
  // AI
  S('openai', 'OPENAI_API_KEY', () => `sk-proj-${r(B64URL, 58)}T3BlbkFJ${r(B64URL, 58)}`, 'env', 'assign', 'code'),
  S('openai-legacy', 'OPENAI_API_KEY', () => `sk-${r(AN, 20)}T3BlbkFJ${r(AN, 20)}`, 'export', 'json'),
  S('openai-service-account', 'OPENAI_API_KEY', () => `sk-svcacct-${r(B64URL, 58)}T3BlbkFJ${r(B64URL, 58)}`, 'env'),
  S('anthropic', 'ANTHROPIC_API_KEY', () => `sk-ant-api03-${r(B64URL, 93)}AA`, 'env', 'assign', 'header'),
  S('anthropic-admin', 'ANTHROPIC_ADMIN_KEY', () => `sk-ant-admin01-${r(B64URL, 93)}AA`, 'env'),
  S('huggingface', 'HF_TOKEN', () => `hf_${r(LETTERS, 34)}`, 'export', 'yaml'),
  S('huggingface-org', 'HF_ORG_TOKEN', () => `api_org_${r(LETTERS, 34)}`, 'env'),
  S('replicate', 'REPLICATE_API_TOKEN', () => `r8_${r(AN, 37)}`, 'env', 'code'),
  S('groq', 'GROQ_API_KEY', () => `gsk_${r(AN, 52)}`, 'env', 'assign'),
  S('perplexity', 'PERPLEXITY_API_KEY', () => `pplx-${r(AN, 48)}`, 'env'),
  S('xai', 'XAI_API_KEY', () => `xai-${r(AN, 80)}`, 'env'),
  S('mistral', 'MISTRAL_API_KEY', () => r(AN, 32), 'env'),
  S('cohere', 'COHERE_API_KEY', () => r(AN, 40), 'env'),
  S('deepseek', 'DEEPSEEK_API_KEY', () => `sk-${r(HEX, 32)}`, 'env'),
  S('openrouter', 'OPENROUTER_API_KEY', () => `sk-or-v1-${r(HEX, 64)}`, 'env', 'code'),
  S('together', 'TOGETHER_API_KEY', () => `tgp_v1_${r(B64URL, 43)}`, 'env'),
  S('fireworks', 'FIREWORKS_API_KEY', () => `fw_${r(AN, 24)}`, 'env'),
  S('langsmith', 'LANGSMITH_API_KEY', () => `lsv2_pt_${r(HEX, 32)}_${r(HEX, 10)}`, 'env', 'export'),
  S('pinecone', 'PINECONE_API_KEY', () => `pcsk_${r(AN, 5)}_${r(AN, 63)}`, 'env'),
  S('elevenlabs', 'ELEVENLABS_API_KEY', () => `sk_${r(HEX, 48)}`, 'env'),
  S('assemblyai', 'ASSEMBLYAI_API_KEY', () => r(HEX, 32), 'env'),
  S('deepgram', 'DEEPGRAM_API_KEY', () => r(HEX, 40), 'env'),
  S('wandb', 'WANDB_API_KEY', () => r(HEX, 40), 'export'),
  // Payments and commerce
  S('stripe-secret', 'STRIPE_SECRET_KEY', () => `sk_live_51${r(AN, 97)}`, 'env', 'assign'),
  S('stripe-secret-short', 'STRIPE_API_KEY', () => `sk_live_${r(AN, 24)}`, 'yaml'),
  S('stripe-restricted', 'STRIPE_RESTRICTED_KEY', () => `rk_live_51${r(AN, 97)}`, 'env'),
  S('stripe-webhook', 'STRIPE_WEBHOOK_SECRET', () => `whsec_${r(AN, 32)}`, 'env'),
  S('square', 'SQUARE_ACCESS_TOKEN', () => `EAAA${r(B64URL, 60)}`, 'env'),
  S('square-oauth-secret', 'SQUARE_APP_SECRET', () => `sq0csp-${r(B64URL, 43)}`, 'env'),
  S('square-legacy', 'SQUARE_TOKEN', () => `sq0atp-${r(B64URL, 22)}`, 'json'),
  S('braintree', 'BRAINTREE_ACCESS_TOKEN', () => `access_token$production$${r(LAN, 16)}$${r(HEX, 32)}`, 'env'),
  S('shopify-admin', 'SHOPIFY_ACCESS_TOKEN', () => `shpat_${r(HEX, 32)}`, 'env', 'json'),
  S('shopify-shared-secret', 'SHOPIFY_API_SECRET', () => `shpss_${r(HEX, 32)}`, 'env'),
  S('shopify-custom', 'SHOPIFY_CUSTOM_TOKEN', () => `shpca_${r(HEX, 32)}`, 'env'),
  S('shopify-private', 'SHOPIFY_PRIVATE_TOKEN', () => `shppa_${r(HEX, 32)}`, 'env'),
  S('flutterwave', 'FLW_SECRET_KEY', () => `FLWSECK-${r(HEX, 32)}-X`, 'env'),
  S('paystack', 'PAYSTACK_SECRET_KEY', () => `sk_live_${r(HEX, 40)}`, 'env'),
  S('razorpay', 'RAZORPAY_KEY_SECRET', () => r(AN, 24), 'env'),
  S('mollie', 'MOLLIE_API_KEY', () => `live_${r(AN, 30)}`, 'env'),
  S('gocardless', 'GOCARDLESS_ACCESS_TOKEN', () => `live_${r(B64URL, 40)}`, 'env'),
  S('plaid', 'PLAID_ACCESS_TOKEN', () => `access-production-${uuid()}`, 'env'),
  S('plaid-secret', 'PLAID_SECRET', () => r(HEX, 30), 'env'),
  S('duffel', 'DUFFEL_ACCESS_TOKEN', () => `duffel_live_${r(B64URL, 43)}`, 'env'),
  S('shippo', 'SHIPPO_API_TOKEN', () => `shippo_live_${r(HEX, 40)}`, 'env'),
  S('easypost', 'EASYPOST_API_KEY', () => `EZAK${r(AN, 54)}`, 'env'),
  S('clerk', 'CLERK_SECRET_KEY', () => `sk_live_${r(AN, 50)}`, 'env'),
  S('stytch', 'STYTCH_SECRET', () => `secret-live-${r(B64URL, 36)}`, 'env'),
  // Messaging and communications
  S('slack-bot', 'SLACK_BOT_TOKEN', () => `xoxb-${digits(12)}-${digits(13)}-${r(AN, 24)}`, 'env', 'yaml', 'assign'),
  S('slack-user', 'SLACK_USER_TOKEN', () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${r(HEX, 32)}`, 'export'),
  S('slack-app', 'SLACK_APP_TOKEN', () => `xapp-1-A${r(UAN, 10)}-${digits(13)}-${r(HEX, 64)}`, 'env'),
  S('slack-webhook', 'SLACK_WEBHOOK_URL', () => `https://hooks.slack.com/services/T${r(UAN, 8)}/B${r(UAN, 10)}/${r(AN, 24)}`, 'env', 'json'),
  S('discord-bot', 'DISCORD_TOKEN', () => discordToken(), 'env', 'assign'),
  S('discord-webhook', 'DISCORD_WEBHOOK', () => `https://discord.com/api/webhooks/${digits(19)}/${r(B64URL, 68)}`, 'env'),
  S('teams-webhook', 'TEAMS_WEBHOOK_URL', () => `https://contoso.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${r(HEX, 32)}/${uuid()}`, 'env'),
  S('telegram', 'TELEGRAM_BOT_TOKEN', () => `${digits(10)}:AA${r(B64URL, 33)}`, 'env', 'assign'),
  S('twilio-api-key', 'TWILIO_API_KEY', () => `SK${r(HEX, 32)}`, 'env'),
  S('twilio-auth-token', 'TWILIO_AUTH_TOKEN', () => r(HEX, 32), 'env', 'yaml'),
  S('sendgrid', 'SENDGRID_API_KEY', () => `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, 'env', 'assign', 'code'),
  S('mailgun', 'MAILGUN_API_KEY', () => `key-${r(HEX, 32)}`, 'env'),
  S('mailgun-new', 'MAILGUN_API_KEY', () => `${r(HEX, 32)}-${r(HEX, 8)}-${r(HEX, 8)}`, 'export'),
  S('mailchimp', 'MAILCHIMP_API_KEY', () => `${r(HEX, 32)}-us21`, 'env', 'json'),
  S('brevo', 'BREVO_API_KEY', () => `xkeysib-${r(HEX, 64)}-${r(AN, 16)}`, 'env'),
  S('resend', 'RESEND_API_KEY', () => `re_${r(AN, 8)}_${r(AN, 24)}`, 'env'),
  S('mailjet', 'MJ_APIKEY_PRIVATE', () => r(HEX, 32), 'env'),
  S('postmark', 'POSTMARK_SERVER_TOKEN', () => uuid(), 'env'),
  S('vonage', 'VONAGE_API_SECRET', () => r(AN, 16), 'env'),
  S('plivo', 'PLIVO_AUTH_TOKEN', () => r(AN, 40), 'env'),
  S('intercom', 'INTERCOM_ACCESS_TOKEN', () => `dG9rOj${r(B64, 54)}=`, 'env'),
  S('zendesk', 'ZENDESK_API_TOKEN', () => r(AN, 40), 'env'),
  // SaaS and developer tools
  S('npm', 'NPM_TOKEN', () => checksummed('npm_'), 'env', 'export'),
  S('pypi', 'PYPI_TOKEN', () => `pypi-AgEIcHlwaS5vcmc${r(B64URL, 140)}`, 'env', 'yaml'),
  S('rubygems', 'GEM_HOST_API_KEY', () => `rubygems_${r(HEX, 48)}`, 'env'),
  S('nuget', 'NUGET_API_KEY', () => `oy2${r(LAN, 43)}`, 'env'),
  S('clojars', 'CLOJARS_TOKEN', () => `CLOJARS_${r(HEX, 60)}`, 'env'),
  S('dockerhub', 'DOCKERHUB_TOKEN', () => `dckr_pat_${r(B64URL, 27)}`, 'env', 'export'),
  S('artifactory', 'ARTIFACTORY_API_KEY', () => `AKCp${r(AN, 69)}`, 'env'),
  S('readme', 'README_API_KEY', () => `rdme_${r(HEX, 70)}`, 'env'),
  S('postman', 'POSTMAN_API_KEY', () => `PMAK-${r(HEX, 24)}-${r(HEX, 34)}`, 'env'),
  S('linear', 'LINEAR_API_KEY', () => `lin_api_${r(AN, 40)}`, 'env', 'json'),
  S('notion', 'NOTION_TOKEN', () => `secret_${r(AN, 43)}`, 'env'),
  S('notion-new', 'NOTION_API_KEY', () => `ntn_${digits(11)}${r(AN, 35)}`, 'env'),
  S('airtable', 'AIRTABLE_API_KEY', () => `pat${r(AN, 14)}.${r(HEX, 64)}`, 'env'),
  S('asana', 'ASANA_ACCESS_TOKEN', () => `2/${digits(16)}/${digits(16)}:${r(HEX, 32)}`, 'env'),
  S('figma', 'FIGMA_TOKEN', () => `figd_${r(B64URL, 40)}`, 'env'),
  S('dropbox', 'DROPBOX_ACCESS_TOKEN', () => `sl.${r(B64URL, 138)}`, 'env'),
  S('contentful', 'CONTENTFUL_MANAGEMENT_TOKEN', () => `CFPAT-${r(B64URL, 43)}`, 'env'),
  S('typeform', 'TYPEFORM_TOKEN', () => `tfp_${r(B64URL, 44)}_${r(AN, 14)}`, 'env'),
  S('frameio', 'FRAMEIO_TOKEN', () => `fio-u-${r(B64URL, 64)}`, 'env'),
  S('hubspot', 'HUBSPOT_ACCESS_TOKEN', () => `pat-na1-${uuid()}`, 'env'),
  S('salesforce', 'SF_ACCESS_TOKEN', () => `00D${r(AN, 15)}!${r(`${AN}._`, 96)}`, 'env'),
  S('launchdarkly', 'LAUNCHDARKLY_SDK_KEY', () => `sdk-${uuid()}`, 'env'),
  S('segment', 'SEGMENT_TOKEN', () => `sgp_${r(AN, 64)}`, 'env'),
  S('posthog', 'POSTHOG_PERSONAL_API_KEY', () => `phx_${r(AN, 47)}`, 'env'),
  S('mapbox', 'MAPBOX_SECRET_TOKEN', () => `sk.eyJ1Ijoi${r(AN, 50)}.${r(B64URL, 22)}`, 'env'),
  S('algolia', 'ALGOLIA_ADMIN_KEY', () => r(HEX, 32), 'env'),
  S('firebase-fcm', 'FCM_SERVER_KEY', () => `AAAA${r(B64URL, 7)}:APA91b${r(B64URL, 134)}`, 'env'),
  S('facebook', 'FACEBOOK_ACCESS_TOKEN', () => `EAAG${r(AN, 180)}`, 'env'),
  S('twitter-bearer', 'TWITTER_BEARER_TOKEN', () => `AAAAAAAAAAAAAAAAAAAAA${r(AN, 31)}%3D${r(AN, 50)}`, 'env'),
  S('adobe', 'ADOBE_CLIENT_SECRET', () => `p8e-${r(AN, 32)}`, 'env'),
  S('trello', 'TRELLO_TOKEN', () => `ATTA${r(HEX, 64)}${r(UHEX, 8)}`, 'env'),
  S('clickup', 'CLICKUP_API_TOKEN', () => `pk_${digits(8)}_${r(UAN, 32)}`, 'env'),
  S('riot', 'RIOT_API_KEY', () => `RGAPI-${uuid()}`, 'env'),
  S('lichess', 'LICHESS_TOKEN', () => `lip_${r(AN, 20)}`, 'env'),
  S('ghost', 'GHOST_ADMIN_API_KEY', () => `${r(HEX, 24)}:${r(HEX, 64)}`, 'env'),
  S('yandex', 'YC_API_KEY', () => `AQVN${r(B64URL, 36)}`, 'env'),
  S('cloudinary', 'CLOUDINARY_URL', () => `cloudinary://${digits(15)}:${r(B64URL, 27)}@acme-media`, 'env'),
  S('snyk', 'SNYK_TOKEN', () => uuid(), 'env'),
  S('auth0', 'AUTH0_CLIENT_SECRET', () => r(B64URL, 64), 'env'),
  S('okta', 'OKTA_API_TOKEN', () => `00${r(B64URL, 40)}`, 'env'),
  S('confluent', 'CONFLUENT_CLOUD_API_SECRET', () => r(B64, 64), 'env'),
  S('etherscan', 'ETHERSCAN_API_KEY', () => r(UAN, 34), 'env'),
  S('infura', 'INFURA_API_SECRET', () => r(HEX, 32), 'env'),
  S('twitch', 'TWITCH_CLIENT_SECRET', () => r(LAN, 30), 'env'),
  // Generic credentials with well-known structure
  S('postgres-url', 'DATABASE_URL', () => `postgres://app_user:${r(AN, 24)}@db.internal.acme.net:5432/orders`, 'env', 'yaml'),
  S('mongodb-url', 'MONGODB_URI', () => `mongodb+srv://admin:${r(AN, 20)}@cluster0.x7k2p.mongodb.net/prod?retryWrites=true`, 'env'),
  S('redis-url', 'REDIS_URL', () => `redis://:${r(AN, 32)}@cache.acme.net:6379/0`, 'export'),
  S('amqp-url', 'AMQP_URL', () => `amqps://orders:${r(AN, 20)}@mq.acme.net:5671/prod`, 'env'),
  S('jwt', 'SUPABASE_SERVICE_ROLE_KEY', () => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ iss: 'supabase', ref: r(LOWER, 20), role: 'service_role', iat: 1710000000, exp: 2025576000 })).toString('base64url')}.${r(B64URL, 43)}`, 'env'),
  S('rsa-private-key', 'PRIVATE_KEY', () => pemBlock('RSA PRIVATE KEY', 1190), 'prose'),
  S('openssh-private-key', 'SSH_KEY', () => pemBlock('OPENSSH PRIVATE KEY', 390), 'prose'),
  S('generic-password', 'DB_PASSWORD', () => `${r(AN, 12)}!${r(AN, 6)}`, 'env', 'yaml'),
];

function build(): SecretCase[] {
  const out: SecretCase[] = [];
  for (const spec of SPECS) {
    for (const context of spec.contexts) {
      const value = spec.gen();
      if (context === 'prose' && value.includes('\n')) {
        out.push({ provider: spec.provider, context, path: 'keys/deploy.txt', text: `The deploy key:\n\n${value}\n`, value });
        continue;
      }
      const { text, path } = render(context, spec.envVar, value);
      out.push({ provider: spec.provider, context, path, text, value });
    }
  }
  return out;
}

export const SECRET_CASES: SecretCase[] = build();

// ---------------------------------------------------------------------------------------------
// False-positive samples: nothing here is a live credential.

export interface FalsePositiveCase {
  kind: 'placeholder' | 'example' | 'low-entropy' | 'sequential' | 'template' | 'reference' | 'identifier' | 'not-a-secret';
  path: string;
  text: string;
}

const F = (kind: FalsePositiveCase['kind'], text: string, path = '.env'): FalsePositiveCase => ({ kind, path, text: `${text}\n` });

export const FALSE_POSITIVE_CASES: FalsePositiveCase[] = [
  // Placeholders
  F('placeholder', 'OPENAI_API_KEY=your-api-key-here'),
  F('placeholder', 'api_key = "<YOUR_API_KEY>"', 'settings.py'),
  F('placeholder', 'export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'setup.sh'),
  F('placeholder', 'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX'),
  F('placeholder', 'stripe_key = "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"', 'settings.py'),
  F('placeholder', 'token: "REPLACE_ME"', 'values.yaml'),
  F('placeholder', 'SLACK_BOT_TOKEN=xoxb-your-bot-token'),
  F('placeholder', '{ "apiKey": "YOUR_KEY_HERE" }', 'config.json'),
  F('placeholder', 'password = "changeme"', 'settings.py'),
  F('placeholder', 'secret: "<redacted>"', 'values.yaml'),
  F('placeholder', 'ANTHROPIC_API_KEY=sk-ant-...'),
  F('placeholder', 'api_key = "sk-..."', 'settings.py'),
  F('placeholder', 'HF_TOKEN=hf_****************************'),
  F('placeholder', 'token = "TODO"', 'settings.py'),
  F('placeholder', 'api_key: null', 'values.yaml'),
  F('placeholder', 'DB_PASSWORD='),
  F('placeholder', 'api_key = "xxx"', 'settings.py'),
  F('placeholder', 'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
  F('placeholder', 'key: "insert-key-here"', 'values.yaml'),
  F('placeholder', 'secret = "dummy"', 'settings.py'),
  F('placeholder', 'token = "test"', 'settings.py'),
  F('placeholder', 'api_key: "fake-api-key"', 'values.yaml'),
  F('placeholder', 'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
  F('placeholder', 'GITLAB_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX'),
  F('placeholder', 'OPENAI_API_KEY=sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
  F('placeholder', 'NPM_TOKEN=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
  F('placeholder', 'STRIPE_SECRET_KEY=sk_live_<your_secret_key>'),
  F('placeholder', 'DOCKERHUB_TOKEN=dckr_pat_<token>'),
  F('placeholder', 'GROQ_API_KEY=gsk_...your-key...'),
  F('placeholder', 'password: "********"', 'values.yaml'),
  F('placeholder', 'api_key: "REDACTED"', 'values.yaml'),
  F('placeholder', 'TWILIO_AUTH_TOKEN=your_auth_token'),
  F('placeholder', 'DATABASE_URL=postgres://user:password@localhost:5432/mydb'),
  F('placeholder', 'REDIS_URL=redis://:<password>@localhost:6379'),
  F('placeholder', 'client_secret = "<client-secret>"', 'settings.py'),
  F('placeholder', 'Authorization: Bearer <token>', 'request.txt'),
  F('placeholder', 'Authorization: Bearer YOUR_ACCESS_TOKEN', 'request.txt'),
  F('placeholder', 'DD_API_KEY=<DATADOG_API_KEY>'),
  F('placeholder', 'api_key = "0000000000000000000000000000000000000000"', 'settings.py'),
  F('placeholder', 'AZURE_CLIENT_SECRET=***'),
  F('placeholder', 'secret_key = "please-change-this-secret"', 'settings.py'),
  F('placeholder', 'private_key: "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----"', 'values.yaml'),
  // Documented example keys
  F('example', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE'),
  F('example', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
  F('example', 'aws_access_key_id = AKIAI44QH8DHBEXAMPLE', 'credentials'),
  F('example', 'aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', 'credentials'),
  F('example', 'GITHUB_TOKEN=ghp_EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE1'),
  F('example', 'api_key = "example-api-key-1234"', 'settings.py'),
  F('example', 'OPENAI_API_KEY=sk-EXAMPLEKEYEXAMPLEKEYEXAMPLEKEYEXAMPLEKEY0000'),
  F('example', 'token = "sample_token_value"', 'settings.py'),
  F('example', 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'),
  F('example', 'DISCORD_WEBHOOK=https://discord.com/api/webhooks/000000000000000000/EXAMPLE'),
  // Low entropy
  F('low-entropy', 'api_key = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', 'settings.py'),
  F('low-entropy', 'TOKEN=1111111111111111111111111111'),
  F('low-entropy', 'secret = "abcabcabcabcabcabcabcabcabcabc"', 'settings.py'),
  F('low-entropy', 'password: "password123"', 'values.yaml'),
  F('low-entropy', 'API_KEY=testtesttesttesttesttesttesttest'),
  F('low-entropy', 'SECRET_KEY=secretsecretsecret'),
  F('low-entropy', 'AUTH_TOKEN=tokentokentokentoken'),
  F('low-entropy', 'api_key: "xyzxyzxyzxyzxyzxyzxyz"', 'values.yaml'),
  F('low-entropy', 'client_secret = "ffffffffffffffffffffffffffffffff"', 'settings.py'),
  F('low-entropy', 'GITHUB_TOKEN=ghp_000000000000000000000000000000000000'),
  // Sequential
  F('sequential', 'api_key = "abcdefghijklmnopqrstuvwxyz123456"', 'settings.py'),
  F('sequential', 'TOKEN=0123456789abcdef0123456789abcdef'),
  F('sequential', 'secret: "ABCDEFGHIJKLMNOPQRSTUVWXYZ"', 'values.yaml'),
  F('sequential', 'password = "1234567890"', 'settings.py'),
  F('sequential', 'AWS_ACCESS_KEY_ID=AKIA1234567890ABCDEF'),
  F('sequential', 'API_KEY=1234567890abcdefghijklmnopqrstuvwxyz'),
  F('sequential', 'api_secret = "qwertyuiopasdfghjklzxcvbnm"', 'settings.py'),
  F('sequential', 'STRIPE_SECRET_KEY=sk_live_1234567890abcdefghijklmn'),
  F('sequential', 'token: "abcd1234abcd1234abcd1234abcd1234"', 'values.yaml'),
  F('sequential', 'OPENAI_API_KEY=sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH'),
  // Templated values
  F('template', 'api_key = "${API_KEY}"', 'settings.py'),
  F('template', 'token: "{{ .Values.token }}"', 'values.yaml'),
  F('template', 'password: "{{ vault \'secret/db\' }}"', 'values.yaml'),
  F('template', 'const apiKey = process.env.OPENAI_API_KEY;', 'client.ts'),
  F('template', 'api_key = os.environ["OPENAI_API_KEY"]', 'settings.py'),
  F('template', "token = '%(token)s'", 'settings.py'),
  F('template', 'secret: !Ref DbSecret', 'template.yaml'),
  F('template', 'token: ${{ secrets.GITHUB_TOKEN }}', 'workflow.yml'),
  F('template', "password: <%= ENV['DB_PASSWORD'] %>", 'database.yml'),
  F('template', 'API_KEY=$(vault kv get -field=key secret/api)', 'setup.sh'),
  F('template', 'key = f"{prefix}-{suffix}"', 'settings.py'),
  F('template', 'token = os.getenv("TOKEN")', 'settings.py'),
  F('template', 'Authorization: Bearer $TOKEN', 'request.txt'),
  F('template', 'secret: ${env:SECRET}', 'serverless.yml'),
  F('template', 'api_key: "#{api_key}"', 'config.yml'),
  F('template', 'DB_PASSWORD=${DB_PASS:-}'),
  F('template', 'token: "{token}"', 'values.yaml'),
  F('template', 'password: "{{ lookup(\'env\', \'DB_PASSWORD\') }}"', 'playbook.yml'),
  F('template', 'SLACK_TOKEN=${SLACK_TOKEN:?missing}'),
  F('template', 'apiKey: "${input:apiKey}"', 'config.yml'),
  F('template', 'OPENAI_API_KEY={{ openai_api_key }}'),
  F('template', 'export AWS_SECRET_ACCESS_KEY="$(aws configure get aws_secret_access_key)"', 'setup.sh'),
  // Variable references
  F('reference', 'api_key = api_key', 'settings.py'),
  F('reference', 'token = self.token', 'client.py'),
  F('reference', 'secret = load_secret("stripe")', 'settings.py'),
  F('reference', 'password = input("Password: ")', 'cli.py'),
  F('reference', 'API_KEY = settings.API_KEY', 'settings.py'),
  F('reference', "apiKey: config.get('apiKey'),", 'client.ts'),
  F('reference', 'client_secret = credentials.client_secret', 'auth.py'),
  F('reference', 'const token = await getToken(scope);', 'client.ts'),
  F('reference', 'password = keyring.get_password("svc", user)', 'auth.py'),
  F('reference', 'GITHUB_TOKEN=$GH_TOKEN'),
  // Non-secret identifiers and values
  F('identifier', 'commit = "3f786850e387550fdab836ed7e6dc881de23001b"', 'build.py'),
  F('identifier', 'integrity: sha512-9sS6N5h2v0bTq9T1PaNYj1sQ4m4JhXlO4C3X2xv9N2dG1q8t7C3bK4qQ7y1l2p6jA5nR8wE0uY3iO6pZ9cV2bA==', 'lock.yaml'),
  F('identifier', '"sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"', 'manifest.json'),
  F('identifier', 'request_id = "7f3a9c2e-51b4-4d6e-9a8f-0c1b2d3e4f5a"', 'log.py'),
  F('identifier', 'image: nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31', 'deploy.yaml'),
  F('identifier', 'public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb5n7zQ2vXk3p1uN8hTqYw4rLm0s9dF6cJ2aE5iO7uR deploy@ci"', 'keys.py'),
  F('identifier', 'STRIPE_PUBLISHABLE_KEY=pk_live_51HqLyjWDarjtT1zdp7dc0000000000000000000000'),
  F('identifier', 'GOOGLE_CLIENT_ID=1234567890-abc123def456ghi789jkl012mno345pq.apps.googleusercontent.com'),
  F('identifier', 'key_id = "kid-2024-01"', 'jwks.py'),
  F('identifier', 'etag: "W/5e15153d-120f"', 'cache.yaml'),
  F('identifier', 'user_id = 8f14e45fceea167a5a36dedd4bea2543', 'fixtures.txt'),
  F('identifier', 'session_timeout = 3600', 'settings.py'),
  F('not-a-secret', 'max_tokens: 4096', 'values.yaml'),
  F('not-a-secret', 'token_count = 1024', 'settings.py'),
  F('not-a-secret', 'secret_santa_enabled = true', 'settings.py'),
  F('not-a-secret', 'password_min_length = 12', 'settings.py'),
  F('not-a-secret', 'token_endpoint: https://login.example.net/oauth2/v2.0/token', 'values.yaml'),
  F('not-a-secret', 'api_key_header = "X-Api-Key"', 'settings.py'),
  F('not-a-secret', 'secret_name: prod/billing/stripe', 'values.yaml'),
  F('not-a-secret', 'PASSWORD_RESET_URL=https://app.example.net/reset'),
  F('not-a-secret', 'API_BASE_URL=https://api.openai.com/v1'),
  F('not-a-secret', 'token_type: Bearer', 'values.yaml'),
  F('not-a-secret', 'auth_method = "oauth2"', 'settings.py'),
  F('not-a-secret', 'csrf_token: "{{ csrf_token() }}"', 'form.html'),
  F('not-a-secret', 'The API key is stored in AWS Secrets Manager under prod/openai.', 'README.txt'),
  F('not-a-secret', 'icon: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'theme.yaml'),
  F('not-a-secret', 'keyboard_layout = "qwerty"', 'settings.py'),
  F('not-a-secret', 'PUBLIC_URL=https://cdn.example.net/assets/v2'),
];
