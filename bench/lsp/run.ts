/**
 * LSP latency benchmark (issue 6): how long the language server works to turn an edit into diagnostics, and
 * how long a cold server takes to its first diagnostics.
 *
 *   npm run build && node --import=tsx bench/lsp/run.ts [--edits 200] [--cold 5] [--no-write]
 *
 * `--edits 0` measures the cold starts only and prints them without writing bench/RESULTS.md (a section
 * without the edit rows would replace the full one).
 *
 * 1. Edit latency against the bundled server (`dist/server/server.js --stdio`, a process of its own, as an
 *    editor runs it), push diagnostics, debounce 0. A 2,000-line Dotprompt file with findings gets 200
 *    incremental edits (type a character at the start of a line, delete it, at lines spread over the file).
 *    Per edit: the wall time from writing `didChange` to receiving the server's `promptgov/status` for it
 *    (sent after the diagnostics are published, or found unchanged and not sent again), and the server's
 *    CPU time over that span (its main thread, from /proc/<pid>/task/<pid>/schedstat, nanoseconds; Linux
 *    only). Twice: with every rule, and with the two injection content rules (`injection/jailbreak-content`,
 *    `injection/override-phrase`) off, which shows the rest of the work apart from theirs.
 *    Baseline, in this process on the same texts: the engine alone (`analyzeText`).
 * 2. Cold start: spawn `node dist/server/server.js --stdio`, initialize, open the file, wait for its first
 *    diagnostics. The first start after a build has no V8 code cache yet (the server writes one when it
 *    exits); the later starts use it. Baseline: a bare `node -e ""` start. Besides wall and CPU time, the
 *    server's minor page faults at its first diagnostics: the memory it touched for the first time, which on
 *    a virtual machine costs more than the work done in it (scripts/codeCacheLoader.cjs).
 *
 * Wall-clock times grow with the machine's load; CPU times much less. Both are printed, with the load
 * average. Writes the table into the "LSP" section of bench/RESULTS.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
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
const WRITE = !args.includes('--no-write') && EDITS > 0;

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
  /** didChange written → status received, and the server's main-thread CPU over that span. */
  server: Samples;
  /** The server's own timing of its check (the engine and its inputs; process CPU), from its verbose trace. */
  check: number[];
  /** Server process CPU (all threads) minus the check, edit by edit: the LSP layer's work. */
  layer: number[];
  engine: Samples;
  findings: number;
  /** Edits whose diagnostics were published (the others changed nothing the client shows). */
  publishes: number;
}

const INJECTION_CONTENT_RULES = ['injection/jailbreak-content', 'injection/override-phrase'];

