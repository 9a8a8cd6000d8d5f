/**
 * Chat-template control tokens written as text: the markers model families use to separate turns
 * (`<|im_start|>`, `<|eot_id|>`, `[INST]`, `<<SYS>>`, `<start_of_turn>`, …). In a prompt they either do
 * nothing or, when a serving stack tokenizes special tokens from text, forge a turn boundary; legacy
 * Anthropic `\n\nHuman:` / `\n\nAssistant:` turn prefixes did the same for completion models.
 *
 * `<s>` alone is not reported (it is HTML strikethrough); it is part of the token only in `<s>[INST]`, and
 * `</s>` only in `</s><s>`.
 */
import type { Span } from '../types';

export interface ChatToken {
  span: Span;
  /** The token as written. */
  token: string;
  /** The model family that uses it. */
  family: string;
  /** A legacy completion-API turn prefix (`Human:` after a blank line): a weaker signal. */
  legacy?: boolean;
}

/** `<|…|>` special tokens: ChatML (`<|im_start|>`), Llama 3 (`<|eot_id|>`), Phi (`<|system|>`), GPT (`<|endoftext|>`). */
const PIPE_TOKEN = /<\|[A-Za-z_][A-Za-z0-9_.-]{0,40}\|>/g;
/** DeepSeek's full-width bars: `<｜User｜>`, `<｜begin▁of▁sentence｜>`. */
const FULLWIDTH_TOKEN = /<\uFF5C[^\uFF5C<>\r\n]{1,40}\uFF5C>/g;
/** Llama 2: `[INST]`, `[/INST]` (with a leading `<s>`), `<<SYS>>`, `<</SYS>>`, `</s><s>`. */
const LLAMA2_TOKEN = /(?:<s>[ \t]?)?\[\/?INST\]|<<\/?SYS>>|<\/s>[ \t]{0,2}<s>/g;
/** Gemma: `<start_of_turn>`, `<end_of_turn>`. */
const GEMMA_TOKEN = /<(?:start|end)_of_turn>/g;
/** Names of Llama 3's special tokens. */
const LLAMA3_NAMES = /header_id|eot_id|begin_of_text|eom_id|python_tag/;

const FAMILIES: ReadonlyArray<[RegExp, (token: string) => string]> = [
  [PIPE_TOKEN, (t) => (t.startsWith('<|im_') ? 'ChatML' : LLAMA3_NAMES.test(t) ? 'Llama 3' : 'special token')],
  [FULLWIDTH_TOKEN, () => 'DeepSeek'],
  [LLAMA2_TOKEN, () => 'Llama 2'],
  [GEMMA_TOKEN, () => 'Gemma'],
];

/**
 * Every chat-template token in `text` (a message's text with template expressions blanked out), with spans
 * shifted by `base`, in order.
 */
export function findChatTokens(text: string, base = 0): ChatToken[] {
  const out: ChatToken[] = [];
  if (text.indexOf('<') >= 0 || text.indexOf('[') >= 0) {
    for (const [re, family] of FAMILIES) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push({ span: { offset: base + m.index, endOffset: base + m.index + m[0].length }, token: m[0], family: family(m[0]) });
      }
    }
  }
  out.push(...findLegacyTurns(text, base));
  return out.sort((a, b) => a.span.offset - b.span.offset);
}

/** `Human:` / `Assistant:` at the start of a line that follows a blank line (the legacy `\n\nHuman:` prefix). */
function findLegacyTurns(text: string, base: number): ChatToken[] {
  const out: ChatToken[] = [];
  let previousBlank = false;
  for (let line = 0; line < text.length; ) {
    let end = text.indexOf('\n', line);
    if (end < 0) end = text.length;
    const startsHuman = text.startsWith('Human:', line);
    const startsAssistant = !startsHuman && text.startsWith('Assistant:', line);
    if (previousBlank && (startsHuman || startsAssistant)) {
      const token = startsHuman ? 'Human:' : 'Assistant:';
      out.push({ span: { offset: base + line, endOffset: base + line + token.length }, token, family: 'legacy Anthropic', legacy: true });
    }
    let blank = true;
    for (let i = line; i < end && blank; i++) {
      const c = text.charCodeAt(i);
      blank = c === 32 || c === 9 || c === 13;
    }
    previousBlank = blank;
    line = end + 1;
  }
  return out;
}

/**
 * Substrings of which every token above holds one. None has a blank or a line break, and blanking template
 * expressions (`literalText`) turns characters into blanks only, so a text holding none of them has no token
 * in its literal text either: callers skip building that text.
 */
const MARKERS = ['<|', '<\uFF5C', 'INST]', 'SYS>>', '</s>', '_of_turn>', 'Human:', 'Assistant:'];

/**
 * Where the markers start in `text`, sorted: one pass per marker over the whole text, so that a file of many
 * messages asks `anyIn` (trust/flow.ts) per message instead of searching its text again.
 */
export function chatTokenMarkers(text: string): number[] {
  const out: number[] = [];
  for (const marker of MARKERS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) out.push(at);
  }
  return out.sort((a, b) => a - b);
}

/** The regular expressions of this module, for the ReDoS test. */
export const PATTERNS: readonly RegExp[] = [PIPE_TOKEN, FULLWIDTH_TOKEN, LLAMA2_TOKEN, GEMMA_TOKEN, LLAMA3_NAMES];
