/**
 * The pipeline shared by `check` and `fix`: for each file found by the walk, resolve its policy, decide
 * whether it is a prompt file, read it safely (binary, invalid UTF-8, size limit) and analyze it.
 *
 * Three kinds of path:
 * - the file's absolute POSIX path: policy discovery (the resolver walks up the folders) and reading;
 * - the *core path* handed to the analysis: relative to the project root (the git repository root, or
 *   the working directory outside a repository). Fingerprints are computed from it, so that a baseline
 *   or a SARIF upload made in one checkout matches the findings of another checkout or of a run from a
 *   subfolder. The resolved policy's folders are rebased to the same root, so globs read as before. Files
 *   outside the root (or governed by a policy outside it) keep their absolute path;
 * - the display path in results: relative to the working directory.
 */
import { statSync } from 'node:fs';
import { analyzePolicyText, analyzeText, formatOf, type Analysis } from '../../shared/src/analyze';
import { computeLineStarts, positionOf } from '../../shared/src/engine/positions';
import { compareFindings } from '../../shared/src/engine/check';
import { fingerprint } from '../../shared/src/engine/fingerprint';
import { PolicyResolver, isExcluded, isIncluded, ruleConfig, ruleIdMatches } from '../../shared/src/policy/resolve';
import type { ResolvedPolicy } from '../../shared/src/policy/resolved';
import { ruleIds, rulesById } from '../../shared/src/rules';
import type { CheckEnvironment } from '../../shared/src/rules/rule';
import type { FileResult, Finding, Format, Severity } from '../../shared/src/types';
import { absolutePosix, createNodeHost, displayPath, fromPosix, projectRoot } from './nodeHost';
import { DEFAULT_MAX_FILE_SIZE, readText, type InvalidUtf8 } from './readText';
import type { WalkEntry } from './walk';
import { inside, rebasePolicy } from '../../shared/src/policy/rebase';

/** The finding the CLI reports itself for files it cannot read as text (no rule of the engine sees them). */
export const UNREADABLE_ID = 'format/unreadable';

export interface CheckerOptions {
  /** Absolute working directory (output paths are relative to it). */
  cwd: string;
  /** An explicit policy file (absolute POSIX path): used for every file, no discovery. */
  policyFile?: string;
  /** Rule id globs (`--rule`): run only the matching rules. */
  rules?: readonly string[];
  /** Files above this many bytes are not read. */
  maxFileSize?: number;
  /** "Today" (tests). */
  now?: Date;
  /**
   * The text of a file (absolute POSIX path) at the base revision (`check --base`): a string, `null` when
   * the file is new there, undefined when unknown. Feeds the `version/*` rules (`CheckEnvironment.baseText`).
   */
  baseText?: (path: string) => string | null | undefined;
}

/** A prompt file read and analyzed. */
export interface CheckedFile {
  /** Absolute POSIX path. */
  path: string;
  result: FileResult;
  /** Present when the file was read as text. */
  text?: string;
  /** The file started with a UTF-8 byte order mark (removed from `text`; `fix` writes it back). */
  bom?: boolean;
  /** Set when the file is not valid UTF-8 (`text` has U+FFFD replacements: `fix` must not write it). */
  invalidUtf8?: InvalidUtf8;
  policy: ResolvedPolicy;
  format?: Format;
  analysis?: Analysis;
}

export type FileOutcome = { kind: 'checked'; file: CheckedFile } | { kind: 'skipped'; note?: string };

/** A file as the core sees it: its core path and its policy rebased to the same root. */
interface CoreView {
  path: string;
  policy: ResolvedPolicy;
}

export class Checker {
  readonly resolver: PolicyResolver;
  /** Absolute POSIX path of the project root (core paths are relative to it). */
  readonly root: string;
  private readonly ruleFilter?: (ruleId: string) => boolean;
  private readonly knownFiles: ExistingFiles;
  private readonly rebased = new WeakMap<ResolvedPolicy, ResolvedPolicy | null>();
  private readonly maxFileSize: number;

