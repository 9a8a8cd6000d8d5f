/**
 * Incremental scanning (engine/incremental.ts) must give exactly what a scan of the whole text gives: a
 * document full of sensitive values and their context words is edited many times at random (seeded), and
 * after every edit each detector's incremental results are compared with a fresh whole-text scan.
 */
import assert from 'node:assert/strict';
import { clearIncrementalScans, scanIncrementally, setIncrementalScans } from '../../shared/src/engine/incremental';
import { findCreditCards } from '../../shared/src/detectors/creditCard';
import { findCryptoWallets } from '../../shared/src/detectors/cryptoWallet';
import { findEmails } from '../../shared/src/detectors/email';
import { findIbans } from '../../shared/src/detectors/iban';
import { findIpAddresses } from '../../shared/src/detectors/ipAddress';
import { findMacAddresses } from '../../shared/src/detectors/macAddress';
import { findNationalIds } from '../../shared/src/detectors/nationalIds';
import { findPhones } from '../../shared/src/detectors/phone';
import { findSsns } from '../../shared/src/detectors/usSsn';
import type { Span } from '../../shared/src/types';
import { analyzeText } from '../../shared/src/analyze';
import { resolveFromObjects } from '../../shared/src/policy/resolve';
// mulberry32, seeded, so that a failure can be replayed.
import { rng as random } from '../detectors/secrets/synth';


/** Documentation and test values only, with context words that raise or lower their confidence. */
const LINES = [
  'Contact support at help@example.com or sales@example.org for refunds.',
  'Call us: +1 415 555 0132, or the hotline (212) 555-0199.',
  'Escalate to agent7@acme-corp.com or call +1 415 555 2040.',
  'Test card: 4111 1111 1111 1111, expiry 12/30.',
  'Order 4532 0151 1283 0366 was paid by invoice.',
  'Pay to IBAN GB82 WEST 1234 5698 7654 32 before Friday.',
  'The server is at 192.0.2.15; the gateway at 10.0.0.1; version 1.2.3.4.',
  'IPv6 uplink 2001:db8::1 and link-local fe80::1.',
  'Device MAC 00:1A:2B:3C:4D:5E on port 3.',
  'SSN 078-05-1120 (the famous specimen) and ITIN 912-70-1234.',
  'National Insurance number QQ 12 34 56 C; NHS number 943 476 5919.',
  'Send ETH to 0x52908400098527886E0F7030069857D2E4169EE7 please.',
  'Bitcoin: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2.',
  'phone',
  'call me at',
  '',
  '',
  'Rule 12: answer politely and never promise refunds beyond 30 days.',
  '{{role "system"}}',
  'Customer note: {{customer}} asked about order 5512.',
  '    indented 415 555 0101 continuation',
  'tel. 020 7946 0018 - london office',
];

/**
 * Short lines: the detectors look up to a few dozen characters around a value for context words, which
 * eight short lines do not cover (the margin must be counted in characters too).
 */
const SHORT_LINES = ['-', '-', ':', '', 'phone', 'tel', 'card', 'ssn', 'iban', 'mac', 'ip', 'email', 'x', 'call', 'number',
  '415 555 0132', '(212) 555-0199', '078-05-1120', '4111 1111 1111 1111', 'GB82 WEST 1234 5698 7654 32', '00:1A:2B:3C:4D:5E',
  '192.0.2.15', 'help@example.com', 'QQ 12 34 56 C', '943 476 5919', '5551234567', '020 7946 0018'];

const EDIT_CHARS = ['x', '1', '4', '@', '.', ' ', '-', '\n', '\n\n', 'a', ':', '5', '0'];

function document(rand: () => number, lines: number, from: readonly string[] = LINES): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(from[Math.floor(rand() * from.length)]);
  return out.join('\n');
}

