import type { DataClass } from '../../policy/types';
import { defineRule } from '../rule';
import { compareDurations, describeDuration, parseDuration } from '../../governance/durations';

/**
 * A prompt whose `retention` is longer than its data class allows (`data_classes.<class>.max_retention`),
 * or is not a duration at all when the class sets a limit. Durations: `30d`, `12w`, `6m`, `1y` (also
 * `30 days`, `6 months`); `indefinite` / `forever` exceed every limit. Months and years are compared with
 * calendar averages (`12m` = `1y`, `31d` > `1m`).
 */
export default defineRule({
  meta: {
    id: 'retention/exceeds-class',
    description: "A retention longer than the data class allows (data_classes.<class>.max_retention).",
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, policy, report }) {
    const { dataClass, retention } = document.metadata;
    if (!dataClass || !retention) return;
    const found = findClass(policy.dataClasses, dataClass.value.trim());
    if (!found?.dataClass.max_retention) return; // unknown class: retention/unknown-class
    const max = parseDuration(found.dataClass.max_retention);
    if (!max) return; // invalid in the policy: reported there (policy/invalid-schema)
    const written = retention.value.trim();
    const fix = {
      title: `Set the retention to the class maximum (${found.dataClass.max_retention})`,
      edits: [{ offset: retention.span.offset, endOffset: retention.span.endOffset, text: found.dataClass.max_retention }],
    };
    const value = parseDuration(written);
    if (!value) {
      report({
        span: retention.span,
        message: `'${written}' is not a retention duration (write 30d, 12w, 6m or 1y); data class '${found.name}' allows at most ${found.dataClass.max_retention}.`,
        evidence: { policy: `data_classes.${found.name}.max_retention`, field: retention.source },
        fixes: [fix],
      });
      return;
    }
    if (compareDurations(value, max) <= 0) return;
    report({
      span: retention.span,
      message: `Retention ${written} (${describeDuration(value)}) is longer than data class '${found.name}' allows: at most ${found.dataClass.max_retention} (data_classes.${found.name}.max_retention).`,
      evidence: { policy: `data_classes.${found.name}.max_retention`, field: retention.source },
      fixes: [fix],
    });
  },
});

/** The class by exact name, else ignoring case. */
export function findClass(classes: Record<string, DataClass>, name: string): { name: string; dataClass: DataClass } | undefined {
  if (Object.hasOwn(classes, name)) return { name, dataClass: classes[name] ?? {} };
  const key = Object.keys(classes).find((k) => k.toLowerCase() === name.toLowerCase());
  return key !== undefined ? { name: key, dataClass: classes[key] ?? {} } : undefined;
}