  constructor(readonly options: CheckerOptions) {
    this.resolver = new PolicyResolver(createNodeHost(), ruleIds, {
      explicitPolicyPath: options.policyFile,
      ruleMeta: (id) => rulesById.get(id)?.meta,
    });
    this.root = projectRoot(absolutePosix(options.cwd, '.'));
    this.knownFiles = new ExistingFiles(this.root);
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (options.rules && options.rules.length > 0) {
      const globs = options.rules;
      this.ruleFilter = (id) => globs.some((glob) => ruleIdMatches(glob, id));
    }
  }

  /** The policy in force for an absolute POSIX path. */
  policyFor(path: string): ResolvedPolicy {
    return this.resolver.resolveFor(path);
  }

  /** The path as output shows it. */
  display(path: string): string {
    return displayPath(this.options.cwd, path);
  }

  /**
   * Checks one file of the walk. Files found by walking a folder are skipped quietly unless they are
   * prompt files; files named on the command line get a note saying why they were skipped.
   */
  checkEntry(entry: WalkEntry, forceFormat?: Format): FileOutcome {
    const { path, explicit } = entry;
    const shown = this.display(path);
    const policy = this.policyFor(path);
    const core = this.coreView(path, policy);
    if (forceFormat) {
      const read = readText(path, this.maxFileSize);
      if (read.kind !== 'text') return { kind: 'skipped', note: `${shown}: cannot be read as text (${read.kind === 'unreadable' ? read.reason : read.kind}), skipped` };
      return { kind: 'checked', file: this.analyze(path, read.text, policy, forceFormat, read.bom, read.invalidUtf8) };
    }
    if (isExcluded(core.policy, core.path)) {
      return { kind: 'skipped', note: explicit ? `${shown}: excluded by the policy (files.exclude), skipped` : undefined };
    }
    const byName = formatOf(core.path, core.policy);
    // Selected without reading: a prompt file name, or a `files.include`/`templates` glob of the policy.
    const selected = isIncluded(core.policy, core.path, byName !== undefined);
    if (!selected && !explicit && !mayBePromptByContent(path)) return { kind: 'skipped' };
    const read = readText(path, this.maxFileSize);
    if (read.kind === 'unreadable') {
      return { kind: 'skipped', note: selected || explicit ? `${shown}: cannot be read (${read.reason}), skipped` : undefined };
    }
    if (read.kind === 'binary' || read.kind === 'too-large') {
      if (!selected && !explicit) return { kind: 'skipped' };
      const message =
        read.kind === 'binary'
          ? 'binary file, not checked'
          : `file is ${megabytes(read.size)}, larger than the ${megabytes(this.maxFileSize)} limit (--max-file-size), not checked`;
      const severity: Severity = read.kind === 'binary' ? 'error' : 'warning';
      const findings = this.unreadable(core, severity, message, 0, 0, '', read.kind);
      return { kind: 'checked', file: { path, policy, format: byName, result: { path: shown, format: byName ?? 'unknown', findings } } };
    }
    // Content decides for names shared with other files (`*.yml` GitHub Models prompts); a file the policy
    // includes by glob without a format of its own is a plain template.
    const format = byName ?? formatOf(core.path, core.policy, read.text) ?? (selected ? 'template' : undefined);
    if (!format) {
      return { kind: 'skipped', note: explicit ? `${shown}: not a prompt file (no format recognized), skipped` : undefined };
    }
    return { kind: 'checked', file: this.analyze(path, read.text, policy, format, read.bom, read.invalidUtf8) };
  }

  /** Checks text that is not read from disk (`--stdin`), under the name `path` (absolute POSIX). */
  checkText(path: string, text: string, invalidUtf8?: InvalidUtf8): FileOutcome {
    const policy = this.policyFor(path);
    const core = this.coreView(path, policy);
    if (isExcluded(core.policy, core.path)) return { kind: 'skipped', note: `${this.display(path)}: excluded by the policy (files.exclude), skipped` };
    const format = formatOf(core.path, core.policy, text);
    if (!format) return { kind: 'skipped', note: `${this.display(path)}: not a prompt file (no format recognized), skipped` };
    return { kind: 'checked', file: this.analyze(path, text, policy, format, false, invalidUtf8) };
  }

