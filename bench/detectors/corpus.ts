/**
 * A deterministic corpus of prompt-like documents with sensitive values sprinkled in, for the detectors
 * benchmark (bench/detectors/run.ts).
 *
 *   generateCorpus({ seed, totalBytes, docBytes }) → { docs: [{ path, text }], planted: { entity: count } }
 *
 * Each document is a Dotprompt (`.prompt`) or a Copilot prompt file (`.prompt.md`) of about `docBytes`
 * characters: front matter, then sections of instructions, lists, few-shot examples, template variables,
 * fenced config snippets, and the numbers prompts are full of (dates, versions, prices, order numbers,
 * UUIDs, commit hashes, ports). One line in forty carries a valid sensitive value: an email, a
 * phone number, a card number, an IBAN, an SSN, an IP address, a national ID, a provider key (OpenAI,
 * Anthropic, GitHub with its checksum, AWS, Stripe, Slack, Google), a JWT, a connection string or a generic
 * secret assignment. Every value is generated (seeded mulberry32), valid by its own checksum, and never real.
 */
import { luhnCheckDigit, mod97, verhoeffCheckDigit } from '../../shared/src/detectors/checksums';
import { nifLetter } from '../../shared/src/detectors/nationalIds';
import { crc32Base62Checksum } from '../../shared/src/detectors/secrets/checksums';

export interface CorpusDoc {
  path: string;
  text: string;
}

export interface Corpus {
  docs: CorpusDoc[];
  /** Values planted, by kind (what the rules should find at least). */
  planted: Record<string, number>;
  /** Total characters. */
  chars: number;
}

