/**
 * Start-up benchmark: what loading the bundles costs on top of starting Node, as a ratio against a bare
 * `node -e ""` measured in the same run (issue 6 asks for cold start ≤ 300 ms to first diagnostics; the
 * bundle's load time is the floor of that).
 *
 *   npm run build && node --import=tsx bench/startup/run.ts [--runs 15] [--no-write]
 *   (npm run bench:startup)
 *
 * Each command is spawned `runs` times, the commands interleaved so that a load spike hits them all alike:
 *   - `node -e ""`                                       the baseline: Node alone;
 *   - `node dist/cli/promptgov.js --version`             the CLI bundle loaded, one trivial command;
 *   - `node dist/server/server.js --stdio` (empty stdin)   the server bundle loaded and its connection set up;
 *     it exits when its input ends.
 * Both entry points are loaders that run their bundle (`main.js` next to them) with a V8 code cache
 * (scripts/codeCacheLoader.cjs); each command also runs with its cache removed first, as the first start
 * after an install or a build does.
 * Reported: the fastest and the median wall time of each, and their ratio to the baseline's. Wall time only
 * (a child's CPU time is not portable to read); compare ratios, and read the load average.
 * Writes the "Start-up" section of bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { machineLine, median, today, writeResultsSection } from '../results';

const ROOT = join(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 15);
const WRITE = !args.includes('--no-write');

interface Subject {
  label: string;
  args: string[];
  bundle?: string;
  /** Remove the bundle's V8 code cache before each run. */
  noCache?: boolean;
  times: number[];
}

function main(): void {
  const loadAtStart = loadavg()[0];
  const cli = join(ROOT, 'dist/cli/promptgov.js');
  const server = join(ROOT, 'dist/server/server.js');
  for (const file of [cli, server]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  }
  const subjects: Subject[] = [
    { label: '`node -e ""` (baseline)', args: ['-e', ''], times: [] },
    { label: '`node dist/cli/promptgov.js --version`', args: [cli, '--version'], bundle: join(ROOT, 'dist/cli/main.js'), times: [] },
    { label: '`node dist/cli/promptgov.js --version`, no code cache', args: [cli, '--version'], bundle: join(ROOT, 'dist/cli/main.js'), noCache: true, times: [] },
    { label: '`node dist/server/server.js --stdio` (empty input)', args: [server, '--stdio'], bundle: join(ROOT, 'dist/server/main.js'), times: [] },
    { label: '`node dist/server/server.js --stdio` (empty input), no code cache', args: [server, '--stdio'], bundle: join(ROOT, 'dist/server/main.js'), noCache: true, times: [] },
  ];
  // One untimed run each: the file system cache is warm for all of them alike.
  for (const s of subjects) spawnSync(process.execPath, s.args, { stdio: 'ignore' });
  for (let run = 0; run < RUNS; run++) {
    for (const s of subjects) {
      if (s.noCache && s.bundle) forgetCodeCache(s.bundle);
      const started = performance.now();
      spawnSync(process.execPath, s.args, { stdio: ['ignore', 'ignore', 'ignore'] });
      s.times.push(performance.now() - started);
    }
  }
  const base = subjects[0];
  const baseMin = Math.min(...base.times);
  const baseMedian = median(base.times);
  const rows = subjects.map((s) => {
    const min = Math.min(...s.times);
    const med = median(s.times);
    const size = s.bundle ? `${(statSync(s.bundle).size / 1e6).toFixed(1)} MB, ${nonAscii(s.bundle)} non-ASCII bytes` : '–';
    return `| ${s.label} | ${size} | ${min.toFixed(0)} ms | ${med.toFixed(0)} ms | ${(min / baseMin).toFixed(2)}× | ${(med / baseMedian).toFixed(2)}× |`;
  });
  const section = [
    '## Start-up',
    '',
    'Command: `npm run bench:startup` (`npm run build && node --import=tsx bench/startup/run.ts`; bench/startup/run.ts).',
    '',
    `${RUNS} runs of each command, interleaved; ${machineLine(loadAtStart)}; ${today()}.`,
    '',
    '| command | bundle | fastest | median | fastest ÷ baseline | median ÷ baseline |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'The ratio is what the bundle adds to starting Node: reading and compiling its source, then evaluating its modules. Heavy data (libphonenumber metadata, ibantools tables) is evaluated on first use, not at start; the js-tiktoken ranks are not in the bundles at all (dist/tiktoken/*.json, read on the first token count). The bundles are ASCII-only (`charset: \'ascii\'`, scripts/build.mjs), so Node reads them as one-byte strings, and the loaders run them with a V8 code cache written next to the bundle when a process exits; "no code cache" is the first start after an install or a build (that run writes the cache). Each bundle is one function expression that its loader compiles from the file\'s text as it is (wrapping it at start-up made a second 3 MB string), the source and the cache are read into one buffer, the young generation does not grow during start-up, and the language server\'s first check of a text of ordinary size runs without V8\'s optimizing compiler (scripts/codeCacheLoader.cjs): most of a start\'s memory is kept, what start-up runs it runs once, and on this virtual machine each page touched for the first time costs more than the work on it. Node built-ins that the bundled libraries load but rarely use (`crypto`, `child_process`) are loaded at their first use (scripts/build.mjs).',
    '',
  ].join('\n');
  console.log(section);
  if (WRITE) writeResultsSection('Start-up', section);
}

/** Removes the V8 code cache(s) of a bundle (`<bundle>.<node version>-<arch>-v8-<v8 version>.cache`, and older names). */
function forgetCodeCache(bundle: string): void {
  const name = basename(bundle);
  for (const f of readdirSync(dirname(bundle))) if (f.startsWith(`${name}.`) && f.endsWith('.cache')) rmSync(join(dirname(bundle), f), { force: true });
}

/**
 * Bytes above 127 in a bundle. One is enough to make Node decode the whole file into a two-byte string
 * (twice the memory, and a slower read and compile) instead of a one-byte one: worth keeping at 0.
 */
function nonAscii(file: string): number {
  const bytes = readFileSync(file);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) n++;
  return n;
}

if (require.main === module) main();
