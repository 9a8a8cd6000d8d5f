/**
 * Email addresses (RFC 5321 mailbox / RFC 5322 addr-spec, dot-atom form, with RFC 6531 internationalized
 * local parts and domains). Anchored on `@`: the text is searched with `indexOf('@')` and each hit is
 * widened left over the local part (≤ 64 characters) and right over the domain (≤ 253), so the cost is
 * linear whatever the text. A domain must end in a delegated TLD (tlds.ts) or an address literal.
 *
 * Not emails: URL credentials (`https://user:pass@host`, the secrets rules' business), scp-style git
 * remotes (`git@github.com:org/repo`), package specs (`lodash@4.17.21`), `@mentions`, retina assets.
 */
import ipaddr from 'ipaddr.js';
import type { Detection } from './detection';
import { isDocumentationDomain, isPlaceholderEmail } from './placeholders';
import { isKnownTld } from './tlds';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

const LABEL = /^(?:[a-z0-9\p{L}\p{N}]|[a-z0-9\p{L}\p{N}][a-z0-9\p{L}\p{N}-]{0,61}[a-z0-9\p{L}\p{N}])$/iu;
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const MAILTO = /mailto:$/i;
const DIGIT = /\d/;
const SPACE = /\s/;
const IPV6_TAG = /^ipv6:/i;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [LABEL, NON_ASCII_WORD, MAILTO, DIGIT, SPACE, IPV6_TAG];

function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39 ||
    (c > 127 && NON_ASCII_WORD.test(String.fromCharCode(c)))
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || (c > 127 && NON_ASCII_WORD.test(String.fromCharCode(c)));
}

/** Finds email addresses in `text`. */
export function findEmails(text: string): Detection[] {
  const out: Detection[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    from = at + 1;
    const found = emailAt(text, at);
    if (found) {
      out.push(found);
      from = found.span.endOffset;
    }
  }
  return out;
}

/** The address whose `@` is at `at`, if there is one. */
export function emailAt(text: string, at: number): Detection | undefined {
  // Local part, scanning left.
  let s = at;
  const floor = Math.max(0, at - MAX_LOCAL - 2);
  while (s > floor && isLocalChar(text.charCodeAt(s - 1))) s--;
  if (s === floor && floor > 0 && isLocalChar(text.charCodeAt(s - 1))) return undefined; // far longer than 64
  while (s < at && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 39)) s++; // leading `.` or quote
  if (s === at) return undefined;
  let local = text.slice(s, at);
  const dots = local.lastIndexOf('..');
  if (dots >= 0) {
    s += dots + 2;
    local = text.slice(s, at);
    if (!local) return undefined;
  }
  if (local.endsWith('.') || local.length > MAX_LOCAL) return undefined;
  if (isUrlCredential(text, s)) return undefined;

  // Domain, scanning right.
  const domainStart = at + 1;
  if (text.charCodeAt(domainStart) === 91) return addressLiteral(text, s, at);
  let e = domainStart;
  const ceiling = Math.min(text.length, domainStart + MAX_DOMAIN + 1);
  while (e < ceiling && isDomainChar(text.charCodeAt(e))) e++;
  if (e === ceiling && ceiling < text.length && isDomainChar(text.charCodeAt(e))) return undefined;
  // Trailing punctuation belongs to the sentence.
  while (e > domainStart && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
  const labels = text.slice(domainStart, e).split('.');
  // `john@acme.com.Next` (no space after a full stop): drop labels until the last one is a TLD.
  while (labels.length >= 2 && !isKnownTld(labels[labels.length - 1]) && !isDocumentationDomain(labels[labels.length - 1])) labels.pop();
  if (labels.length < 2) return undefined;
  if (!labels.every((l) => LABEL.test(l))) return undefined;
  const tld = labels[labels.length - 1];
  if (DIGIT.test(tld) && !tld.toLowerCase().startsWith('xn--')) return undefined;
  const domain = labels.join('.');
  e = domainStart + domain.length;
  // Glued to more word characters (`a@b.com_x`) or an scp-style remote (`git@host:org/repo`).
  const next = text.charCodeAt(e);
  if (next === 95 || next === 64) return undefined;
  if (next === 58 && e + 1 < text.length && !SPACE.test(text[e + 1])) return undefined;

  const address = `${local}@${domain}`;
  return {
    entity: 'email',
    span: { offset: s, endOffset: e },
    detector: 'email',
    validators: ['syntax', 'tld'],
    confidence: 0.9,
    context: [],
    ...(isPlaceholderEmail(address) ? { placeholder: 'documentation' as const } : {}),
    normalized: address.toLowerCase(),
    maskKind: 'email',
  };
}

/** `user@[192.0.2.1]`, `user@[IPv6:2001:db8::1]`. */
function addressLiteral(text: string, s: number, at: number): Detection | undefined {
  const close = text.indexOf(']', at + 2);
  if (close < 0 || close - at > 60) return undefined;
  let literal = text.slice(at + 2, close);
  if (IPV6_TAG.test(literal)) literal = literal.slice(5);
  else if (!ipaddr.IPv4.isValidFourPartDecimal(literal)) return undefined;
  if (!ipaddr.isValid(literal)) return undefined;
  const local = text.slice(s, at);
  return {
    entity: 'email',
    span: { offset: s, endOffset: close + 1 },
    detector: 'email',
    validators: ['syntax', 'address-literal'],
    confidence: 0.8,
    context: [],
    normalized: `${local}@[${literal}]`.toLowerCase(),
    maskKind: 'email',
  };
}

/** The local part starts right after `scheme://user:` or `//`: URL credentials, not an address. */
function isUrlCredential(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 47) return true; // `//user@host`, `ssh://git@host`
  if (before !== 58) return false; // not `:`
  if (MAILTO.test(text.slice(Math.max(0, start - 7), start))) return false;
  // `scheme://user:pass@` — look back (without crossing whitespace) for `//`.
  for (let i = start - 2, n = 0; i > 0 && n < 200; i--, n++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) return false;
    if (c === 47 && text.charCodeAt(i - 1) === 47) return true;
  }
  return false;
}