export interface CorpusOptions {
  seed?: number;
  totalBytes?: number;
  docBytes?: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${ALNUM}_-`;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';

const WORDS = (
  'the a an and or but if when then always never only each every your you we our it its this that these those with without ' +
  'for from into onto about above below after before during while until because so as at by on in of to up down out over ' +
  'answer question user assistant customer agent system message response reply context document section policy rule step ' +
  'task goal output input format summary detail example note warning error case request ticket issue account order refund ' +
  'product service support team manager review report data record field value list table item number name title tone style ' +
  'polite concise clear helpful accurate friendly professional brief short long complete correct relevant safe private public ' +
  'write read check verify confirm explain describe summarize translate classify extract cite quote ask tell give keep use ' +
  'avoid include exclude follow ignore escalate respond handle review update create delete return provide offer suggest ' +
  'must should may can will would could not no yes more less most least first last next previous other same different ' +
  'language english french german spanish model prompt tool function call result json markdown schema array object string ' +
  'search retrieve source knowledge base article link page chapter version release build deploy config setting option ' +
  'billing invoice payment subscription plan trial discount price cost amount total tax shipping delivery address city ' +
  'country region office hours weekday weekend holiday today tomorrow week month year time date deadline schedule meeting ' +
  'café naïve résumé Zürich São Paulo München — « » “quoted” 東京 こんにちは'
).split(' ');

const FIRST = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'oscar', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'wendy', 'maria', 'chen', 'priya', 'omar', 'lena', 'jonas'];
const LAST = ['smith', 'jones', 'garcia', 'muller', 'rossi', 'dubois', 'tanaka', 'kowalski', 'novak', 'silva', 'kim', 'patel', 'nguyen', 'schmidt', 'martin', 'lopez'];
const DOMAINS = ['acme-corp.com', 'globex.io', 'initech.net', 'umbrella.co.uk', 'stark-industries.de', 'wayne.fr', 'hooli.xyz', 'example.com', 'contoso.org', 'tyrell.ai'];
const VARIABLES = ['customer', 'question', 'history', 'language', 'product', 'order_id', 'locale', 'tone', 'context', 'user_name'];

class Gen {
  constructor(readonly random: () => number) {}
  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  chars(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
  digits(n: number): string {
    return this.chars('0123456789', n);
  }
  /** Random characters that look like a key: mixed classes, no 4-run of one character, no placeholder word. */
  key(alphabet: string, n: number): string {
    for (;;) {
      const s = this.chars(alphabet, n);
      if (/(.)\1{3}/.test(s) || /example|sample|dummy|your|fake|todo|here|test|xxxx|redacted|invalid|insert|replace|notreal|changeme|[-_.]{2}/i.test(s)) continue;
      if (/[-_.]$/.test(s)) continue;
      let lower = 0;
      let upper = 0;
      let digit = 0;
      for (const c of s) {
        if (c >= 'a' && c <= 'z') lower = 1;
        else if (c >= 'A' && c <= 'Z') upper = 1;
        else if (c >= '0' && c <= '9') digit = 1;
      }
      if (n >= 8 && lower + upper + digit < 2) continue;
      return s;
    }
  }
  sentence(min = 6, max = 18): string {
    const n = min + this.int(max - min + 1);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(this.pick(WORDS));
    const s = words.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  }
}

function base64url(text: string): string {
  let bin = '';
  for (const ch of text) bin += ch;
  return Buffer.from(bin, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The sensitive values, each a line (or a few) of prompt text; `kind` is what the rules should report. */
type Planter = (g: Gen) => { kind: string; line: string };

function email(g: Gen): string {
  return `${g.pick(FIRST)}.${g.pick(LAST)}${g.int(3) === 0 ? g.int(100) : ''}@${g.pick(DOMAINS)}`;
}

/** A US number in a valid area code and exchange (not 555), in one of the usual formats. */
function usPhone(g: Gen): string {
  const areas = ['212', '415', '312', '617', '206', '303', '512', '404', '213', '718'];
  const area = g.pick(areas);
  const exchange = `${2 + g.int(7)}${g.digits(2)}`.replace(/^(\d)11$/, '$121');
  const line = g.digits(4);
  const shape = g.int(4);
  if (shape === 0) return `+1 ${area} ${exchange} ${line}`;
  if (shape === 1) return `(${area}) ${exchange}-${line}`;
  if (shape === 2) return `+1-${area}-${exchange}-${line}`;
  return `${area}.${exchange}.${line}`;
}

function ukPhone(g: Gen): string {
  return `+44 20 7${g.digits(3)} ${g.digits(4)}`.replace(/\+44 20 7946/, '+44 20 7947');
}

function deIban(g: Gen): string {
  const bban = g.digits(18);
  const check = 98 - mod97(`${bban}DE00`);
  return `DE${String(check).padStart(2, '0')}${bban}`;
}

function grouped(value: string): string {
  return value.replace(/(.{4})(?=.)/g, '$1 ');
}

function visa(g: Gen): string {
  const payload = `4${g.digits(14)}`;
  return payload + luhnCheckDigit(payload);
}

function mastercard(g: Gen): string {
  const payload = `5${1 + g.int(5)}${g.digits(13)}`;
  return payload + luhnCheckDigit(payload);
}

function ssn(g: Gen): string {
  const area = String(1 + g.int(665)).padStart(3, '0');
  const group = String(1 + g.int(98)).padStart(2, '0');
  const serial = String(1 + g.int(9998)).padStart(4, '0');
  return `${area}-${group}-${serial}`;
}

function publicIpv4(g: Gen): string {
  const first = g.pick([52, 34, 18, 81, 91, 145, 185, 213]);
  return `${first}.${1 + g.int(254)}.${1 + g.int(254)}.${1 + g.int(254)}`;
}

function ipv6(g: Gen): string {
  return `2a00:1450:${g.chars(HEX, 4)}:${g.chars(HEX, 3)}::${g.chars(HEX, 2)}${1 + g.int(9)}`;
}

function aadhaar(g: Gen): string {
  const payload = `${2 + g.int(8)}${g.digits(10)}`;
  return `${payload.slice(0, 4)} ${payload.slice(4, 8)} ${payload.slice(8)}${verhoeffCheckDigit(payload)}`;
}

function nif(g: Gen): string {
  const digits = String(10_000_000 + g.int(89_999_999));
  return `${digits}${nifLetter(Number(digits))}`;
}

function nino(g: Gen): string {
  const first = g.pick('ABCEGHJKLMNPRSTWXYZ'.split(''));
  const second = g.pick('ABCEGHJKLMNPRSTWXYZ'.split(''));
  const prefix = `${first}${second}`;
  const safe = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix) ? 'AB' : prefix;
  return `${safe} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.pick(['A', 'B', 'C', 'D'])}`;
}

function githubToken(g: Gen): string {
  const random = g.key(ALNUM, 30);
  return `ghp_${random}${crc32Base62Checksum(random)}`;
}

function jwt(g: Gen): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sub: `u${g.digits(8)}`, role: g.pick(['admin', 'reader', 'agent']), exp: 1_900_000_000 + g.int(10_000_000) }));
  return `${header}.${payload}.${g.key(B64URL, 43)}`;
}

const PLANTERS: ReadonlyArray<readonly [number, Planter]> = [
  [14, (g) => ({ kind: 'email', line: `Escalate billing disputes to ${email(g)} and copy the account owner.` })],
  [4, (g) => ({ kind: 'email', line: `- owner: ${g.pick(FIRST)} <${email(g)}>` })],
  [8, (g) => ({ kind: 'phone', line: `If the customer asks for a human, tell them to call ${usPhone(g)} during office hours.` })],
  [3, (g) => ({ kind: 'phone', line: `Our London desk answers at ${ukPhone(g)} (mobile: +44 7${g.pick(['4', '5', '7', '8'])}${g.digits(2)} ${g.digits(6)}).` })],
  [4, (g) => ({ kind: 'credit-card', line: `Example customer record: card ${grouped(visa(g))}, expires 0${1 + g.int(9)}/2${7 + g.int(3)}.` })],
  [2, (g) => ({ kind: 'credit-card', line: `Refund to the Mastercard ${mastercard(g)} on file.` })],
  [3, (g) => ({ kind: 'iban', line: `Wire the deposit to IBAN ${grouped(deIban(g))} (BIC ${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}FF).` })],
  [3, (g) => ({ kind: 'us-ssn', line: `Verify the SSN ${ssn(g)} before discussing the account.` })],
  [4, (g) => ({ kind: 'ip-address', line: `Requests from ${publicIpv4(g)} are internal; never reveal the gateway address.` })],
  [1, (g) => ({ kind: 'ip-address', line: `The edge node listens on ${ipv6(g)} for health checks.` })],
  [2, (g) => ({ kind: 'national-id', line: `Aadhaar number of the applicant: ${aadhaar(g)}.` })],
  [2, (g) => ({ kind: 'national-id', line: `Spanish customer, DNI ${nif(g)}, asked about delivery.` })],
  [1, (g) => ({ kind: 'national-id', line: `National Insurance number ${nino(g)} is on the form.` })],
  [3, (g) => ({ kind: 'secret', line: `OPENAI_API_KEY=sk-proj-${g.key(B64URL, 48)}T3BlbkFJ${g.key(B64URL, 48)}` })],
  [2, (g) => ({ kind: 'secret', line: `anthropic: sk-ant-api03-${g.key(B64URL, 93)}AA` })],
  [2, (g) => ({ kind: 'secret', line: `Use the token ${githubToken(g)} to open the pull request.` })],
  [2, (g) => ({ kind: 'secret', line: `aws_access_key_id = AKIA${g.key(BASE32, 16)}` })],
  [2, (g) => ({ kind: 'secret', line: `stripe_key: sk_live_${g.key(ALNUM, 24)}` })],
  [1, (g) => ({ kind: 'secret', line: `SLACK_BOT_TOKEN=xoxb-${g.digits(12)}-${g.digits(13)}-${g.key(ALNUM, 24)}` })],
  [2, (g) => ({ kind: 'secret', line: `GOOGLE_API_KEY: AIza${g.key(B64URL, 35)}` })],
  [2, (g) => ({ kind: 'secret', line: `Authorization: Bearer ${jwt(g)}` })],
  [2, (g) => ({ kind: 'secret', line: `DATABASE_URL=postgres://app_user:${g.key(ALNUM, 18)}@db.internal.${g.pick(DOMAINS)}:5432/orders` })],
  [2, (g) => ({ kind: 'secret', line: `  api_key: "${g.key(ALNUM + '_-', 40)}"` })],
  [1, (g) => ({ kind: 'secret', line: `The admin password is ${g.key(ALNUM + '!#%', 14)} until rotation.` })],
];
const PLANTER_WEIGHT = PLANTERS.reduce((n, [w]) => n + w, 0);
/**
 * One body line in forty carries a sensitive value (the density of bench/lsp's 2,000-line file): far more
 * than real prompt files hold, so the per-value work (validation, context, masking, fixes) weighs in.
 */
