import { defineRule } from '../rule';
import { countTokens, DEFAULT_ENCODING, encodingForModel, type EncodingChoice, type EncodingName } from '../../governance/tokens';
import { primaryModel } from '../../governance/models';
import { fileLevelSpan } from '../../governance/metadataEdits';
import { staticParts, utf8Length } from '../../governance/promptText';

/**
 * Static prompt text over the token budget (`budgets.max_prompt_tokens`), per message and in total. Static
 * text is what the file itself sends: each message's content without its template expressions (whose
 * values are only known at run time), so the count is a lower bound of the real prompt.
 *
 * Tokens are counted with js-tiktoken in the encoding of the prompt's model family (`o200k_base` for
 * gpt-4o, gpt-4.1, gpt-5, o-series; `cl100k_base` for gpt-4 and gpt-3.5). Other families are counted with
 * the policy's `budgets.encoding` and the message says the count is approximate.
 */
export default defineRule({
  meta: {
    id: 'budget/prompt-tokens',
    description: 'Static prompt text over the token budget (budgets.max_prompt_tokens), per message or in total.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ document, policy, report }) {
    const max = policy.budgets.max_prompt_tokens;
    if (typeof max !== 'number' || !(max > 0)) return;
    const parts = staticParts(document);
    // A token is at least one byte of UTF-8: text of at most `max` bytes cannot exceed the budget, and the
    // tokenizer (several MB of ranks) is not even loaded.
    if (parts.reduce((n, p) => n + utf8Length(p.text), 0) <= max) return;
    const primary = primaryModel(document, policy);
    const choice = encodingForModel(primary?.model.id, (policy.budgets.encoding as EncodingName | undefined) ?? DEFAULT_ENCODING);
    let total = 0;
    let estimated = false;
    let reported = false;
    for (const part of parts) {
      const counted = countTokens(part.text, choice.encoding);
      total += counted.tokens;
      estimated ||= !counted.exact;
      if (counted.tokens <= max) continue;
      reported = true;
      report({
        span: part.span,
        message: `${part.label} has ${formatCount(counted.tokens)} tokens of static text, over the budget of ${formatCount(max)} (budgets.max_prompt_tokens; ${how(choice, primary?.model.id, !counted.exact)}).`,
        evidence: { policy: 'budgets.max_prompt_tokens', tokens: counted.tokens, encoding: choice.encoding, approximate: !choice.exact || !counted.exact },
        fingerprintText: part.label,
      });
    }
    if (!reported && parts.length > 1 && total > max) {
      report({
        span: primary?.ref.span ?? fileLevelSpan(document),
        message: `The prompt has ${formatCount(total)} tokens of static text in ${parts.length} messages, over the budget of ${formatCount(max)} (budgets.max_prompt_tokens; ${how(choice, primary?.model.id, estimated)}).`,
        evidence: { policy: 'budgets.max_prompt_tokens', tokens: total, encoding: choice.encoding, approximate: !choice.exact || estimated },
        fingerprintText: 'total',
      });
    }
  },
});

/** How the count was made, for the message. */
function how(choice: EncodingChoice, model: string | undefined, estimated: boolean): string {
  if (estimated) return 'approximate: the tokenizer could not be loaded, estimated at 4 characters per token';
  if (choice.exact) return `${choice.encoding}, the tokenizer of ${model}`;
  return model ? `approximate: counted with ${choice.encoding}, ${model} uses its own tokenizer` : `approximate: counted with ${choice.encoding}, the file names no model`;
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
