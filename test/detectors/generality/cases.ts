/**
 * A held-out style evaluation set for the PII rules, written from the public specifications
 * (ISO 13616 / the SWIFT IBAN registry, ISO/IEC 7812 + Luhn, the SSA's SSN rules, RFC 5321/5322,
 * RFC 4291/5952, ITU-T E.164 and national numbering plans) — not from our detectors or their tests.
 *
 * Syntax of a case: `⟦value⟧` marks an expected finding of the case's entity; `⟪entity|value⟫`
 * marks an expected finding of another entity (so that a negative for one entity may still hold a
 * value of another one without being mislabelled). The markers are stripped before analysis.
 *
 * Check digits are computed here (Luhn, ISO 7064 MOD 97-10, national IBAN keys) by our own helpers.
 */

export const PII_ENTITIES = ['email', 'phone', 'credit-card', 'iban', 'us-ssn', 'ip-address'] as const;
export type PiiEntity = (typeof PII_ENTITIES)[number];

export interface PiiCase {
  /** The entity this case was written for. */
  entity: PiiEntity;
  /** `true`: written as a positive for `entity`; `false`: written as a negative for it. */
  positive: boolean;
  /** Marked source text (see the syntax above). */
  source: string;
}

export interface ExpectedSpan {
  entity: PiiEntity;
  offset: number;
  endOffset: number;
  value: string;
}

/** Strips the markers of `c` and returns the plain text with the expected spans. */
export function unmark(c: PiiCase): { text: string; expected: ExpectedSpan[] } {
  let text = '';
  const expected: ExpectedSpan[] = [];
  const re = /⟦([^⟧]*)⟧|⟪([a-z-]+)\|([^⟫]*)⟫/g;
  let last = 0;
  for (let m = re.exec(c.source); m; m = re.exec(c.source)) {
    text += c.source.slice(last, m.index);
    const entity = (m[1] !== undefined ? c.entity : m[2]) as PiiEntity;
    const value = m[1] ?? m[3];
    if (!PII_ENTITIES.includes(entity)) throw new Error(`unknown entity ${entity} in ${c.source}`);
    expected.push({ entity, offset: text.length, endOffset: text.length + value.length, value });
    text += value;
    last = m.index + m[0].length;
  }
  text += c.source.slice(last);
  return { text, expected };
}

// ---------------------------------------------------------------------------------------------
// Check-digit helpers (our own implementations).

/** Luhn check digit for `payload` (digits only). */
export function luhnDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function luhnValid(number: string): boolean {
  const digits = number.replace(/\D/g, '');
  return luhnDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** `payload` + its Luhn digit. */
const card = (payload: string) => payload + luhnDigit(payload);

/** Groups `digits` by the sizes in `groups` joined with `sep`. */
function group(digits: string, groups: number[], sep = ' '): string {
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(digits.slice(i, i + g));
    i += g;
  }
  if (i < digits.length) out.push(digits.slice(i));
  return out.join(sep);
}

