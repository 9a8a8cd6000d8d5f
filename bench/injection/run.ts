/**
 * Injection content rules benchmark (issue 4): throughput of `injection/hidden-unicode`,
 * `injection/override-phrase` and `injection/jailbreak-content` through the engine, as ratios against two
 * baselines measured in the same run on the same documents:
 *   - one plain email-regex pass over the text (the baseline of the sensitive-data benchmark);
 *   - the whole `pii/*` + `secret/*` rule set (which these rules run beside).
 *
 *   npm run bench:injection -- [--mb 10] [--rounds 5] [--doc-kb 50] [--no-write]
 *
 * Also: the per-analysis CPU time of the three rules on the language-server benchmark's 2,000-line prompt
 * (bench/lsp/run.ts `bigPrompt`), each analysis on a slightly different text (as after an edit, so nothing
 * cached for the previous text is reused), against the same check with no rules; and the cost of their first
 * analysis in a fresh process (what a language server's cold start pays), with the phrase tables precompiled as
 * the bundles carry them (scripts/build.mjs) and built from source, each against a warm analysis of the same
 * process.
 *
 * The corpus is the sensitive-data benchmark's generated prompt-like documents (bench/detectors/corpus.ts,
 * seeded), parsed once before timing. Each round: a full GC, then every document through the three passes in
 * turn. Times are this process's user CPU time (steadier than wall clock on a loaded machine); MB/s from the
 * median round. Writes the "Injection content" section of bench/RESULTS.md unless --no-write.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkDocument } from '../../shared/src/engine/check';
import { parseDocument } from '../../shared/src/formats';
import { resolveFromObjects } from '../../shared/src/policy/resolve';
import { allRules } from '../../shared/src/rules';
import type { Rule } from '../../shared/src/rules/rule';
import type { PromptDocument } from '../../shared/src/types';
import { generateCorpus } from '../detectors/corpus';
import { machineLine, median, today, writeResultsSection } from '../results';
import { loadavg } from 'node:os';
import { bigPrompt } from '../lsp/run';
import { tablesData } from '../../shared/src/detectors/injection/scan';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MB = option('mb', 10);
const ROUNDS = option('rounds', 5);
const DOC_KB = option('doc-kb', 50);
const WRITE = !args.includes('--no-write');

setFlagsFromString('--expose-gc');
const collect: () => void = runInNewContext('gc');

const EMAIL_REGEX = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const CONTENT_RULES = ['injection/hidden-unicode', 'injection/override-phrase', 'injection/jailbreak-content'];

const cpu = (): number => process.cpuUsage().user / 1000;

/** Median and 95th percentile CPU time (ms) of the content rules on edited copies of `bigPrompt`. */
function bigPromptTimes(rules: readonly Rule[], policy: ReturnType<typeof resolveFromObjects>): { p50: number; p95: number } {
  const base = bigPrompt().split('\n');
  const texts = Array.from({ length: 120 }, (_, k) => {
    const lines = [...base];
    lines[20 + ((k * 37) % (lines.length - 40))] += ' x';
    return lines.join('\n');
  });
  const docs = texts.map((t) => parseDocument('big.prompt', t));
  for (const doc of docs.slice(0, 20)) checkDocument(doc, policy, { rules });
  const times: number[] = [];
  for (const doc of docs.slice(20)) {
    const u0 = process.cpuUsage();
    checkDocument(doc, policy, { rules });
    const u = process.cpuUsage(u0);
    times.push((u.user + u.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { p50: median(times), p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] };
}
const fmt = (v: number, digits = 1) => v.toFixed(digits);

/**
 * Child mode (`--first-use <tables.json | ->`): the three rules' first analysis of `bigPrompt` in this fresh
 * process, then the median of later ones on edited copies; the engine has run once before (no rules), so only
 * the rules' own first-use cost is timed. Prints `{ first, warm }` in ms (wall clock: the first use is mostly
 * building and compiling, on one thread).
 */
function firstUseChild(tables: string): void {
  if (tables !== '-') (globalThis as Record<string, unknown>).__PROMPTGOV_INJECTION_TABLES__ = readFileSync(tables, 'utf8');
  const policy = resolveFromObjects({}, { filePath: 'prompts/doc.prompt' });
  const rules = allRules.filter((r) => CONTENT_RULES.includes(r.meta.id));
  const text = bigPrompt();
  const doc = parseDocument('big.prompt', text);
  checkDocument(doc, policy, { rules: [] });
  let t = performance.now();
  checkDocument(doc, policy, { rules });
  const first = performance.now() - t;
  const warm: number[] = [];
  for (let k = 1; k <= 30; k++) {
    const edited = parseDocument('big.prompt', `${text}${' x'.repeat(k)}`);
    t = performance.now();
    checkDocument(edited, policy, { rules });
    warm.push(performance.now() - t);
  }
  console.log(JSON.stringify({ first, warm: median(warm.slice(10)) }));
}

/** Median first-use and warm times over `runs` fresh processes, with the tables precompiled (`tables` file) or not (`-`). */
function firstUse(tables: string, runs = 3): { first: number; warm: number } {
  const results = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ['--import=tsx', __filename, '--first-use', tables], { encoding: 'utf8' })) as { first: number; warm: number });
  return { first: median(results.map((r) => r.first)), warm: median(results.map((r) => r.warm)) };
}

