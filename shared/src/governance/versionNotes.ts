/**
 * Words and fixes of the `version/*` rules, built from `computeChanges`' result: a one-line summary of
 * what changed, and the bump fixes.
 */
import type { Fix, Span } from '../types';
import type { VersionChanges } from './changes';
import { bumpVersion, type BumpKind, type Version } from './semver';

/** `The model changed (gpt-4o → gpt-4.1) and 2 messages changed (+5 −1)`. */
export function describeChange(changes: VersionChanges): string {
  const parts: string[] = [];
  if (changes.models.changed) {
    parts.push(`the model changed (${changes.models.removed.join(', ') || 'none'} → ${changes.models.added.join(', ') || 'none'})`);
  }
  const messages = changes.messages.filter((m) => m.status !== 'unchanged');
  if (messages.length === 1) {
    const [m] = messages;
    const which = `message ${(m.index >= 0 ? m.index : m.baseIndex) + 1} (${m.role})`;
    const what = m.status === 'added' ? 'was added' : m.status === 'removed' ? 'was removed' : 'changed';
    parts.push(`${which} ${what} (+${m.added} −${m.removed})`);
  } else if (messages.length > 1) {
    const added = messages.reduce((n, m) => n + m.added, 0);
    const removed = messages.reduce((n, m) => n + m.removed, 0);
    parts.push(`${messages.length} messages changed (+${added} −${removed})`);
  } else if (changes.contentChanged && !changes.models.changed) {
    parts.push('the prompt settings changed');
  }
  const text = parts.join(' and ') || 'the prompt changed';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Bump fixes on the version's span: minor first when the model changed, patch first otherwise. */
export function bumpFixes(span: Span, from: Version, modelChanged: boolean): Fix[] {
  const order: BumpKind[] = modelChanged ? ['minor', 'patch', 'major'] : ['patch', 'minor', 'major'];
  return order.map((kind) => {
    const next = bumpVersion(from, kind);
    return { title: `Bump the ${kind} version to ${next}`, edits: [{ offset: span.offset, endOffset: span.endOffset, text: next }] };
  });
}
