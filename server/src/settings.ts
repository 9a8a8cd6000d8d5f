/**
 * The server's settings, read in one place with tolerant coercion: a wrong type in a client's settings
 * falls back to the default instead of breaking the server. Two sources:
 *
 * - `initializationOptions` (once, at start): `{ debounceMs?, settings? }` — `debounceMs` is the delay
 *   between the last edit and a pushed check (default 150 ms; tests pass 0);
 * - the `promptgov` configuration section (`workspace/configuration`, re-read on
 *   `workspace/didChangeConfiguration`), the same keys as the VS Code extension's settings.
 */
import type { SeveritySetting } from '../../shared/src/types';

export type RunMode = 'onType' | 'onSave';
export type TraceLevel = 'off' | 'messages' | 'verbose';

export interface Settings {
  /** A policy file to use instead of the nearest `.promptgov.yaml`; relative paths are relative to the
   * first workspace folder. Empty: discover by walking up from each file. */
  policyPath: string;
  /** The git revision version-change notes compare with (`HEAD` by default); empty: no comparison. */
  baseRef: string;
  /** Check while typing (`onType`) or only when a file is opened or saved (`onSave`). */
  run: RunMode;
  /** Severity per rule id or glob (`pii/*`), over the policy's; `off` hides a rule. */
  rules: Record<string, SeveritySetting>;
  /** How much the server logs about its own work (timings of checks at `verbose`). */
  trace: TraceLevel;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  policyPath: '',
  baseRef: 'HEAD',
  run: 'onType',
  rules: Object.freeze({}) as Record<string, SeveritySetting>,
  trace: 'off',
}) as Settings;

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);
/** Rule ids and globs: `pii/email`, `pii/*`, `*`. Anything else in `rules` is ignored. */
const RULE_KEY = /^[A-Za-z0-9*?_./{},-]{1,200}$/;

export namespace Settings {
  /**
   * Settings from whatever a client sent: the `promptgov` section itself, or an object holding it under
   * `promptgov` (the shape of `didChangeConfiguration` params). Unknown keys are ignored.
   */
  export function from(value: unknown): Settings {
    const raw = record(value);
    const section = isRecord(raw.promptgov) ? raw.promptgov : raw;
    const trace = record(section.trace);
    return {
      policyPath: str(section.policyPath, DEFAULT_SETTINGS.policyPath),
      baseRef: baseRef(section.baseRef),
      run: section.run === 'onSave' ? 'onSave' : 'onType',
      rules: rules(section.rules),
      trace: traceLevel(trace.server ?? section['trace.server']),
    };
  }

  export function equal(a: Settings, b: Settings): boolean {
    return JSON.stringify(a) === JSON.stringify(b);
  }
}

export interface InitOptions {
  /** Delay in ms between the last change of a document and its pushed check. */
  debounceMs: number;
  /** Settings for clients that cannot answer `workspace/configuration`. */
  settings?: Settings;
  /** "Today" for expiry dates (tests): an ISO date. */
  now?: Date;
}

export namespace InitOptions {
  export const DEFAULT_DEBOUNCE_MS = 150;

  export function from(value: unknown): InitOptions {
    const raw = record(value);
    const d = raw.debounceMs;
    const debounceMs = typeof d === 'number' && Number.isFinite(d) && d >= 0 ? Math.min(Math.trunc(d), 10_000) : DEFAULT_DEBOUNCE_MS;
    const now = typeof raw.now === 'string' ? new Date(raw.now) : undefined;
    return {
      debounceMs,
      ...(raw.settings !== undefined ? { settings: Settings.from(raw.settings) } : {}),
      ...(now && !Number.isNaN(now.getTime()) ? { now } : {}),
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.trim() : fallback;
}

function baseRef(value: unknown): string {
  if (typeof value !== 'string') return DEFAULT_SETTINGS.baseRef;
  const ref = value.trim();
  // A revision is passed to git as one argument; refuse what git would read as an option.
  return ref.startsWith('-') ? DEFAULT_SETTINGS.baseRef : ref;
}

function rules(value: unknown): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const [id, sev] of Object.entries(record(value))) {
    const severity = typeof sev === 'string' ? sev.trim().toLowerCase() : Array.isArray(sev) && typeof sev[0] === 'string' ? sev[0].toLowerCase() : undefined;
    const normalized = severity === 'warn' ? 'warning' : severity === 'information' ? 'info' : severity;
    if (normalized && SEVERITIES.has(normalized) && RULE_KEY.test(id)) out[id] = normalized as SeveritySetting;
  }
  return out;
}

function traceLevel(value: unknown): TraceLevel {
  return value === 'messages' || value === 'verbose' ? value : 'off';
}
