/**
 * The static text of a prompt, for token budgets and the editor's token counts: each message's content
 * without its template expressions (their values are only known at run time), so that a count of it is a
 * lower bound of what is sent.
 */
import type { PromptDocument, Span } from '../types';
import type { ResolvedPolicy } from '../policy/resolved';
import { countTokens, DEFAULT_ENCODING, encodingForModel, type EncodingName } from './tokens';
import { primaryModel } from './models';

export interface StaticPart {
  /** `Message 2 (system)`, or `The prompt` for a file without messages. */
  label: string;
  /** Index into `messages`, or -1 for the body of a file without messages. */
  message: number;
  /** Where a finding about this part goes: the role marker, or the first line of the content. */
  span: Span;
  text: string;
}

export function staticParts(doc: PromptDocument): StaticPart[] {
  const regions = doc.messages.length
    ? doc.messages.map((m, i) => ({
        label: doc.messages.length === 1 && m.role === 'unknown' && !m.roleText ? 'The prompt' : `Message ${i + 1} (${m.roleText ?? m.role})`,
        message: i,
        marker: m.marker,
        content: m.content,
      }))
    : [{ label: 'The prompt', message: -1, marker: undefined, content: doc.body }];
  return regions.map(({ label, message, marker, content }) => {
    let text = '';
    let at = content.offset;
    for (const e of doc.expressions) {
      if (e.span.endOffset <= at || e.span.offset >= content.endOffset) continue;
      text += doc.text.slice(at, Math.max(at, e.span.offset));
      at = Math.max(at, e.span.endOffset);
    }
    text += doc.text.slice(at, Math.max(at, content.endOffset));
    return { label, message, span: marker ?? firstLine(doc, content), text };
  });
}

function firstLine(doc: PromptDocument, content: Span): Span {
  const nl = doc.text.indexOf('\n', content.offset);
  const end = nl < 0 || nl > content.endOffset ? content.endOffset : nl;
  return { offset: content.offset, endOffset: Math.max(content.offset, doc.text[end - 1] === '\r' ? end - 1 : end) };
}

/** UTF-8 length of `text` in bytes: an upper bound of its token count in any byte-level BPE encoding. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export interface PromptTokenCounts {
  parts: { label: string; message: number; tokens: number }[];
  total: number;
  encoding: EncodingName;
  /** False when the model's own tokenizer was not the one used (or none could be loaded). */
  exact: boolean;
  /** The model whose encoding was chosen, when the file names one. */
  model?: string;
}

/**
 * Token counts of the static text of each message and in total, in the encoding of the prompt's model
 * (the policy's `budgets.encoding` for other families): what `budget/prompt-tokens` checks and the editor's
 * hover shows. Loads the tokenizer on first use.
 */
export function countPromptTokens(doc: PromptDocument, policy: Pick<ResolvedPolicy, 'models' | 'budgets'>): PromptTokenCounts {
  const primary = primaryModel(doc, policy);
  const choice = encodingForModel(primary?.model.id, (policy.budgets.encoding as EncodingName | undefined) ?? DEFAULT_ENCODING);
  let exact = choice.exact;
  const parts = staticParts(doc).map((p) => {
    const counted = countTokens(p.text, choice.encoding);
    exact &&= counted.exact;
    return { label: p.label, message: p.message, tokens: counted.tokens };
  });
  return {
    parts,
    total: parts.reduce((n, p) => n + p.tokens, 0),
    encoding: choice.encoding,
    exact,
    ...(primary ? { model: primary.model.id } : {}),
  };
}
