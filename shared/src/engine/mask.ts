/**
 * The one masking helper. Every message, evidence, output format and log that mentions a sensitive value
 * shows it through `mask()`: enough to recognize it (`j***@e***.com`, `+1 ***-***-**67`, `sk-…Q3f9`),
 * never enough to use it.
 */

/**
 * `id` (national identifiers, letters and digits alike: keeps the layout and the last 2 characters),
 * `iban` (country code and last 4), `ip` (first group), `mac` (the vendor prefix), `wallet` (first and
 * last 4 characters) were added for the PII rules.
 */
export type MaskKind = 'email' | 'phone' | 'secret' | 'number' | 'text' | 'id' | 'iban' | 'ip' | 'mac' | 'wallet';

/**
 * Prefixes shown in masked secrets (they name the format, not the secret): the distinctive literal prefixes
 * of the provider table (detectors/secrets/providers.ts), longest first, and `eyJ` (every JWT starts so). Short
 * or ambiguous prefixes are left out so that a masked value never shows more than its last four characters of
 * random text. Looked up by first character: an alternation of ~190 literals, tried at every masked secret,
 * showed in profiles.
 */
const KNOWN_SECRET_PREFIXES: readonly string[] = [
  'eyJ', 'https://hooks.zapier.com/hooks/catch/', 'https://webhook.office.com/webhookb2/',
  'https://discordapp.com/api/webhooks/', 'https://discord.com/api/webhooks/', 'https://hooks.slack.com/services/',
  'pypi-AgENdGVzdC5weXBpLm9yZw', 'access_token$production$', 'ABSKQmVkcm9ja0FQSUtleS', 'access_token$sandbox$',
  'pypi-AgEIcHlwaS5vcmc', 'access-development-', 'access-production-', 'AGE-SECRET-KEY-1', 'pdl_live_apikey_',
  'pdl_sdbx_apikey_', 'access-sandbox-', 'FLWSECK_TEST-', 'pscale_oauth_', 'duffel_live_', 'duffel_test_',
  'shippo_live_', 'shippo_test_', 'github_pat_', 'pscale_tkn_', 'sk-svcacct-', 'lin_oauth_', 'mdb_sa_sk_',
  'pscale_pw_', 'sb_secret_', 'tvly-prod-', 'xoxe.xoxp-', 'GR1348941', 'dckr_oat_', 'dckr_pat_', 'dp.audit.',
  'rubygems_', 'rzp_live_', 'rzp_test_', 's-s4t2af-', 's-s4t2ud-', 'sk-admin-', 'sk-or-v1-', 'tvly-dev-', 'xsmtpsib-',
  'CLOJARS_', 'FLWSECK-', 'api_org_', 'bb_live_', 'dp.scim.', 'esecret_', 'glagent-', 'lin_api_', 'lsv2_pt_',
  'lsv2_sk_', 'pat-eu1-', 'pat-na1-', 'pk_live_', 'rk_live_', 'rk_test_', 'sk-None-', 'sk-proj-', 'sk_live_',
  'sk_sbox_', 'sk_test_', 'xkeysib-', 'CCIPAT_', 'GOCSPX-', 'doo_v1_', 'dop_v1_', 'dor_v1_', 'dt0c01.', 'dt0s01.',
  'glffct-', 'glsoat-', 'ops_eyJ', 'sha256~', 'sk-ant-', 'sntrys_', 'sntryu_', 'sq0atp-', 'sq0csp-', 'tgp_v1_',
  'ATATT3', 'ATCTT3', 'CFPAT-', 'dp.ct.', 'dp.pt.', 'dp.sa.', 'dp.st.', 'fio-u-', 'glcbt-', 'gloas-', 'glpat-',
  'glptt-', 'nvapi-', 'shpat_', 'shpca_', 'shppa_', 'shpss_', 'sk-lf-', 'sk.eyJ', 'tk-us-', 'tskey-', 'whsec_',
  'HRKU-', 'NRAK-', 'NRII-', 'NRJS-', 'PMAK-', 'akab-', 'bkua_', 'figd_', 'figo_', 'gldt-', 'glft-', 'glrt-', 'glsa_',
  'glwt-', 'jina_', 'napi_', 'pcsk_', 'pplx-', 'rdme_', 'tvly-', 'v1.0-', 'xaat-', 'xapp-', 'xapt-', 'xoxa-', 'xoxb-',
  'xoxe-', 'xoxp-', 'xoxr-', 'xoxs-', 'ya29.', '4b1d', 'ABIA', 'ACCA', 'AIza', 'AKCp', 'AKIA', 'AKID', 'AQVN', 'ASIA',
  'ATBB', 'EZAK', 'EZTK', 'LTAI', 'aio_', 'csk-', 'dapi', 'ddp_', 'ddw_', 'e2b_', 'fo1_', 'gho_', 'ghp_', 'ghr_',
  'ghs_', 'ghu_', 'glc_', 'gsk_', 'hbp_', 'hvb.', 'hvr.', 'hvs.', 'ico-', 'llx-', 'nfp_', 'npm_', 'ntn_', 'pat.',
  'phx_', 'pnu_', 'pul-', 'rnd_', 'sat.', 'sbp_', 'sgp_', 'sqa_', 'sqp_', 'squ_', 'tfp_', 'xai-', 'SG.', 'hf_', 'r8_',
  'sk-',
];