/** Remainder modulo 97 of the IBAN-numeric form of `s` (letters → 10..35). */
export function mod97Of(s: string): number {
  let r = 0;
  for (const ch of s.toUpperCase()) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

export function ibanValid(iban: string): boolean {
  const c = iban.replace(/\s/g, '');
  return mod97Of(c.slice(4) + c.slice(0, 4)) === 1;
}

/** The electronic IBAN for `country` and `bban`. */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97Of(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** Print format: groups of four separated by spaces. */
export const print = (v: string) => v.replace(/(.{4})(?=.)/g, '$1 ');

// National check keys, so that the values also pass stricter (national) validation.
function beBban(first10: string): string {
  const r = Number(BigInt(first10) % 97n);
  return first10 + String(r === 0 ? 97 : r).padStart(2, '0');
}
function frBban(bank: string, branch: string, account: string): string {
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  return bank + branch + account + String(key).padStart(2, '0');
}
function esBban(bank: string, branch: string, account: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (s: string) => {
    const v = 11 - ([...s].reduce((a, d, i) => a + Number(d) * w[i], 0) % 11);
    return v === 11 ? 0 : v === 10 ? 1 : v;
  };
  return `${bank}${branch}${dc(`00${bank}${branch}`)}${dc(account)}${account}`;
}
function noBban(first10: string): string {
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const v = 11 - ([...first10].reduce((a, d, i) => a + Number(d) * w[i], 0) % 11);
  if (v === 10) throw new Error(`no valid Norwegian key for ${first10}`);
  return first10 + String(v === 11 ? 0 : v);
}
function nlElfproef(account: string): boolean {
  return [...account].reduce((a, d, i) => a + Number(d) * (10 - i), 0) % 11 === 0;
}
/** Slovak BBAN: bank, prefix and account, the account completed with its MOD 11 digit (weights 6,3,7,9,10,5,8,4,2,1). */
function skBban(bank: string, prefix: string, account9: string): string {
  const w = [6, 3, 7, 9, 10, 5, 8, 4, 2];
  const d = (11 - ([...account9].reduce((a, x, i) => a + Number(x) * w[i], 0) % 11)) % 11;
  if (d === 10) throw new Error(`no valid Slovak account for ${account9}`);
  return bank + prefix + account9 + d;
}
function ptBban(first19: string): string {
  const check = 98 - Number(BigInt(`${first19}00`) % 97n);
  return first19 + String(check).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------
// Values

// Payment cards (ISO/IEC 7812 IIN ranges). The well-known gateway test numbers are listed explicitly
// (they are everywhere in documentation; they must still be found, at info severity at least).
const TEST_CARDS = {
  visa: '4111 1111 1111 1111',
  visa2: '4012888888881881',
  visa13: '4222222222222',
  mc: '5555 5555 5555 4444',
  mc2: '5105-1051-0510-5100',
  amex: '3782 822463 10005',
  amex2: '371449635398431',
  discover: '6011 1111 1111 1117',
  jcb: '3530 1113 3330 0000',
  diners: '3056 930902 5904',
};
const CARDS = {
  visa: card('453201511283036'),
  visa2: card('492948217730166'),
  visa3: card('401288237719420'),
  visa13: card('471635201985'),
  visa19: card('454651829374650128'),
  mc: card('545762910384726'),
  mc2: card('522148103966521'),
  mc2series: card('222300481726395'),
  mc27: card('272011933658207'),
  amex: card('34782910465723'),
  amex2: card('37125964810372'),
  discover: card('601154827390162'),
  discover65: card('650047281930584'),
  discover644: card('644918273645019'),
  jcb: card('353829104756382'),
  jcb2: card('358917263540918'),
  diners36: card('3648201957362'),
  diners300: card('3012847563920'),
  unionpay: card('621483659201746'),
  unionpay19: card('624095187362054981'),
  maestro: card('675938201746583'),
  mir: card('220014837265019'),
};

// IBANs for many countries, BBAN structures from the registry.
function nlIban(bank: string, seed: number): string {
  for (let n = seed; ; n++) {
    const acct = String(n).padStart(10, '0');
    if (nlElfproef(acct)) return iban('NL', bank + acct);
  }
}
const IBANS = {
  DE: iban('DE', '500105175407324931'),
  DE2: 'DE89370400440532013000',
  GB: iban('GB', 'NWBK60161348291766'),
  GB2: 'GB82WEST12345698765432',
  FR: iban('FR', frBban('30004', '00823', '00012345678')),
  FR2: iban('FR', frBban('20041', '01005', '05001372903')),
  ES: iban('ES', esBban('2100', '0418', '4502000513')),
  IT: iban('IT', 'X0542811101000000123456'),
  NL: nlIban('ABNA', 417164300),
  NL2: nlIban('RABO', 300065260),
  BE: iban('BE', beBban('5390075470')),
  CH: iban('CH', '04835012345671000'),
  AT: iban('AT', '1904300235473201'),
  PL: iban('PL', '109010140000071219812874'),
  SE: iban('SE', '50000000058398257466'),
  NO: iban('NO', noBban('8601117947')),
  DK: iban('DK', '50400440116243'),
  FI: iban('FI', '21421000092405'),
  IE: iban('IE', 'AIBK93115212345678'),
  PT: iban('PT', ptBban('0002012312345678901')),
  LU: iban('LU', '0019400644750000'),
  CZ: iban('CZ', '08000000192000145399'),
  SK: iban('SK', skBban('0900', '000000', '012345678')),
  HU: iban('HU', '117730161111101800000000'),
  RO: iban('RO', 'AAAA1B31007593840000'),
  BG: iban('BG', 'BNBG96611020345678'),
  GR: iban('GR', '01101250000000012345678'),
  HR: iban('HR', '10010051863000160'),
  SI: iban('SI', '263300012039086'),
  LT: iban('LT', '1000011101001000'),
  LV: iban('LV', 'BANK0000435195001'),
  EE: iban('EE', '2200221020145685'),
  MT: iban('MT', 'MALT011000012345MTLCAST001S'),
  CY: iban('CY', '002001280000001200527600'),
  IS: iban('IS', '0159260076545510730339'),
  LI: iban('LI', '088100002324013AA'),
  SA: iban('SA', '80000000608010167519'),
  AE: iban('AE', '0331234567890123456'),
  TR: iban('TR', '0006100519786457841326'),
  IL: iban('IL', '0108000000099999999'),
  KW: iban('KW', 'CBKU0000000000001234560101'),
  QA: iban('QA', 'DOHB00001234567890ABCDEFG'),
  BR: iban('BR', '00360305000010009795493P1'),
  UA: iban('UA', '3223130000026007233566001'),
  RS: iban('RS', '260005601001611379'),
  GE: iban('GE', 'NB0000000101904917'),
  MU: iban('MU', 'BOMM0101101030300200000MUR'),
  PK: iban('PK', 'SCBL0000001123456702'),
  JO: iban('JO', 'CBJO0010000000000131000302'),
  XK: iban('XK', '1212012345678906'),
  MC: iban('MC', frBban('11222', '00001', '01234567890')),
  AD: iban('AD', '00012030200359100100'),
  EG: iban('EG', '0019000500000000263180002'),
  KZ: iban('KZ', '125KZT5004100100'),
};

/** IBAN lengths from the SWIFT IBAN registry, for the self-check of the set. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22,
  PT: 25, LU: 20, CZ: 24, SK: 24, HU: 28, RO: 24, BG: 22, GR: 27, HR: 21, SI: 19, LT: 20, LV: 21, EE: 20, MT: 31, CY: 28,
  IS: 26, LI: 21, SA: 24, AE: 23, TR: 26, IL: 23, KW: 30, QA: 29, BR: 29, UA: 29, RS: 22, GE: 22, MU: 30, PK: 24, JO: 30,
  XK: 20, MC: 27, AD: 24, EG: 29, KZ: 20,
};

// ---------------------------------------------------------------------------------------------
// Cases

const P = (entity: PiiEntity, source: string): PiiCase => ({ entity, positive: true, source });
const N = (entity: PiiEntity, source: string): PiiCase => ({ entity, positive: false, source });

const email: PiiCase[] = [
  P('email', 'Please contact ⟦maria.gonzalez@contoso-mail.com⟧ for the refund.'),
  P('email', 'Send the draft to ⟦j.smith+invoices@acme-corp.io⟧ before Friday.'),
  P('email', 'My address is ⟦Hans.Mueller@gmx.de⟧, thanks!'),
  P('email', 'Reply to: ⟦support@help.northwind.co.uk⟧'),
  P('email', 'CC ⟦li.wei_88@qq.com⟧ and ⟦sato.yuki@docomo.ne.jp⟧ on the thread.'),
  P('email', '"email": "⟦priya.r@infosys-labs.in⟧",'),
  P('email', 'email: ⟦o.oconnor@tcd.ie⟧'),
  P('email', 'Write to <⟦ana.silva@empresa.com.br⟧> if the build breaks.'),
  P('email', '[Mail us](mailto:⟦press@fabrikam.engineering⟧) for press enquiries.'),
  P('email', 'The on-call engineer (⟦dmitri.ivanov@yandex.ru⟧) will page you.'),
  P('email', 'Contact: ⟦FIRST.LAST@BIGCORP.COM⟧.'),
  P('email', 'Forward it to ⟦a1b2c3@mail.example-shop.online⟧ please.'),
  P('email', 'Her work email is ⟦chloe-dupont@orange.fr⟧ and she replies fast.'),
  P('email', 'Billing questions: ⟦billing_team@startup.ai⟧'),
  P('email', 'Notify ⟦ops-alerts@monitoring.internal.contoso.net⟧ on failure.'),
  P('email', 'The customer wrote from ⟦kwame.mensah1987@yahoo.com⟧ yesterday.'),
  P('email', 'Use the alias ⟦x@y.co⟧ for tests.'),
  P('email', 'Signed up as ⟦lars.nielsen@post.tele.dk⟧ on 2024-03-02.'),
  P('email', 'Recipient: ⟦m_kowalski@wp.pl⟧; Subject: overdue invoice'),
  P('email', 'Ask ⟦sofia.rossi@libero.it⟧ about the contract.'),
  P('email', 'If unsure, email ⟦helpdesk@uni-heidelberg.de⟧.'),
  P('email', 'He is reachable at ⟦tom.o\'brien@example.org⟧ during office hours.'),
  P('email', 'user_email = "⟦noah.williams@outlook.com⟧"'),
  P('email', '- owner: ⟦platform-team@company.cloud⟧'),
  P('email', 'Escalations go to ⟦escalations@service.gov.uk⟧.'),
  P('email', 'Confirm with ⟦emma.johansson@telia.se⟧, then close the ticket.'),
  P('email', 'From: "Ahmed Hassan" <⟦ahmed.hassan@etisalat.ae⟧>'),
  P('email', 'Mention ⟦jane@example.com⟧ in the sample output.'),
  P('email', 'Test account ⟦test.user@example.net⟧ is used for demos.'),
  P('email', 'Personal: ⟦zoe1999@icloud.com⟧ — do not share.'),
  P('email', 'The vendor contact was ⟦r.patel@tata-steel.co.in⟧.'),
  P('email', 'Send receipts to ⟦receipts+2024@ledger.finance⟧'),
  P('email', 'Email ⟦carlos.mendez@unam.mx⟧ or call the office.'),
  P('email', 'Lead: ⟦nguyen.van.an@fpt.com.vn⟧'),
  P('email', 'Registered with ⟦olivia.brown@protonmail.ch⟧.'),
  P('email', 'please loop in ⟦devrel@tailspin-toys.dev⟧ too'),
  P('email', 'Applicant email ⟦kim.minjun@naver.com⟧ (verified).'),
  P('email', 'Old address ⟦g.schulz@t-online.de⟧ is no longer monitored.'),
  P('email', 'To unsubscribe write to ⟦unsubscribe@news.wingtiptoys.com⟧.'),
  P('email', 'Her username is ⟦fatima.zahra@gmail.com⟧ on the portal.'),
  P('email', 'Reviewer: ⟦mark.taylor@bbc.co.uk⟧, approver: ⟦s.chen@hsbc.com.hk⟧'),
  P('email', 'Contact ⟦info@münchen-reisen.de⟧ for bookings.'),
  P('email', 'Filter on ⟦user.name+tag+sorting@example.com⟧ in the inbox.'),
  N('email', 'Mention @octocat in the pull request description.'),
  N('email', 'Install @types/node and @angular/core first.'),
  N('email', 'The retina asset is logo@2x.png and icon@3x.webp.'),
  N('email', 'Pin lodash@4.17.21 and react@18.2.0 in package.json.'),
  N('email', 'Use the @Component decorator on the class.'),
  N('email', 'Send it to {{customer.email}} after approval.'),
  N('email', 'The email field is ${input:email} and must be validated.'),
  N('email', 'Write to john [at] contoso [dot] com if the form fails.'),
  N('email', 'The regex user@domain must match the format name@host.'),
  N('email', 'Log in as admin@localhost on the dev box.'),
  N('email', '@media screen and (max-width: 600px) { body { font-size: 14px; } }'),
  N('email', 'Ask in the @platform-team channel.'),
  N('email', 'Contact: <email address>'),
  N('email', 'Address format: firstname.lastname@'),
  N('email', 'The twitter handle is @contoso_support.'),
  N('email', 'Use git checkout main@{1} to go back.'),
  N('email', 'The value a@b is not a valid address.'),
  N('email', 'Email: ***@***.com (redacted)'),
  N('email', 'Run docker pull nginx@sha256 to pin the digest.'),
  N('email', 'The @@ hunk header shows the line numbers.'),
  N('email', 'Reply with your e-mail address so we can follow up.'),
  N('email', 'Python: def f(self): return self.x @ self.y'),
];

const phone: PiiCase[] = [
  P('phone', 'Call me at ⟦(425) 555-0134⟧ tomorrow.'),
  P('phone', 'Mein Telefon: ⟦+49 30 901820⟧'),
  P('phone', 'Our Seattle office: ⟦(206) 342-7781⟧.'),
  P('phone', 'Text the driver at ⟦312-749-2816⟧ when you arrive.'),
  P('phone', 'Phone: ⟦646.837.2190⟧'),
  P('phone', 'Reach support on ⟦+1 415 839 2047⟧ any time.'),
  P('phone', 'Cell: ⟦+1 (720) 364-9182⟧'),
  P('phone', 'E.164 form: ⟦+14259371842⟧'),
  P('phone', 'Toll free ⟦1-888-492-3716⟧ (24/7).'),
  P('phone', 'UK desk: ⟦+44 20 7183 4402⟧'),
  P('phone', 'Ring the London office on ⟦020 7183 4402⟧.'),
  P('phone', 'Mobile ⟦+44 7911 123456⟧, evenings only.'),
  P('phone', 'Manchester line: ⟦0161 496 0123⟧'),
  P('phone', 'Bitte rufen Sie ⟦+49 89 21804411⟧ an.'),
  P('phone', 'Handy: ⟦+49 151 23456789⟧'),
  P('phone', 'Zentrale: ⟦+49 (0)40 4283 8120⟧'),
  P('phone', 'Appelez le ⟦+33 1 42 68 53 00⟧ pour un rendez-vous.'),
  P('phone', 'Portable : ⟦+33 6 12 34 56 78⟧'),
  P('phone', 'Tél. ⟦04 78 42 13 67⟧'),
  P('phone', 'Llámenos al ⟦+34 912 345 678⟧.'),
  P('phone', 'Móvil: ⟦+34 612 34 56 78⟧'),
  P('phone', 'Chiamare il ⟦+39 06 6982 1234⟧ in orario d\'ufficio.'),
  P('phone', 'Cellulare ⟦+39 347 123 4567⟧'),
  P('phone', 'Bel ons op ⟦+31 20 624 1111⟧.'),
  P('phone', 'Mobiel: ⟦+31 6 1234 5678⟧'),
  P('phone', 'Sydney office ⟦+61 2 9374 4000⟧'),
  P('phone', 'Mobile: ⟦+61 412 345 678⟧'),
  P('phone', 'Mumbai: ⟦+91 98200 12345⟧'),
  P('phone', 'Landline ⟦+91 22 2202 5431⟧'),
  P('phone', 'Tokyo: ⟦+81 3-3581-2241⟧'),
  P('phone', '携帯: ⟦+81 90-1234-5678⟧'),
  P('phone', 'São Paulo: ⟦+55 11 98765-4321⟧'),
  P('phone', 'Mexico City ⟦+52 55 5341 6000⟧'),
  P('phone', 'Cape Town: ⟦+27 21 480 7700⟧'),
  P('phone', 'Tel Aviv office ⟦+972 3-612-3456⟧'),
  P('phone', 'Zürich: ⟦+41 44 668 18 00⟧'),
  P('phone', 'Wien ⟦+43 1 5131234⟧'),
  P('phone', 'Warszawa: ⟦+48 22 694 12 34⟧'),
  P('phone', 'Stockholm ⟦+46 8 405 10 00⟧'),
  P('phone', 'Dublin: ⟦+353 1 671 1234⟧'),
  P('phone', 'Singapore hotline ⟦+65 6123 4567⟧'),
  P('phone', 'Seoul: ⟦+82 2-3703-1234⟧'),
  P('phone', 'Beijing ⟦+86 10 6552 9988⟧'),
  P('phone', 'Mobile (CN): ⟦+86 138 0013 8000⟧'),
  P('phone', 'Auckland ⟦+64 9 379 4500⟧'),
  P('phone', 'Buenos Aires: ⟦+54 11 4321-1234⟧'),
  P('phone', 'Moscow ⟦+7 495 123-45-67⟧'),
  P('phone', 'Brussels ⟦+32 2 555 12 12⟧'),
  P('phone', 'Dial ⟦00 44 20 7183 4402⟧ from abroad.'),
  P('phone', 'tel: ⟦+1-206-555-0123⟧'),
  P('phone', '"phone": "⟦+442071834402⟧"'),
  P('phone', 'The customer phone number is ⟦4259371842⟧.'),
  P('phone', 'From the US dial ⟦011 44 20 7183 4402⟧ for London.'),
  P('phone', 'Office ⟦425-882-8080⟧ ext. 204'),
  P('phone', 'Direct line: ⟦+44 161 496 0345⟧'),
  N('phone', 'Released 2024-01-15 at 10:30:45 as version 10.0.19041.1.'),
  N('phone', 'Order #48213907 shipped to ZIP 98052.'),
  N('phone', 'Total: $1,234,567.89 including tax.'),
  N('phone', 'ISBN 978-3-16-148410-0 is out of print.'),
  N('phone', 'Coordinates 47.6062, -122.3321 mark the office.'),
  N('phone', 'Render at 1920x1080 and 2560x1440.'),
  N('phone', 'Revenue grew from 2019-2023 by 12%.'),
  N('phone', 'See issue #12345 and PR #12399.'),
  N('phone', 'The timestamp 1700000000 is in seconds.'),
  N('phone', 'Fixed in CVE-2024-3094 follow-up.'),
  N('phone', 'Commit 3f786850e387550fdab836ed7e6dc881de23001b introduced it.'),
  N('phone', 'Invoice INV-2024-000123 is overdue.'),
  N('phone', 'Build 20240115.3 passed all 1024 tests.'),
  N('phone', 'Pages 123-145 cover the theory.'),
  N('phone', 'Reference value 4155552671.'),
  N('phone', 'Call {{customer.phone}} if the delivery fails.'),
  N('phone', 'Phone: +1 (XXX) XXX-XXXX'),
  N('phone', 'The meeting is on 12/25/2024 at 14:00.'),
  N('phone', 'Port 8080 and port 5432 must be open.'),
  N('phone', 'Use 3.14159265 for pi in the example.'),
  N('phone', 'Serial number SN-2023-88-1042 on the label.'),
  N('phone', 'The population was 8,336,817 in 2022.'),
  N('phone', 'Tracking: 1Z999AA10123456784'),
  N('phone', 'Allocate 16 GB RAM, 4 vCPU and 250 GB disk.'),
];

const creditCard: PiiCase[] = [
  P('credit-card', `Card number: ⟦${TEST_CARDS.visa}⟧, exp 12/27.`),
  P('credit-card', `Use the test card ⟦${TEST_CARDS.visa2}⟧ in sandbox mode.`),
  P('credit-card', `Old 13-digit Visa ⟦${TEST_CARDS.visa13}⟧ still works.`),
  P('credit-card', `Mastercard ⟦${TEST_CARDS.mc}⟧`),
  P('credit-card', `Pay with ⟦${TEST_CARDS.mc2}⟧ please.`),
  P('credit-card', `Amex: ⟦${TEST_CARDS.amex}⟧`),
  P('credit-card', `American Express ⟦${TEST_CARDS.amex2}⟧ declined.`),
  P('credit-card', `Discover ⟦${TEST_CARDS.discover}⟧`),
  P('credit-card', `JCB card ⟦${TEST_CARDS.jcb}⟧ for the Tokyo booking.`),
  P('credit-card', `Diners Club ⟦${TEST_CARDS.diners}⟧`),
  P('credit-card', `My card is ⟦${group(CARDS.visa, [4, 4, 4, 4])}⟧ and the CVV is 123.`),
  P('credit-card', `Charge ⟦${CARDS.visa2}⟧ for the annual plan.`),
  P('credit-card', `card: ⟦${group(CARDS.visa3, [4, 4, 4, 4], '-')}⟧`),
  P('credit-card', `Legacy Visa ⟦${CARDS.visa13}⟧ on file.`),
  P('credit-card', `Visa (19 digits): ⟦${group(CARDS.visa19, [4, 4, 4, 4, 3])}⟧`),
  P('credit-card', `The customer's Mastercard is ⟦${group(CARDS.mc, [4, 4, 4, 4])}⟧.`),
  P('credit-card', `"card_number": "⟦${CARDS.mc2}⟧"`),
  P('credit-card', `New 2-series Mastercard ⟦${group(CARDS.mc2series, [4, 4, 4, 4])}⟧ was issued.`),
  P('credit-card', `MC ⟦${group(CARDS.mc27, [4, 4, 4, 4], '-')}⟧`),
  P('credit-card', `Amex ⟦${group(CARDS.amex, [4, 6, 5])}⟧ expires 03/28.`),
  P('credit-card', `Corporate Amex: ⟦${CARDS.amex2}⟧`),
  P('credit-card', `Discover card ⟦${group(CARDS.discover, [4, 4, 4, 4])}⟧`),
  P('credit-card', `Discover ⟦${CARDS.discover65}⟧ (65 range)`),
  P('credit-card', `Discover 644: ⟦${group(CARDS.discover644, [4, 4, 4, 4], '-')}⟧`),
  P('credit-card', `JCB ⟦${group(CARDS.jcb, [4, 4, 4, 4])}⟧`),
  P('credit-card', `カード番号 ⟦${CARDS.jcb2}⟧`),
  P('credit-card', `Diners ⟦${group(CARDS.diners36, [4, 6, 4])}⟧`),
  P('credit-card', `Carte Blanche ⟦${CARDS.diners300}⟧`),
  P('credit-card', `银联卡 ⟦${group(CARDS.unionpay, [4, 4, 4, 4])}⟧`),
  P('credit-card', `UnionPay 19-digit ⟦${CARDS.unionpay19}⟧`),
  P('credit-card', `Maestro ⟦${group(CARDS.maestro, [4, 4, 4, 4])}⟧`),
  P('credit-card', `Mir card: ⟦${group(CARDS.mir, [4, 4, 4, 4])}⟧`),
  P('credit-card', `Refund to card ⟦${card('438857620193847')}⟧ please.`),
  P('credit-card', `CC: ⟦${group(card('516732004981273'), [4, 4, 4, 4])}⟧`),
  P('credit-card', `Kreditkarte ⟦${group(card('492182736451902'), [4, 4, 4, 4])}⟧`),
  P('credit-card', `Numéro de carte : ⟦${group(card('497010293847561'), [4, 4, 4, 4])}⟧`),
  P('credit-card', `pan=⟦${card('535522019384756')}⟧&exp=1227`),
  P('credit-card', `The card ending 4242 is ⟦4242 4242 4242 4242⟧.`),
  P('credit-card', `Billing: Visa ⟦${group(card('448230918273645'), [4, 4, 4, 4])}⟧, Mastercard ⟦${group(card('537400918273646'), [4, 4, 4, 4])}⟧`),
  P('credit-card', `- card: ⟦${card('37793501928374')}⟧`),
  P('credit-card', `Tarjeta ⟦${group(card('455636019283745'), [4, 4, 4, 4], '-')}⟧`),
  N('credit-card', 'Order 1234 5678 9012 3456 was shipped.'),
  N('credit-card', 'Card 4111 1111 1111 1112 fails the checksum.'),
  N('credit-card', 'Tracking number 9400 1000 0000 0000 0000 00.'),
  N('credit-card', 'The request id is 7f3a9c2e-51b4-4d6e-9a8f-0c1b2d3e4f5a.'),
  N('credit-card', 'Timestamp 1700000000123 in milliseconds.'),
  N('credit-card', 'Account 000123456789 at the branch.'),
  N('credit-card', 'Card: XXXX-XXXX-XXXX-1234'),
  N('credit-card', 'Card: **** **** **** 4242'),
  N('credit-card', 'Enter {{card_number}} in the form.'),
  N('credit-card', 'Serial 5412 7534 9821 0046 was recalled.'),
  N('credit-card', 'Population 1,234,567,890 counted.'),
  N('credit-card', 'Version 4.111.1111.1111 ships today.'),
  N('credit-card', 'Pi to 16 digits: 3.141592653589793'),
  N('credit-card', 'Barcode 0123456789012 on the box.'),
  N('credit-card', 'Bank routing 021000021, account 1234567890.'),
  N('credit-card', 'Digits 1111 2222 3333 4444 are not a card.'),
  N('credit-card', 'Case reference 2024 0115 0930 1200.'),
  N('credit-card', 'Numbers 12 34 56 78 90 12 34 56 are a lottery draw.'),
  N('credit-card', 'The card number format is NNNN NNNN NNNN NNNN.'),
  N('credit-card', 'Device id 6011 0000 0000 0001 2 is invalid.'),
  N('credit-card', 'Hex value 0x4111111111111111 is a bit mask.'),
  N('credit-card', 'IMEI 35-209900-176148-3 belongs to the phone.'),
];

const ibanCases: PiiCase[] = [
  P('iban', 'IBAN: ⟦DE89 3704 0044 0532 0130 00⟧'),
  P('iban', `Überweisung an ⟦${print(IBANS.DE)}⟧ bitte.`),
  P('iban', `Please pay into ⟦${IBANS.GB}⟧ by Friday.`),
  P('iban', `Example account ⟦${print(IBANS.GB2)}⟧.`),
  P('iban', `Virement sur ⟦${print(IBANS.FR)}⟧`),
  P('iban', `IBAN FR : ⟦${IBANS.FR2}⟧`),
  P('iban', `Transferencia a ⟦${print(IBANS.ES)}⟧`),
  P('iban', `Bonifico su ⟦${print(IBANS.IT)}⟧`),
  P('iban', `Rekening ⟦${print(IBANS.NL)}⟧ t.n.v. J. de Vries`),
  P('iban', `iban: ⟦${IBANS.NL2}⟧`),
  P('iban', `Compte belge ⟦${print(IBANS.BE)}⟧`),
  P('iban', `Konto CH: ⟦${print(IBANS.CH)}⟧`),
  P('iban', `Österreich ⟦${print(IBANS.AT)}⟧`),
  P('iban', `Przelew na ⟦${print(IBANS.PL)}⟧`),
  P('iban', `Svenskt konto ⟦${print(IBANS.SE)}⟧`),
  P('iban', `Norsk konto ⟦${IBANS.NO}⟧`),
  P('iban', `Dansk IBAN ⟦${print(IBANS.DK)}⟧`),
  P('iban', `Tilinumero ⟦${print(IBANS.FI)}⟧`),
  P('iban', `Irish account ⟦${print(IBANS.IE)}⟧`),
  P('iban', `NIB/IBAN ⟦${print(IBANS.PT)}⟧`),
  P('iban', `Luxembourg: ⟦${IBANS.LU}⟧`),
  P('iban', `Účet ⟦${print(IBANS.CZ)}⟧`),
  P('iban', `Slovak IBAN ⟦${IBANS.SK}⟧`),
  P('iban', `Számlaszám: ⟦${print(IBANS.HU)}⟧`),
  P('iban', `Cont RO ⟦${print(IBANS.RO)}⟧`),
  P('iban', `BG IBAN ⟦${IBANS.BG}⟧`),
  P('iban', `Λογαριασμός ⟦${print(IBANS.GR)}⟧`),
  P('iban', `Račun ⟦${IBANS.HR}⟧`),
  P('iban', `SI: ⟦${print(IBANS.SI)}⟧`),
  P('iban', `Sąskaita ⟦${IBANS.LT}⟧`),
  P('iban', `Konts ⟦${print(IBANS.LV)}⟧`),
  P('iban', `Arveldusarve ⟦${IBANS.EE}⟧`),
  P('iban', `Malta ⟦${print(IBANS.MT)}⟧`),
  P('iban', `Cyprus ⟦${IBANS.CY}⟧`),
  P('iban', `Reikningur ⟦${print(IBANS.IS)}⟧`),
  P('iban', `Liechtenstein ⟦${IBANS.LI}⟧`),
  P('iban', `Saudi IBAN ⟦${print(IBANS.SA)}⟧`),
  P('iban', `UAE account ⟦${IBANS.AE}⟧`),
  P('iban', `Türkiye ⟦${print(IBANS.TR)}⟧`),
  P('iban', `Israel ⟦${IBANS.IL}⟧`),
  P('iban', `Kuwait ⟦${print(IBANS.KW)}⟧`),
  P('iban', `Qatar ⟦${IBANS.QA}⟧`),
  P('iban', `Conta BR ⟦${print(IBANS.BR)}⟧`),
  P('iban', `Рахунок ⟦${IBANS.UA}⟧`),
  P('iban', `Serbia ⟦${print(IBANS.RS)}⟧`),
  P('iban', `Georgia ⟦${IBANS.GE}⟧`),
  P('iban', `Mauritius ⟦${print(IBANS.MU)}⟧`),
  P('iban', `Pakistan ⟦${IBANS.PK}⟧`),
  P('iban', `Jordan ⟦${print(IBANS.JO)}⟧`),
  P('iban', `Kosovo ⟦${IBANS.XK}⟧`),
  P('iban', `Monaco ⟦${print(IBANS.MC)}⟧`),
  P('iban', `Andorra ⟦${IBANS.AD}⟧`),
  P('iban', `Egypt ⟦${print(IBANS.EG)}⟧`),
  P('iban', `Kazakhstan ⟦${IBANS.KZ}⟧`),
  P('iban', `"iban": "⟦${IBANS.DE}⟧"`),
  P('iban', `lowercase ⟦${IBANS.GB.toLowerCase()}⟧ from a form`),
  N('iban', 'IBAN DE90 3704 0044 0532 0130 00 has a typo.'),
  N('iban', `IBAN ${print(IBANS.GB).slice(0, -1)}3 fails the check.`),
  N('iban', 'Wrong length: DE89 3704 0044 0532 0130 0'),
  N('iban', 'Code US12 3456 7890 1234 is not an IBAN country.'),
  N('iban', 'BIC DEUTDEFF500 and SWIFT NWBKGB2L are bank codes.'),
  N('iban', 'ISIN US0378331005 identifies the share.'),
  N('iban', 'IBAN: {{customer.iban}}'),
  N('iban', 'Format: DEkk BBBB BBBB CCCC CCCC CC'),
  N('iban', 'IBAN: NL** **** **** **** **'),
  N('iban', 'Ticket AB12CDEFGHIJKLMNOPQRST was closed.'),
  N('iban', 'Truncated ES91 2100 0418 only.'),
  N('iban', 'Account number 12345678, sort code 60-16-13.'),
  N('iban', 'GB00 0000 0000 0000 0000 00 is a dummy.'),
  N('iban', 'Product key XK42-9QWE-7RTY-1UIO-5PAS.'),
  N('iban', 'Request id FR76ZZZZ is not an account.'),
  N('iban', 'Container MSCU1234565 arrived in port.'),
  N('iban', 'VAT number DE123456789 on the invoice.'),
  N('iban', 'Flight BA0117 lands at 14:05.'),
  N('iban', 'IBAN: XX00 1234 5678 9012 3456 78'),
  N('iban', 'Hash DE8937040044053201300011AB is a checksum.'),
];

const ssn: PiiCase[] = [
  P('us-ssn', 'SSN ⟦078-05-1120⟧'),
  P('us-ssn', 'Her social security number is ⟦401-36-7215⟧.'),
  P('us-ssn', 'SSN: ⟦512 84 3390⟧'),
  P('us-ssn', 'Social Security No. ⟦623.45.1187⟧'),
  P('us-ssn', 'ssn=⟦287654321⟧'),
  P('us-ssn', 'The applicant\'s SSN is ⟦134-72-0915⟧ per the form.'),
  P('us-ssn', '"ssn": "⟦771-03-4428⟧"'),
  P('us-ssn', 'SSN ⟦045-21-7789⟧ on the W-2.'),
  P('us-ssn', 'Social security #: ⟦452871903⟧'),
  P('us-ssn', 'Employee SSN: ⟦219-48-3361⟧, hired 2021.'),
  P('us-ssn', 'ss# ⟦338-12-9047⟧'),
  P('us-ssn', 'Verify SSN ⟦605 19 4472⟧ with the IRS.'),
  P('us-ssn', 'Taxpayer ssn ⟦189-66-2034⟧'),
  P('us-ssn', 'SSN ⟦552-09-8816⟧ belongs to the spouse.'),
  P('us-ssn', 'social: ⟦700-28-1943⟧'),
  P('us-ssn', 'SSN of the dependent: ⟦023-47-6650⟧'),
  P('us-ssn', '- ssn: ⟦498-31-2276⟧'),
  P('us-ssn', 'His SSN (⟦661-50-3328⟧) was redacted in the copy.'),
  P('us-ssn', 'SSN:⟦356-84-1290⟧'),
  P('us-ssn', 'Social Security Number ⟦812-27-5519⟧'),
  P('us-ssn', 'SSN ⟦123-82-4471⟧ and DOB 1984-07-19.'),
  P('us-ssn', 'Applicant SSN ⟦227 41 8093⟧'),
  P('us-ssn', 'ssn ⟦649-03-7712⟧'),
  P('us-ssn', 'SSN: ⟦091-62-4385⟧ (primary)'),
  P('us-ssn', 'The SSN on file is ⟦374-58-2201⟧.'),
  P('us-ssn', 'Co-signer SSN ⟦586-44-9037⟧'),
  P('us-ssn', 'Please confirm your SSN ⟦263-19-8874⟧.'),
  P('us-ssn', 'SSN ⟦410.77.3092⟧'),
  P('us-ssn', 'member_ssn: "⟦731-06-4458⟧"'),
  P('us-ssn', 'SSN ⟦157-93-6620⟧ was used on the loan application.'),
  P('us-ssn', 'Patient SSN: ⟦808-15-2973⟧'),
  P('us-ssn', 'SSN ⟦064-88-1506⟧ — verified.'),
  P('us-ssn', 'Their SSNs are ⟦301-42-7785⟧ and ⟦302-57-1164⟧.'),
  P('us-ssn', 'Social Security: ⟦459-20-6631⟧'),
  P('us-ssn', 'SSN ⟦518-73-0049⟧ (do not share)'),
  P('us-ssn', 'ssn number ⟦243-65-9912⟧'),
  P('us-ssn', 'SSN: ⟦681 32 5507⟧'),
  P('us-ssn', 'Borrower SSN ⟦172-08-3346⟧'),
  P('us-ssn', 'SSN ⟦890-41-2265⟧ on the 1099.'),
  P('us-ssn', 'SSN ⟦036-59-7718⟧'),
  N('us-ssn', 'SSN 000-45-6789 is never issued.'),
  N('us-ssn', 'SSN 666-23-4567 is never issued.'),
  N('us-ssn', 'ITIN 912-74-5678 is a taxpayer id, not an SSN.'),
  N('us-ssn', 'SSN 234-00-5678 has a zero group.'),
  N('us-ssn', 'SSN 234-56-0000 has a zero serial.'),
  N('us-ssn', 'Released on 2023-05-12 to all users.'),
  N('us-ssn', 'ZIP+4 98052-6399 for the office.'),
  N('us-ssn', 'ISBN 978-0-306-40615-7 is the reference.'),
  N('us-ssn', 'Case no. 23-cv-01234 was dismissed.'),
  N('us-ssn', 'Part number 12-3456-789 is back-ordered.'),
  N('us-ssn', 'Ten digits 1234567890 are not an SSN.'),
  N('us-ssn', 'SSN: XXX-XX-1234'),
  N('us-ssn', 'SSN: ***-**-6789'),
  N('us-ssn', 'Enter the SSN as {{ssn}} in the form.'),
  N('us-ssn', 'Format: AAA-GG-SSSS'),
  N('us-ssn', 'Short 123-45-678 is malformed.'),
  N('us-ssn', 'Long 1234-56-7890 is malformed.'),
  N('us-ssn', 'Score 98-76-54 in the last three games.'),
  N('us-ssn', 'The time was 10:45:30 on 12-05-2024.'),
  N('us-ssn', 'Order 555-12-3456-A was cancelled.'),
  N('us-ssn', 'Version 2.10.3 was released.'),
  N('us-ssn', 'SSN 999-99-9999 is a placeholder.'),
];

const ip: PiiCase[] = [
  P('ip-address', 'The database runs on ⟦10.0.0.254⟧.'),
  P('ip-address', 'Gateway ⟦192.168.1.1⟧, DNS ⟦8.8.8.8⟧.'),
  P('ip-address', 'Connect to ⟦172.16.31.7⟧ via the VPN.'),
  P('ip-address', 'Documentation range: ⟦203.0.113.42⟧'),
  P('ip-address', 'Test host ⟦198.51.100.7⟧ is offline.'),
  P('ip-address', 'The attacker came from ⟦185.220.101.34⟧ port 22.'),
  P('ip-address', 'host=⟦10.12.0.5⟧:5432'),
  P('ip-address', 'Open http://⟦192.0.2.15⟧/admin to log in.'),
  P('ip-address', 'X-Forwarded-For: ⟦81.2.69.160⟧, ⟦10.0.0.1⟧'),
  P('ip-address', 'Loopback ⟦127.0.0.1⟧ only.'),
  P('ip-address', 'Allow ⟦52.94.236.248⟧ in the firewall.'),
  P('ip-address', '"client_ip": "⟦34.117.59.81⟧"'),
  P('ip-address', 'Cloudflare resolver ⟦1.1.1.1⟧'),
  P('ip-address', 'Server ⟦45.33.32.156⟧ answered.'),
  P('ip-address', 'CGNAT address ⟦100.64.3.9⟧ assigned.'),
  P('ip-address', 'Ping ⟦172.31.255.255⟧ from the bastion.'),
  P('ip-address', 'Blocked ⟦91.198.174.192⟧ after 5 failures.'),
  P('ip-address', 'Node IP: ⟦10.244.1.17⟧'),
  P('ip-address', 'ssh admin@⟦54.201.33.12⟧'),
  P('ip-address', 'Host ⟦192.168.0.17/24⟧ is on the internal subnet.'),
  P('ip-address', 'Link-local IPv6 ⟦fe80::1ff:fe23:4567:890a⟧'),
  P('ip-address', 'Docs address ⟦2001:db8::8a2e:370:7334⟧.'),
  P('ip-address', 'Full form ⟦2001:0db8:85a3:0000:0000:8a2e:0370:7334⟧'),
  P('ip-address', 'IPv6 loopback ⟦::1⟧ is fine.'),
  P('ip-address', 'Resolver ⟦2606:4700:4700::1111⟧'),
  P('ip-address', 'Google host ⟦2a00:1450:4001:82b::200e⟧ answered.'),
  P('ip-address', 'Browse https://[⟦2001:db8::1⟧]:8443/status'),
  P('ip-address', 'Mapped ⟦::ffff:192.0.2.128⟧ in the log.'),
  P('ip-address', 'ULA ⟦fd12:3456:789a:1::1⟧'),
  P('ip-address', 'Uncompressed zeros ⟦2001:db8:0:0:1:0:0:1⟧'),
  P('ip-address', 'Uppercase ⟦2001:DB8::ABCD⟧ works too.'),
  P('ip-address', 'Multicast ⟦ff02::1⟧ reaches all nodes.'),
  P('ip-address', 'Public DNS ⟦2001:4860:4860::8888⟧'),
  P('ip-address', 'NAT64 ⟦64:ff9b::c000:221⟧'),
  P('ip-address', 'Quad9 ⟦2620:fe::fe⟧'),
  P('ip-address', 'Interface ⟦fe80::a00:27ff:fe4e:66a1⟧ is up.'),
  P('ip-address', 'All groups ⟦2001:db8:3333:4444:5555:6666:7777:8888⟧'),
  P('ip-address', 'client=⟦2a01:4f8:c17:b8f::2⟧'),
  P('ip-address', 'Peer ⟦2001:67c:2e8:22::c100:68b⟧ disconnected.'),
  P('ip-address', 'v4 ⟦93.184.216.34⟧ and v6 ⟦2606:2800:220:1:248:1893:25c8:1946⟧'),
  P('ip-address', 'DHCP pool ⟦10.0.0.100⟧-⟦10.0.0.150⟧ is full.'),
  P('ip-address', 'Static route ⟦10.1.2.3/32⟧ points at the VPN host.'),
  P('ip-address', 'Interface ⟦fe80::1%eth0⟧ is up.'),
  N('ip-address', 'MAC 00:1a:2b:3c:4d:5e on eth0.'),
  N('ip-address', 'At 10:30:45 the job started.'),
  N('ip-address', 'Windows 10.0.19041.1 is required.'),
  N('ip-address', 'Use 3.14159 for pi.'),
  N('ip-address', 'Upgrade to v1.2.3 now.'),
  N('ip-address', 'Invalid 999.10.10.10 is rejected.'),
  N('ip-address', 'Invalid 256.1.1.1 is rejected.'),
  N('ip-address', 'std::vector<int> holds the values.'),
  N('ip-address', 'Slice a[::2] takes every other item.'),
  N('ip-address', 'Call foo::bar::baz() in Rust.'),
  N('ip-address', 'OID 1.3.6.1.4.1.311 is Microsoft.'),
  N('ip-address', 'Build 2024.10.15.3 passed.'),
  N('ip-address', 'Coordinates 47.6062, -122.3321.'),
  N('ip-address', 'Aspect ratio 16:9 is the default.'),
  N('ip-address', 'Timestamp 2024-01-15T10:30:00Z.'),
  N('ip-address', 'Hash deadbeef:cafebabe in the dump.'),
  N('ip-address', 'Connect to {{server_ip}} on boot.'),
  N('ip-address', 'IP: x.x.x.x (redacted)'),
  N('ip-address', 'Groups 12:34:56:78 in the table.'),
  N('ip-address', 'Too many groups 1:2:3:4:5:6:7:8:9 here.'),
  N('ip-address', 'Pattern a.b.c.d denotes an address.'),
  N('ip-address', 'Price 1.299.999 in the catalogue.'),
  // CIDR notation is one value, a zone index part of the address (RFC 4007), and a network is reported
  // (at info) as a range (docs/rules/pii/ip-address.md).
  P('ip-address', 'Subnet ⟦192.168.0.0/24⟧ is internal.'),
];

export const PII_CASES: PiiCase[] = [...email, ...phone, ...creditCard, ...ibanCases, ...ssn, ...ip];