const PLANT_RATE = 1 / 40;

/** Lines that look sensitive to a careless eye and are not: numbers prompts are full of. */
const DISTRACTORS: ReadonlyArray<(g: Gen) => string> = [
  (g) => `Orders placed after 2025-${String(1 + g.int(12)).padStart(2, '0')}-${String(1 + g.int(28)).padStart(2, '0')} ship within ${2 + g.int(9)} business days.`,
  (g) => `Quote order #${g.digits(7)} and the total of $${1 + g.int(999)}.${g.digits(2)} in the reply.`,
  (g) => `This prompt targets model version ${1 + g.int(4)}.${g.int(20)}.${g.int(10)} and tool schema v${1 + g.int(3)}.`,
  (g) => `Trace id ${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)} identifies the session.`,
  (g) => `See commit ${g.chars(HEX, 40)} for the change log.`,
  (g) => `The service runs on port ${1024 + g.int(60000)} with a timeout of ${g.int(120)} seconds and ${g.int(4096)} max tokens.`,
  (g) => `Reference: https://docs.${g.pick(DOMAINS)}/guides/${g.pick(WORDS)}-${g.pick(WORDS)}?page=${g.int(40)}#section-${g.int(9)}`,
  (g) => `Between ${8 + g.int(3)}:00 and ${16 + g.int(4)}:30 on weekdays, up to ${g.int(50)}% off for ${g.int(1000)} users.`,
  (g) => `Ticket ${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3)}-${g.digits(4)} was resolved in ${g.int(72)} hours; population ${g.digits(7)}.`,
  (g) => `Use the {{${g.pick(VARIABLES)}}} variable and never the raw {{${g.pick(VARIABLES)}}} text.`,
];

