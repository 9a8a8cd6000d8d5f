/**
 * Documentation values: data that looks sensitive but is reserved for examples by a standard or is
 * published as a test value. Rules report them at `info` with evidence `{ placeholder: true }` instead of
 * as real data (or, for secrets, not at all).
 *
 * API (shared by the PII and the secrets detectors; every function is pure and never throws):
 *   placeholderValue(value)          → why a free-form value is a placeholder (`xxxx`, `<token>`, `YOUR_KEY`,
 *                                      `${env:X}`, `{{ x }}`, `changeme`, a repeated or sequential run), or undefined
 *   isDocumentationDomain(domain)    → example.com/.org/.net, *.test, *.example, *.invalid, *.localhost (RFC 2606/6761)
 *   isPlaceholderEmail(address)      → the address's domain is a documentation domain, or its local part is a placeholder
 *   isFictionalPhone(country, nsn)   → numbers reserved for fiction: NANP 555-0100…0199, Ofcom drama ranges, ACMA ranges
 *   isDocumentationIp(address)       → 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 (RFC 5737/3849)
 *   isTestCardNumber(digits)         → published test card numbers of the big payment processors
 */
import ipaddr from 'ipaddr.js';

export type PlaceholderReason =
  | 'masked' // xxxx, ****, XXX-XX-XXXX, •••
  | 'angle-token' // <token>, <your-api-key>
  | 'your-value' // YOUR_API_KEY, your-password-here, <insert key here>
  | 'template' // ${env:VAR}, {{ x }}, ${{ secrets.X }}, %(x)s, $VAR
  | 'word' // changeme, placeholder, example, dummy, redacted
  | 'repeated' // aaaaaaaa, 00000000
  | 'sequential' // 123456789, abcdefgh
  | 'documentation'; // reserved by a standard (domains, IP blocks, phone ranges, test cards)

const MASKED = /^[xX*#•●._\-\s]{3,}$/;
const MASK_RUN = /[xX*#•●]{4,}/;
const ANGLE = /^<[^<>\n]{1,60}>$/;
const BRACKETED = /^[[{(<][^[\]{}()<>\n]{1,60}[\]})>]$/;
const YOUR = /^(?:your|insert|enter|replace|put|fill|add|paste)(?:[-_ .]|$)|(?:^|[-_ .])your[-_ .]/i;
const HERE = /(?:^|[-_ .])here$/i;
const WORDY = /^[a-z0-9 ._-]{1,80}$/i;
const ZERO_RUN = /0{9,}/;
const SEPARATORS = /[\s._\-:/]/g;
const WORD_SEPARATORS = /[-_ .]/g;
const TRAILING_DOT = /\.$/;
const NON_DIGITS = /\D/g;

const TEMPLATE = /^\$\{[^}\n]{1,200}\}$|^\$\{\{[^}\n]{1,200}\}\}$|^\{\{[^}\n]{1,200}\}\}$|^\{%[^%\n]{1,200}%\}$|^%\([a-zA-Z_]\w{0,60}\)[sd]$|^\$[A-Z_][A-Z0-9_]{0,60}$|^\{[a-zA-Z_]\w{0,60}\}$|^<%=?[^%\n]{1,200}%>$/;
const WORDS = new Set([
  'changeme', 'change_me', 'change-me', 'changeit', 'replaceme', 'replace_me', 'replace-me', 'placeholder', 'example', 'examples',
  'sample', 'dummy', 'redacted', 'todo', 'tbd', 'fixme', 'none', 'null', 'nil', 'undefined', 'secret', 'password', 'passwd', 'test',
  'testing', 'foo', 'bar', 'baz', 'foobar', 'qux', 'xyz', 'abc', 'string', 'value', 'token', 'apikey', 'api_key', 'api-key',
  'notarealkey', 'not_a_real_key', 'fake', 'fakekey', 'mock', 'default', 'empty', 'hidden', 'omitted', 'removed', 'elided', 'n/a',
]);
const REDACTED_LABEL = /^\[?REDACTED(?:_[A-Z0-9_]{1,40})?\]?$/;
const LETTERS_ONLY = /^[a-z]+$/i;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [MASKED, MASK_RUN, ANGLE, BRACKETED, YOUR, HERE, WORDY, ZERO_RUN, SEPARATORS, WORD_SEPARATORS, TRAILING_DOT, NON_DIGITS, TEMPLATE, REDACTED_LABEL, LETTERS_ONLY];

/**
 * Why `value` (a candidate secret or identifier, without surrounding quotes) is a placeholder rather than
 * data, or undefined when it looks real. Conservative: a real random key never matches.
 */
