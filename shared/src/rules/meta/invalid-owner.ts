import { defineRule } from '../rule';
import { compilePolicyPattern } from '../../policy/re2';
import { mask } from '../../engine/mask';

/** Values that name nobody. */
const PLACEHOLDER_OWNERS = /^(?:todo|tbd|tbc|tba|unknown|none|null|nobody|n\/a|na|me|owner|someone|somebody|anyone|changeme|fixme|x+|-+|\?+)$/i;

/**
 * An `owner` that names nobody: a placeholder (`TODO`, `tbd`, `unknown`, `-`), or, when the policy sets
 * `metadata.owner_pattern` (RE2), a value that does not match it (e.g. `^@[a-z0-9-]+(/[a-z0-9-]+)?$` for a
 * GitHub user or team). A list of owners is checked owner by owner.
 */
export default defineRule({
  meta: {
    id: 'meta/invalid-owner',
    description: 'An owner that is a placeholder or does not match the policy (metadata.owner_pattern).',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ document, policy, report }) {
    const field = document.metadata.owner;
    if (!field) return;
    const source = policy.metadata.owner_pattern;
    const compiled = source ? compilePolicyPattern(source) : undefined;
    // An invalid pattern is reported in the policy file (policy/invalid-pattern); here it checks nothing.
    const pattern = compiled?.ok ? compiled.matcher : undefined;
    const owners = field.value.split(',').map((o) => o.trim()).filter(Boolean);
    if (owners.length === 0) return; // empty: meta/required-field
    for (const owner of owners) {
      const shown = owner.includes('@') && owner.indexOf('@') > 0 ? mask(owner, 'email') : owner;
      if (PLACEHOLDER_OWNERS.test(owner)) {
        report({ span: field.span, message: `The owner '${shown}' is a placeholder: name the person or team responsible for this prompt.`, evidence: { field: field.source } });
      } else if (pattern && !pattern.test(owner)) {
        report({
          span: field.span,
          message: `The owner '${shown}' does not match the policy's owner pattern ${source} (metadata.owner_pattern).`,
          evidence: { field: field.source, policy: 'metadata.owner_pattern' },
        });
      }
    }
  },
});
