/**
 * Generality: the pii/* and secret/* rules measured the way an outside team will, on a held-out style
 * set (cases.ts, secrets.ts) run through the real pipeline (analyzeText, default policy, the rules'
 * default severities). A finding matches an expected value when its span equals the value's span;
 * findings at `info` (documentation/test values) count as findings.
 *
 * Set GENERALITY_VERBOSE=1 to list every miss and false positive.
 */
import assert from 'node:assert/strict';
import { analyzeText } from '../../../shared/src/analyze';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import { allRules } from '../../../shared/src/rules';
import type { Finding, Format } from '../../../shared/src/types';
import { IBAN_LENGTHS, PII_CASES, PII_ENTITIES, ibanValid, luhnValid, unmark, type PiiEntity } from './cases';
import { FALSE_POSITIVE_CASES, SECRET_CASES } from './secrets';

const VERBOSE = !!process.env.GENERALITY_VERBOSE;
const PII_RULES = allRules.filter((r) => r.meta.id.startsWith('pii/'));
const SECRET_RULES = allRules.filter((r) => r.meta.id.startsWith('secret/'));
const RULE_ENTITY: Record<string, PiiEntity> = {
  'pii/email': 'email',
  'pii/phone': 'phone',
  'pii/credit-card': 'credit-card',
  'pii/iban': 'iban',
  'pii/us-ssn': 'us-ssn',
  'pii/ip-address': 'ip-address',
};
const TARGET_F1 = 0.95;
const TARGET_SECRET_RECALL = 0.9;
const TARGET_FP_RATE = 0.02;

function run(rules: typeof allRules, path: string, text: string, format?: Format): Finding[] {
  const settings = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity]));
  const policy = resolveFromObjects({ rules: settings as never }, { filePath: path });
  const analysis = analyzeText(path, text, policy, { rules, env: { now: new Date('2026-01-15T12:00:00Z') }, format });
  assert.ok(analysis, `${path} was not analyzed`);
  return analysis.output.findings.filter((f) => rules.some((r) => r.meta.id === f.ruleId));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

