import type { Expression, Fix, Message, PromptDocument, Span } from '../../types';
import { analyzeFlow, lineUnit, viaClause, type DataUse } from '../../trust/flow';
import { fenceTagName, wrapInlineFix, wrapLinesFix } from '../../trust/edits';
import { defineRule } from '../rule';

/**
 * An untrusted input is interpolated with nothing around it that marks where its text ends and the
 * instructions resume: no XML-like tag pair (`<ticket>{{ticket}}</ticket>`), no fenced block, no triple
 * quotes, no delimiter declared in the policy (`delimiters:`). Without one, a sentence in the input reads
 * like part of the prompt.
 *
 * Not reported: an input that is the whole content of a user message (the message boundary fences it),
 * media inputs, and trusted inputs. Loop variables are reported once per loop, at the loop's lines.
 * The quick fix wraps the expression in a tag pair named after the input, or puts the tags on lines of their
 * own around the loop.
 */
export default defineRule({
  meta: {
    id: 'injection/unfenced-input',
    description: 'An untrusted input is interpolated without a delimiter that fences it off from the instructions.',
    defaultSeverity: 'warning',
    fixable: true,
    formats: ['prompty', 'dotprompt', 'github-prompt', 'copilot', 'promptl', 'template'],
    options: {
      quotes: {
        type: 'boolean',
        default: true,
        description: 'Count a pair of double quotes on the same line ("{{x}}") as a fence.',
      },
    },
  },
  check({ document, policy, options, report }) {
    const flow = analyzeFlow(document, policy);
    const pairs = policyPairs(policy.delimiters);
    const fencedByPolicy = new PolicyFences(document, pairs);
    const loops = new Map<number, { unit?: Span; uses: DataUse[] }>();
    for (const use of flow.uses) {
      if (use.untrusted.length === 0 || use.generated || use.kind === 'media') continue;
      const e = use.expression;
      if (e.delimiter && (e.delimiter.kind !== 'quotes' || e.delimiter.name !== '"' || options.quotes !== false)) continue;
      const m = document.messages[use.message];
      if (wholeUserMessage(m, e)) continue;
      if (fencedByPolicy.encloses(use.message, m, e.span)) continue;
      if (use.via >= 0) {
        const unit = lineUnit(document, flow.blocks, use.index, m.content, true);
        if (unit) {
          const key = unit.offset;
          let group = loops.get(key);
          if (!group) loops.set(key, (group = { unit, uses: [] }));
          group.uses.push(use);
          continue;
        }
      }
      const tag = fenceTagName(use.via >= 0 ? use.untrusted[0].name : (e.path ?? e.variable ?? use.untrusted[0].name));
      report({
        span: e.span,
        message: messageFor(document, use, tag),
        evidence: { inputs: use.untrusted.map((t) => t.name), trust: use.untrusted[0].why },
        fixes: [wrapInlineFix(e.span, tag)],
      });
    }
    for (const group of loops.values()) {
      const first = group.uses[0];
      const tag = fenceTagName(first.untrusted[0].name);
      const last = group.uses[group.uses.length - 1].expression.span;
      const fix: Fix = wrapLinesFix(document, group.unit!, tag);
      report({
        span: { offset: first.expression.span.offset, endOffset: last.endOffset },
        message: messageFor(document, first, tag, group.uses.length),
        evidence: { inputs: [...new Set(group.uses.flatMap((u) => u.untrusted.map((t) => t.name)))], trust: first.untrusted[0].why },
        fixes: [fix],
      });
    }
  },
});

function messageFor(doc: PromptDocument, use: DataUse, tag: string, places = 1): string {
  const names = use.untrusted.map((t) => `'${t.name}'`).join(', ');
  const through = viaClause(doc, use) + (places > 1 ? ` (${places} places)` : '');
  return `Untrusted input ${names}${through} is not fenced: nothing marks where its text ends and the instructions resume. Wrap it in a tag pair such as <${tag}>…</${tag}>, a fenced block or triple quotes.`;
}

/** The expression is the whole content of a user (or assistant, tool) message: the message boundary fences it. */
function wholeUserMessage(m: Message, e: Expression): boolean {
  return m.role !== 'system' && m.role !== 'developer' && m.content.offset === e.span.offset && m.content.endOffset === e.span.endOffset;
}

interface Pair {
  open: string;
  close: string;
}

/** Policy `delimiters` written as `open ... close` (tag names need nothing: any tag pair already fences). */
function policyPairs(delimiters: readonly string[]): Pair[] {
  const out: Pair[] = [];
  for (const d of delimiters) {
    const at = d.indexOf(' ... ');
    if (at <= 0) continue;
    const open = d.slice(0, at).trim();
    const close = d.slice(at + 5).trim();
    if (open && close) out.push({ open, close });
  }
  return out;
}

/** Whether a policy delimiter pair encloses a span, within its message (positions found once per message). */
class PolicyFences {
  private readonly cache = new Map<string, { opens: number[]; closes: number[] }>();

  constructor(
    private readonly doc: PromptDocument,
    private readonly pairs: readonly Pair[],
  ) {}

  encloses(index: number, m: Message, span: Span): boolean {
    for (const [k, pair] of this.pairs.entries()) {
      const { opens, closes } = this.positions(`${index}:${k}`, m, pair);
      // Markers that end before the span, and markers that start after it.
      const opensBefore = countBefore(opens, span.offset - pair.open.length + 1);
      const closesAfter = closes.length - countBefore(closes, span.endOffset);
      if (opensBefore === 0 || closesAfter === 0) continue;
      if (pair.open === pair.close) {
        if (opensBefore % 2 === 1) return true;
        continue;
      }
      const lastOpen = opens[opensBefore - 1];
      const closesBefore = countBefore(closes, span.offset - pair.close.length + 1);
      if (closesBefore === 0 || closes[closesBefore - 1] < lastOpen) return true;
    }
    return false;
  }

  /** Start offsets of the pair's markers inside the message's content. */
  private positions(key: string, m: Message, pair: Pair): { opens: number[]; closes: number[] } {
    let found = this.cache.get(key);
    if (!found) {
      const find = (needle: string) => {
        const out: number[] = [];
        const { text } = this.doc;
        for (let at = text.indexOf(needle, m.content.offset); at >= 0 && at + needle.length <= m.content.endOffset; at = text.indexOf(needle, at + needle.length)) out.push(at);
        return out;
      };
      const opens = find(pair.open);
      found = { opens, closes: pair.open === pair.close ? opens : find(pair.close) };
      this.cache.set(key, found);
    }
    return found;
  }
}

/** Number of sorted values below `x`. */
function countBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** This rule defines no regular expression of its own (its scanners live in shared/src/trust/). */
export const PATTERNS: readonly RegExp[] = [];
