import { defineRule } from '../rule';
import { changesFor } from '../../governance/changes';
import { parseVersion } from '../../governance/semver';
import { bumpFixes } from '../../governance/versionNotes';

/**
 * A `version` lower than at the base revision (by semver precedence: `1.10.0` > `1.9.0`, `2.0.0` >
 * `2.0.0-rc.1`): consumers pinned to a version range, caches and audit trails all assume versions only go
 * up. Fixes propose the next versions after the base's.
 */
export default defineRule({
  meta: {
    id: 'version/downgraded',
    description: 'The version is lower than at the base revision.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, policy, env, report }) {
    if (typeof env.baseText !== 'string') return;
    const field = document.metadata.version;
    if (!field) return;
    const changes = changesFor(document, env.baseText, { policy });
    if (changes.version.direction !== 'down' || changes.version.before === undefined) return;
    const base = parseVersion(changes.version.before);
    report({
      span: field.span,
      message: `The version went down from ${changes.version.before} at the base revision to ${field.value.trim()}: versions only go up.`,
      evidence: { before: changes.version.before, after: field.value },
      fixes: base ? bumpFixes(field.span, base, changes.models.changed) : [],
    });
  },
});