function section(g: Gen, out: string[]): void {
  out.push('', `## ${g.sentence(2, 5).slice(0, -1)}`, '');
  const lines = 6 + g.int(14);
  for (let i = 0; i < lines; i++) {
    const r = g.random();
    if (r < PLANT_RATE) {
      let w = g.int(PLANTER_WEIGHT);
      for (const [weight, planter] of PLANTERS) {
        if ((w -= weight) < 0) {
          out.push(planter(g).line);
          break;
        }
      }
    } else if (r < PLANT_RATE + 0.1) out.push(g.pick(DISTRACTORS)(g));
    else if (r < PLANT_RATE + 0.28) out.push(`- ${g.sentence(4, 12)}`);
    else if (r < PLANT_RATE + 0.33) out.push(`${1 + g.int(9)}. ${g.sentence(4, 12)} Use {{${g.pick(VARIABLES)}}}.`);
    else out.push(`${g.sentence()} ${g.sentence()} ${g.int(3) === 0 ? g.sentence() : ''}`.trimEnd());
  }
  if (g.int(5) === 0) {
    out.push('', '```json', '{', `  "name": "${g.pick(WORDS)}_${g.pick(WORDS)}",`, `  "max_tokens": ${g.int(4096)},`, `  "temperature": 0.${g.int(10)},`, `  "locale": "{{locale}}"`, '}', '```');
  }
}

