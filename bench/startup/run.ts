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
 * Reported: the fastest and the median wall time of each, and their ratio to the baseline's. Wall time only
 * (a child's CPU time is not portable to read); compare ratios, and read the load average.
 * Writes the "Start-up" section of bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
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
    { label: '`node dist/cli/promptgov.js --version`', args: [cli, '--version'], bundle: cli, times: [] },
    { label: '`node dist/server/server.js --stdio` (empty input)', args: [server, '--stdio'], bundle: server, times: [] },
  ];
  // One untimed run each: the file system cache is warm for all of them alike.
  for (const s of subjects) spawnSync(process.execPath, s.args, { stdio: 'ignore' });
  for (let run = 0; run < RUNS; run++) {
    for (const s of subjects) {
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
    'The ratio is what the bundle adds to starting Node: reading and compiling its source, then evaluating its modules. Heavy data (libphonenumber metadata, ibantools tables, js-tiktoken ranks) is evaluated on first use, not at start; but the js-tiktoken ranks (3.4 MB of the bundle) are still read and pre-parsed at every start, and any non-ASCII byte makes Node decode the whole bundle to UTF-16 first.',
    '',
  ].join('\n');
  console.log(section);
  if (WRITE) writeResultsSection('Start-up', section);
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
