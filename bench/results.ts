/**
 * Shared by the benchmarks: the machine line every section starts with, and the writer that replaces one
 * `## <title>` section of bench/RESULTS.md (up to the next `## ` heading) without touching the others.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

export const RESULTS_FILE = join(__dirname, 'RESULTS.md');

const HEADER = '# Benchmark results\n\nEach section is written by its benchmark; re-run the command shown to update it.\n\n';

/** Replaces the `## <title>` section of `file`, or appends it. */
export function writeResultsSection(title: string, section: string, file = RESULTS_FILE): void {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const heading = new RegExp(`^## ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'm');
  const start = existing.search(heading);
  let next: string;
  if (start < 0) next = `${existing.replace(/\n*$/, '\n\n')}${section}`;
  else {
    const rest = existing.slice(start + 1);
    const end = rest.search(/^## /m);
    next = existing.slice(0, start) + section.replace(/\n*$/, '\n') + (end >= 0 ? `\n${rest.slice(end)}` : '');
  }
  writeFileSync(file, next.replace(/\n*$/, '\n'));
}

/** `Node v20.x; 2 CPU(s) (AMD EPYC …); load average 3.1 at start` */
export function machineLine(loadAtStart: number): string {
  const cpu = cpus();
  const model = cpu[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
  return `Node ${process.version}; ${cpu.length} CPU(s) (${model}); load average ${loadAtStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end`;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU time of this process so far (user + system), in ms. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