describe('generality (held-out style evaluation)', function () {
  this.timeout(120_000);

  describe('the evaluation set itself', () => {
    const byEntity = (e: PiiEntity, positive: boolean) => PII_CASES.filter((c) => c.entity === e && c.positive === positive).length;
    for (const e of PII_ENTITIES) {
      it(`${e}: ≥ 40 positives and ≥ 20 negatives`, () => {
        assert.ok(byEntity(e, true) >= 40, `${e}: ${byEntity(e, true)} positives`);
        assert.ok(byEntity(e, false) >= 20, `${e}: ${byEntity(e, false)} negatives`);
      });
    }
    it('every card positive passes Luhn; every 13–19 digit card negative fails it', () => {
      for (const c of PII_CASES) {
        for (const x of unmark(c).expected.filter((s) => s.entity === 'credit-card')) assert.ok(luhnValid(x.value), x.value);
        if (c.entity === 'credit-card' && !c.positive) {
          for (const m of unmark(c).text.match(/(?<!\w)\d[\d -]{11,}\d/g) ?? []) {
            const d = m.replace(/\D/g, '');
            if (d.length >= 13 && d.length <= 19 && /^[2-6]/.test(d)) assert.ok(!luhnValid(d), `negative ${m} passes Luhn`);
          }
        }
      }
    });
    it('every IBAN positive passes MOD 97-10 and has its country\'s registry length', () => {
      for (const c of PII_CASES) {
        for (const x of unmark(c).expected.filter((s) => s.entity === 'iban')) {
          assert.ok(ibanValid(x.value), x.value);
          const compact = x.value.replace(/\s/g, '');
          assert.equal(compact.length, IBAN_LENGTHS[compact.slice(0, 2).toUpperCase()], `${x.value}: length`);
        }
      }
    });
    it('secrets: ≥ 150 true positives across ≥ 100 providers, ≥ 100 false-positive samples', () => {
      assert.ok(SECRET_CASES.length >= 150, `${SECRET_CASES.length} true positives`);
      assert.ok(new Set(SECRET_CASES.map((c) => c.provider)).size >= 100, 'providers');
      assert.ok(FALSE_POSITIVE_CASES.length >= 100, `${FALSE_POSITIVE_CASES.length} false-positive samples`);
      for (const c of SECRET_CASES) assert.equal(c.text.split(c.value).length, 2, `${c.provider}: value must occur once`);
    });
  });

  it(`PII span F1 ≥ ${TARGET_F1} per entity`, () => {
    const counts = Object.fromEntries(PII_ENTITIES.map((e) => [e, { tp: 0, fp: 0, fn: 0 }])) as Record<PiiEntity, Counts>;
    const log: string[] = [];
    for (const c of PII_CASES) {
      const { text, expected } = unmark(c);
      const findings = run(PII_RULES, '.github/prompts/eval.prompt.md', `${text}\n`);
      for (const e of PII_ENTITIES) {
        const gold = expected.filter((x) => x.entity === e);
        const found = findings.filter((f) => RULE_ENTITY[f.ruleId] === e);
        const matched = new Set<Finding>();
        for (const g of gold) {
          const hit = found.find((f) => !matched.has(f) && f.offset === g.offset && f.endOffset === g.endOffset);
          if (hit) {
            matched.add(hit);
            counts[e].tp++;
          } else {
            counts[e].fn++;
            const near = found.map((f) => JSON.stringify(text.slice(f.offset, f.endOffset))).join(', ');
            log.push(`MISS ${e}: ${JSON.stringify(g.value)} in ${JSON.stringify(text)}${near ? ` (found ${near})` : ''}`);
          }
        }
        for (const f of found.filter((x) => !matched.has(x))) {
          counts[e].fp++;
          log.push(`FP   ${e}: ${JSON.stringify(text.slice(f.offset, f.endOffset))} [${f.severity}] in ${JSON.stringify(text)}`);
        }
      }
    }
    const lines = PII_ENTITIES.map((e) => {
      const m = f1(counts[e]);
      return `  ${e.padEnd(12)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}  (tp ${counts[e].tp}, fp ${counts[e].fp}, fn ${counts[e].fn})`;
    });
    console.log(`\nPII span metrics:\n${lines.join('\n')}`);
    if (VERBOSE) console.log(log.sort().join('\n'));
    const failing = PII_ENTITIES.filter((e) => f1(counts[e]).f1 < TARGET_F1);
    assert.deepEqual(failing, [], `F1 below target:\n${lines.join('\n')}`);
  });

  it(`secrets: recall ≥ ${TARGET_SECRET_RECALL}, false positives above info ≤ ${TARGET_FP_RATE}`, () => {
    let hit = 0;
    let exact = 0;
    let byProvider = 0;
    const log: string[] = [];
    for (const c of SECRET_CASES) {
      const offset = c.text.indexOf(c.value);
      const end = offset + c.value.length;
      const findings = run(SECRET_RULES, c.path, c.text, 'template');
      const overlapping = findings.filter((f) => f.offset < end && f.endOffset > offset);
      if (overlapping.length) hit++;
      if (overlapping.some((f) => f.ruleId === 'secret/provider-key')) byProvider++;
      else if (overlapping.length) log.push(`ONLY ${c.provider} (${c.context}) by ${overlapping.map((f) => f.ruleId).join(', ')}: ${JSON.stringify(c.value)}`);
      else log.push(`MISS ${c.provider} (${c.context}): ${JSON.stringify(c.text)}${findings.length ? ` — other findings: ${findings.map((f) => f.ruleId).join(', ')}` : ''}`);
      if (overlapping.some((f) => f.offset === offset && f.endOffset === end)) exact++;
      else if (overlapping.length && VERBOSE) log.push(`SPAN ${c.provider}: expected ${JSON.stringify(c.value)}, got ${overlapping.map((f) => JSON.stringify(c.text.slice(f.offset, f.endOffset))).join(', ')}`);
    }
    let flagged = 0;
    let flaggedAboveInfo = 0;
    for (const c of FALSE_POSITIVE_CASES) {
      const findings = run(SECRET_RULES, c.path, c.text, 'template');
      if (findings.some((f) => f.severity !== 'info')) flaggedAboveInfo++;
      if (findings.length) {
        flagged++;
        log.push(`FP   ${c.kind}: ${JSON.stringify(c.text)} → ${findings.map((f) => `${f.ruleId}[${f.severity}] ${JSON.stringify(c.text.slice(f.offset, f.endOffset))}`).join('; ')}`);
      }
    }
    const recall = hit / SECRET_CASES.length;
    const fpRate = flagged / FALSE_POSITIVE_CASES.length;
    const providers = new Set(SECRET_CASES.map((c) => c.provider)).size;
    console.log(
      `\nSecrets: recall ${pct(recall)} (${hit}/${SECRET_CASES.length}, ${providers} providers; exact span ${pct(exact / SECRET_CASES.length)}, by secret/provider-key ${pct(byProvider / SECRET_CASES.length)}), ` +
        `false positives ${pct(fpRate)} (${flagged}/${FALSE_POSITIVE_CASES.length}; above info: ${flaggedAboveInfo})`,
    );
    if (VERBOSE) console.log(log.sort().join('\n'));
    // Documentation values (`AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`, `YOUR_API_KEY`) are reported at info with
    // `placeholder` evidence, as the sensitive-data issue asks, "instead of as real data": what counts as
    // flagging a sample as a secret is a finding above info. Both rates are printed.
    const fpAboveInfo = flaggedAboveInfo / FALSE_POSITIVE_CASES.length;
    assert.ok(recall >= TARGET_SECRET_RECALL, `recall ${pct(recall)}`);
    assert.ok(fpAboveInfo <= TARGET_FP_RATE, `false positives above info ${pct(fpAboveInfo)}`);
  });
});
