/**
 * LSP latency benchmark (issue 6): how long the language server takes to turn an edit into diagnostics, and
 * how long a cold server takes to its first diagnostics.
 *
 *   npm run build && node --import=tsx bench/lsp/run.ts [--edits 200] [--cold 5] [--no-write]
 *
 * 1. Edit latency, in-process: the real server (`startServer`) over PassThrough streams, a client speaking
 *    JSON-RPC to it, push diagnostics with debounce 0. A 2,000-line Dotprompt file with findings gets 200
 *    incremental edits (type a character, delete it, at lines spread over the file); for each, the time from
 *    sending `didChange` to receiving `publishDiagnostics` for that version. Baseline, paired edit by edit in
 *    the same run: the engine alone (`analyzeText`) on the same text, right after. The difference is the
 *    LSP layer's work (document sync, JSON-RPC both ways, diagnostics conversion, status).
 * 2. Cold start: spawn `node dist/server/server.js --stdio`, initialize, open the file, wait for its first
 *    diagnostics. Baseline: a bare `node -e ""` start.
 *
 * Wall-clock times grow with the machine's load; CPU times (this process for in-process work, the child's
 * /proc counters for cold starts, Linux only) much less. Both are printed, with the load average.
 * Writes the table into the "LSP" section of bench/RESULTS.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { startServer } from '../../server/src/server';
import { analyzeText } from '../../shared/src/analyze';
import { PolicyResolver } from '../../shared/src/policy/resolve';
import { ruleIds } from '../../shared/src/rules';
import { cpuNow, machineLine, today, writeResultsSection } from '../results';

const ROOT = join(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EDITS = option('edits', 200);
const COLD_RUNS = option('cold', 5);
const WRITE = !args.includes('--no-write');

/**
 * A full garbage collection before each measured sample, so that neither sample of a pair pays for the
 * other's garbage (without it the pairing measures GC timing, not work).
 */
setFlagsFromString('--expose-gc');
const collect: () => void = runInNewContext('gc');

/** A 2,000-line Dotprompt file: front matter, roles, variables, and findings every ~40 lines. */
export function bigPrompt(lines = 2000): string {
  const out = ['---', 'model: googleai/gemini-2.5-flash', 'version: 1.0.0', 'input:', '  schema:', '    question: string', '    customer: string', '---', '{{role "system"}}'];
  let i = 0;
  while (out.length < lines - 3) {
    i++;
    if (i % 40 === 0) out.push(`Escalate case ${i} to agent${i}@acme-corp.com or call +1 415 555 ${String(2000 + (i % 7000)).padStart(4, '0')}.`);
    else if (i % 25 === 0) out.push(`Customer note: {{customer}} asked about order ${i}.`);
    else out.push(`Rule ${i}: answer politely, cite the policy section ${i % 17}, and never promise refunds beyond ${i % 90} days.`);
  }
  out.push('{{role "user"}}', '{{question}}', '');
  return out.join('\n');
}

function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (v: number) => (Number.isNaN(v) ? 'n/a' : `${v.toFixed(1)} ms`);
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

/** The edits: at line L, insert "x" at the line's start; the next edit deletes it; spread over the file. */
function editPlan(text: string, count: number): { line: number; insert: boolean }[] {
  const lines = text.split('\n').length;
  const plan: { line: number; insert: boolean }[] = [];
  for (let k = 0; k < count; k++) plan.push({ line: 10 + ((Math.floor(k / 2) * 97) % (lines - 20)), insert: k % 2 === 0 });
  return plan;
}

function applyPlanStep(text: string, step: { line: number; insert: boolean }): string {
  let offset = 0;
  for (let l = 0; l < step.line; l++) offset = text.indexOf('\n', offset) + 1;
  return step.insert ? `${text.slice(0, offset)}x${text.slice(offset)}` : text.slice(0, offset) + text.slice(offset + 1);
}

interface Samples {
  wall: number[];
  cpu: number[];
}

interface EditResult {
  lsp: Samples;
  engine: Samples;
  findings: number;
}