/** CPU ms of all threads of a process (Linux: /proc/<pid>/task/<tid>/schedstat of every thread, ns); NaN elsewhere. */
function processCpu(pid: number | undefined): number {
  try {
    let total = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    return total / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** CPU ms of a process's main thread (Linux: /proc/<pid>/task/<pid>/schedstat, ns); NaN elsewhere. */
function mainThreadCpu(pid: number | undefined): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

async function editLatency(server: string, text: string, dir: string, withInjection: boolean): Promise<EditResult> {
  const resolver = new PolicyResolver({ readFile: () => undefined }, ruleIds);
  const policy = resolver.resolveFor(`${dir}/big.prompt`);
  const ruleFilter = withInjection ? undefined : (id: string) => !INJECTION_CONTENT_RULES.includes(id);
  let current = text;
  analyzeText('big.prompt', current, policy, { ruleFilter }); // warm-up, as the server's open is

  const child = spawn(process.execPath, [server, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let statusWaiter: (() => void) | undefined;
  let publishes = 0;
  let findings = 0;
  conn.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: unknown[] }) => {
    publishes++;
    findings = p.diagnostics.length;
  });
  let checkMs = Number.NaN;
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    const m = / \(CPU ([\d.]+) ms\): /.exec(p.message);
    if (m) checkMs = Number(m[1]);
  });
  conn.onNotification('promptgov/status', () => {
    const w = statusWaiter;
    statusWaiter = undefined;
    w?.();
  });
  conn.onRequest(() => null);
  conn.listen();
  const rules = withInjection ? {} : Object.fromEntries(INJECTION_CONTENT_RULES.map((id) => [id, 'off']));
  await conn.sendRequest('initialize', {
    processId: null,
    rootUri: pathToFileURL(dir).toString(),
    capabilities: { textDocument: { publishDiagnostics: {} }, workspace: {} },
    // `trace.server: verbose` makes the server log how long each check took.
    initializationOptions: { debounceMs: 0, settings: { baseRef: '', rules, trace: { server: 'verbose' } } },
  });
  await conn.sendNotification('initialized', {});
  const uri = pathToFileURL(join(dir, 'big.prompt')).toString();
  const opened = new Promise<void>((r) => (statusWaiter = r));
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotprompt', version: 1, text } });
  await opened;
  publishes = 0;
  const openFindings = findings;

  const result: EditResult = { server: { wall: [], cpu: [] }, check: [], layer: [], engine: { wall: [], cpu: [] }, findings: openFindings, publishes: 0 };
  let version = 1;
  for (const step of editPlan(text, EDITS)) {
    version++;
    const checked = new Promise<void>((r) => (statusWaiter = r));
    const range = { start: { line: step.line, character: 0 }, end: { line: step.line, character: step.insert ? 0 : 1 } };
    let cpu = mainThreadCpu(child.pid);
    const all = processCpu(child.pid);
    let started = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: step.insert ? 'x' : '' }] });
    checkMs = Number.NaN;
    await checked;
    result.server.wall.push(performance.now() - started);
    result.server.cpu.push(mainThreadCpu(child.pid) - cpu);
    result.check.push(checkMs);
    result.layer.push(processCpu(child.pid) - all - checkMs);

    current = applyPlanStep(current, step);
    collect();
    cpu = cpuNow();
    started = performance.now();
    analyzeText('big.prompt', current, policy, { env: { knownFiles: new Set() }, ruleFilter });
    result.engine.wall.push(performance.now() - started);
    result.engine.cpu.push(cpuNow() - cpu);
  }
  result.publishes = publishes;
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await new Promise((r) => child.on('exit', r));
  conn.dispose();
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

/**
 * Minor page faults of a process so far (Linux; NaN elsewhere): the memory it touched for the first time. On
 * a virtual machine each costs more than the work done on the page, so they are much of a start's CPU time.
 */
function childFaults(pid: number | undefined): number {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[7]);
  } catch {
    return Number.NaN;
  }
}

interface ColdResult {
  initialize: number;
  diagnostics: number;
  /** CPU ms of the server process when its initialize answer arrived. */
  initializeCpu: number;
  /** CPU ms of the server's main thread, and its minor page faults, when its initialize answer arrived. */
  initializeMainCpu: number;
  initializeFaults: number;
  /** CPU ms of the server process when its first diagnostics arrived. */
  cpu: number;
  /** CPU ms of the server's main thread when its first diagnostics arrived (Linux, ns precision). */
  mainCpu: number;
  /** Minor page faults of the server when its first diagnostics arrived. */
  faults: number;
}

/** One cold start: spawn → initialize answered → first diagnostics of the opened file. */
async function coldStart(server: string, text: string, dir: string, withInjection = true): Promise<ColdResult> {
  const rules = withInjection ? {} : Object.fromEntries(INJECTION_CONTENT_RULES.map((id) => [id, 'off']));
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
  await conn.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).toString(), capabilities: {}, initializationOptions: { settings: { baseRef: '', rules } } });
  const initialize = performance.now() - started;
  const initializeCpu = childCpu(child.pid);
  const initializeMainCpu = mainThreadCpu(child.pid);
  const initializeFaults = childFaults(child.pid);
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotprompt', version: 1, text } });
  await first;
  const diagnostics = performance.now() - started;
  const cpu = childCpu(child.pid);
  const mainCpu = mainThreadCpu(child.pid);
  const faults = childFaults(child.pid);
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await new Promise((r) => child.on('exit', r));
  conn.dispose();
  return { initialize, diagnostics, initializeCpu, initializeMainCpu, initializeFaults, cpu, mainCpu, faults };
}

