/**
 * Which policy governs a file, merged into one `ResolvedPolicy`. Pure: files are read through `PolicyHost`.
 *
 * Order of application (later wins), for a file `/repo/a/b/x.prompt`:
 *   1. `promptgov:recommended` (always, underneath everything);
 *   2. each discovered policy file from the outermost (`/repo/.promptgov.yaml`, or the nearest one above
 *      that says `root: true`) to the nearest (`/repo/a/.promptgov.yaml`); each file is preceded by what it
 *      `extends` (recursively, in order) and followed by its `overrides` whose `files` match the file.
 * A source (preset or file) applies once, at its first position.
 *
 * Merging, key by key (see docs/policy.md#merging): scalars and most lists are replaced by the later source;
 * `rules` entries, `exceptions`, `files.include`, `files.exclude`, `blocked_phrases`, `delimiters` and
 * `non_suppressible` accumulate; `models.aliases`, `models.deprecated` (by id) and `data_classes` (by class)
 * merge entry by entry.
 */
import picomatch from 'picomatch';
import type { ParseProblem, Span, SeveritySetting } from '../types';
import type { RuleMeta } from '../rules/rule';
import type { PolicyOrigin, ResolvedException, ResolvedPolicy, RuleConfig, RuleEntry } from './resolved';
import type { ModelsSection, Override, PolicyFile, RuleSetting } from './types';
import { formatKeyPath, parsePolicy, POLICY_RULE, type KeyPath, type ParsePolicyOptions } from './load';
import { PRESETS, RECOMMENDED_POLICY_NAME, isPresetName } from './presets';
import { compilePolicyGlob, type PolicyMatcher } from './re2';
import { ancestors, childPath, dirname, joinPath, relativeInside } from './paths';

export { RECOMMENDED_POLICY_NAME } from './presets';

/** Reads files for the resolver. Paths are absolute POSIX paths; undefined when the file does not exist. */
export interface PolicyHost {
  readFile(path: string): string | undefined;
}

export interface LoadedPolicyFile {
  path: string;
  policy: PolicyFile;
  /** Problems of the file itself and of its `extends` (missing targets, cycles). */
  problems: ParseProblem[];
  /** The file's text, as read. */
  text?: string;
  /** Where a key or value of the file is written. */
  spanOf?(path: KeyPath, part?: 'key' | 'value'): Span | undefined;
}

/** The names a policy file may have, in order of preference (both in one folder: `.yaml` wins). */
export const POLICY_FILE_NAMES = ['.promptgov.yaml', '.promptgov.yml'] as const;

/** Longest `extends` chain followed. */
const MAX_EXTENDS_DEPTH = 32;

export interface PolicyResolverOptions {
  /** Use this policy file for every file (`--config`), instead of discovering `.promptgov.yaml` files. */
  explicitPolicyPath?: string;
  /** Passed to `parsePolicy` to check rule options. */
  ruleMeta?: ParsePolicyOptions['ruleMeta'];
}

/** One source in application order. */
interface Layer {
  /** File path or preset name. */
  source: string;
  policy: PolicyFile;
  /** Folder the source's globs are relative to; '' = the resolved policy's `baseDir` (presets). */
  globBase: string;
  /** The source is a policy file discovered by walking up (not a preset, not an extended file). */
  discovered: boolean;
  spanOf?: LoadedPolicyFile['spanOf'];
}

interface Chain {
  layers: Layer[];
  baseDir: string;
  hasOverrides: boolean;
}

type ProblemSink = (file: string, problem: ParseProblem) => void;

export class PolicyResolver {
  private readonly files = new Map<string, LoadedPolicyFile | null>();
  private readonly discovered = new Map<string, LoadedPolicyFile[]>();
  private readonly chains = new Map<string, Chain>();
  private readonly results = new Map<string, ResolvedPolicy>();
  private readonly extendsProblems = new Map<string, ParseProblem[]>();
  private readonly explicitPath?: string;

  constructor(
    private readonly host: PolicyHost,
    private readonly knownRuleIds: ReadonlySet<string>,
    private readonly options: PolicyResolverOptions = {},
  ) {
    this.explicitPath = options.explicitPolicyPath;
  }

