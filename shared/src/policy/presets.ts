/**
 * The embedded presets. `promptgov:recommended` always applies underneath every policy (and alone when a
 * repository has no policy file); `promptgov:strict` is opted into with `extends: promptgov:strict`.
 *
 * Rules are not listed one by one: a rule the policy does not mention runs at its own default severity
 * (`RuleMeta.defaultSeverity`), so "recommended" is every built-in rule at its default, and new rules join
 * it without an edit here.
 */
import type { PolicyFile } from './types';

export const RECOMMENDED_POLICY_NAME = 'promptgov:recommended';
export const STRICT_POLICY_NAME = 'promptgov:strict';

/** Plain template files checked as prompts when they sit under a `prompts` folder. */
export const DEFAULT_TEMPLATE_GLOBS: readonly string[] = ['**/prompts/**/*.{jinja,jinja2,j2,hbs,handlebars,mustache,txt}'];

/** Folders never worth checking: dependencies, VCS metadata, build output, vendored code. */
export const DEFAULT_EXCLUDE_GLOBS: readonly string[] = [
  '**/node_modules/**',
  '**/.git/**',
  '**/dist/**',
  '**/build/**',
  '**/vendor/**',
];

export const RECOMMENDED_POLICY: PolicyFile = {
  files: {
    templates: [...DEFAULT_TEMPLATE_GLOBS],
    exclude: [...DEFAULT_EXCLUDE_GLOBS],
  },
  models: {
    require_pinned: false,
  },
  inputs: {
    // Every input is untrusted unless the policy or the file says otherwise.
    untrusted: ['*'],
    trusted: [],
  },
  metadata: {
    required: [],
  },
  budgets: {
    encoding: 'o200k_base',
  },
  suppressions: {
    require_reason: true,
    require_approver: false,
  },
  redaction: {
    style: 'label',
  },
};

/**
 * Recommended, plus: every prompt names its owner, version and data class; models are pinned snapshots;
 * agent and prompt files list their tools one by one (no `'*'` or `server/*`);
 * suppressions name an approver and expire within 90 days; secrets can never be suppressed; findings about
 * sensitive data, models, governance and suppressions are errors. Globs raise rules that are on; they never
 * switch on an opt-in rule (see `ruleConfig`).
 */
export const STRICT_POLICY: PolicyFile = {
  extends: RECOMMENDED_POLICY_NAME,
  models: {
    require_pinned: true,
  },
  metadata: {
    required: ['owner', 'version', 'data_class'],
  },
  agents: {
    require_explicit_tools: true,
  },
  suppressions: {
    require_reason: true,
    require_approver: true,
    max_days: 90,
  },
  non_suppressible: ['secret/*'],
  rules: {
    'pii/*': 'error',
    'secret/*': 'error',
    'model/*': 'error',
    'governance/*': 'error',
    'meta/*': 'error',
    'retention/*': 'error',
    'version/*': 'error',
    'suppression/*': 'error',
  },
};

export const PRESETS: ReadonlyMap<string, PolicyFile> = new Map([
  [RECOMMENDED_POLICY_NAME, RECOMMENDED_POLICY],
  [STRICT_POLICY_NAME, STRICT_POLICY],
]);

export function isPresetName(name: string): boolean {
  return name.startsWith('promptgov:');
}
