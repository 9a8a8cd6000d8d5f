/**
 * The extension's settings (package.json `contributes.configuration`), read in one place with tolerant
 * coercion: a wrong type in settings.json falls back to the default instead of breaking the extension.
 */
import { workspace, type ConfigurationScope } from 'vscode';

export type RunMode = 'onType' | 'onSave';
export type SeverityOverride = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface Settings {
  /** Policy file to use instead of the nearest `.promptgov.yaml`; relative to the workspace folder. */
  policyPath: string;
  /** Git revision the version-change notes and "show changes since base" compare with. */
  baseRef: string;
  run: RunMode;
  /** Severity per rule id, over the policy's. */
  rules: Record<string, SeverityOverride>;
}

const SEVERITIES = new Set<string>(['error', 'warning', 'info', 'hint', 'off']);

export function readSettings(scope?: ConfigurationScope): Settings {
  const c = workspace.getConfiguration('promptgov', scope);
  return fromUnknown({
    policyPath: c.get('policyPath'),
    baseRef: c.get('baseRef'),
    run: c.get('run'),
    rules: c.get('rules'),
  });
}

export function fromUnknown(raw: Record<string, unknown>): Settings {
  const str = (v: unknown, d: string) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : d);
  const rules: Record<string, SeverityOverride> = {};
  if (raw.rules && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) {
    for (const [id, sev] of Object.entries(raw.rules)) {
      if (typeof sev === 'string' && SEVERITIES.has(sev)) rules[id] = sev as SeverityOverride;
    }
  }
  return {
    policyPath: str(raw.policyPath, ''),
    baseRef: str(raw.baseRef, 'HEAD'),
    run: raw.run === 'onSave' ? 'onSave' : 'onType',
    rules,
  };
}