  /** The policy that governs `filePath` (an absolute POSIX path). */
  resolveFor(filePath: string): ResolvedPolicy {
    const cached = this.results.get(filePath);
    if (cached) return cached;
    const chain = this.chainFor(dirname(filePath));
    const resolved = buildResolved(chain, filePath);
    // Without overrides every file of the folder gets the same object.
    if (!chain.hasOverrides) {
      const shared = this.results.get(`\u0000${chain.baseDir}|${dirname(filePath)}`);
      if (shared) {
        this.results.set(filePath, shared);
        return shared;
      }
      this.results.set(`\u0000${chain.baseDir}|${dirname(filePath)}`, resolved);
    }
    this.results.set(filePath, resolved);
    return resolved;
  }

  /** Every policy file read so far (discovered and extended), with its problems, in the order they were read. */
  loadedFiles(): LoadedPolicyFile[] {
    const out: LoadedPolicyFile[] = [];
    for (const [path, file] of this.files) {
      if (!file) {
        if (path === this.explicitPath) {
          out.push({
            path,
            policy: {},
            problems: [{ ruleId: POLICY_RULE.extendsNotFound, span: { offset: 0, endOffset: 0 }, message: `The policy file ${path} does not exist. Check the path given to --config.` }],
          });
        }
        continue;
      }
      out.push({ ...file, problems: [...file.problems, ...this.extendsProblemsOf(file)] });
    }
    return out;
  }

  /** Forget cached results; with a path, also re-read that file (or the files under that folder). */
  invalidate(path?: string): void {
    if (path === undefined) this.files.clear();
    else {
      for (const key of [...this.files.keys()]) {
        if (key === path || key.startsWith(path.endsWith('/') ? path : `${path}/`)) this.files.delete(key);
      }
    }
    this.discovered.clear();
    this.chains.clear();
    this.results.clear();
    this.extendsProblems.clear();
  }

  // ---------------------------------------------------------------------------------------------------------

  private load(path: string): LoadedPolicyFile | null {
    if (this.files.has(path)) return this.files.get(path) ?? null;
    let text: string | undefined;
    try {
      text = this.host.readFile(path);
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      this.files.set(path, null);
      return null;
    }
    const parsed = parsePolicy(path, text, this.knownRuleIds, { ruleMeta: this.options.ruleMeta });
    const file: LoadedPolicyFile = { path, policy: parsed.policy, problems: parsed.problems, text, spanOf: parsed.spanOf };
    this.files.set(path, file);
    return file;
  }

  /** The policy file in `dir` itself, if any. */
  private fileIn(dir: string): LoadedPolicyFile | null {
    for (const name of POLICY_FILE_NAMES) {
      const file = this.load(childPath(dir, name));
      if (file) return file;
    }
    return null;
  }

  /** Discovered policy files governing `dir`, nearest first. */
  private discoveredFor(dir: string): LoadedPolicyFile[] {
    const cached = this.discovered.get(dir);
    if (cached) return cached;
    const out: LoadedPolicyFile[] = [];
    const walked: string[] = [];
    for (const folder of ancestors(dir)) {
      const known = this.discovered.get(folder);
      if (known) {
        out.push(...known);
        break;
      }
      walked.push(folder);
      const file = this.fileIn(folder);
      if (file) {
        out.push(file);
        if (file.policy.root === true) break;
      }
    }
    // Every folder walked shares the tail of the result from its position on.
    for (const folder of walked) {
      this.discovered.set(folder, out.filter((f) => isInside(dirname(f.path), folder)));
    }
    return out;
  }

  private chainFor(dir: string): Chain {
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const layers: Layer[] = [...presetLayers(RECOMMENDED_POLICY_NAME)];
    let baseDir = '';
    if (this.explicitPath !== undefined) {
      baseDir = dirname(this.explicitPath);
      const file = this.load(this.explicitPath);
      if (file) layers.push(...this.expandFile(file, baseDir, [file.path], true));
    } else {
      const found = this.discoveredFor(dir);
      if (found.length) baseDir = dirname(found[0].path);
      for (const file of [...found].reverse()) layers.push(...this.expandFile(file, dirname(file.path), [file.path], true));
    }
    const unique = dedupeLayers(layers);
    const chain: Chain = { layers: unique, baseDir, hasOverrides: unique.some((l) => (l.policy.overrides?.length ?? 0) > 0) };
    this.chains.set(dir, chain);
    return chain;
  }

