import { defineRule } from '../rule';
import { coerceVersion, parseVersion } from '../../governance/semver';

/**
 * A `version` that is not a semantic version (`MAJOR.MINOR.PATCH`, e.g. `1.4.0`, `2.0.0-rc.1`). The
 * `version/*` rules compare versions by semver precedence: a version they cannot read cannot be checked
 * for a bump or a downgrade.
 */
export default defineRule({
  meta: {
    id: 'meta/invalid-version',
    description: 'A version that is not a semantic version (MAJOR.MINOR.PATCH).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ document, report }) {
    const field = document.metadata.version;
    if (!field) return;
    const written = document.text.slice(field.span.offset, field.span.endOffset);
    if (parseVersion(field.value)) return;
    const fixed = coerceVersion(field.value);
    report({
      span: field.span,
      message: `'${written.trim() || field.value}' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.4.0)${fixed ? `; did you mean ${fixed}?` : '.'}`,
      evidence: { field: field.source },
      fixes: fixed ? [{ title: `Write the version as ${fixed}`, edits: [{ offset: field.span.offset, endOffset: field.span.endOffset, text: fixed }] }] : [],
    });
  },
});