export function placeholderValue(value: string): PlaceholderReason | undefined {
  const v = value.trim();
  if (!v) return 'word';
  if (v.length > 400) return undefined;
  if (MASKED.test(v) || MASK_RUN.test(v)) return 'masked';
  if (TEMPLATE.test(v) || containsTemplateRef(v)) return 'template';
  if (ANGLE.test(v)) return 'angle-token';
  if (REDACTED_LABEL.test(v)) return 'word';
  const lower = v.toLowerCase();
  const bare = BRACKETED.test(v) ? lower.slice(1, -1).trim() : lower;
  if (WORDS.has(bare)) return 'word';
  if (YOUR.test(bare) && (LETTERS_ONLY.test(bare.replace(WORD_SEPARATORS, '')) || HERE.test(bare))) return 'your-value';
  if (HERE.test(bare) && WORDY.test(bare) && bare.length <= 40) return 'your-value';
  if (BRACKETED.test(v) && LETTERS_ONLY.test(bare.replace(WORD_SEPARATORS, ''))) return 'angle-token';
  if (isRepeated(v)) return 'repeated';
  if (isSequential(v)) return 'sequential';
  return undefined;
}

/** `${…}` or `{{…}}` somewhere in the value (a reference filled in at run time), closed on the same line. */
export function containsTemplateRef(value: string): boolean {
  for (const [open, close] of [['${', '}'], ['{{', '}}']] as const) {
    const at = value.indexOf(open);
    if (at < 0) continue;
    const end = value.indexOf(close, at + open.length + 1);
    if (end < 0 || end - at > 200) continue;
    if (!value.slice(at, end).includes('\n')) return true;
  }
  return false;
}

/** One character (ignoring separators) repeated: `0000000000`, `aaaa-aaaa`. */
export function isRepeated(value: string): boolean {
  const core = value.replace(SEPARATORS, '');
  if (core.length < 4) return false;
  for (let i = 1; i < core.length; i++) if (core[i] !== core[0]) return false;
  return true;
}