function main(): void {
  const loadAtStart = loadavg()[0];
  const corpus = generateCorpus({ totalBytes: MB * 1024 * 1024, docBytes: DOC_KB * 1024 });
  const docs: PromptDocument[] = corpus.docs.map((d) => parseDocument(d.path, d.text));
  const megabytes = corpus.docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0) / 1e6;
  const policy = resolveFromObjects({}, { filePath: 'prompts/doc.prompt' });
  const sensitive = allRules.filter((r) => r.meta.id.startsWith('pii/') || r.meta.id.startsWith('secret/'));
  const content = allRules.filter((r) => CONTENT_RULES.includes(r.meta.id));
  console.log(`corpus: ${docs.length} documents, ${fmt(megabytes)} MB`);

  for (const doc of docs.slice(0, Math.max(1, Math.ceil(docs.length / 10)))) {
    checkDocument(doc, policy, { rules: sensitive });
    checkDocument(doc, policy, { rules: content });
  }

  const times = { email: [] as number[], sensitive: [] as number[], content: [] as number[] };
  let contentFindings = 0;
  for (let round = 0; round < ROUNDS; round++) {
    collect();
    let email = 0;
    let sens = 0;
    let cont = 0;
    contentFindings = 0;
    for (const doc of docs) {
      let t = cpu();
      EMAIL_REGEX.lastIndex = 0;
      while (EMAIL_REGEX.exec(doc.text));
      let now = cpu();
      email += now - t;
      t = now;
      checkDocument(doc, policy, { rules: sensitive });
      now = cpu();
      sens += now - t;
      t = now;
      contentFindings += checkDocument(doc, policy, { rules: content }).findings.length;
      cont += cpu() - t;
    }
    times.email.push(email);
    times.sensitive.push(sens);
    times.content.push(cont);
    console.log(`round ${round + 1}: email regex ${fmt(email, 0)} ms, sensitive-data rules ${fmt(sens, 0)} ms, injection content rules ${fmt(cont, 0)} ms`);
  }
  const big = bigPromptTimes(content, policy);
  const dir = mkdtempSync(join(tmpdir(), 'promptgov-bench-'));
  const tablesFile = join(dir, 'tables.json');
  writeFileSync(tablesFile, JSON.stringify(tablesData()));
  const cold = { precompiled: firstUse(tablesFile), source: firstUse('-') };
  rmSync(dir, { recursive: true, force: true });
  const bigBytes = Buffer.byteLength(bigPrompt(), 'utf8');
  const mbs = (ms: number) => megabytes / (ms / 1000);
  const email = median(times.email);
  const sens = median(times.sensitive);
  const cont = median(times.content);
  const section = [
    '## Injection content',
    '',
    'Command: `npm run bench:injection` (bench/injection/run.ts).',
    '',
    `${docs.length} generated documents of ~${DOC_KB} KB (the sensitive-data benchmark's corpus), ${fmt(megabytes)} MB; the three content rules (${CONTENT_RULES.join(', ')}) through \`checkDocument\`, default policy; user CPU time, median of ${ROUNDS} rounds after a warm-up; ${machineLine(loadAtStart)}; ${today()}.`,
    '',
    '| pass | median CPU time | MB/s | ratio |',
    '|---|---|---|---|',
    `| baseline: one email regex | ${fmt(email, 0)} ms | ${fmt(mbs(email))} | 1.00× |`,
    `| sensitive-data rule set (${sensitive.length} rules) | ${fmt(sens, 0)} ms | ${fmt(mbs(sens))} | ${fmt(email / sens, 2)}× |`,
    `| injection content rules (3 rules) | ${fmt(cont, 0)} ms | ${fmt(mbs(cont))} | ${fmt(email / cont, 2)}× (${fmt(sens / cont, 2)}× the sensitive-data set) |`,
    '',
    `Findings of the content rules on the generated corpus (random word soup, no planted attacks): ${contentFindings}.`,
    '',
    `The three content rules on the language-server benchmark's 2,000-line prompt (${fmt(bigBytes / 1000, 0)} KB, bench/lsp/run.ts \`bigPrompt\`), one line edited before each analysis, \`checkDocument\` on the parsed document, CPU time over 100 analyses: median ${fmt(big.p50, 2)} ms, p95 ${fmt(big.p95, 2)} ms.`,
    '',
    `First analysis of that prompt by the three rules in a fresh process (wall clock, median of 3 processes; \`warm\`: median analysis after 10 more in the same process):`,
    '',
    '| phrase tables | first analysis | warm analysis | first-use cost |',
    '|---|---|---|---|',
    `| precompiled, as in the bundles (scripts/build.mjs) | ${fmt(cold.precompiled.first)} ms | ${fmt(cold.precompiled.warm)} ms | ${fmt(cold.precompiled.first - cold.precompiled.warm)} ms |`,
    `| built from source on first use | ${fmt(cold.source.first)} ms | ${fmt(cold.source.warm)} ms | ${fmt(cold.source.first - cold.source.warm)} ms |`,
    '',
  ].join('\n');
  console.log(`\n${section}`);
  if (WRITE) writeResultsSection('Injection content', section);
}

if (require.main === module) {
  const child = args.indexOf('--first-use');
  if (child >= 0) firstUseChild(args[child + 1]);
  else main();
}