  /** Analyzes `text` as the content of `path` (absolute POSIX) under `policy` (as resolved for it). */
  analyze(path: string, text: string, policy: ResolvedPolicy, format: Format, bom = false, invalidUtf8?: InvalidUtf8): CheckedFile {
    const core = this.coreView(path, policy);
    const base = format === 'policy' ? undefined : this.options.baseText?.(path);
    const env = { knownFiles: this.knownFiles, ...(this.options.now ? { now: this.options.now } : {}), ...(base !== undefined ? { baseText: base } : {}) };
    const analysis = format === 'policy' ? this.analyzePolicyFile(path, core, text, env) : analyzeText(core.path, text, core.policy, { format, ruleFilter: this.ruleFilter, env });
    const findings: Finding[] = analysis ? [...analysis.output.findings] : [];
    if (invalidUtf8) {
      const end = Math.min(invalidUtf8.offset + 1, text.length);
      const message = `invalid UTF-8 at byte ${invalidUtf8.byte}; replaced with U+FFFD`;
      findings.push(...this.unreadable(core, 'warning', message, invalidUtf8.offset, end, text, 'invalid-utf8'));
      findings.sort(compareFindings);
    }
    return { path, text, bom, invalidUtf8, policy, format, analysis, result: { path: this.display(path), format, findings } };
  }

  /**
   * A policy file is read by the policy loader (schema, patterns, rule ids), and the problems the resolver
   * met while following its `extends` are added, so that each becomes a finding of its `policy/*` rule.
   */
  private analyzePolicyFile(path: string, core: CoreView, text: string, env: Partial<CheckEnvironment>): Analysis {
    const loaded = this.resolver.loadedFiles().find((f) => f.path === path);
    // The resolver's problems only when it read this very text (not for `--stdin`, whose text may differ).
    return analyzePolicyText(core.path, text, core.policy, { env, ruleFilter: this.ruleFilter, resolverProblems: loaded && loaded.text === text ? loaded.problems : undefined });
  }

  /**
   * A `format/unreadable` finding, unless `--rule` leaves the rule out or the policy turns it off (when the
   * registry knows the rule).
   */
  private unreadable(core: CoreView, severity: Severity, message: string, offset: number, endOffset: number, text: string, what: string): Finding[] {
    if (this.ruleFilter && !this.ruleFilter(UNREADABLE_ID)) return [];
    const rule = rulesById.get(UNREADABLE_ID);
    if (rule && ruleConfig(core.policy, rule.meta).severity === 'off') return [];
    const lineStarts = computeLineStarts(text);
    const start = positionOf(lineStarts, offset);
    const end = positionOf(lineStarts, endOffset);
    return [
      {
        ruleId: UNREADABLE_ID,
        severity,
        message,
        offset,
        endOffset,
        line: start.line + 1,
        column: start.column + 1,
        endLine: end.line + 1,
        endColumn: end.column + 1,
        fingerprint: fingerprint(UNREADABLE_ID, core.path, what),
        evidence: { detector: what },
        fixes: [],
      },
    ];
  }

  /** The file's core path and its policy rebased to the project root, or both unchanged when outside it. */
  private coreView(path: string, policy: ResolvedPolicy): CoreView {
    const rel = inside(this.root, path);
    if (rel === undefined) return { path, policy };
    let rebased = this.rebased.get(policy);
    if (rebased === undefined) {
      rebased = rebasePolicy(policy, this.root) ?? null;
      this.rebased.set(policy, rebased);
    }
    return rebased ? { path: rel, policy: rebased } : { path, policy };
  }
}


/**
 * The set of existing files, as far as rules can tell: `has(path)` looks on the disk (core paths, relative
 * to the project root, or absolute) and remembers the answer. Iterating it yields only the paths found so
 * far, which is all a rule needs.
 */
class ExistingFiles extends Set<string> {
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly root: string) {
    super();
  }

  override has(path: string): boolean {
    let answer = this.answers.get(path);
    if (answer === undefined) {
      try {
        answer = statSync(fromPosix(absolutePosix(fromPosix(this.root), fromPosix(path)))).isFile();
      } catch {
        answer = false;
      }
      this.answers.set(path, answer);
      if (answer) this.add(path);
    }
    return answer;
  }
}

/**
 * Files whose name alone does not make them prompt files but whose content may (GitHub Models prompts
 * named `*.yml`): only these are read to find out. Kept narrow so that walking a repository does not read
 * every file in it.
 */
function mayBePromptByContent(path: string): boolean {
  return /[_-]prompt\.ya?ml$/i.test(path);
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
