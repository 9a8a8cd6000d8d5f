/**
 * The policy in force for each file, for the server: the core's `PolicyResolver` reading policy files
 * through a host that prefers the editor's unsaved text over the disk, the `promptgov.policyPath` setting
 * (one policy for every file), and the `promptgov.rules` setting (severities over the policy's).
 * Every change of a policy file, or of those settings, bumps `generation`: every result id changes and
 * every open document is checked again.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { PolicyResolver, POLICY_FILE_NAMES, type LoadedPolicyFile, type PolicyHost } from '../../shared/src/policy/resolve';
import type { ResolvedPolicy, RuleEntry } from '../../shared/src/policy/resolved';
import { ruleIds, rulesById } from '../../shared/src/rules';
import { computeLineStarts, positionOf } from '../../shared/src/engine/positions';
import { POLICY_RULE } from '../../shared/src/policy/load';
import type { Settings } from './settings';
import { fromPosix, toPosix } from './uri';

export interface PolicyInfo {
  /** The resolved policy with the `promptgov.rules` setting applied over it. */
  policy: ResolvedPolicy;
  /** The policy chain, nearest first (`ResolvedPolicy.sources`). */
  sources: string[];
  /** A sentence about the first problem of a policy file in the chain, when one has problems. */
  error?: string;
  generation: number;
}

/** Policy problems that change what the policy says (the rest are findings in the policy file only). */
const SERIOUS: ReadonlySet<string> = new Set([POLICY_RULE.invalidYaml, POLICY_RULE.invalidSchema, POLICY_RULE.invalidPattern, POLICY_RULE.extendsNotFound]);

/** The settings origin of a severity override (shown where the policy line would be). */
const SETTINGS_ORIGIN = 'settings (promptgov.rules)';

export class PolicyService {
  private resolver!: PolicyResolver;
  private generationCounter = 0;
  private readonly infos = new Map<string, PolicyInfo>();
  private readonly overridden = new WeakMap<ResolvedPolicy, ResolvedPolicy>();
  private configuredKey = '';

  constructor(
    private readonly openText: (path: string) => string | undefined,
    private readonly roots: () => readonly string[],
    private readonly settings: () => Settings,
  ) {
    this.reconfigure();
  }

  get generation(): number {
    return this.generationCounter;
  }

  /** The explicit policy file of the settings (absolute POSIX), if any. */
  explicitPath(): string | undefined {
    const p = this.settings().policyPath;
    if (!p) return undefined;
    if (isAbsolute(p)) return toPosix(resolve(p));
    const root = this.roots()[0];
    return toPosix(root ? resolve(fromPosix(root), p) : resolve(p));
  }

  /** Re-creates the resolver when the settings it depends on changed; returns whether anything changed. */
  reconfigure(): boolean {
    const s = this.settings();
    const key = JSON.stringify([this.explicitPath() ?? '', s.rules]);
    if (this.resolver && key === this.configuredKey) return false;
    this.configuredKey = key;
    const host: PolicyHost = {
      readFile: (path) => {
        const open = this.openText(path);
        if (open !== undefined) return open;
        try {
          const text = readFileSync(fromPosix(path), 'utf8');
          return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        } catch {
          return undefined;
        }
      },
    };
    this.resolver = new PolicyResolver(host, ruleIds, {
      explicitPolicyPath: this.explicitPath(),
      ruleMeta: (id) => rulesById.get(id)?.meta,
    });
    this.bump();
    return true;
  }

  /** Forget what was read (one file, or everything) and start a new generation. */
  invalidate(path?: string): void {
    this.resolver.invalidate(path);
    this.bump();
  }

  private bump(): void {
    this.generationCounter++;
    this.infos.clear();
  }

  /** Whether `path` is a policy file: a `.promptgov.yaml|yml`, or the file the settings name. */
  isPolicyFile(path: string): boolean {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return (POLICY_FILE_NAMES as readonly string[]).includes(name) || path === this.explicitPath();
  }

  /** Every policy file read so far, with its problems. */
  loadedFiles(): LoadedPolicyFile[] {
    return this.resolver.loadedFiles();
  }

  forPath(path: string): PolicyInfo {
    const cached = this.infos.get(path);
    if (cached) return cached;
    const resolved = this.resolver.resolveFor(path);
    const info: PolicyInfo = {
      policy: this.withSettings(resolved),
      sources: [...resolved.sources],
      error: this.errorOf(resolved.sources),
      generation: this.generationCounter,
    };
    if (this.infos.size > 5000) this.infos.clear();
    this.infos.set(path, info);
    return info;
  }

  private withSettings(policy: ResolvedPolicy): ResolvedPolicy {
    const rules = Object.entries(this.settings().rules);
    if (rules.length === 0) return policy;
    let out = this.overridden.get(policy);
    if (!out) {
      const entries: RuleEntry[] = rules.map(([pattern, severity]) => ({
        pattern,
        severity,
        origin: { file: SETTINGS_ORIGIN, keyPath: `promptgov.rules["${pattern}"]` },
      }));
      out = { ...policy, rules: [...policy.rules, ...entries] };
      this.overridden.set(policy, out);
    }
    return out;
  }

  private errorOf(sources: readonly string[]): string | undefined {
    const files = new Map(this.resolver.loadedFiles().map((f) => [f.path, f]));
    const explicit = this.explicitPath();
    for (const source of explicit ? [explicit, ...sources] : sources) {
      const file = files.get(source);
      const serious = file?.problems.filter((p) => SERIOUS.has(p.ruleId)) ?? [];
      const problem = serious[0];
      if (!file || !problem) continue;
      const where = file.text !== undefined ? `:${positionOf(computeLineStarts(file.text), problem.span.offset).line + 1}` : '';
      const more = serious.length > 1 ? ` (and ${serious.length - 1} more)` : '';
      return `${file.path}${where}: ${problem.message}${more}`;
    }
    return undefined;
  }
}

