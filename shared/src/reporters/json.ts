/**
 * The JSON reporter. Its shape is a contract (version 1) that scripts and other tools rely on:
 *
 *   { "version": 1,
 *     "files": [ { "path", "format", "findings": [ { "ruleId", "severity", "message", "offset", "endOffset",
 *                  "line", "column", "endLine", "endColumn", "entity"?, "fingerprint", "evidence",
 *                  "fixes": [ { "title", "edits": [ { "offset", "endOffset", "text" } ], "snippet"? } ] } ] } ],
 *     "summary": { "files", "filesWithFindings", "errors", "warnings", "infos", "hints", "fixable" } }
 *
 * Offsets are UTF-16 code units, lines and columns 1-based. Every checked file appears, with an empty
 * `findings` list when it is clean. Fields are copied one by one so that nothing internal leaks out.
 */
import type { FileResult, Finding, Fix } from '../types';
import { summarize, type Reporter, type Summary } from './reporter';

export const JSON_REPORT_VERSION = 1;

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  files: JsonFile[];
  summary: Summary;
}

export interface JsonFile {
  path: string;
  format: FileResult['format'];
  findings: JsonFinding[];
}

export type JsonFinding = Pick<
  Finding,
  'ruleId' | 'severity' | 'message' | 'offset' | 'endOffset' | 'line' | 'column' | 'endLine' | 'endColumn' | 'entity' | 'fingerprint' | 'evidence'
> & { fixes: Fix[] };

/** The report as a value (the `json` reporter prints it). */
export function jsonReport(results: readonly FileResult[]): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    files: results.map((r) => ({ path: r.path, format: r.format, findings: r.findings.map(jsonFinding) })),
    summary: summarize(results),
  };
}

export const json: Reporter = (results) => `${JSON.stringify(jsonReport(results), null, 2)}\n`;

function jsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    offset: f.offset,
    endOffset: f.endOffset,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.entity !== undefined ? { entity: f.entity } : {}),
    fingerprint: f.fingerprint,
    evidence: f.evidence,
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ offset: e.offset, endOffset: e.endOffset, text: e.text })),
      ...(fix.snippet ? { snippet: true } : {}),
    })),
  };
}