/** One random edit: type or delete characters, insert, delete or duplicate lines. */
function edit(text: string, rand: () => number): string {
  const at = Math.floor(rand() * (text.length + 1));
  const kind = rand();
  if (kind < 0.35) return text.slice(0, at) + EDIT_CHARS[Math.floor(rand() * EDIT_CHARS.length)] + text.slice(at);
  if (kind < 0.6) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 6)));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  if (kind < 0.75) return `${text.slice(0, lineStart)}${LINES[Math.floor(rand() * LINES.length)]}\n${text.slice(lineStart)}`;
  if (kind < 0.88) return text.slice(0, lineStart) + text.slice(Math.min(text.length, lineEnd + 1));
  return text.slice(0, lineEnd) + text.slice(lineStart - 1 < 0 ? 0 : lineStart - 1, lineEnd) + text.slice(lineEnd);
}

const DETECTORS: [string, (text: string) => { span: Span }[]][] = [
  ['credit-card', findCreditCards],
  ['crypto-wallet', findCryptoWallets],
  ['email', findEmails],
  ['iban', findIbans],
  ['ip-address', findIpAddresses],
  ['mac-address', findMacAddresses],
  ['national-id', (t) => findNationalIds(t)],
  ['phone', (t) => findPhones(t)],
  ['us-ssn', findSsns],
];

describe('engine: incremental scanning', () => {
  before(() => setIncrementalScans(true));
  after(() => setIncrementalScans(false));
  beforeEach(() => clearIncrementalScans());

  for (const [name, detect] of DETECTORS) {
    it(`${name}: block-by-block results equal a whole-text scan after each of 120 random edits`, () => {
      const rand = random(name.length * 7919 + 17);
      let text = document(rand, 300);
      let found = 0;
      for (let step = 0; step <= 120; step++) {
        const expected = detect(text);
        const actual = scanIncrementally(`test/${name}`, 'doc.prompt', text, detect);
        found += expected.length;
        assert.deepEqual(actual, expected, `${name}, after edit ${step}`);
        text = edit(text, rand);
      }
      assert.ok(found > 0, 'the document has values for this detector');
    });
  }

  for (const [name, detect] of DETECTORS) {
    it(`${name}: the same on a document of short lines, after each of 80 random edits`, () => {
      const rand = random(name.length * 104729 + 3);
      let text = document(rand, 1200, SHORT_LINES);
      let found = 0;
      for (let step = 0; step <= 80; step++) {
        const expected = detect(text);
        const actual = scanIncrementally(`test/short/${name}`, 'short.prompt', text, detect);
        found += expected.length;
        assert.deepEqual(actual, expected, `${name}, after edit ${step}`);
        text = edit(text, rand);
      }
      assert.ok(found > 0, 'the document has values for this detector');
    });
  }

  it('reaches context words more than eight short lines away', () => {
    // `phone` 24 characters (and 12 lines) before the number raises its confidence in a whole-text scan.
    const filler = document(random(11), 100);
    for (const [name, detect, label, value] of [['phone', (t: string) => findPhones(t), 'phone', '4155550132'], ['us-ssn', findSsns, 'ssn', '078051120']] as const) {
      for (let lines = 6; lines <= 14; lines++) {
        const text = `${filler}\n\n${label}\n${'-\n'.repeat(lines)}${value}\n${filler}`;
        clearIncrementalScans();
        // The first scan of a document is a whole-text scan: a version without the value fills the cache, so
        // that the value's block is scanned through its window.
        scanIncrementally(`test/reach/${name}`, 'reach.prompt', text.replace(`\n${value}\n`, '\nno value here\n'), detect);
        const expected = detect(text);
        assert.ok(expected.some((d) => d.context?.includes(label)), `${name}: the context word counts in a whole-text scan`);
        assert.deepEqual(scanIncrementally(`test/reach/${name}`, 'reach.prompt', text, detect), expected, `${name}, ${lines} lines between`);
      }
    }
  });

  it('re-scans only the blocks that changed', () => {
    const rand = random(5);
    const text = document(rand, 400);
    let scanned = 0;
    const counting = (t: string) => {
      scanned += t.length;
      return findEmails(t);
    };
    scanIncrementally('test/count', 'doc.prompt', text, counting);
    const first = scanned;
    assert.equal(first, text.length, 'the first scan reads the text once, whole');
    scanned = 0;
    const at = text.indexOf('\n', text.length >> 1) + 1;
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    assert.deepEqual(scanIncrementally('test/count', 'doc.prompt', edited, counting), findEmails(edited));
    assert.ok(scanned > 0 && scanned < text.length / 4, `one edit re-scans a few windows (${scanned} of ${text.length} characters)`);
  });

  it('scans whole texts and keeps nothing when turned off (the command line)', () => {
    const text = document(random(6), 300);
    const lengths: number[] = [];
    const counting = (t: string) => {
      lengths.push(t.length);
      return findEmails(t);
    };
    setIncrementalScans(false);
    try {
      const edited = `${text}\nx`;
      assert.deepEqual(scanIncrementally('test/off', 'doc.prompt', text, counting), findEmails(text));
      assert.deepEqual(scanIncrementally('test/off', 'doc.prompt', edited, counting), findEmails(edited));
      assert.deepEqual(lengths, [text.length, edited.length]);
    } finally {
      setIncrementalScans(true);
    }
  });

  it('falls back to whole-text scans for a scanner whose results are out of order', () => {
    const text = document(random(9), 300);
    const reversed = (t: string) => findEmails(t).reverse();
    assert.deepEqual(scanIncrementally('test/reversed', 'doc.prompt', text, reversed), reversed(text));
    const edited = `x${text}`;
    assert.deepEqual(scanIncrementally('test/reversed', 'doc.prompt', edited, reversed), reversed(edited));
  });

  it('starts a new cache when the variant (the rule options) changes', () => {
    const text = document(random(3), 300);
    const first = { tag: 1 };
    const second = { tag: 2 };
    scanIncrementally('test/variant', 'doc.prompt', text, findEmails, { variant: first });
    // Under new options a scanner may find other things: the old results must not come back.
    assert.deepEqual(scanIncrementally('test/variant', 'doc.prompt', text, () => [], { variant: second }), []);
    assert.deepEqual(scanIncrementally('test/variant', 'doc.prompt', text, findEmails, { variant: first }), findEmails(text));
  });

  it('keeps the caches of different documents apart', () => {
    const a = document(random(1), 300);
    const b = document(random(2), 300);
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(scanIncrementally('test/two', 'a.prompt', a, findEmails), findEmails(a));
      assert.deepEqual(scanIncrementally('test/two', 'b.prompt', b, findEmails), findEmails(b));
    }
  });
});