  /**
   * The layers of `file`: what it extends (recursively, in order), then the file. With a `sink`, problems
   * of the walk's first file are reported: its missing targets, and its entries that lead back to it.
   */
  private expandFile(
    file: LoadedPolicyFile,
    globBase: string,
    stack: string[],
    discovered: boolean,
    sink?: ProblemSink,
    rootEntry?: { at: string; target: string; span: Span },
    visited: Set<string> = new Set([file.path]),
  ): Layer[] {
    const layers: Layer[] = [];
    const ext = file.policy.extends;
    const items: [string, KeyPath][] = typeof ext === 'string' ? [[ext, ['extends']]] : Array.isArray(ext) ? ext.map((x, i) => [x, ['extends', i]]) : [];
    for (const [target, keyPath] of items) {
      const span = file.spanOf?.(keyPath) ?? { offset: 0, endOffset: 0 };
      const at = formatKeyPath(keyPath);
      const entry = rootEntry ?? { at, target, span };
      if (isPresetName(target)) {
        if (PRESETS.has(target)) layers.push(...presetLayers(target));
        continue; // an unknown preset is reported by parsePolicy
      }
      const targetPath = joinPath(dirname(file.path), target);
      if (stack.includes(targetPath)) {
        // A cycle. It is reported on the entry of the walk's first file when the cycle leads back to that
        // file; a cycle elsewhere is reported when its own files are checked.
        if (targetPath === stack[0]) {
          const cycle = [...stack, targetPath].map(baseName).join(' → ');
          sink?.(stack[0], {
            ruleId: POLICY_RULE.extendsNotFound,
            span: entry.span,
            message: `${entry.at}: '${entry.target}' leads back to this file (${cycle}); the cycle is ignored. Remove one of the extends.`,
          });
        }
        continue;
      }
      if (stack.length >= MAX_EXTENDS_DEPTH) {
        sink?.(stack[0], { ruleId: POLICY_RULE.extendsNotFound, span: entry.span, message: `${entry.at}: more than ${MAX_EXTENDS_DEPTH} policies extend each other from here; the rest of the chain is ignored.` });
        continue;
      }
      // Already expanded in this walk: a source applies once, at its first position (this also keeps a
      // diamond-shaped chain from growing exponentially).
      if (visited.has(targetPath)) continue;
      visited.add(targetPath);
      const loaded = this.load(targetPath);
      if (!loaded) {
        sink?.(file.path, {
          ruleId: POLICY_RULE.extendsNotFound,
          span,
          message: `${at}: '${target}' was not found (looked for ${targetPath}). The path is relative to this policy file; presets are promptgov:recommended and promptgov:strict.`,
        });
        continue;
      }
      layers.push(...this.expandFile(loaded, globBase, [...stack, targetPath], false, sink, entry, visited));
    }
    layers.push({ source: file.path, policy: file.policy, globBase, discovered, spanOf: file.spanOf });
    return layers;
  }

  private extendsProblemsOf(file: LoadedPolicyFile): ParseProblem[] {
    const cached = this.extendsProblems.get(file.path);
    if (cached) return cached;
    const problems: ParseProblem[] = [];
    const seen = new Set<string>();
    this.expandFile(file, dirname(file.path), [file.path], true, (owner, problem) => {
      const key = `${problem.span.offset}|${problem.message}`;
      if (owner === file.path && !seen.has(key)) {
        seen.add(key);
        problems.push(problem);
      }
    });
    this.extendsProblems.set(file.path, problems);
    return problems;
  }
}

export interface ResolveFromObjectsOptions {
  /** Folder the policies' globs are relative to (default ''). */
  baseDir?: string;
  /** The file being checked: `overrides` whose `files` match it are applied. Without it, no override applies. */
  filePath?: string;
  /** Name shown as the policy's source (default `<inline>`). */
  sourceName?: string;
}

/**
 * A resolved policy built from policy objects (tests, stdin, editors without a workspace): recommended,
 * then each given policy in order (its preset `extends` resolved; file `extends` are ignored, there is no
 * file system). With no policy, `promptgov:recommended` alone.
 */
