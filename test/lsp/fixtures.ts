/** Prompt files the LSP tests open. The email addresses are made up (no real person or company). */

/** A Dotprompt file with one `pii/email` finding in its system message (line 9, 0-based 8). */
export const SUPPORT_PROMPT = `---
model: googleai/gemini-2.5-flash
version: 1.2.0
input:
  schema:
    question: string
---
{{role "system"}}
You are a support agent. Escalate to john.doe@acme-corp.com when unsure.
{{role "user"}}
{{question}}
`;

export const EMAIL = 'john.doe@acme-corp.com';

/** Two emails and a phone number: fix-all and redact-all material. */
export const MANY_PROMPT = `---
model: googleai/gemini-2.5-flash
---
{{role "system"}}
Escalate to john.doe@acme-corp.com first.
Then to mary.major@acme-corp.com, or call +1 415 555 2671.
`;

/** Rules these tests are about; other rules (added as the product grows) are left out of exact comparisons. */
export const RULES_UNDER_TEST = /^(pii\/email|pii\/phone|model\/unapproved|policy\/.*)$/;

/** The rule ids of diagnostics, sorted, keeping only the rules under test. */
export function codesUnderTest(diagnostics: readonly { code?: number | string }[]): string[] {
  return diagnostics.map((d) => String(d.code)).filter((c) => RULES_UNDER_TEST.test(c)).sort();
}

/** "1 error, 1 info" for diagnostics, as the CodeLens counts them. */
export function countsText(diagnostics: readonly { severity?: number }[]): string {
  const words = ['error', 'warning', 'info', 'hint'];
  const counts = [0, 0, 0, 0];
  for (const d of diagnostics) counts[(d.severity ?? 1) - 1]++;
  const parts = counts.map((n, i) => (n ? `${n} ${words[i]}${n === 1 ? '' : 's'}` : '')).filter(Boolean);
  return parts.length ? parts.join(', ') : 'no findings';
}

/** Offset → LSP position in `text` (UTF-16). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The position of the first occurrence of `needle` (plus `delta` characters). */
export function positionOfText(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in text`);
  return positionOf(text, i + delta);
}
