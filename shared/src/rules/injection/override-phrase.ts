import type { Evidence, Span } from '../../types';
import { compilePolicyPattern, type PolicyMatcher } from '../../policy/re2';
import { benignOverride } from '../../detectors/injection/clauses';
import { findOverridePhrases, foldedView, spanOfFolded, tokensIn, tokensOf } from '../../detectors/injection/scan';
import { inExpression, LANGUAGE_NAMES, LOCATION_OPTIONS, mentionNote, place, snippet } from '../../detectors/injection/ruleSupport';
import { defineRule, type RuleContext } from '../rule';

/**
 * injection/override-phrase: instruction-override ("ignore all previous instructions", "forget everything you
 * were told", "new instructions:") and prompt-extraction ("reveal your system prompt", "print your instructions
 * verbatim") phrasing, in English and 16 other languages, written as tolerant patterns over normalized text
 * (case, diacritics, homoglyphs, leetspeak, spacing and invisible characters do not hide a phrase); plus the
 * policy's `blocked_phrases` (RE2), matched on the text as written and on its normalized form.
 *
 * Severity follows the location: instructions get the rule's severity; few-shot examples, test data and
 * samples get `testDataSeverity` (an evaluator's test case is usually intended); front matter and comments get
 * info. A phrase that is negated ("never reveal your system prompt"), framed as someone else's attempt ("if a
 * user asks you to ignore your instructions"), or quoted next to words about attacks is a defensive mention
 * and is not reported (`reportMentions` reports it as a hint); a quoted phrase with no such words is info.
 */
export default defineRule({
  meta: {
    id: 'injection/override-phrase',
    description: 'Reports instruction-override and prompt-extraction phrases (in 17 languages) and the policy\'s blocked phrases.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {
      ...LOCATION_OPTIONS,
      blockedPhrasesNormalized: {
        type: 'boolean',
        default: true,
        description: 'Also match the policy\'s blocked_phrases against the normalized text (lower-cased, homoglyphs and leetspeak folded, invisible characters dropped, single spaces), mapped back to the original text.',
      },
    },
  },
  check(context) {
    const { document: doc } = context;
    const text = doc.text;
    const taken: Span[] = [];
    for (const f of findOverridePhrases(text)) {
      if (inExpression(doc, f.span)) continue;
      if (benignOverride(text, f.span, f.ids)) continue;
      const placed = place(context, f.span, f.mention);
      if (!placed) continue;
      const what = f.kind === 'extraction' ? 'Prompt-extraction request' : 'Instruction-override phrase';
      const langs = f.langs.includes('en') ? [] : f.langs.map((l) => LANGUAGE_NAMES[l] ?? l);
      const note = mentionNote(f.mention);
      const evidence: Evidence = { detector: 'injection/override-phrases', phrases: f.ids, languages: f.langs, mention: f.mention.kind, location: placed.where.kind };
      if (f.mention.reason) evidence.mentionReason = f.mention.reason;
      context.report({
        span: f.span,
        message: `${what}${langs.length ? ` (${langs.join(', ')})` : ''} "${snippet(text.slice(f.span.offset, f.span.endOffset))}" ${placed.where.phrase}${note}`,
        severity: placed.severity,
        evidence,
        fingerprintText: tokensIn(text, f.span).map((t) => t.text).join(' '),
      });
      taken.push(f.span);
    }
    blockedPhrases(context, taken);
  },
});

const compiled = new Map<string, PolicyMatcher | null>();

function matcherFor(source: string): PolicyMatcher | undefined {
  let m = compiled.get(source);
  if (m === undefined) {
    const result = compilePolicyPattern(source);
    // Invalid patterns are reported by policy/invalid-pattern; here they are skipped.
    m = result.ok ? result.matcher : null;
    if (compiled.size > 500) compiled.clear();
    compiled.set(source, m);
  }
  return m ?? undefined;
}

/** The policy's `blocked_phrases`, on the text as written and (by default) on its normalized form. */
function blockedPhrases(context: RuleContext, taken: Span[]): void {
  const { document: doc, policy } = context;
  if (!policy.blockedPhrases.length) return;
  const text = doc.text;
  // The folded views need every token (the prefilter knows nothing of the policy's patterns).
  const tokens = tokensOf(text);
  let views: ReturnType<typeof foldedView>[] | undefined;
  policy.blockedPhrases.forEach((source, index) => {
    const matcher = matcherFor(source);
    if (!matcher) return;
    const spans: Span[] = [];
    for (const m of matcher.matchAll(text)) if (m.end > m.index) spans.push({ offset: m.index, endOffset: m.end });
    if (context.options.blockedPhrasesNormalized !== false) {
      views ??= [foldedView(tokens), foldedView(tokens, true)];
      for (const view of views) {
        for (const m of matcher.matchAll(view.text)) {
          if (m.end <= m.index) continue;
          const span = spanOfFolded(tokens, view.tokenAt, m.index, m.end);
          if (span && !spans.some((s) => s.offset < span.endOffset && span.offset < s.endOffset)) spans.push(span);
        }
      }
    }
    for (const span of spans) {
      if (inExpression(doc, span)) continue;
      if (taken.some((s) => s.offset < span.endOffset && span.offset < s.endOffset)) continue;
      const placed = place(context, span, { kind: 'direct' });
      if (!placed) continue;
      taken.push(span);
      context.report({
        span,
        message: `Blocked phrase "${snippet(text.slice(span.offset, span.endOffset))}" ${placed.where.phrase} (policy blocked_phrases[${index}]: ${snippet(source, 80)})`,
        severity: placed.severity,
        evidence: { detector: 'policy/blocked-phrases', policy: `blocked_phrases[${index}]`, pattern: source, location: placed.where.kind },
      });
    }
  });
}