export function resolveFromObjects(policy?: PolicyFile | readonly PolicyFile[], options: ResolveFromObjectsOptions = {}): ResolvedPolicy {
  const list = policy === undefined ? [] : Array.isArray(policy) ? policy : [policy as PolicyFile];
  const baseDir = options.baseDir ?? '';
  const layers: Layer[] = [...presetLayers(RECOMMENDED_POLICY_NAME)];
  list.forEach((p, i) => {
    const ext = p.extends === undefined ? [] : Array.isArray(p.extends) ? p.extends : [p.extends];
    for (const target of ext) if (PRESETS.has(target)) layers.push(...presetLayers(target));
    const source = options.sourceName ?? (list.length > 1 ? `<inline ${i + 1}>` : '<inline>');
    layers.push({ source, policy: p, globBase: baseDir, discovered: true });
  });
  const unique = dedupeLayers(layers);
  return buildResolved({ layers: unique, baseDir, hasOverrides: true }, options.filePath);
}

/** The resolved policy of the embedded `promptgov:recommended` alone. */
export function recommendedPolicy(): ResolvedPolicy {
  return resolveFromObjects();
}

// ---- Rule settings -----------------------------------------------------------------------------------------

const ruleMatchers = new Map<string, (id: string) => boolean>();

/** Whether a rule id or rule-id glob (`pii/*`, `**`) matches `ruleId`. */
export function ruleIdMatches(pattern: string, ruleId: string): boolean {
  if (pattern === ruleId) return true;
  let matcher = ruleMatchers.get(pattern);
  if (!matcher) {
    try {
      matcher = picomatch(pattern);
    } catch {
      matcher = () => false;
    }
    if (ruleMatchers.size > 1000) ruleMatchers.clear();
    ruleMatchers.set(pattern, matcher);
  }
  return matcher(ruleId);
}

/**
 * The effective setting of a rule: its defaults (`meta.defaultSeverity`, `meta.options` defaults), then every
 * matching entry of `policy.rules` in order (later wins; options merge key by key).
 *
 * Opt-in rules (`defaultSeverity: 'off'`) are switched on by name only: a glob such as `pii/*: error` raises
 * the rules that are on and turns rules off, but does not switch on an opt-in rule unless an earlier entry
 * named it.
 */
export function ruleConfig(policy: ResolvedPolicy, meta: RuleMeta): RuleConfig {
  let severity: SeveritySetting = meta.defaultSeverity;
  const options: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(meta.options ?? {})) options[name] = option.default;
  const optIn = meta.defaultSeverity === 'off';
  let named = false;
  let origin: PolicyOrigin | undefined;
  for (const entry of policy.rules) {
    const exact = entry.pattern === meta.id;
    if (!exact && !ruleIdMatches(entry.pattern, meta.id)) continue;
    if (entry.severity !== undefined) {
      if (exact) {
        severity = entry.severity;
        named = entry.severity !== 'off';
      } else if (!optIn || named || entry.severity === 'off') {
        severity = entry.severity;
        if (entry.severity === 'off') named = false;
      }
    }
    if (entry.options) Object.assign(options, entry.options);
    origin = entry.origin;
  }
  return origin ? { severity, options, origin } : { severity, options };
}

// ---- File globs --------------------------------------------------------------------------------------------

const fileMatchers = new Map<string, PolicyMatcher | null>();

