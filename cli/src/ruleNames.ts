/** Helping people who mistype a rule id (`explain`, `--rule`). */
import { closest } from '../../shared/src/policy/suggest';
import { ruleIds } from '../../shared/src/rules';

/** " Did you mean …?" for a mistyped rule id, also when only the part after the category was given. */
export function suggestRule(input: string, ids: readonly string[] = [...ruleIds]): string {
  const byName = ids.filter((id) => id.slice(id.indexOf('/') + 1) === input);
  if (byName.length > 0) return ` Did you mean ${byName.map((id) => `"${id}"`).join(' or ')}?`;
  const hit = closest(input, ids) ?? closest(input, ids.map((id) => id.slice(id.indexOf('/') + 1)));
  if (!hit) return '';
  const full = hit.includes('/') ? hit : ids.find((id) => id.endsWith(`/${hit}`));
  return full ? ` Did you mean "${full}"?` : '';
}

