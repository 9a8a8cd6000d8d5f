/**
 * The injection content rules on promptgov's own evaluation set (written by hand for this project; see
 * evalAttacks.ts, evalBenign.ts and evalBlind2.ts to evalBlind7.ts): attacks must be reported (recall ≥ 0.8) and benign prompts — persona
 * prompts, support and coding system prompts, security guidance that names attacks, texts with code, data
 * and unusual characters — must get no injection/* finding at all, at any severity (false-positive rate ≤ 1 %).
 *
 * Blind batch 2 (evalBlind2.ts, written by another author without reading the detectors) was measured before any
 * table was changed for it: recall 0.684 (158/231), false positives 3/355 (0.85 %). The tables were then made
 * more general (classes of miss, not its sentences) and it stays here so that they keep it.
 *
 * Blind batch 3 (evalBlind3.ts, another author, same rules) scored recall 0.518 (143/276) and false positives
 * 10/420 (2.4 %) when it was written, and 0.569 (157/276), 9/420 (2.1 %) after the tuning for batch 2, before
 * any table was changed for it. The tables were then generalised by class of attack (refusal suppression,
 * documents addressing an AI reader, role-play frames, fake markers, extraction paraphrases, overrides in
 * German, Spanish, French, Italian, Portuguese) and of false positive (retracting one's own words: "forget what
 * I said"), not by its sentences.
 *
 * Blind batch 4 (evalBlind4.ts, another author, same rules) scored recall 0.668 (179/268) and false positives
 * 6/420 (1.4 %) with the tables as they were after batch 3. When it arrived, the clause layer (clauses.ts:
 * relations over the model's control plane, persona switches, refusal bans, documents addressing an AI reader,
 * scored with the features around them) had been written against the clause probes of evalAttacks.ts and
 * evalBenign.ts only; with its first version the batch scored 0.720 (193/268), 8/420 (1.9 %), before any
 * change was made for it. The layer was then tuned by class on the batch's misses and false positives
 * (compliance negated, "your instructions" as the model's own, secrets, text left open for the model to
 * complete, refusals declared disabled, writing about attacks, "how do I …" questions about one's own tools):
 * recall 0.843 (226/268), false positives 1/420 (0.24 %). The held-out set outside the repository is the
 * measure of whether that tuning generalised; this batch no longer is.
 *
 * Blind batch 5 (evalBlind5.ts, another author, same rules) scored recall 0.688 (212/308) and false positives
 * 2/402 (0.50 %) with the clause layer as committed after batch 4. It arrived a few minutes into a second
 * round of work on the clause layer (stems for Russian, Dutch and Portuguese; questions about the model's setup;
 * parts of its prompt; machines defined by the limits they lack; refusals ruled out in advance), written against
 * new probes of evalAttacks.ts and evalBenign.ts only; with that code it scored 0.721 (222/308), 2/402 (0.50 %),
 * before any change was made for it. The layer was then tuned by class on the misses and false positives of the
 * batch's even-numbered cases only (authority claims that switch limits off, questions about what the model
 * was told, stories whose payload is the model's own prompt, refusals declared impossible, persona names built
 * on "unfiltered", the conversation given back, Japanese and Chinese object-first extraction, cues read around
 * a quote rather than inside it); the odd-numbered half stayed unread as a check: even half 0.714 → 0.942
 * (145/154), odd half 0.727 → 0.779 (120/154), false positives 2/201 and 0/201 before and after; the whole
 * batch 0.860 (265/308), 2/402 (0.50 %). The gap between the halves is the honest size of what carried over.
 *
 * Blind batch 6 (evalBlind6.ts, another author, benign prompts only: product system prompts with guard rails in
 * several languages, security writing that discusses attacks, everyday texts, persona prompts) flagged 18/426
 * (4.2 %) with the code as committed, and 17/426 (4.0 %) with the first changes of a false-positive pass that
 * was written against new hard negatives of evalBenign.ts only, before the batch was read. The layer was then
 * tuned by class on its false positives (guard rails forbidding the behaviour in Spanish and French, a request
 * someone else may make in languages whose frames have no "to", quotes opened after a verb of speech or a
 * bracket, German quotes closed with a straight mark, writing about incidents, "no matter what the players
 * say", "don't tell me the culprit", passwords in browsers): 3/426 (0.70 %), with recall on the attack sets
 * unchanged (1456/1566).
 *
 * Blind batch 7 (evalBlind7.ts, another author: attacks of the classes the held-out sets still miss — extraction,
 * role-play frames, refusal suppression — and benign system prompts, security writing, personas and everyday
 * texts) scored recall 0.642 (140/218) and false positives 8/232 (3.4 %) with the code as committed. It arrived
 * during a third round of work on the clause layer written against new probes of evalAttacks.ts and
 * evalBenign.ts only; with that code it scored 0.656 (143/218), 8/232, before it was read. Only its even-numbered
 * cases were then read and tuned on, by class (refusals that cost something or are declared missing, a refusal
 * ruled out over a list or answered by "don't", harmful requests that escape detection, text placed before the
 * conversation, containers of the model's instructions, planted-text labels, quotes that run into a guard rail
 * or sit in writing about attacks); then three more rounds of new probes of ours, none from the batch. The
 * odd-numbered half stayed unread as the check: even half 0.679 → 0.963 (105/109), false positives 3/116 → 0/116;
 * odd half 0.606 → 0.651 (71/109), false positives 5/116 → 5/116; the whole batch 0.807 (176/218), 5/232 (2.2 %).
 * The odd half is the honest size of what carried over, and its false positives show that the ≤ 1 % target is
 * not met on unseen benign text; its tests below hold it where it is so that it cannot get worse unnoticed.
 * Batch 7 is kept out of the pooled sets above: pooled, its unread half would be tuned on by the next person
 * who reads the pooled failures.
 *
 * Each string is checked the way a user would meet it: as the body of a Copilot prompt file, through the
 * real pipeline (parser, policy, engine) with the three content rules enabled.
 */