function dotprompt(g: Gen, index: number, size: number): CorpusDoc {
  const out = ['---', 'model: googleai/gemini-2.5-flash', `version: 1.${index % 10}.0`, 'input:', '  schema:'];
  for (const v of VARIABLES) out.push(`    ${v}: string`);
  out.push('---', '{{role "system"}}', `You are the support assistant of ${g.pick(DOMAINS)}.`);
  let length = out.join('\n').length;
  while (length < size - 200) {
    const before = out.length;
    section(g, out);
    for (let i = before; i < out.length; i++) length += out[i].length + 1;
  }
  out.push('', '{{role "user"}}', '{{question}}', '');
  return { path: `prompts/doc-${String(index).padStart(4, '0')}.prompt`, text: out.join('\n') };
}

function copilotPrompt(g: Gen, index: number, size: number): CorpusDoc {
  const out = ['---', 'mode: agent', `description: ${g.sentence(4, 8)}`, 'model: Claude Sonnet 4.5', '---', `# ${g.sentence(2, 5).slice(0, -1)}`];
  let length = out.join('\n').length;
  while (length < size - 100) {
    const before = out.length;
    section(g, out);
    for (let i = before; i < out.length; i++) length += out[i].length + 1;
  }
  out.push('', 'Answer about ${input:topic} for ${selection}.', '');
  return { path: `.github/prompts/doc-${String(index).padStart(4, '0')}.prompt.md`, text: out.join('\n') };
}

/** Generates the corpus; the same options always give the same documents. */
export function generateCorpus(options: CorpusOptions = {}): Corpus {
  const seed = options.seed ?? 20261125;
  const total = options.totalBytes ?? 50 * 1024 * 1024;
  const size = options.docBytes ?? 50 * 1024;
  const g = new Gen(rng(seed));
  const docs: CorpusDoc[] = [];
  let chars = 0;
  for (let i = 0; chars < total; i++) {
    const doc = i % 2 === 0 ? dotprompt(g, i, size) : copilotPrompt(g, i, size);
    docs.push(doc);
    chars += doc.text.length;
  }
  return { docs, planted: countPlanted(docs), chars };
}

/** Planted values by kind, recounted from the text (a bench prints them next to what the rules found). */
function countPlanted(docs: readonly CorpusDoc[]): Record<string, number> {
  const counts: Record<string, number> = {};
  // Re-generating would double the cost; the planter lines have stable openings, counted here.
  const openings: Array<[string, RegExp]> = [
    ['email', /Escalate billing disputes to |- owner: \w+ </g],
    ['phone', /tell them to call |Our London desk answers at /g],
    ['credit-card', /Example customer record: card |Refund to the Mastercard /g],
    ['iban', /Wire the deposit to IBAN /g],
    ['us-ssn', /Verify the SSN /g],
    ['ip-address', /Requests from \d|The edge node listens on /g],
    ['national-id', /Aadhaar number of the applicant|Spanish customer, DNI|National Insurance number [A-Z]/g],
    ['secret', /OPENAI_API_KEY=|anthropic: sk-ant|Use the token ghp_|aws_access_key_id = |stripe_key: |SLACK_BOT_TOKEN=|GOOGLE_API_KEY: |Authorization: Bearer |DATABASE_URL=|  api_key: "|The admin password is /g],
  ];
  for (const doc of docs) {
    for (const [kind, re] of openings) {
      re.lastIndex = 0;
      let n = 0;
      while (re.exec(doc.text)) n++;
      counts[kind] = (counts[kind] ?? 0) + n;
    }
  }
  return counts;
}
