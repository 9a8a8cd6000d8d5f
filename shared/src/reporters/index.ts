/**
 * The output formats of `promptgov check --format <name>`. Each reporter is a pure function in its own
 * file; add a new one by writing `reporters/<name>.ts` and listing it here.
 */
import type { Reporter } from './reporter';
import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { junit } from './junit';
import { markdown } from './markdown';
import { sarif } from './sarif';
import { stylish } from './stylish';

export type { Reporter, ReporterContext, Summary } from './reporter';
export { summarize, isFixable } from './reporter';
export { sarifLog, type SarifLog } from './sarif';
export { jsonReport, JSON_REPORT_VERSION, type JsonReport, type JsonFile, type JsonFinding } from './json';

/** Reporters by format name, in the order `--help` lists them. */
export const reporters: Readonly<Record<string, Reporter>> = {
  stylish,
  json,
  sarif,
  github,
  gitlab,
  markdown,
  junit,
};

export function reporterNames(): string[] {
  return Object.keys(reporters);
}

export function getReporter(name: string): Reporter | undefined {
  return Object.prototype.hasOwnProperty.call(reporters, name) ? reporters[name] : undefined;
}
