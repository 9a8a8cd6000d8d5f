/**
 * IP addresses, validated and classified with ipaddr.js.
 *
 * IPv4: dotted-quad decimal (RFC 791 text form: four decimal octets 0–255, no leading zeros). IPv6: every
 * RFC 4291 §2.2 text form — full, zero-compressed (`::`), with an embedded IPv4 tail (`::ffff:192.0.2.1`),
 * upper or lower case (RFC 5952 canonical form is not required of what people write), bracketed in URLs.
 *
 * Classes (`facts.range`): reserved addresses (netmasks such as 255.255.255.0) and a bare `::` (Haskell
 * signatures, C++ and Rust paths) are not reported at all; loopback, multicast, unspecified (0.0.0.0) and
 * broadcast addresses are `special` and reported at info, like documentation values: they are addresses as
 * written, but nobody's. A network in CIDR notation (`10.8.0.0/16`, `fe80::/10`) is `network`, reported at
 * info with its prefix in the span: it names a range, not a host, yet says how a network is laid out;
 * private, link-local, unique-local and CGNAT addresses are reported with
 * `range: 'private'` (rules lower their severity); documentation blocks (RFC 5737, RFC 3849) are
 * placeholders; well-known public resolvers (8.8.8.8, 1.1.1.1 …) are `range: 'well-known'`.
 * Version strings (`version 1.2.3.4`, `v10.0.0.1`) are rejected by context.
 */
import ipaddr from 'ipaddr.js';
import { applyContext, CONTEXT, matchContext } from './context';
import { anchors, codeAt, isDigit, isWordChar, matchAt, numericSegments, type Detection, type Facts } from './detection';
import { isDocumentationIp } from './placeholders';

const V4 = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/y;
const LEADING_ZERO = /(?:^|\.)0\d/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [V4, LEADING_ZERO];

const WELL_KNOWN = new Set([
  '8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220',
  '2001:4860:4860::8888', '2001:4860:4860::8844', '2606:4700:4700::1111', '2606:4700:4700::1001', '2620:fe::fe',
]);

export type IpRange = 'public' | 'private' | 'well-known' | 'documentation' | 'special' | 'network' | 'ignored';

/** Classifies a parsed address. */
export function classifyIp(addr: ipaddr.IPv4 | ipaddr.IPv6): IpRange {
  let a = addr;
  if (a.kind() === 'ipv6' && (a as ipaddr.IPv6).isIPv4MappedAddress()) a = (a as ipaddr.IPv6).toIPv4Address();
  if (isDocumentationIp(a)) return 'documentation';
  if (WELL_KNOWN.has(a.toString())) return 'well-known';
  switch (a.range()) {
    case 'unicast':
    case '6to4':
    case 'teredo':
    case 'rfc6052':
    case 'rfc6145':
      return 'public';
    case 'private':
    case 'linkLocal':
    case 'carrierGradeNat':
    case 'uniqueLocal':
      return 'private';
    case 'loopback':
    case 'multicast':
    case 'unspecified':
    case 'broadcast':
      return 'special'; // nobody's address, but an address as written: reported at info
    default:
      return 'ignored'; // reserved (netmasks), benchmarking …
  }
}

/** Finds IPv4 and IPv6 addresses in `text`. */
export function findIpAddresses(text: string): Detection[] {
  const v6 = findIpv6(text);
  // An IPv4 tail of an IPv6 address (`::ffff:52.14.22.9`) belongs to the IPv6 address.
  const v4 = findIpv4(text).filter((d) => !v6.some((x) => x.span.offset <= d.span.offset && d.span.endOffset <= x.span.endOffset));
  return [...v4, ...v6].sort((a, b) => a.span.offset - b.span.offset);
}

