import type { PromptDocument, Span } from '../../types';
import { defineRule } from '../rule';

/** `@max_tokens 2_000`, `@max_output_tokens: 2000` in a comment of a file without a front-matter setting. */
const COMMENT_SETTING = /@max(?:_output)?_tokens\s*(?:[:=]\s*)?(\d[\d_,]{0,15})/i;

interface Setting {
  span: Span;
  written: string;
  value: number;
  source: string;
}

/**
 * The output tokens a prompt asks for (`config.maxOutputTokens`, `model.parameters.max_tokens`,
 * `modelParameters.max_tokens`, …, or an `@max_tokens 2_000` annotation in a comment) over the policy's
 * `budgets.max_output_tokens`. Digit separators (`2_000`, `2,000`) are read; run-time values are not.
 */
export default defineRule({
  meta: {
    id: 'budget/output-tokens',
    description: 'A max-output-tokens setting over the budget (budgets.max_output_tokens).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ document, policy, report }) {
    const max = policy.budgets.max_output_tokens;
    if (typeof max !== 'number' || !(max > 0)) return;
    const setting = outputSetting(document);
    if (!setting || setting.value <= max) return;
    report({
      span: setting.span,
      message: `The prompt asks for up to ${setting.value.toLocaleString('en-US')} output tokens (${setting.source}), over the budget of ${max.toLocaleString('en-US')} (budgets.max_output_tokens).`,
      evidence: { policy: 'budgets.max_output_tokens', requested: setting.value },
      fixes: [{ title: `Lower it to the budget (${max})`, edits: [{ offset: setting.span.offset, endOffset: setting.span.endOffset, text: String(max) }] }],
    });
  },
});

/** The file's max-output-tokens setting: the front-matter key the parser found, else a comment annotation. */
export function outputSetting(doc: PromptDocument): Setting | undefined {
  const field = doc.metadata.maxOutputTokens;
  if (field) {
    const value = parseCount(field.value);
    return value === undefined ? undefined : { span: field.span, written: field.value, value, source: field.source };
  }
  for (const comment of doc.comments) {
    const m = COMMENT_SETTING.exec(comment.text);
    if (!m) continue;
    const value = parseCount(m[1]);
    if (value === undefined) continue;
    const offset = comment.textOffset + m.index + m[0].length - m[1].length;
    return { span: { offset, endOffset: offset + m[1].length }, written: m[1], value, source: '@max_tokens' };
  }
  return undefined;
}

/** `2000`, `2_000`, `2,000` → 2000; undefined for anything else. */
function parseCount(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d[\d_,]*$/.test(t) || /[_,]$|[_,]{2}/.test(t)) return undefined;
  const n = Number(t.replace(/[_,]/g, ''));
  return Number.isSafeInteger(n) ? n : undefined;
}