/** A bare Node start: wall time to exit, and its CPU time (measured by itself, just before it ends). */
async function bareNode(): Promise<{ wall: number; cpu: number; faults: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', 'const u = process.cpuUsage(); process.stdout.write(`${(u.user + u.system) / 1000} ${process.resourceUsage().minorPageFault}`)'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  await new Promise((r) => child.on('exit', r));
  const [cpu, faults] = out.split(' ').map(Number);
  return { wall: performance.now() - started, cpu, faults };
}

async function main(): Promise<void> {
  const text = bigPrompt();
  const dir = mkdtempSync(join(tmpdir(), 'promptgov-bench-lsp-'));
  writeFileSync(join(dir, 'big.prompt'), text);
  try {
    const load = loadavg()[0];
    const server = join(ROOT, 'dist', 'server', 'server.js');
    if (!existsSync(server)) throw new Error('dist/server/server.js is missing: run `npm run build` first.');
    // Cold starts first, while this process is idle. The first one finds no V8 code cache (a fresh build).
    forgetCodeCache(server);
    const first = await coldStart(server, text, dir);
    const cold: ColdResult[] = [];
    const coldNoInjection: ColdResult[] = [];
    const bare: { wall: number; cpu: number; faults: number }[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      bare.push(await bareNode());
      cold.push(await coldStart(server, text, dir));
      coldNoInjection.push(await coldStart(server, text, dir, false));
    }
    const coldOnly = EDITS <= 0;
    const all = coldOnly ? undefined : await editLatency(server, text, dir, true);
    const rest = coldOnly ? undefined : await editLatency(server, text, dir, false);

    const p = percentile;
    const med = (xs: number[]) => p(xs, 50);
    const pair = (xs: number[]) => [ms(p(xs, 50)), ms(p(xs, 95))];
    const editRows = (label: string, e: EditResult) => [
      [`${label}: server, wall (didChange written → status received)`, ...pair(e.server.wall), 'analyzeText alone, wall', ...pair(e.engine.wall), `${ratio(p(e.server.wall, 50), p(e.engine.wall, 50))} / ${ratio(p(e.server.wall, 95), p(e.engine.wall, 95))}`],
      [`${label}: server main-thread CPU`, ...pair(e.server.cpu), 'analyzeText alone, CPU', ...pair(e.engine.cpu), `${ratio(p(e.server.cpu, 50), p(e.engine.cpu, 50))} / ${ratio(p(e.server.cpu, 95), p(e.engine.cpu, 95))}`],
      [`${label}: the check alone (the engine and its inputs; CPU timed by the server)`, ...pair(e.check), '', '', '', ''],
      [`${label}: the LSP layer (server process CPU − the check, per edit)`, ...pair(e.layer), '', '', '', ''],
    ];
    const bareWall = bare.map((b) => b.wall);
    const bareCpu = bare.map((b) => b.cpu);
    const bareFaults = bare.map((b) => b.faults);
    const count = (v: number) => (Number.isNaN(v) ? 'n/a' : String(Math.round(v)));
    const coldRows = (label: string, runs: ColdResult[]) => [
      [`${label} → first diagnostics, wall`, ms(med(runs.map((c) => c.diagnostics))), ms(Math.max(...runs.map((c) => c.diagnostics))), '`node -e ""`, wall', ms(med(bareWall)), ms(Math.max(...bareWall)), ratio(med(runs.map((c) => c.diagnostics)), med(bareWall))],
      [`${label} → first diagnostics, server CPU (all threads)`, ms(med(runs.map((c) => c.cpu))), ms(Math.max(...runs.map((c) => c.cpu))), '`node -e ""`, CPU', ms(med(bareCpu)), ms(Math.max(...bareCpu)), ratio(med(runs.map((c) => c.cpu)), med(bareCpu))],
      [`${label} → first diagnostics, server main-thread CPU`, ms(med(runs.map((c) => c.mainCpu))), ms(Math.max(...runs.map((c) => c.mainCpu))), '', '', '', ''],
      [`${label} → first diagnostics, server minor page faults`, count(med(runs.map((c) => c.faults))), count(Math.max(...runs.map((c) => c.faults))), '`node -e ""`, minor page faults', count(med(bareFaults)), count(Math.max(...bareFaults)), ratio(med(runs.map((c) => c.faults)), med(bareFaults))],
    ];
    const rows = [
      ...(all ? editRows('every rule', all) : []),
      ...(rest ? editRows('without the 2 injection content rules', rest) : []),
      ['cold start → initialize answered, wall', ms(med(cold.map((c) => c.initialize))), ms(Math.max(...cold.map((c) => c.initialize))), '`node -e ""`, wall', ms(med(bareWall)), ms(Math.max(...bareWall)), ratio(med(cold.map((c) => c.initialize)), med(bareWall))],
      ['cold start → initialize answered, server main-thread CPU / minor page faults', ms(med(cold.map((c) => c.initializeMainCpu))), count(med(cold.map((c) => c.initializeFaults))), '', '', '', ''],
      ...coldRows('cold start, every rule', cold),
      ...coldRows('cold start, without the 2 injection content rules', coldNoInjection),
      ['first start after a build (no code cache yet) → first diagnostics, wall / main-thread CPU', ms(first.diagnostics), ms(first.mainCpu), '', '', '', ''],
    ];
    const lines = text.split('\n').length;
    const header = '| measure | p50 / median | p95 / max | baseline (same run) | baseline p50 / median | baseline p95 / max | ratio |\n|---|---|---|---|---|---|---|';
    const table = `${header}\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`;
    const editContext = all && rest ? `${all.findings} diagnostics (${rest.findings} without the two injection content rules); ${EDITS} edits, of which ${all.publishes} (${rest.publishes}) changed the diagnostics and were published` : 'no edits';
    const context = `${lines}-line Dotprompt file, ${editContext}; ${COLD_RUNS} cold starts; ${machineLine(load)}; ${today()}.`;
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
      'Edits go to the bundled server in a process of its own (push diagnostics, debounce 0); per edit, the wall time from writing `didChange` to receiving the `promptgov/status` the server sends after publishing (or finding the diagnostics unchanged), and the CPU time of the server\'s main thread over that span, and the same split in two: the check (the engine and what it needs: policy, project, format; the server\'s own CPU timing, `trace.server: verbose`) and the rest, the LSP layer (document sync, JSON-RPC, comparing and converting diagnostics, publishing, the status), as the server process\'s CPU time (all threads) minus the check. The engine baseline runs in the benchmark\'s process on the same texts, a full GC before each. "Without the 2 injection content rules" turns `injection/jailbreak-content` and `injection/override-phrase` off in the settings (their own benchmark: bench/injection). Cold start spawns the bundled server; its baseline is a bare Node start. Minor page faults count the memory a process touches for the first time (on this virtual machine each costs ~15 µs, so they are a large share of a start\'s CPU time). Wall-clock numbers grow with the machine\'s load; CPU numbers much less.',
      '',
    ].join('\n');
    console.log(section);
    if (WRITE) writeResultsSection('LSP', section);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes the server's V8 code cache (written next to the bundle when a server exits), if any. */
function forgetCodeCache(server: string): void {
  for (const name of readdirSync(dirname(server))) {
    if (name.endsWith('.cache')) rmSync(join(dirname(server), name), { force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