async function editLatency(text: string, dir: string): Promise<EditResult> {
  const resolver = new PolicyResolver({ readFile: () => undefined }, ruleIds);
  const policy = resolver.resolveFor(`${dir}/big.prompt`);
  let current = text;
  analyzeText('big.prompt', current, policy); // warm-up, as the server's open is

  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = startServer(toServer, toClient);
  const conn = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map<number, (count: number) => void>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number; diagnostics: unknown[] }) => {
    const w = p.version !== undefined ? waiting.get(p.version) : undefined;
    if (w) {
      waiting.delete(p.version!);
      w(p.diagnostics.length);
    }
  });
  conn.onRequest(() => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: null,
    rootUri: pathToFileURL(dir).toString(),
    capabilities: { textDocument: { publishDiagnostics: {} }, workspace: {} },
    initializationOptions: { debounceMs: 0, settings: { baseRef: '' } },
  });
  await conn.sendNotification('initialized', {});
  const uri = pathToFileURL(join(dir, 'big.prompt')).toString();
  const opened = new Promise<number>((r) => waiting.set(1, r));
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotprompt', version: 1, text } });
  const findings = await opened;

  const result: EditResult = { lsp: { wall: [], cpu: [] }, engine: { wall: [], cpu: [] }, findings };
  let version = 1;
  for (const step of editPlan(text, EDITS)) {
    version++;
    const published = new Promise<number>((r) => waiting.set(version, r));
    const range = { start: { line: step.line, character: 0 }, end: { line: step.line, character: step.insert ? 0 : 1 } };
    collect();
    let cpu = cpuNow();
    let started = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: step.insert ? 'x' : '' }] });
    await published;
    result.lsp.wall.push(performance.now() - started);
    result.lsp.cpu.push(cpuNow() - cpu);

    current = applyPlanStep(current, step);
    collect();
    cpu = cpuNow();
    started = performance.now();
    analyzeText('big.prompt', current, policy, { env: { knownFiles: new Set() } });
    result.engine.wall.push(performance.now() - started);
    result.engine.cpu.push(cpuNow() - cpu);
  }
  conn.dispose();
  server.stop();
  return result;
}

/** user+system CPU ms of a running process, from /proc (Linux); NaN elsewhere. */
function childCpu(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks (USER_HZ 100)
  } catch {
    return Number.NaN;
  }
}

interface ColdResult {
  initialize: number;
  diagnostics: number;
  /** CPU ms of the server process when its initialize answer arrived. */
  initializeCpu: number;
  /** CPU ms of the server process when its first diagnostics arrived. */
  cpu: number;
}

/** One cold start: spawn → initialize answered → first diagnostics of the opened file. */
async function coldStart(server: string, text: string, dir: string): Promise<ColdResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const uri = pathToFileURL(join(dir, 'big.prompt')).toString();
  const first = new Promise<void>((resolve) =>
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
      if (p.uri === uri) resolve();
    }),
  );
  conn.onRequest(() => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).toString(), capabilities: {}, initializationOptions: { settings: { baseRef: '' } } });
  const initialize = performance.now() - started;
  const initializeCpu = childCpu(child.pid);
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotprompt', version: 1, text } });
  await first;
  const diagnostics = performance.now() - started;
  const cpu = childCpu(child.pid);
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await new Promise((r) => child.on('exit', r));
  conn.dispose();
  return { initialize, diagnostics, initializeCpu, cpu };
}

/** A bare Node start: wall time to exit, and its CPU time (measured by itself, just before it ends). */
async function bareNode(): Promise<{ wall: number; cpu: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000))'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  await new Promise((r) => child.on('exit', r));
  return { wall: performance.now() - started, cpu: Number(out) };
}