export function findIpv4(text: string): Detection[] {
  const out: Detection[] = [];
  for (const w of numericSegments(text, 4)) {
    for (const at of anchors(text, w)) {
      // A digit, then a dot after one to three digits: a cheap test before the regular expression.
      if (!isDigit(codeAt(text, at)) || !firstOctetThenDot(text, at)) continue;
      const m = matchAt(V4, text, at);
      if (!m) continue;
      const start = at;
      const end = start + m[0].length;
      const before = codeAt(text, start - 1);
      const after = codeAt(text, end);
      if (isWordChar(before) || isWordChar(after)) continue;
      // 1.2.3.4.5, v-1.2.3.4, 1.2.3.4-beta; but a range of addresses (10.0.0.1-10.0.0.9) is two addresses.
      if ((before === 46 || (before === 45 && !ipv4Before(text, start - 1))) && isWordChar(codeAt(text, start - 2))) continue;
      if ((after === 46 || (after === 45 && !matchAt(V4, text, end + 1))) && isWordChar(codeAt(text, end + 1))) continue;
      if (LEADING_ZERO.test(m[0]) || !ipaddr.IPv4.isValidFourPartDecimal(m[0])) continue;
      const d = detection(text, start, end, ipaddr.IPv4.parse(m[0]), 0.8, 4);
      if (d) out.push(d);
    }
  }
  return out;
}