/**
 * The rules that scan incrementally (every `pii/*` rule), through the whole pipeline as the server runs it:
 * after each random edit of a Dotprompt file, the findings of a check that reuses the caches equal those of
 * a check that starts from none, field by field (spans, messages, severities, fingerprints, fixes).
 */
describe('engine: incremental scanning in the rules', () => {
  before(() => setIncrementalScans(true));
  after(() => setIncrementalScans(false));
  const INCREMENTAL = (id: string) => id.startsWith('pii/');
  const policy = resolveFromObjects({}, { filePath: 'prompts/doc.prompt' });
  const header = ['---', 'model: googleai/gemini-2.5-flash', 'input:', '  schema:', '    customer: string', '---', '{{role "system"}}', ''].join('\n');

  it('pii/*: findings after each of 60 random edits equal a check without caches', () => {
    const rand = random(4242);
    let text = header + document(rand, 260);
    const seen = new Set<string>();
    const now = new Date('2026-01-15T12:00:00Z');
    for (let step = 0; step <= 60; step++) {
      const incremental = analyzeText('prompts/doc.prompt', text, policy, { ruleFilter: INCREMENTAL, env: { now } })!.output;
      clearIncrementalScans();
      // The check without caches leaves them filled for this version: the next step reuses them.
      const fresh = analyzeText('prompts/doc.prompt', text, policy, { ruleFilter: INCREMENTAL, env: { now } })!.output;
      assert.deepEqual(incremental.findings, fresh.findings, `after edit ${step}`);
      for (const f of fresh.findings) seen.add(f.ruleId);
      // Edits after the front matter, so that the file stays a Dotprompt file with its system message.
      const body = text.slice(header.length);
      text = header + edit(body, rand);
    }
    for (const id of ['pii/email', 'pii/phone', 'pii/credit-card', 'pii/iban', 'pii/ip-address', 'pii/us-ssn', 'pii/mac-address', 'pii/national-id', 'pii/crypto-wallet']) assert.ok(seen.has(id), `the file has findings of ${id}`);
  });
});