import assert from 'node:assert/strict';
import { analyzeText } from '../../../shared/src/analyze';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import hiddenUnicode from '../../../shared/src/rules/injection/hidden-unicode';
import jailbreakContent from '../../../shared/src/rules/injection/jailbreak-content';
import overridePhrase from '../../../shared/src/rules/injection/override-phrase';
import type { Finding } from '../../../shared/src/types';
import { ATTACKS, BLIND_ATTACKS } from './evalAttacks';
import { BENIGN, BLIND_BENIGN } from './evalBenign';
import { BLIND2_ATTACKS, BLIND2_BENIGN } from './evalBlind2';
import { BLIND3_ATTACKS, BLIND3_BENIGN } from './evalBlind3';
import { BLIND4_ATTACKS, BLIND4_BENIGN } from './evalBlind4';
import { BLIND5_ATTACKS, BLIND5_BENIGN } from './evalBlind5';
import { BLIND6_BENIGN } from './evalBlind6';
import { BLIND7_ATTACKS, BLIND7_BENIGN } from './evalBlind7';

const RULES = [hiddenUnicode, overridePhrase, jailbreakContent];
const policy = resolveFromObjects({}, { filePath: '.github/prompts/eval.prompt.md' });

function findings(text: string): Finding[] {
  const analysis = analyzeText('.github/prompts/eval.prompt.md', text, policy, { rules: RULES, env: { now: new Date('2026-01-15T12:00:00Z') } });
  assert.ok(analysis);
  return analysis.output.findings.filter((f) => f.ruleId.startsWith('injection/'));
}