/** A dotted quad ends right before `dash` (the first address of a range `a.b.c.d-e.f.g.h`). */
function ipv4Before(text: string, dash: number): boolean {
  let s = dash;
  while (s > 0 && dash - s < 15 && (isDigit(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  const m = matchAt(V4, text, s);
  return !!m && s + m[0].length === dash;
}

function firstOctetThenDot(text: string, at: number): boolean {
  for (let i = at + 1; i <= at + 3; i++) {
    const c = codeAt(text, i);
    if (c === 46) return true;
    if (!isDigit(c)) return false;
  }
  return false;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** IPv6: maximal runs of hex digits, `:` and `.` holding at least two colons, validated by ipaddr.js. */
export function findIpv6(text: string): Detection[] {
  const out: Detection[] = [];
  let from = 0;
  for (;;) {
    const colon = text.indexOf(':', from);
    if (colon < 0) break;
    // Most colons in prompts end a key or a label (`name: x`): an address needs hex or `:` on both sides.
    const prev = codeAt(text, colon - 1);
    const next = codeAt(text, colon + 1);
    if (!(isHex(prev) || prev === 58) || !(isHex(next) || next === 58)) {
      from = colon + 1;
      continue;
    }
    let s = colon;
    while (s > 0 && colon - s < 46 && (isHex(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 58)) s--;
    let e = s;
    let colons = 0;
    while (e < text.length && e - s < 60) {
      const c = text.charCodeAt(e);
      if (c === 58) colons++;
      else if (!isHex(c) && c !== 46) break;
      e++;
    }
    from = e + 1;
    if (colons < 2) continue;
    // Trailing sentence punctuation, and a lone trailing colon (`address fe80::1:`).
    while (e > s && text.charCodeAt(e - 1) === 46) e--;
    if (text.charCodeAt(e - 1) === 58 && text.charCodeAt(e - 2) !== 58) e--;
    if (isWordChar(codeAt(text, s - 1)) || isWordChar(codeAt(text, e))) continue;
    const value = text.slice(s, e);
    if (value.length < 3 || value.length > 45) continue;
    // Without `::` an address writes all eight groups (seven colons), or six and an IPv4 tail (six): times and
    // ratios (`10:30:00`) are none. ipaddr.js would say so too, but by throwing, which costs far more.
    if (!value.includes('::') && colonCount(value) < 6) continue;
    if (!ipaddr.IPv6.isValid(value)) continue;
    // Code such as `a::b` is valid IPv6 text: ask for a digit and five hex characters.
    let hex = 0;
    let digit = false;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (isHex(c)) hex++;
      if (c >= 48 && c <= 57) digit = true;
    }
    if ((!digit || hex < 4) && value !== '::1') continue;
    // A zone index (RFC 4007 §11: `fe80::1%eth0`; RFC 6874: `[fe80::1%25eth0]` in a URI) says which link the
    // address is on: it belongs to the address as written, so the span and the mask cover it.
    const zone = zoneEnd(text, s, e);
    const d = detection(text, s, zone ?? e, ipaddr.IPv6.parse(value), 0.85, 6);
    if (d) out.push(d);
  }
  return out;
}

/** RFC 6874 `unreserved`: the characters a zone id may hold (interface names and numbers). */
function isZoneChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 95 || c === 126;
}

/** The end of a zone index written right after the address ending at `end`, if there is one. */
function zoneEnd(text: string, start: number, end: number): number | undefined {
  if (text.charCodeAt(end) !== 37) return undefined;
  let z = end + 1;
  // In a URI the `%` itself is percent-encoded (`%25`); only inside brackets, where a URI puts the address.
  if (text.charCodeAt(start - 1) === 91 && text.startsWith('25', z) && isZoneChar(codeAt(text, z + 2))) z += 2;
  let k = z;
  while (k < text.length && k - z < 64 && isZoneChar(text.charCodeAt(k))) k++;
  while (k > z && text.charCodeAt(k - 1) === 46) k--;
  return k > z ? k : undefined;
}

function colonCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 58) n++;
  return n;
}

/** The prefix length written right after an address (`/24`), if any: its value and where its digits end. */
function cidrPrefix(text: string, end: number): { bits: number; end: number } | undefined {
  if (text.charCodeAt(end) !== 47) return undefined;
  let i = end + 1;
  let n = 0;
  while (i < text.length && i - end <= 3 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n = n * 10 + text.charCodeAt(i++) - 48;
  return i > end + 1 ? { bits: n, end: i } : undefined;
}

/** The address is the first address of its `/prefix` network (all host bits zero). */
function isNetworkAddress(addr: ipaddr.IPv4 | ipaddr.IPv6, prefix: number): boolean {
  const bytes = addr.toByteArray();
  if (prefix > bytes.length * 8) return false;
  for (let bit = prefix; bit < bytes.length * 8; bit++) {
    if ((bytes[bit >> 3] >> (7 - (bit & 7))) & 1) return false;
  }
  return true;
}

function detection(text: string, start: number, end: number, addr: ipaddr.IPv4 | ipaddr.IPv6, base: number, version: 4 | 6): Detection | undefined {
  let range = classifyIp(addr);
  if (range === 'ignored') return undefined;
  const span = { offset: start, endOffset: end };
  let b = base;
  const written = cidrPrefix(text, end);
  const prefix = written?.bits;
  const bits = version === 4 ? 32 : 128;
  // CIDR notation is one value, address and prefix length (`52.14.22.9/24`): the span and the mask cover both,
  // the digits as written (`/08` is two of them)
  if (written && written.bits <= bits) span.endOffset = written.end;
  // `/32` and `/128` name a single host.
  if (prefix !== undefined && prefix < bits) {
    if (isNetworkAddress(addr, prefix) && range !== 'documentation') {
      // `10.0.0.0/8`, `fe80::/10`: a network written in CIDR notation describes a range, not a host
      range = 'network';
    } else {
      b -= 0.2;
    }
  }
  // a bare `::` is far more often `f :: Int` or a path separator than the unspecified address
  if (range === 'special' && end - start === 2 && text.startsWith('::', start)) return undefined;
  const ctx = matchContext(text, span, CONTEXT['ip-address']);
  const facts: Facts = { version, range };
  return {
    entity: 'ip-address',
    span,
    detector: 'ip-address',
    validators: [version === 4 ? 'ipv4' : 'ipv6', 'range'],
    confidence: applyContext(b, ctx),
    context: [...ctx.positive, ...ctx.negative.map((w) => `-${w}`)],
    ...(range === 'documentation' || range === 'special' ? { placeholder: 'documentation' as const } : {}),
    normalized: addr.toNormalizedString(),
    maskKind: 'ip',
    facts,
  };
}
