import type { Fix, PromptDocument } from '../../types';
import { defineRule } from '../rule';
import { parseDocument } from '../../formats';
import { changesFor, CHANGE_NOTE_KEYS } from '../../governance/changes';
import { canonicalJson, findMetadataValues } from '../../governance/frontMatterValues';
import { addMetadataFix } from '../../governance/metadataEdits';
import { snippetEscape } from '../../governance/suppressions';

/**
 * Opt-in (the policy asks for it by turning it on): the model changed since the base revision and the
 * file does not record why. A change note counts when one of the `keys` (`changelog`, `change_note`,
 * `model_change`, `approved_by`, `approval`; at the top level, under `metadata:` or Dotprompt `ext.*`) was
 * added or edited in the same change, so that an old entry does not cover a new switch.
 */
export default defineRule({
  meta: {
    id: 'version/model-change-unrecorded',
    description: 'The model changed since the base revision without a change note or approval in the file.',
    defaultSeverity: 'off',
    fixable: true,
    options: {
      keys: {
        type: 'string[]',
        default: [...CHANGE_NOTE_KEYS],
        description: 'Front-matter keys that record a model change (a changelog entry or an approval note).',
      },
    },
  },
  check({ document, policy, options, env, report }) {
    if (typeof env.baseText !== 'string') return;
    const changes = changesFor(document, env.baseText, { policy });
    if (!changes.models.changed) return;
    const keys = Array.isArray(options.keys) && options.keys.length ? (options.keys as string[]) : [...CHANGE_NOTE_KEYS];
    const base = parseDocument(document.path, env.baseText, document.format);
    if (keys.some((key) => noteChanged(base, document, key))) return;
    const added = new Set(changes.models.added.map((id) => id.toLowerCase()));
    const ref = document.models.find((m) => added.has(m.id.trim().toLowerCase())) ?? document.models[0];
    const span = ref?.span ?? document.metadata.version?.span ?? { offset: 0, endOffset: 0 };
    const from = changes.models.removed.join(', ') || 'no model';
    const to = changes.models.added.join(', ') || 'no model';
    const fixes: Fix[] = [];
    const key = keys.find((k) => findMetadataValues(document, k).length === 0);
    if (key) {
      const value = `"${snippetEscape(`${from} → ${to}`)}: \${1:why}; approved-by: \${2:@approver}"`;
      const fix = addMetadataFix(document, key, value, { snippet: true, title: `Record the model change in '${key}'` });
      if (fix) fixes.push(fix);
    }
    report({
      span,
      message: `The model changed (${from} → ${to}) without a change note: add or update ${keys.map((k) => `'${k}'`).join(', ')} in the front matter saying why and who approved it.`,
      evidence: { before: changes.models.removed, after: changes.models.added },
      fixes,
      fingerprintText: `${from}\u0000${to}`,
    });
  },
});

/** Whether a change note under `key` was added or edited between the base and the current document. */
function noteChanged(base: PromptDocument, current: PromptDocument, key: string): boolean {
  const now = findMetadataValues(current, key).filter((f) => f.value !== null && f.value !== undefined && f.value !== '');
  if (now.length === 0) return false;
  const before = new Map(findMetadataValues(base, key).map((f) => [f.source, canonicalJson(f.value)]));
  return now.some((f) => before.get(f.source) !== canonicalJson(f.value));
}