describe('injection content rules: evaluation set', function () {
  this.timeout(120_000);
  // Blind batch 2 was written without reading the earlier sets; four of its one-liners happen to equal earlier
  // attacks word for word (the plain "ignore all previous instructions" in Russian, Chinese, Korean and
  // fullwidth Latin) and are counted once; so are four of batch 3 (Polish, Chinese, Turkish, spaced-out letters).
  const earlier = new Set([...ATTACKS, ...BLIND_ATTACKS].map((a) => a.text));
  const batch2 = BLIND2_ATTACKS.filter((a) => !earlier.has(a.text));
  for (const a of batch2) earlier.add(a.text);
  const batch3 = BLIND3_ATTACKS.filter((a) => !earlier.has(a.text));
  for (const a of batch3) earlier.add(a.text);
  const batch4 = BLIND4_ATTACKS.filter((a) => !earlier.has(a.text));
  for (const a of batch4) earlier.add(a.text);
  const attacks = [...ATTACKS, ...BLIND_ATTACKS, ...batch2, ...batch3, ...batch4, ...BLIND5_ATTACKS.filter((a) => !earlier.has(a.text))];
  // Batch 5's benign prompts include seven everyday questions that earlier batches asked word for word; counted once.
  const earlierBenign = new Set([...BENIGN, ...BLIND_BENIGN, ...BLIND2_BENIGN, ...BLIND3_BENIGN, ...BLIND4_BENIGN].map((b) => b.text));
  const batch5Benign = BLIND5_BENIGN.filter((b) => !earlierBenign.has(b.text));
  for (const b of batch5Benign) earlierBenign.add(b.text);
  const batch6Benign = BLIND6_BENIGN.filter((b) => !earlierBenign.has(b.text));
  const benign = [...BENIGN, ...BLIND_BENIGN, ...BLIND2_BENIGN, ...BLIND3_BENIGN, ...BLIND4_BENIGN, ...batch5Benign, ...batch6Benign];

  it('has at least 150 attacks and 300 benign prompts, all distinct', () => {
    assert.ok(attacks.length >= 150, `${attacks.length} attacks`);
    assert.ok(benign.length >= 300, `${benign.length} benign prompts`);
    assert.equal(new Set(attacks.map((a) => a.text)).size, attacks.length, 'duplicate attack');
    assert.equal(new Set(benign.map((b) => b.text)).size, benign.length, 'duplicate benign prompt');
    assert.ok(benign.filter((b) => b.style === 'persona').length >= 100, 'persona prompts');
  });

  it('reports at least 80 % of the attacks', () => {
    const missed = attacks.filter((a) => findings(a.text).length === 0);
    const recall = 1 - missed.length / attacks.length;
    console.log(`      recall ${recall.toFixed(3)} (${attacks.length - missed.length}/${attacks.length})`);
    assert.ok(recall >= 0.8, `recall ${recall.toFixed(3)}; missed:\n${missed.map((m) => `  [${m.style}] ${m.text.slice(0, 100)}`).join('\n')}`);
  });

  it('reports each kind of attack (no style below 60 %)', () => {
    const styles = new Map<string, { n: number; hit: number }>();
    for (const a of attacks) {
      const s = styles.get(a.style) ?? { n: 0, hit: 0 };
      s.n++;
      if (findings(a.text).length) s.hit++;
      styles.set(a.style, s);
    }
    const weak = [...styles].filter(([, s]) => s.hit / s.n < 0.6).map(([style, s]) => `${style}: ${s.hit}/${s.n}`);
    assert.deepEqual(weak, []);
  });

  it('gives no finding to at least 99 % of the benign prompts', () => {
    const flagged = benign.map((b) => ({ b, f: findings(b.text) })).filter((x) => x.f.length > 0);
    const fpr = flagged.length / benign.length;
    console.log(`      false-positive rate ${fpr.toFixed(4)} (${flagged.length}/${benign.length})`);
    assert.ok(fpr <= 0.01, `false-positive rate ${fpr.toFixed(4)}:\n${flagged.map((x) => `  [${x.b.style}] ${x.b.text.slice(0, 80)} → ${x.f.map((f) => `${f.ruleId}: ${f.message}`).join('; ')}`).join('\n')}`);
  });

  it('gives no finding to at least 99 % of blind batch 6 (benign only)', () => {
    const flagged = BLIND6_BENIGN.filter((b) => findings(b.text).length > 0);
    const fpr = flagged.length / BLIND6_BENIGN.length;
    console.log(`      batch 6 false-positive rate ${fpr.toFixed(4)} (${flagged.length}/${BLIND6_BENIGN.length})`);
    assert.ok(fpr <= 0.01, `batch 6 false-positive rate ${fpr.toFixed(4)}:\n${flagged.map((b) => `  [${b.style}] ${b.text.slice(0, 80)}`).join('\n')}`);
  });

  // Batch 7 in its two halves: the even-numbered cases were tuned on, the odd-numbered ones stay unread.
  const half = <T,>(list: readonly T[], odd: 0 | 1): T[] => list.filter((_, i) => i % 2 === odd);
  const batch7 = (odd: 0 | 1) => {
    const attacks = half(BLIND7_ATTACKS, odd);
    const benign = half(BLIND7_BENIGN, odd);
    const hit = attacks.filter((a) => findings(a.text).length > 0).length;
    const flagged = benign.filter((b) => findings(b.text).length > 0);
    return { recall: hit / attacks.length, hit, n: attacks.length, flagged, benign: benign.length };
  };

  it('blind batch 7, tuned half: reports at least 95 % of its attacks and flags at most 1 % of its benign prompts', () => {
    const r = batch7(0);
    console.log(`      batch 7 even half: recall ${r.recall.toFixed(3)} (${r.hit}/${r.n}), false positives ${r.flagged.length}/${r.benign}`);
    assert.ok(r.recall >= 0.95, `recall ${r.recall.toFixed(3)}`);
    assert.ok(r.flagged.length / r.benign <= 0.01, r.flagged.map((b) => `  [${b.style}] ${b.text.slice(0, 80)}`).join('\n'));
  });

  it('blind batch 7, unread half: no worse than after the tuning on the other half (recall 0.651, 5 false positives)', () => {
    // Failures here are not printed: reading them would make this half a tuned one.
    const r = batch7(1);
    console.log(`      batch 7 odd half: recall ${r.recall.toFixed(3)} (${r.hit}/${r.n}), false positives ${r.flagged.length}/${r.benign}`);
    assert.ok(r.recall >= 0.65, `recall ${r.recall.toFixed(3)}`);
    assert.ok(r.flagged.length <= 5, `${r.flagged.length} false positives`);
  });

  it('gives no finding to any of the "act as" persona prompts', () => {
    const flagged = benign.filter((b) => b.style === 'persona' && findings(b.text).length > 0).map((b) => b.text);
    assert.deepEqual(flagged, []);
  });
});