/** Ascending or descending runs (ignoring separators): `123456789`, `abcdefgh`, `9876543210`. */
export function isSequential(value: string): boolean {
  const core = value.replace(SEPARATORS, '').toLowerCase();
  if (core.length < 6) return false;
  const step = core.charCodeAt(1) - core.charCodeAt(0);
  if (step !== 1 && step !== -1) return false;
  for (let i = 1; i < core.length; i++) {
    const d = core.charCodeAt(i) - core.charCodeAt(i - 1);
    // digits may wrap around (…7890…)
    if (d !== step && !(step === 1 && core[i - 1] === '9' && core[i] === '0') && !(step === -1 && core[i - 1] === '0' && core[i] === '9')) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Domains (RFC 2606, RFC 6761)

const DOC_SLDS = new Set(['example.com', 'example.org', 'example.net', 'example.edu']);
const DOC_TLDS = new Set(['test', 'example', 'invalid', 'localhost']);

/** `example.com` and its subdomains, and names under the reserved TLDs `.test`, `.example`, `.invalid`, `.localhost`. */
export function isDocumentationDomain(domain: string): boolean {
  const d = domain.toLowerCase().replace(TRAILING_DOT, '');
  const labels = d.split('.');
  if (DOC_TLDS.has(labels[labels.length - 1])) return true;
  if (labels.length >= 2 && DOC_SLDS.has(labels.slice(-2).join('.'))) return true;
  return false;
}

const PLACEHOLDER_LOCAL = new Set(['user', 'username', 'name', 'firstname.lastname', 'first.last', 'firstname', 'lastname', 'you', 'your.name', 'yourname', 'your-name', 'your_name', 'someone', 'somebody', 'email', 'your.email', 'youremail', 'your-email', 'your_email', 'john.doe', 'jane.doe', 'johndoe', 'janedoe', 'foo', 'bar', 'foo.bar', 'test', 'noreply', 'no-reply', 'example', 'xxx']);

const PLACEHOLDER_HOSTS = new Set(['domain', 'yourdomain', 'your-domain', 'company', 'yourcompany', 'your-company', 'email', 'mydomain', 'somedomain', 'website', 'yoursite']);

/** The address uses a documentation domain, or a placeholder local part at a placeholder-looking domain. */
export function isPlaceholderEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase();
  if (isDocumentationDomain(domain)) return true;
  if (MASKED.test(local) || MASK_RUN.test(local) || MASK_RUN.test(domain)) return true;
  const host = domain.split('.')[0];
  return PLACEHOLDER_LOCAL.has(local) && PLACEHOLDER_HOSTS.has(host);
}

// ---------------------------------------------------------------------------------------------------
// Phones reserved for fiction and documentation

/** Ofcom's drama ranges, as national significant numbers: prefix and the number of free digits after it. */
const UK_DRAMA: readonly string[] = [
  '1134960', '1144960', '1154960', '1164960', '1174960', '1184960', // 0113…0118 496 0xxx
  '1214960', '1314960', '1414960', '1514960', '1614960', // 0121…0161 496 0xxx
  '2079460', '2890180', '2920180', // 020 7946 0xxx, 028 9018 0xxx, 029 2018 0xxx
  '1632960', // 01632 960xxx
  '7700900', // 07700 900xxx
  '8081570', // 08081 570xxx
  '9098790', // 0909 879 0xxx
  '3069990', // 03069 990xxx
];

/** ACMA's fictitious ranges (Australia), as national significant numbers. */
const AU_FICTION: readonly string[] = ['25550', '27010', '35550', '37010', '75550', '77010', '85550', '87010', '49157'];

/**
 * A number reserved for fiction or documentation. `country` is an ISO 3166 alpha-2 code (`US`, `GB`, `AU`);
 * `nationalNumber` is the national significant number's digits (no trunk prefix, no country code).
 */
function allDigitChars(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function isFictionalPhone(country: string | undefined, nationalNumber: string): boolean {
  // The phone detector passes digits only (for every phone-shaped candidate): no copy then.
  const n = allDigitChars(nationalNumber) ? nationalNumber : nationalNumber.replace(NON_DIGITS, '');
  switch (country) {
    case 'US':
    case 'CA':
    case undefined:
      if (n.length === 10 && n.slice(3, 7) === '5550' && n[7] === '1') return true; // NXX 555-01xx
      if (n.length === 7 && n.startsWith('55501')) return true;
      if (country) return false;
      break;
    case 'GB':
      return UK_DRAMA.some((p) => n.startsWith(p) && n.length === 10);
    case 'AU':
      return AU_FICTION.some((p) => n.startsWith(p)) && n.length === 9;
    default:
      return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// IP addresses (RFC 5737, RFC 3849, RFC 9637)

const DOC_V4: ReadonlyArray<[ipaddr.IPv4, number]> = [
  [ipaddr.IPv4.parse('192.0.2.0'), 24],
  [ipaddr.IPv4.parse('198.51.100.0'), 24],
  [ipaddr.IPv4.parse('203.0.113.0'), 24],
];
const DOC_V6: ReadonlyArray<[ipaddr.IPv6, number]> = [
  [ipaddr.IPv6.parse('2001:db8::'), 32],
  [ipaddr.IPv6.parse('3fff::'), 20],
];

/** The address is in a block reserved for documentation; IPv4-mapped IPv6 addresses are unwrapped. */
export function isDocumentationIp(address: string | ipaddr.IPv4 | ipaddr.IPv6): boolean {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = typeof address === 'string' ? ipaddr.parse(address.includes('%') ? address.slice(0, address.indexOf('%')) : address) : address;
  } catch {
    return false;
  }
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
  if (addr.kind() === 'ipv4') return DOC_V4.some(([net, bits]) => (addr as ipaddr.IPv4).match(net, bits));
  return DOC_V6.some(([net, bits]) => (addr as ipaddr.IPv6).match(net, bits));
}

// ---------------------------------------------------------------------------------------------------
// Test card numbers published by payment processors (Stripe, Braintree, Adyen, PayPal, Worldpay …)

const TEST_CARDS = new Set([
  // Visa
  '4111111111111111', '4242424242424242', '4012888888881881', '4222222222222', '4000056655665556', '4000000000000002',
  '4000000000009995', '4000002500003155', '4000000000000077', '4000000000003220', '4012000033330026', '4000000000000069',
  '4000000000000127', '4000000000000119', '4000000000000101', '4000000000000341', '4000000760000002', '4000001240000000',
  '4000000000000036', '4005519200000004', '4009348888881881', '4012000077777777', '4217651111111119', '4500600000000061',
  '4000000000000259', '4000000000001976', '4000000000003063', '4917610000000000', '4462030000000000', '4917300800000000',
  '4484070000000000', '4988438843884305', '4166676667666746', '4646464646464644', '4444333322221111', '4400000000000008',
  '4263970000005262', '4035501000000008', '4131840000000003', '4571000000000001', '4199350000000002',
  // Mastercard
  '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222', '5454545454545454', '5500000000000004',
  '5431111111111111', '2223000048400011', '5425233430109903', '2222400010000008', '5577000055770004', '5101180000000007',
  '2222410740360010', '5555341244441115', '5555555555555557', '5100290029002909', '5136333333333335',
  // American Express
  '378282246310005', '371449635398431', '378734493671000', '340000000000009', '370000000000002', '341111111111111',
  '343434343434343', '371111111111114', '374245455400126',
  // Discover, Diners, JCB, UnionPay, Maestro
  '6011111111111117', '6011000990139424', '6011000000000004', '6011981111111113', '6445644564456445', '6011601160116611',
  '30569309025904', '38520000023237', '3056930009020004', '36227206271667', '36006666333344', '36700102000000',
  '3530111333300000', '3566002020360505', '3566111111111113', '3569990010095841', '3528000700000000',
  '6200000000000005', '6205500000000000004', '6250946000000016', '6243030000000001', '6212345678901265',
  '6759649826438453', '6304000000000000', '6799990100000000019', '5018000000000009', '6761000000000006',
]);

/**
 * A card number (digits only) published as a test value, or one that no issuer would print: a run of ten or
 * more zeros after the issuer prefix (processors' test ranges such as 4000 0000 0000 0002).
 */
export function isTestCardNumber(digits: string): boolean {
  return TEST_CARDS.has(digits) || ZERO_RUN.test(digits.slice(1, -1)) || isRepeated(digits.slice(1, -1));
}
