/**
 * Applying fixes: plain-data edits, the same for the CLI's `fix` and the editor's quick fixes.
 * Edits are applied from the end of the text backwards; an edit that overlaps one already taken is
 * skipped (the next run picks it up), so applying never corrupts the file and is idempotent once no
 * finding remains.
 */
import type { Fix, TextEdit } from '../types';

export interface ApplyResult {
  text: string;
  applied: number;
  skipped: number;
}

/** Applies each fix whole or not at all: a fix whose edits overlap an earlier-taken fix is skipped. */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const taken: TextEdit[] = [];
  // Past the end of every taken edit nothing can overlap: fixes mostly come in file order, so the pairwise
  // check (quadratic, and fix-all files hold thousands of edits) is rarely needed.
  let takenEnd = -1;
  let applied = 0;
  let skipped = 0;
  for (const fix of fixes) {
    if (fix.snippet) {
      skipped++;
      continue;
    }
    const edits = fix.edits;
    const valid = edits.every((e) => e.offset >= 0 && e.endOffset >= e.offset && e.endOffset <= text.length);
    if (!valid || edits.some((e) => e.offset <= takenEnd && taken.some((t) => overlaps(e, t)))) {
      skipped++;
      continue;
    }
    if (edits.every((e) => text.slice(e.offset, e.endOffset) === e.text)) {
      continue; // already applied: nothing to do
    }
    taken.push(...edits);
    for (const e of edits) if (e.endOffset > takenEnd) takenEnd = e.endOffset;
    applied++;
  }
  // One pass in file order (the same text as applying from the end backwards, without copying the whole
  // text once per edit).
  taken.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < taken.length; i++) {
    const e = taken[i];
    // One fix's own edits may overlap (or insert twice at one point): the backward order decides those.
    if (e.offset < at || (i > 0 && overlaps(taken[i - 1], e))) return { text: applyBackwards(text, taken), applied, skipped };
    parts.push(text.slice(at, e.offset), e.text);
    at = e.endOffset;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied, skipped };
}

/** Edits applied from the end backwards, each on the text the later ones left (what overlapping edits of one fix get). */
function applyBackwards(text: string, taken: TextEdit[]): string {
  const order = [...taken].sort((a, b) => b.offset - a.offset || b.endOffset - a.endOffset);
  let out = text;
  for (const e of order) out = out.slice(0, e.offset) + e.text + out.slice(e.endOffset);
  return out;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = a.offset === a.endOffset;
  const bEmpty = b.offset === b.endOffset;
  if (aEmpty && bEmpty) return a.offset === b.offset; // two insertions at one point: order is ambiguous
  if (aEmpty) return a.offset > b.offset && a.offset < b.endOffset;
  if (bEmpty) return b.offset > a.offset && b.offset < a.endOffset;
  return a.offset < b.endOffset && b.offset < a.endOffset;
}
