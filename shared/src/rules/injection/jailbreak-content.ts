import type { Evidence } from '../../types';
import { findJailbreakContent, type JailbreakFinding } from '../../detectors/injection/scan';
import { expressionSpans } from '../../detectors/piiRule';
import { inExpression, LOCATION_OPTIONS, mentionNote, place, snippet } from '../../detectors/injection/ruleSupport';
import { defineRule } from '../rule';

/**
 * injection/jailbreak-content: known jailbreak framings, scored per passage — persona overrides (DAN, "do
 * anything now", "developer mode enabled", "jailbroken"), refusal suppression ("never refuse", "no matter how
 * unethical"), rules declared absent ("you have no ethical guidelines"), role-play nesting (the grandma
 * exploit, "a character explains step by step how to …"), authority claims ("I am your developer") — plus
 * encoded payloads (base64, hex, percent/`\u` escapes, ROT13, reversed text) that decode to override or
 * jailbreak phrases, and adversarial-suffix token soup.
 *
 * Each signal has a weight; a passage (signals less than 1,500 characters apart) is reported when its weights
 * add up to `threshold` (3): "act as a travel guide" or "stay in character" alone never are. Beside the table
 * phrases, clause signals (detectors/injection/clauses.ts) weigh relations that generalise across wordings —
 * dismissing or disclosing the model's instructions, switching to a persona without limits, banning refusals
 * around a harmful request, a document addressing the AI that reads it — by the words around them. Severity follows
 * the location like injection/override-phrase, and defensive mentions are skipped the same way.
 */
export default defineRule({
  meta: {
    id: 'injection/jailbreak-content',
    description: 'Reports jailbreak framings (unrestricted personas, refusal suppression, role-play nesting), encoded payloads that decode to instructions, and adversarial-suffix token soup.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {
      ...LOCATION_OPTIONS,
      threshold: {
        type: 'number',
        default: 3,
        description: 'Total weight of the signals of one passage needed to report it (strong signals weigh 3, weaker ones ½–2).',
      },
      encodedPayloads: {
        type: 'boolean',
        default: true,
        description: 'Decode base64, hex, percent-encoded, \\u-escaped, ROT13 and reversed blocks and report those that decode to override or jailbreak phrases.',
      },
      adversarialSuffixes: {
        type: 'boolean',
        default: true,
        description: 'Report adversarial-suffix token soup (words glued to brackets and odd symbols) in prose; code blocks and inline code are skipped.',
      },
    },
  },
  check(context) {
    const { document: doc, options } = context;
    const text = doc.text;
    const threshold = typeof options.threshold === 'number' && options.threshold > 0 ? options.threshold : 3;
    const findings = findJailbreakContent(
      text,
      { threshold, encoded: options.encodedPayloads !== false, suffixes: options.adversarialSuffixes !== false, skip: expressionSpans(doc) },
    );
    for (const f of findings) {
      if (f.type !== 'suffix' && inExpression(doc, f.span)) continue;
      const placed = place(context, f.span, f.mention);
      if (!placed) continue;
      const evidence: Evidence = {
        detector: `injection/jailbreak-${f.type}`,
        score: f.score,
        signals: f.signals.map((s) => `${s.id}:${s.weight}`),
        mention: f.mention.kind,
        location: placed.where.kind,
        ...(f.encoding ? { encoding: f.encoding, decoded: snippet(f.decoded ?? '', 120) } : {}),
        ...(f.suffix ? { irregularChunks: f.suffix.odd, window: f.suffix.window } : {}),
      };
      context.report({
        span: f.span,
        message: `${describe(text, f)} ${placed.where.phrase}${mentionNote(f.mention)}`,
        severity: placed.severity,
        evidence,
      });
    }
  },
});

const KIND_LABEL: Record<string, string> = {
  persona: 'persona override',
  refusal: 'refusal suppression',
  restriction: 'rules declared absent',
  roleplay: 'role-play wrapper',
  authority: 'authority claim',
  dual: 'filtered/unfiltered double answer',
  threat: 'threat',
  override: 'instruction override',
  extraction: 'prompt extraction',
};

function describe(text: string, f: JailbreakFinding): string {
  if (f.type === 'encoded') {
    const kinds = [...new Set(f.signals.map((s) => KIND_LABEL[s.kind] ?? s.kind))].slice(0, 2).join(', ');
    return `Encoded payload (${f.encoding}) that decodes to ${kinds || 'instructions'}: "${snippet(f.decoded ?? '', 50)}"`;
  }
  if (f.type === 'suffix') {
    return `Adversarial-suffix-like token soup (${f.suffix?.odd} of ${f.suffix?.window} chunks irregular): "${snippet(text.slice(f.span.offset, f.span.endOffset), 40)}"`;
  }
  const seen = new Set<string>();
  const parts: string[] = [];
  // On equal weight a table phrase is quoted before a clause signal (its words name the attack more exactly).
  const clause = (s: { id: string }): number => (s.id.startsWith('clause.') ? 1 : 0);
  for (const s of [...f.signals].sort((a, b) => b.weight - a.weight || clause(a) - clause(b) || a.span.offset - b.span.offset)) {
    const label = KIND_LABEL[s.kind] ?? s.kind;
    if (seen.has(label)) continue;
    seen.add(label);
    parts.push(`${label} ("${snippet(text.slice(s.span.offset, s.span.endOffset), 40)}")`);
    if (parts.length === 3) break;
  }
  return `Jailbreak framing: ${parts.join(', ')}`;
}
