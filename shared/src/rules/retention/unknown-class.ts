import type { Fix } from '../../types';
import { defineRule } from '../rule';
import { closest } from '../../policy/suggest';

/** Class names offered as fixes. */
const MAX_FIXES = 3;

/**
 * A `data_class` the policy does not define (`data_classes`), when it defines any. A class written with
 * other capitals than the policy's (`Customer_PII` for `customer_pii`) is reported too, with the policy's
 * spelling as the fix, since tools downstream compare class names exactly.
 */
export default defineRule({
  meta: {
    id: 'retention/unknown-class',
    description: 'A data class the policy does not define (data_classes).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ document, policy, report }) {
    const field = document.metadata.dataClass;
    if (!field) return;
    const classes = Object.keys(policy.dataClasses);
    if (classes.length === 0) return;
    const written = field.value.trim();
    if (classes.includes(written)) return;
    const sameButCase = classes.find((c) => c.toLowerCase() === written.toLowerCase());
    const best = sameButCase ?? closest(written, classes);
    const ordered = [...(best ? [best] : []), ...classes.filter((c) => c !== best)].slice(0, MAX_FIXES);
    const fixes: Fix[] = ordered.map((c) => ({ title: `Use the data class '${c}'`, edits: [{ offset: field.span.offset, endOffset: field.span.endOffset, text: c }] }));
    report({
      span: field.span,
      message: sameButCase
        ? `The data class '${written}' is written '${sameButCase}' in the policy (data_classes).`
        : `'${written}' is not a data class of the policy (data_classes: ${classes.join(', ')}).${best ? ` Did you mean '${best}'?` : ''}`,
      evidence: { policy: 'data_classes', field: field.source },
      fixes,
    });
  },
});
