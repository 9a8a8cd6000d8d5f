/**
 * The one masking helper. Every message, evidence, output format and log that mentions a sensitive value
 * shows it through `mask()`: enough to recognize it (`j***@e***.com`, `+1 ***-***-**67`, `sk-…Q3f9`),
 * never enough to use it.
 */

export type MaskKind = 'email' | 'phone' | 'secret' | 'number' | 'text';

const KNOWN_SECRET_PREFIX = /^(?:sk-ant-|sk-proj-|sk-|rk_live_|sk_live_|pk_live_|ghp_|gho_|ghs_|ghu_|github_pat_|glpat-|xox[abprs]-|hf_|AKIA|ASIA|AIza|npm_|pypi-)/;

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

/**
 * Keeps the layout and the last `keep` digits, and a leading `+country` for phones:
 * `+1 415-555-2671` → `+1 ***-***-**71`; `4111 1111 1111 1111` → `**** **** **** 1111`.
 */
function maskDigits(value: string, keep: number): string {
  const totalDigits = value.replace(/\D/g, '').length;
  let seen = 0;
  let out = '';
  const countryEnd = /^\+\d{1,3}(?=[\s.\-(])/.exec(value)?.[0].length ?? 0;
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

/** `sk-proj-abc…xyz9` → `sk-proj-…xyz9`; short values show nothing but their length class. */
function maskSecret(value: string): string {
  const prefix = KNOWN_SECRET_PREFIX.exec(value)?.[0] ?? '';
  const rest = value.slice(prefix.length);
  if (rest.length < 12) return `${prefix}…(${value.length} chars)`;
  return `${prefix}…${rest.slice(-4)}`;
}

function maskText(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  return `${value[0]}${'*'.repeat(Math.min(value.length - 2, 8))}${value[value.length - 1]}`;
}
