/**
 * Sensitive-data detectors benchmark (issue 3): throughput of the whole `pii/*` + `secret/*` rule set,
 * through the engine, as a ratio against one plain email-regex pass over the same text in the same run.
 *
 *   node --import=tsx bench/detectors/run.ts [--mb 50] [--rounds 5] [--doc-kb 50] [--no-write]
 *   (npm run bench:detectors)
 *
 * 1. Corpus (corpus.ts): ~50 MB of generated, seeded prompt-like documents of ~50 KB each, half Dotprompt
 *    (`.prompt`), half Copilot prompt files (`.prompt.md`), one body line in forty holding a sensitive value.
 *    Built in memory (a few seconds); the same seed always gives the same text.
 * 2. The engine is bundled with esbuild first (bench/.data/engine.cjs, as dist/ is built), and every document is
 *    parsed once (timed, reported apart: the parsers are not the rules).
 * 3. A warm-up round of both passes over every document (untimed), then rounds: a full garbage
 *    collection, then the documents block by block (~1 MB), each block through both passes, one right
 *    after the other:
 *      baseline  — `/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g` run over each document's text;
 *      rule set  — `checkDocument(doc, policy, { rules: every pii/* and secret/* rule })` on each document
 *                  (the engine's real path: rule options from the default policy, findings with positions,
 *                  fingerprints, masked messages, evidence and redaction fixes).
 *    Each pass's time is summed over the blocks of a round (wall clock, and this process's CPU time);
 *    MB/s is taken from the median round (MB = 10^6 bytes of UTF-8), and the ratio is rule set ÷ baseline:
 *    1.0× means the whole rule set reads text as fast as one email regex does.
 * 4. What the rules found, next to the planted lines, so a faster run that finds less shows.
 *
 * Wall-clock times grow with the machine's load; the ratio much less (both passes alternate block by
 * block). CPU times are printed too. Writes the "Detectors" section of bench/RESULTS.md.
 *
 * A speed-up must not change one finding: bench/detectors/findings.ts dumps every finding of the rule set
 * (this corpus, the real prompts, the fixtures, the rule tests read as prompts) for a before/after `cmp`.
 */
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { PromptDocument } from '../../shared/src/types';
import { cpuNow, machineLine, median, today, writeResultsSection } from '../results';
import { generateCorpus } from './corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MB = option('mb', 50);
const ROUNDS = option('rounds', 5);
const DOC_KB = option('doc-kb', 50);
const WRITE = !args.includes('--no-write');

setFlagsFromString('--expose-gc');
const collect: () => void = runInNewContext('gc');

/**
 * The engine as users run it: one esbuild bundle, like dist/cli and dist/server (not the TypeScript sources
 * through tsx, whose per-module export getters would be measured too).
 */
