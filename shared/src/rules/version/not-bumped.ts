import { defineRule } from '../rule';
import { changesFor, NON_CONTENT_KEYS } from '../../governance/changes';
import { parseVersion } from '../../governance/semver';
import { bumpFixes, describeChange } from '../../governance/versionNotes';

/**
 * A prompt whose content or model changed since the base revision (`check --base <ref>`, or the editor's
 * base revision) while its `version` stayed the same. Content is what the model sees or runs with: the
 * body, the messages and the front-matter settings; governance metadata (owner, description, data class,
 * retention, change notes) is not. Silent when no base is known, for new files, and for files without a
 * version (`meta/required-field` asks for one).
 *
 * Fixes bump the version: minor first when the model changed, patch first otherwise, then the others.
 */
export default defineRule({
  meta: {
    id: 'version/not-bumped',
    description: 'The content or model changed since the base revision but the version did not.',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      non_content_keys: {
        type: 'string[]',
        default: [...NON_CONTENT_KEYS],
        description: 'Front-matter keys whose edits alone do not call for a new version.',
      },
    },
  },
  check({ document, policy, options, env, report }) {
    if (typeof env.baseText !== 'string') return;
    const field = document.metadata.version;
    if (!field) return;
    const keys = Array.isArray(options.non_content_keys) ? (options.non_content_keys as string[]) : NON_CONTENT_KEYS;
    const changes = changesFor(document, env.baseText, { policy, nonContentKeys: keys });
    if (!changes.contentChanged && !changes.models.changed) return;
    if (changes.version.changed) return; // bumped (or lowered: version/downgraded)
    const current = parseVersion(field.value);
    report({
      span: field.span,
      message: `${describeChange(changes)} since the base revision, but the version is still ${field.value.trim()}: bump it.`,
      evidence: { models: changes.models.changed, lines: changes.lines },
      fixes: current ? bumpFixes(field.span, current, changes.models.changed) : [],
    });
  },
});
