/**
 * The reporter contract. A reporter is a pure function from the results of a run to the text printed
 * (or written with `-o`): one file per output format, registered in `reporters/index.ts`.
 */
import type { FileResult, Finding } from '../types';
import type { RuleMeta } from '../rules/rule';
import type { GovernanceChanges } from '../governance/auditEvents';

export interface ReporterContext {
  /** Use ANSI colors (only human-oriented reporters look at it). Default false. */
  color?: boolean;
  /** The promptgov version (for formats that name their tool, e.g. SARIF). */
  version?: string;
  /** Rule metadata by id (descriptions, default severities, fixable), for formats that list rules. */
  rules?: ReadonlyMap<string, RuleMeta>;
  /** Findings below `error` were left out (`--quiet`): a clean report must not claim there is nothing at all. */
  quiet?: boolean;
  /** Absolute POSIX folder that the result paths are relative to (the CLI's working directory). */
  cwd?: string;
  /**
   * Absolute POSIX folder of the project (the git repository root). SARIF locations are relative to it, so
   * that code scanning finds the files whatever folder promptgov ran in. Defaults to `cwd`.
   */
  root?: string;
  /** How the tool was run (SARIF `invocations`): the command-line arguments, without the program. */
  invocation?: { arguments?: readonly string[] };
  /** Governance changes versus the base revision (`check --base`), for the Markdown summary. */
  governance?: GovernanceChanges;
}

/** `(results, context) => text`. The text ends with a newline when it is not empty. */
export type Reporter = (results: readonly FileResult[], context: ReporterContext) => string;

export interface Summary {
  /** Files checked (every entry of the results). */
  files: number;
  filesWithFindings: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** Findings with at least one fix that `promptgov fix` applies (snippet fixes are editor-only). */
  fixable: number;
}

/** Counts of a run, shared by every reporter so that they agree. */
export function summarize(results: readonly FileResult[]): Summary {
  const summary: Summary = { files: results.length, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0, hints: 0, fixable: 0 };
  for (const result of results) {
    if (result.findings.length > 0) summary.filesWithFindings++;
    for (const f of result.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else if (f.severity === 'info') summary.infos++;
      else summary.hints++;
      if (isFixable(f)) summary.fixable++;
    }
  }
  return summary;
}

/** Whether `promptgov fix` can fix the finding: it has a fix that is not an editor snippet. */
export function isFixable(finding: Finding): boolean {
  return finding.fixes.some((fix) => !fix.snippet && fix.edits.length > 0);
}
