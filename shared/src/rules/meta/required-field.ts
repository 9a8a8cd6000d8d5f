import type { MetaField, Metadata, PromptDocument } from '../../types';
import type { ResolvedPolicy } from '../../policy/resolved';
import { defineRule } from '../rule';
import { findMetadataValues } from '../../governance/frontMatterValues';
import { addMetadataFix, fileLevelSpan, keyLineSpan } from '../../governance/metadataEdits';
import { snippetEscape } from '../../governance/suppressions';

type Known = Exclude<keyof Metadata, 'extra'>;

/** Policy names of metadata fields and the document field each reads (each format's keys are mapped by the parser). */
const KNOWN_FIELDS: Record<string, Known> = {
  owner: 'owner',
  version: 'version',
  data_class: 'dataClass',
  dataClass: 'dataClass',
  'data-class': 'dataClass',
  retention: 'retention',
  description: 'description',
  name: 'name',
};

/**
 * A metadata field the policy requires (`metadata.required`, per path through `overrides`) that the file
 * does not carry, or carries empty. Each format's places are read: top-level keys, a `metadata:` block,
 * Dotprompt `ext.<namespace>.<key>` and dotted keys. Fields other than the governance ones (`team`,
 * `reviewed_by`) are looked up by name in the same places.
 */
export default defineRule({
  meta: {
    id: 'meta/required-field',
    description: 'A metadata field the policy requires (metadata.required) is missing or empty.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ document, policy, report }) {
    const required = policy.metadata.required ?? [];
    const seen = new Set<string>();
    for (const name of required) {
      if (typeof name !== 'string' || !name.trim()) continue;
      const key = name.trim();
      const field = KNOWN_FIELDS[key] ?? key;
      if (seen.has(field)) continue;
      seen.add(field);
      const present = fieldValue(document, key);
      if (present === 'present') continue;
      if (present === 'empty') {
        const span = keyLineSpan(document, key) ?? fileLevelSpan(document);
        report({
          span,
          message: `The metadata field '${key}' is empty; the policy requires it (metadata.required). Write a value.`,
          evidence: { policy: 'metadata.required', field: key },
          fingerprintText: `empty:${key}`,
        });
        continue;
      }
      const value = placeholder(key, document, policy);
      const fix = addMetadataFix(document, key, value.text, { snippet: value.snippet, title: `Add '${key}' to the front matter` });
      report({
        span: fileLevelSpan(document),
        message: `The metadata field '${key}' is missing; the policy requires it (metadata.required). Add '${key}:' to the front matter.`,
        evidence: { policy: 'metadata.required', field: key },
        fixes: fix ? [fix] : [],
        fingerprintText: `missing:${key}`,
      });
    }
  },
});

/** Whether the field is written with a value, written empty, or absent. */
function fieldValue(doc: PromptDocument, key: string): 'present' | 'empty' | 'absent' {
  const known = KNOWN_FIELDS[key];
  const field: MetaField | undefined = known ? doc.metadata[known] : undefined;
  if (field && field.value.trim() !== '') return 'present';
  if (!known) {
    for (const [extraKey, f] of Object.entries(doc.metadata.extra)) {
      if (extraKey === key || extraKey.endsWith(`.${key}`)) {
        if (f.value.trim() !== '') return 'present';
      }
    }
  }
  const spellings = known ? Object.keys(KNOWN_FIELDS).filter((k) => KNOWN_FIELDS[k] === known) : [key];
  const found = spellings.flatMap((k) => findMetadataValues(doc, k));
  if (found.some((f) => isFilled(f.value))) return 'present';
  return found.length > 0 || field ? 'empty' : 'absent';
}

function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The value a fix writes: a concrete `1.0.0` for versions, a snippet placeholder otherwise. */
function placeholder(key: string, doc: PromptDocument, policy: ResolvedPolicy): { text: string; snippet: boolean } {
  switch (KNOWN_FIELDS[key]) {
    case 'version':
      return { text: '1.0.0', snippet: false };
    case 'owner':
      return { text: '${1:@team}', snippet: true };
    case 'dataClass': {
      const classes = Object.keys(policy.dataClasses);
      return { text: classes.length ? `\${1|${classes.map((c) => c.replace(/[,|\\$}]/g, '')).join(',')}|}` : '${1:internal}', snippet: true };
    }
    case 'retention':
      return { text: '${1:30d}', snippet: true };
    case 'name': {
      const base = doc.path.slice(doc.path.lastIndexOf('/') + 1).replace(/\..*$/, '');
      return { text: `\${1:${snippetEscape(base || 'name')}}`, snippet: true };
    }
    default:
      return { text: '${1}', snippet: true };
  }
}
