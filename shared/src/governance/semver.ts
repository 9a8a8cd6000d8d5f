/**
 * Semantic versions (https://semver.org): parsing, precedence and bumps, by hand (no backtracking
 * regular expression), for `meta/invalid-version` and the `version/*` rules.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers (`1.0.0-rc.1` → `['rc', '1']`). */
  prerelease: string[];
  /** Build metadata, ignored for precedence. */
  build?: string;
}

export type BumpKind = 'patch' | 'minor' | 'major';

const NUMERIC = /^(0|[1-9]\d*)$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;

/** Parses a strict semantic version; undefined when `text` is not one. */
export function parseVersion(input: string): Version | undefined {
  const text = input.trim();
  if (text.length > 256) return undefined;
  const plus = text.indexOf('+');
  const main = plus >= 0 ? text.slice(0, plus) : text;
  const build = plus >= 0 ? text.slice(plus + 1) : undefined;
  if (build !== undefined && !build.split('.').every((p) => IDENTIFIER.test(p))) return undefined;
  const dash = main.indexOf('-');
  const core = dash >= 0 ? main.slice(0, dash) : main;
  const pre = dash >= 0 ? main.slice(dash + 1).split('.') : [];
  const parts = core.split('.');
  if (parts.length !== 3 || !parts.every((p) => NUMERIC.test(p))) return undefined;
  if (dash >= 0 && !pre.every((p) => IDENTIFIER.test(p) && (!/^\d+$/.test(p) || NUMERIC.test(p)))) return undefined;
  const [major, minor, patch] = parts.map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  return { major, minor, patch, prerelease: pre, ...(build !== undefined ? { build } : {}) };
}

/**
 * A strict version for text that is nearly one (`v1.2.3`, `1.2`, `1`, ` 1.2.3 `): what a fix may propose.
 * Undefined when no obvious correction exists.
 */
export function coerceVersion(input: string): string | undefined {
  const text = input.trim().replace(/^[vV](?=\d)/, '');
  if (parseVersion(text)) return text;
  const m = /^(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?$/.exec(text);
  if (!m) return undefined;
  const n = (s: string | undefined) => String(Number(s ?? '0'));
  return `${n(m[1])}.${n(m[2])}.${n(m[3])}`;
}

export function formatVersion(v: Version): string {
  const pre = v.prerelease.length ? `-${v.prerelease.join('.')}` : '';
  return `${v.major}.${v.minor}.${v.patch}${pre}${v.build !== undefined ? `+${v.build}` : ''}`;
}

/** Semver precedence: negative when `a` < `b`, 0 when equal (build metadata ignored), positive when `a` > `b`. */
export function compareVersions(a: Version, b: Version): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  if (!a.prerelease.length || !b.prerelease.length) return (a.prerelease.length ? -1 : 0) + (b.prerelease.length ? 1 : 0);
  const n = Math.max(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < n; i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) < Number(y) ? -1 : 1;
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The next version: `1.2.3` → `1.2.4` / `1.3.0` / `2.0.0`. A pre-release of the target is released
 * instead (`1.3.0-rc.1` minor → `1.3.0`), as semver tools do.
 */
export function bumpVersion(v: Version, kind: BumpKind): string {
  const pre = v.prerelease.length > 0;
  switch (kind) {
    case 'major':
      return pre && v.minor === 0 && v.patch === 0 ? `${v.major}.0.0` : `${v.major + 1}.0.0`;
    case 'minor':
      return pre && v.patch === 0 ? `${v.major}.${v.minor}.0` : `${v.major}.${v.minor + 1}.0`;
    default:
      return pre ? `${v.major}.${v.minor}.${v.patch}` : `${v.major}.${v.minor}.${v.patch + 1}`;
  }
}