function fileGlob(glob: string): PolicyMatcher | null {
  let m = fileMatchers.get(glob);
  if (m === undefined) {
    const compiled = compilePolicyGlob(glob.replace(/^\.\//, '').replace(/^\//, ''), { matchSlash: false });
    m = compiled.ok ? compiled.matcher : null;
    if (fileMatchers.size > 5000) fileMatchers.clear();
    fileMatchers.set(glob, m);
  }
  return m;
}

/**
 * Whether `filePath` matches one of `globs`, read relative to `policy.baseDir` (a file outside that folder
 * is matched by its whole path without the leading `/`). Globs run on RE2: `*`, `**`, `?`, `[…]`, `{a,b}`.
 */
export function matchesFiles(policy: Pick<ResolvedPolicy, 'baseDir'>, filePath: string, globs: readonly string[]): boolean {
  if (!globs.length) return false;
  const rel = relativeInside(policy.baseDir, filePath) ?? filePath.replace(/^\/+/, '');
  return globs.some((g) => fileGlob(g)?.test(rel) ?? false);
}

/** Whether an `exclude` glob of the policy matches the file. */
export function isExcluded(policy: ResolvedPolicy, filePath: string): boolean {
  return matchesFiles(policy, filePath, policy.exclude);
}

/**
 * Whether the policy's `files` section selects the file: false when an `exclude` glob matches; true when an
 * `include` or `templates` glob matches; otherwise `builtIn` — whether the file has a built-in prompt file
 * name (`*.prompty`, `*.prompt`, …), which only the format detector knows (default true).
 */
export function isIncluded(policy: ResolvedPolicy, filePath: string, builtIn = true): boolean {
  if (isExcluded(policy, filePath)) return false;
  if (matchesFiles(policy, filePath, policy.include) || matchesFiles(policy, filePath, policy.templates)) return true;
  return builtIn;
}

// ---- Merging -----------------------------------------------------------------------------------------------

function presetLayers(name: string, depth = 0): Layer[] {
  const preset = PRESETS.get(name);
  if (!preset || depth > 4) return [];
  const layers: Layer[] = [];
  const ext = preset.extends === undefined ? [] : Array.isArray(preset.extends) ? preset.extends : [preset.extends];
  for (const target of ext) layers.push(...presetLayers(target, depth + 1));
  layers.push({ source: name, policy: preset, globBase: '', discovered: false });
  return layers;
}

function dedupeLayers(layers: Layer[]): Layer[] {
  const seen = new Set<string>();
  return layers.filter((l) => (seen.has(l.source) ? false : (seen.add(l.source), true)));
}

function emptyResolved(baseDir: string): ResolvedPolicy {
  return {
    sources: [],
    baseDir,
    rules: [],
    models: {},
    inputs: {},
    metadata: {},
    dataClasses: {},
    budgets: {},
    blockedPhrases: [],
    delimiters: [],
    nonSuppressible: [],
    suppressions: {},
    redaction: {},
    exceptions: [],
    templates: [],
    include: [],
    exclude: [],
    tests: [],
  };
}

function buildResolved(chain: Chain, filePath: string | undefined): ResolvedPolicy {
  const out = emptyResolved(chain.baseDir);
  for (const layer of chain.layers) {
    applyBase(out, layer);
    layer.policy.overrides?.forEach((override, index) => {
      if (filePath !== undefined && overrideApplies(override, layer.globBase || chain.baseDir, filePath)) applyOverride(out, layer, override, index);
    });
  }
  out.sources = chain.layers.map((l) => l.source).reverse();
  return out;
}

function overrideApplies(override: Override, base: string, filePath: string): boolean {
  if (!Array.isArray(override.files)) return false;
  const at = { baseDir: base };
  return matchesFiles(at, filePath, override.files) && !(override.excludedFiles && matchesFiles(at, filePath, override.excludedFiles));
}

function applyBase(out: ResolvedPolicy, layer: Layer): void {
  const p = layer.policy;
  const rebase = (globs: readonly string[] | undefined): string[] =>
    (globs ?? []).flatMap((g) => (layer.globBase && layer.globBase !== out.baseDir ? rebaseGlob(g, layer.globBase, out.baseDir) : [g]));
  if (p.files) {
    if (p.files.include) out.include = union(out.include, rebase(p.files.include));
    if (p.files.exclude) out.exclude = union(out.exclude, rebase(p.files.exclude));
    if (p.files.templates) out.templates = union([], rebase(p.files.templates));
  }
  if (p.models) out.models = mergeModels(out.models, p.models);
  if (p.inputs) out.inputs = { ...out.inputs, ...defined(p.inputs) };
  if (p.metadata) out.metadata = { ...out.metadata, ...defined(p.metadata) };
  if (p.data_classes) {
    const merged = { ...out.dataClasses };
    for (const [name, dc] of Object.entries(p.data_classes)) merged[name] = { ...merged[name], ...defined(dc ?? {}) };
    out.dataClasses = merged;
  }
  if (p.budgets) out.budgets = { ...out.budgets, ...defined(p.budgets) };
  if (p.blocked_phrases) out.blockedPhrases = union(out.blockedPhrases, p.blocked_phrases);
  if (p.delimiters) out.delimiters = union(out.delimiters, p.delimiters);
  if (p.urls) out.urls = { ...out.urls, ...defined(p.urls) };
  if (p.agents) out.agents = { ...out.agents, ...defined(p.agents) };
  if (p.non_suppressible) out.nonSuppressible = union(out.nonSuppressible, p.non_suppressible);
  if (p.suppressions) out.suppressions = { ...out.suppressions, ...defined(p.suppressions) };
  if (p.redaction) out.redaction = { ...out.redaction, ...defined(p.redaction) };
  if (p.rules) out.rules = [...out.rules, ...ruleEntries(p.rules, layer, ['rules'])];
  if (p.exceptions) {
    const base = layer.globBase || out.baseDir;
    out.exceptions = [
      ...out.exceptions,
      ...p.exceptions.map((e, i): ResolvedException => ({ ...e, origin: origin(layer, ['exceptions', i]), baseDir: base })),
    ];
  }
  if (p.tests && layer.discovered) out.tests = [...p.tests];
}

function applyOverride(out: ResolvedPolicy, layer: Layer, o: Override, index: number): void {
  if (o.models) out.models = mergeModels(out.models, o.models);
  if (o.inputs) out.inputs = { ...out.inputs, ...defined(o.inputs) };
  if (o.metadata) out.metadata = { ...out.metadata, ...defined(o.metadata) };
  if (o.budgets) out.budgets = { ...out.budgets, ...defined(o.budgets) };
  if (o.rules) out.rules = [...out.rules, ...ruleEntries(o.rules, layer, ['overrides', index, 'rules'])];
}

function mergeModels(base: ModelsSection, next: ModelsSection): ModelsSection {
  const out: ModelsSection = { ...base };
  if (next.approved) out.approved = [...next.approved];
  if (next.require_pinned !== undefined) out.require_pinned = next.require_pinned;
  if (next.aliases) out.aliases = { ...base.aliases, ...next.aliases };
  if (next.deprecated) {
    const byId = new Map((base.deprecated ?? []).map((d) => [d.id, d]));
    for (const d of next.deprecated) byId.set(d.id, { ...d });
    out.deprecated = [...byId.values()];
  }
  return out;
}

function ruleEntries(rules: Record<string, RuleSetting>, layer: Layer, base: KeyPath): RuleEntry[] {
  const out: RuleEntry[] = [];
  for (const [pattern, setting] of Object.entries(rules)) {
    const entry: RuleEntry = { pattern, origin: origin(layer, [...base, pattern], 'key') };
    if (typeof setting === 'string') entry.severity = setting;
    else if (Array.isArray(setting)) {
      if (typeof setting[0] === 'string') entry.severity = setting[0];
      if (setting.length > 1 && setting[1] && typeof setting[1] === 'object') entry.options = { ...setting[1] };
    } else continue;
    out.push(entry);
  }
  return out;
}

function origin(layer: Layer, keyPath: KeyPath, part: 'key' | 'value' = 'value'): PolicyOrigin {
  const span = layer.spanOf?.(keyPath, part);
  return span ? { file: layer.source, keyPath: formatKeyPath(keyPath), span } : { file: layer.source, keyPath: formatKeyPath(keyPath) };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

function defined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = Array.isArray(v) ? [...v] : v;
  return out;
}

function isInside(dir: string, folder: string): boolean {
  return folder === dir || relativeInside(dir, folder) !== undefined;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Re-expresses `glob`, written relative to the folder `from`, relative to the folder `to` inside it: the
 * globs that match exactly the same files under `to`. `**` may absorb any number of the folders between.
 * Returns [] when the glob cannot match anything under `to`.
 */
export function rebaseGlob(glob: string, from: string, to: string): string[] {
  const rel = relativeInside(from, to);
  if (rel === undefined || rel === '') return [glob];
  const segs = rel.split('/').filter(Boolean);
  const parts = glob.replace(/^\.\//, '').replace(/^\//, '').split('/');
  const results = new Set<string>();
  const walk = (p: string[], s: string[], budget: { n: number }): void => {
    if (budget.n-- <= 0) return;
    if (s.length === 0) {
      if (p.length) results.add(p.join('/'));
      return;
    }
    if (p.length === 0) return;
    const head = p[0];
    if (head === '**') {
      results.add(p.join('/')); // `**` absorbs every remaining folder (and may go on matching below `to`)
      walk(p.slice(1), s, budget); // `**` matches no folder
      walk(p, s.slice(1), budget); // `**` absorbs one folder
      return;
    }
    const seg = fileGlob(head);
    if (p.length > 1 && seg?.test(s[0])) walk(p.slice(1), s.slice(1), budget);
  };
  walk(parts, segs, { n: 256 });
  return [...results];
}
