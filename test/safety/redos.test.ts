/**
 * Every built-in regular expression of the detectors is linear on adversarial input:
 *   1. each module under shared/src/detectors (recursively, secrets included) exports its regexes in a
 *      `PATTERNS` array; for the PII modules, every regex literal in the source must be in that array;
 *   2. `recheck` (automaton + fuzzing ReDoS checker) must call each one 'safe';
 *   3. each one, and each detector function, is fed 100 KB of adversarial text (long runs of the characters
 *      it accepts) and must complete. No wall-clock assertion: a super-linear pattern would hang the run.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import { regexLiterals } from './regexLiterals';
import { findCreditCards } from '../../shared/src/detectors/creditCard';
import { findCryptoWallets } from '../../shared/src/detectors/cryptoWallet';
import { findEmails } from '../../shared/src/detectors/email';
import { findIbans } from '../../shared/src/detectors/iban';
import { findIpAddresses } from '../../shared/src/detectors/ipAddress';
import { findMacAddresses } from '../../shared/src/detectors/macAddress';
import { findNationalIds } from '../../shared/src/detectors/nationalIds';
import { findPhones } from '../../shared/src/detectors/phone';
import { placeholderValue } from '../../shared/src/detectors/placeholders';
import { findItins, findSsns } from '../../shared/src/detectors/usSsn';

const root = join(__dirname, '..', '..');
const detectorsDir = join(root, 'shared/src/detectors');
const SIZE = 100_000;

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/**
 * The PII modules (files directly in shared/src/detectors other than the secrets ones): every regex literal in
 * them must be in their PATTERNS. Other modules (secrets/, injection/ …) have their PATTERNS checked, and their
 * literal coverage is their authors' business.
 */
function isSecretsModule(path: string): boolean {
  const rel = relative(detectorsDir, path);
  return rel.includes('/') || /^(?:secret|provider|entropy)/.test(rel);
}


interface Collected {
  module: string;
  pattern: RegExp;
}

const collected: Collected[] = [];
const modules = tsFiles(detectorsDir);

describe('safety: ReDoS', () => {
  before(async () => {
    for (const file of modules) {
      const mod = (await import(file)) as { PATTERNS?: readonly RegExp[] };
      for (const pattern of mod.PATTERNS ?? []) collected.push({ module: relative(root, file), pattern });
    }
  });

  it('the literal finder sees literals and skips strings and comments', () => {
    const src = "const A = /a+b/g; // not /here/\nconst s = '/nope/'; f(/x\\/y[/]z/i); return /r/;";
    assert.deepEqual(regexLiterals(src), ['/a+b/g', '/x\\/y[/]z/i', '/r/']);
    // …and finds the PII modules' regexes (so the coverage check below is not vacuous).
    const total = modules.filter((m) => !isSecretsModule(m)).reduce((n, m) => n + regexLiterals(readFileSync(m, 'utf8')).length, 0);
    assert.ok(total >= 60, `only ${total} literals found`);
  });

  for (const file of modules) {
    const rel = relative(root, file);
    if (isSecretsModule(file)) continue;
    it(`${rel}: every regex literal is exported in PATTERNS`, async () => {
      const literals = regexLiterals(readFileSync(file, 'utf8'));
      const mod = (await import(file)) as { PATTERNS?: readonly RegExp[] };
      const exported = new Set((mod.PATTERNS ?? []).map((p) => `/${p.source}/${p.flags}`));
      const missing = literals.filter((l) => !exported.has(new RegExp(l.slice(1, l.lastIndexOf('/')), l.slice(l.lastIndexOf('/') + 1)).toString()));
      assert.deepEqual(missing, [], `${rel} has regexes not listed in PATTERNS`);
    });
  }

  it('collects the patterns of every detector module (PII and secrets)', () => {
    assert.ok(collected.length >= 60, `only ${collected.length} patterns collected`);
    const owners = new Set(collected.map((c) => c.module));
    for (const m of ['email.ts', 'phone.ts', 'creditCard.ts', 'iban.ts', 'usSsn.ts', 'ipAddress.ts', 'macAddress.ts', 'cryptoWallet.ts', 'nationalIds.ts', 'placeholders.ts', 'context.ts']) {
      assert.ok(owners.has(`shared/src/detectors/${m}`), m);
    }
  });

  it('recheck calls every pattern safe', function () {
    this.timeout(30 * 60_000);
    const unsafe: string[] = [];
    for (const { module, pattern } of collected) {
      const result = checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ''), { timeout: 120_000 });
      if (result.status !== 'safe') unsafe.push(`${module}: /${pattern.source}/${pattern.flags} → ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.summary})` : ''}`);
    }
    assert.deepEqual(unsafe, []);
  });

  it('every pattern completes on 100 KB of adversarial text', function () {
    this.timeout(10 * 60_000);
    let runs = 0;
    for (const { pattern } of collected) {
      for (const text of adversarialTexts(pattern.source)) {
        const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        let m: RegExpExecArray | null;
        let count = 0;
        while ((m = re.exec(text)) && count < SIZE) {
          if (m[0].length === 0) re.lastIndex++;
          count++;
        }
        runs++;
      }
    }
    assert.ok(runs > collected.length);
  });

  it('every PII detector completes on 100 KB of adversarial text', function () {
    this.timeout(10 * 60_000);
    const detectors: Array<(t: string) => unknown[]> = [
      findEmails, (t) => findPhones(t), findCreditCards, findIbans, findSsns, findItins, findIpAddresses, findMacAddresses, findCryptoWallets, (t) => findNationalIds(t),
    ];
    const texts = [
      ...['a', '0', '1', '9', 'A', 'x', '.', '-', ':', '@', ' ', '+', '(', 'f'].map((c) => c.repeat(SIZE)),
      ...['a@', '@a', 'a.', '0.', '1 ', '0-', '00:', 'a:', '::', 'DE', 'DE89', '1A', 'bc1', '0x', 'QQ1', 'X1', '4111 ', '+1 ', '(1', '1)', 'a@b.', '.@'].map((u) => u.repeat(Math.ceil(SIZE / u.length)).slice(0, SIZE)),
    ];
    let runs = 0;
    for (const detect of detectors) {
      for (const text of texts) {
        assert.ok(Array.isArray(detect(text)));
        runs++;
      }
    }
    for (const text of texts.slice(0, 6)) assert.equal(typeof (placeholderValue(text) ?? ''), 'string');
    assert.equal(runs, detectors.length * texts.length);
  });
});

/**
 * Long runs built from the characters a pattern mentions: each character alone, each adjacent pair, and
 * generic runs (letters, digits, spaces, punctuation), all 100 KB.
 */
function adversarialTexts(source: string): string[] {
  const chars = new Set<string>();
  for (const ch of source.replace(/\\[dDwWsSbBpPu]\{?[^}]*\}?|\\./g, (e) => (e.length === 2 && !/[dDwWsSbBpPu]/.test(e[1]) ? e[1] : ''))) {
    if (!'()[]{}|^$*+?'.includes(ch)) chars.add(ch);
  }
  for (const ch of ['a', 'A', '0', '1', ' ', '.', '-', ':', '_', 'x']) chars.add(ch);
  const list = [...chars].slice(0, 40);
  const units = [...list, ...list.slice(0, 20).map((c, i) => c + list[(i + 1) % list.length])];
  return units.map((u) => u.repeat(Math.ceil(SIZE / u.length)).slice(0, SIZE));
}