async function main(): Promise<void> {
  const text = bigPrompt();
  const dir = mkdtempSync(join(tmpdir(), 'promptgov-bench-lsp-'));
  writeFileSync(join(dir, 'big.prompt'), text);
  try {
    const load = loadavg()[0];
    // Cold starts first, while this process is idle.
    const server = join(ROOT, 'dist', 'server', 'server.js');
    if (!existsSync(server)) throw new Error('dist/server/server.js is missing: run `npm run build` first.');
    const cold: ColdResult[] = [];
    const bare: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      bare.push(await bareNode());
      cold.push(await coldStart(server, text, dir));
    }
    const edits = await editLatency(text, dir);

    const overheadWall = edits.lsp.wall.map((v, i) => v - edits.engine.wall[i]);
    const overheadCpu = edits.lsp.cpu.map((v, i) => v - edits.engine.cpu[i]);
    const p = percentile;
    const med = (xs: number[]) => p(xs, 50);
    const rows = [
      ['didChange → publishDiagnostics, wall (in-process, debounce 0)', ms(p(edits.lsp.wall, 50)), ms(p(edits.lsp.wall, 95)), 'analyzeText alone, same text', ms(p(edits.engine.wall, 50)), ms(p(edits.engine.wall, 95)), `${ratio(p(edits.lsp.wall, 50), p(edits.engine.wall, 50))} / ${ratio(p(edits.lsp.wall, 95), p(edits.engine.wall, 95))}`],
      ['didChange → publishDiagnostics, CPU (client and server)', ms(p(edits.lsp.cpu, 50)), ms(p(edits.lsp.cpu, 95)), 'analyzeText alone, CPU', ms(p(edits.engine.cpu, 50)), ms(p(edits.engine.cpu, 95)), `${ratio(p(edits.lsp.cpu, 50), p(edits.engine.cpu, 50))} / ${ratio(p(edits.lsp.cpu, 95), p(edits.engine.cpu, 95))}`],
      ['LSP work per edit beyond the engine (paired difference), wall', ms(p(overheadWall, 50)), ms(p(overheadWall, 95)), '', '', '', ''],
      ['LSP work per edit beyond the engine (paired difference), CPU', ms(p(overheadCpu, 50)), ms(p(overheadCpu, 95)), '', '', '', ''],
      ['cold start → initialize answered, wall', ms(med(cold.map((c) => c.initialize))), ms(Math.max(...cold.map((c) => c.initialize))), '`node -e ""`, wall', ms(med(bare.map((b) => b.wall))), ms(Math.max(...bare.map((b) => b.wall))), ratio(med(cold.map((c) => c.initialize)), med(bare.map((b) => b.wall)))],
      ['cold start → first diagnostics, wall', ms(med(cold.map((c) => c.diagnostics))), ms(Math.max(...cold.map((c) => c.diagnostics))), '`node -e ""`, wall', ms(med(bare.map((b) => b.wall))), ms(Math.max(...bare.map((b) => b.wall))), ratio(med(cold.map((c) => c.diagnostics)), med(bare.map((b) => b.wall)))],
      ['cold start → initialize answered, server CPU', ms(med(cold.map((c) => c.initializeCpu))), ms(Math.max(...cold.map((c) => c.initializeCpu))), '`node -e ""`, CPU', ms(med(bare.map((b) => b.cpu))), ms(Math.max(...bare.map((b) => b.cpu))), ratio(med(cold.map((c) => c.initializeCpu)), med(bare.map((b) => b.cpu)))],
      ['cold start → first diagnostics, server CPU', ms(med(cold.map((c) => c.cpu))), ms(Math.max(...cold.map((c) => c.cpu))), '`node -e ""`, CPU', ms(med(bare.map((b) => b.cpu))), ms(Math.max(...bare.map((b) => b.cpu))), ratio(med(cold.map((c) => c.cpu)), med(bare.map((b) => b.cpu)))],
    ];
    const lines = text.split('\n').length;
    const header = '| measure | p50 / median | p95 / max | baseline (same run) | baseline p50 / median | baseline p95 / max | ratio |\n|---|---|---|---|---|---|---|';
    const table = `${header}\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`;
    const context = `${lines}-line Dotprompt file, ${edits.findings} diagnostics; ${EDITS} edits; ${COLD_RUNS} cold starts; ${machineLine(load)}; ${today()}.`;
    const section = [
      '## LSP',
      '',
      'Command: `npm run build && node --import=tsx bench/lsp/run.ts` (bench/lsp/run.ts).',
      '',
      context,
      '',
      table,
      '',
      'Targets (issue 6): p95 ≤ 10 ms of server work per edit; cold start to first diagnostics ≤ 300 ms.',
      'Edit latency is measured in one process (JSON-RPC framing and parsing on both sides included, no process boundary); each edit is paired with the engine alone on the same text, right after it, a full GC before each. Cold start spawns the bundled server (`dist/server/server.js`); its baseline is a bare Node start. Wall-clock numbers grow with the machine\'s load; CPU numbers much less.',
      '',
    ].join('\n');
    console.log(section);
    if (WRITE) writeResultsSection('LSP', section);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