function loadEngine(): typeof import('./engine') {
  const outdir = join(__dirname, '..', '.data');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'engine.cjs');
  buildSync({ entryPoints: [join(__dirname, 'engine.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  return require(outfile) as typeof import('./engine');
}

/** The baseline: one common email regular expression, the cheapest thing a PII scanner could do. */
const EMAIL_REGEX = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

interface Pass {
  wall: number[];
  cpu: number[];
}

const fmt = (v: number, digits = 1) => v.toFixed(digits);

function main(): void {
  const loadAtStart = loadavg()[0];
  const { checkDocument, parseDocument, PolicyResolver, allRules, ruleIds } = loadEngine();
  let started = performance.now();
  const corpus = generateCorpus({ totalBytes: MB * 1024 * 1024, docBytes: DOC_KB * 1024 });
  const generateMs = performance.now() - started;
  const texts = corpus.docs.map((d) => d.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const megabytes = bytes / 1e6;
  console.log(`corpus: ${corpus.docs.length} documents, ${fmt(megabytes)} MB, generated in ${fmt(generateMs, 0)} ms`);

  const resolver = new PolicyResolver({ readFile: () => undefined }, ruleIds);
  const policy = resolver.resolveFor('/bench/prompts/doc.prompt');
  const rules = allRules.filter((r) => r.meta.id.startsWith('pii/') || r.meta.id.startsWith('secret/'));

  started = performance.now();
  const docs: PromptDocument[] = corpus.docs.map((d) => parseDocument(d.path, d.text));
  const parseMs = performance.now() - started;
  console.log(`parsed in ${fmt(parseMs, 0)} ms (${fmt(megabytes / (parseMs / 1000))} MB/s)`);

  // Warm-up, untimed: both passes over every document once, so that neither measured pass pays for the
  // compiler's first runs or for building lookup tables.
  for (const doc of docs) {
    EMAIL_REGEX.lastIndex = 0;
    while (EMAIL_REGEX.exec(doc.text));
    checkDocument(doc, policy, { rules });
  }

  // Rounds: a full GC, then the documents block by block (~1 MB each), the baseline over a block and the
  // rule set over the same block right after, so that both passes see the same machine (a load spike hits a
  // block of each, not one whole pass). Clocks are read between blocks only: reading this process's CPU
  // time is a system call, too slow to make per document.
  const BLOCK = Math.max(1, Math.round(1024 / DOC_KB));
  const baseline: Pass = { wall: [], cpu: [] };
  const ruleSet: Pass = { wall: [], cpu: [] };
  let emails = 0;
  const found = new Map<string, { real: number; placeholder: number }>();
  for (let round = 0; round < ROUNDS; round++) {
    collect();
    let baseWall = 0;
    let baseCpu = 0;
    let rulesWall = 0;
    let rulesCpu = 0;
    emails = 0;
    for (let b = 0; b < docs.length; b += BLOCK) {
      const block = docs.slice(b, b + BLOCK);
      let cpu = cpuNow();
      let started = performance.now();
      for (const doc of block) {
        EMAIL_REGEX.lastIndex = 0;
        while (EMAIL_REGEX.exec(doc.text)) emails++;
      }
      baseWall += performance.now() - started;
      baseCpu += cpuNow() - cpu;
      const outputs: ReturnType<typeof checkDocument>[] = [];
      cpu = cpuNow();
      started = performance.now();
      for (const doc of block) outputs.push(checkDocument(doc, policy, { rules }));
      rulesWall += performance.now() - started;
      rulesCpu += cpuNow() - cpu;
      if (round > 0) continue;
      for (const out of outputs) {
        for (const f of out.findings) {
          const entry = found.get(f.ruleId) ?? found.set(f.ruleId, { real: 0, placeholder: 0 }).get(f.ruleId)!;
          if (f.evidence.placeholder === true) entry.placeholder++;
          else entry.real++;
        }
      }
    }
    baseline.wall.push(baseWall);
    baseline.cpu.push(baseCpu);
    ruleSet.wall.push(rulesWall);
    ruleSet.cpu.push(rulesCpu);
    console.log(`round ${round + 1}: baseline ${fmt(baseWall, 0)} ms (CPU ${fmt(baseCpu, 0)}), rule set ${fmt(rulesWall, 0)} ms (CPU ${fmt(rulesCpu, 0)}), ratio ${(baseWall / rulesWall).toFixed(2)}×`);
  }

  const baseMs = median(baseline.wall);
  const rulesMs = median(ruleSet.wall);
  const baseMBs = megabytes / (baseMs / 1000);
  const rulesMBs = megabytes / (rulesMs / 1000);
  const cpuRatio = median(baseline.cpu) / median(ruleSet.cpu);
  const ratio = baseMs / rulesMs;
  const findings = [...found].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const planted = Object.entries(corpus.planted).map(([k, v]) => `${k} ${v}`).join(', ');

  const section = [
    '## Detectors',
    '',
    'Command: `npm run bench:detectors` (`node --import=tsx bench/detectors/run.ts`; bench/detectors/run.ts).',
    '',
    `${corpus.docs.length} generated documents of ~${DOC_KB} KB (Dotprompt and Copilot prompt files), ${fmt(megabytes)} MB, one body line in forty holding a sensitive value; ${rules.length} rules (every \`pii/*\` and \`secret/*\`) through \`checkDocument\` of the esbuild-bundled engine, default policy; ${ROUNDS} rounds after a warm-up; ${machineLine(loadAtStart)}; ${today()}.`,
    '',
    '| pass | median time | MB/s | CPU time | ratio to baseline |',
    '|---|---|---|---|---|',
    `| baseline: one email regex over the same text | ${fmt(baseMs, 0)} ms | ${fmt(baseMBs)} | ${fmt(median(baseline.cpu), 0)} ms | 1.00× |`,
    `| full sensitive-data rule set (${rules.length} rules) | ${fmt(rulesMs, 0)} ms | ${fmt(rulesMBs)} | ${fmt(median(ruleSet.cpu), 0)} ms | **${ratio.toFixed(2)}×** (CPU ${cpuRatio.toFixed(2)}×) |`,
    '',
    `Parsing the documents (not part of either pass): ${fmt(parseMs, 0)} ms, ${fmt(megabytes / (parseMs / 1000))} MB/s.`,
    `Planted lines: ${planted}. Findings (real + placeholder): ${findings.map(([id, c]) => `${id} ${c.real}+${c.placeholder}`).join(', ')}; the baseline regex matched ${emails}.`,
    `Ratio per round: ${baseline.wall.map((b, i) => (b / ruleSet.wall[i]).toFixed(2)).join(', ')}.`,
    'Target (issue 3): ratio ≥ 1.0×. Ratio = rule-set MB/s ÷ baseline MB/s, both measured in this run, the two passes alternating block by block (~1 MB), a full GC before each round; on a loaded machine read the ratios (the CPU one is the steadier), not the MB/s.',
    '',
  ].join('\n');
  console.log(`\n${section}`);
  if (WRITE) writeResultsSection('Detectors', section);
}

if (require.main === module) main();