/** The prefixes by their first character, in list order: the first that matches is the one shown. */
const PREFIXES_BY_FIRST = new Map<number, string[]>();
for (const p of KNOWN_SECRET_PREFIXES) {
  const c = p.charCodeAt(0);
  const list = PREFIXES_BY_FIRST.get(c);
  if (list) list.push(p);
  else PREFIXES_BY_FIRST.set(c, [p]);
}

function knownSecretPrefix(value: string): string {
  const list = PREFIXES_BY_FIRST.get(value.charCodeAt(0));
  if (list) for (const p of list) if (value.startsWith(p)) return p;
  return '';
}

/** Masks `value` for display. `kind` picks the shape; when absent it is guessed from the value. */
export function mask(value: string, kind: MaskKind = guessKind(value)): string {
  switch (kind) {
    case 'email':
      return maskEmail(value);
    case 'phone':
    case 'number':
      return maskDigits(value, kind === 'phone' ? 2 : 4);
    case 'secret':
      return maskSecret(value);
    case 'id':
      return maskAlnum(value, 0, 2);
    case 'iban':
      return maskAlnum(value, 2, 4);
    case 'ip':
      return maskAfterFirstGroup(value);
    case 'mac':
      return maskAlnum(value, 6, 0);
    case 'wallet':
      return value.length <= 12 ? maskText(value) : `${value.slice(0, 4)}…${value.slice(-4)}`;
    default:
      return maskText(value);
  }
}

function guessKind(value: string): MaskKind {
  if (/^[^@\s]+@[^@\s]+$/.test(value)) return 'email';
  if (/^[+()\d\s.\-]+$/.test(value) && /\d/.test(value)) return 'number';
  return 'secret';
}

/** `john.doe@example.com` → `j***@e***.com` (the top-level domain stays: it says little). */
function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskText(value);
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local[0]}***@${host[0] ?? ''}***${tld}`;
}

const COUNTRY_CODE = /^\+\d{1,3}(?=[\s.\-(])/;

/**
 * Keeps the layout and the last `keep` digits, and a leading `+country` for phones:
 * `+1 415-555-2671` → `+1 ***-***-**71`; `4111 1111 1111 1111` → `**** **** **** 1111`.
 */
function maskDigits(value: string, keep: number): string {
  let totalDigits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) totalDigits++;
  }
  let seen = 0;
  let out = '';
  // Only a value that starts with `+` can have a country code (every phone finding asks).
  const countryEnd = value.charCodeAt(0) === 43 ? (COUNTRY_CODE.exec(value)?.[0].length ?? 0) : 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch >= '0' && ch <= '9') {
      seen++;
      out += i < countryEnd || seen > totalDigits - keep ? ch : '*';
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Masks every letter and digit but the first `keepStart` and the last `keepEnd` of them, keeping separators:
 * `QQ 12 34 56 C` → `** ** ** *6 C` (keepEnd 2); `DE89 3704 0044 0532 0130 00` → `DE** **** **** **** **30 00`.
 */
function maskAlnum(value: string, keepStart: number, keepEnd: number): string {
  let total = 0;
  for (let i = 0; i < value.length; i++) if (isAlnumCode(value.charCodeAt(i))) total++;
  // Never show more than half of a short value.
  const end = Math.min(keepEnd, Math.floor(total / 4));
  const start = Math.min(keepStart, Math.floor(total / 2));
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    if (isAlnumCode(value.charCodeAt(i))) {
      seen++;
      out += seen <= start || seen > total - end ? value[i] : '*';
    } else {
      out += value[i];
    }
  }
  return out;
}

/** `192.168.1.20` → `192.***.*.**`; `2001:db8::8a2e:370:7334` → `2001:***::****:***:****`. */
function maskAfterFirstGroup(value: string): string {
  let out = '';
  let inFirst = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isAlnumCode(c)) out += inFirst ? value[i] : '*';
    else {
      inFirst = false;
      out += value[i];
    }
  }
  return out;
}

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `sk-proj-abc…xyz9` → `sk-proj-…xyz9`; short values show nothing but their length class. */
function maskSecret(value: string): string {
  const prefix = knownSecretPrefix(value);
  const rest = value.slice(prefix.length);
  if (rest.length < 12) return `${prefix}…(${value.length} chars)`;
  return `${prefix}…${rest.slice(-4)}`;
}

function maskText(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  return `${value[0]}${'*'.repeat(Math.min(value.length - 2, 8))}${value[value.length - 1]}`;
}
