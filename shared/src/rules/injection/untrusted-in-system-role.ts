import type { Fix, PromptDocument, Span } from '../../types';
import { analyzeFlow, lineUnit, viaClause, type DataUse } from '../../trust/flow';
import { moveToUserFix, unitsCover, wholeMessageToUserFix } from '../../trust/edits';
import { defineRule } from '../rule';

/**
 * An untrusted input (see the trust model, docs/policy.md#trust-model) is interpolated into a system or
 * developer message. Models give those messages the authority of the application: whatever a customer, a
 * web page or a retrieved document writes there is read as an instruction. Untrusted text belongs in a user
 * message, fenced.
 *
 * Findings are grouped by the lines that would move together (one line, or a whole loop such as
 * `{% for item in documentation %}…{% endfor %}`). The quick fix moves those lines into a user message in the
 * format's own syntax — Prompty `user:`, Dotprompt `{{role "user"}}`, PromptL `<user>`, a new GitHub
 * `- role: user` entry when the text is a literal block — or turns the whole message into a user message when
 * nothing else is left in it. VS Code instruction and agent files have no user message: no fix.
 */
export default defineRule({
  meta: {
    id: 'injection/untrusted-in-system-role',
    description: 'An untrusted input is interpolated into a system or developer message.',
    defaultSeverity: 'error',
    fixable: true,
    formats: ['prompty', 'dotprompt', 'github-prompt', 'copilot', 'promptl'],
  },
  check({ document, policy, report }) {
    const flow = analyzeFlow(document, policy);
    const byMessage = new Map<number, Map<string, { unit?: Span; uses: DataUse[] }>>();
    for (const use of flow.uses) {
      if (use.untrusted.length === 0 || use.generated) continue;
      const m = document.messages[use.message];
      if (m.role !== 'system' && m.role !== 'developer') continue;
      const unit = document.format === 'copilot' ? undefined : lineUnit(document, flow.blocks, use.index, m.content);
      const key = unit ? `${unit.offset}:${unit.endOffset}` : `e${use.index}`;
      let groups = byMessage.get(use.message);
      if (!groups) byMessage.set(use.message, (groups = new Map()));
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { unit, uses: [] }));
      group.uses.push(use);
    }
    for (const [index, groups] of byMessage) {
      const m = document.messages[index];
      const list = [...groups.values()];
      const units = list.map((g) => g.unit).filter((u): u is Span => u !== undefined);
      const spans = list.flatMap((g) => g.uses.map((u) => u.expression.span));
      const covered = (units.length === list.length && unitsCover(document, m, units)) || unitsCover(document, m, spans);
      // One fix per message: moving every unit at once keeps their order (see moveToUserFix).
      const fix: Fix | undefined = covered ? wholeMessageToUserFix(document, index) : moveToUserFix(document, index, units.sort((a, b) => a.offset - b.offset));
      for (const group of list) {
        const first = group.uses[0].expression.span;
        const last = group.uses[group.uses.length - 1].expression.span;
        const inputs = names(group.uses);
        report({
          span: { offset: first.offset, endOffset: last.endOffset },
          message: messageFor(document, m.role === 'developer' ? 'developer' : 'system', group.uses, inputs),
          evidence: {
            inputs,
            trust: group.uses[0].untrusted[0].why,
            role: m.roleText ?? m.role,
          },
          fixes: fix && group.unit ? [fix] : covered && fix ? [fix] : [],
        });
      }
    }
  },
});

function names(uses: readonly DataUse[]): string[] {
  // Most groups are one use of one input: no set needed.
  if (uses.length === 1 && uses[0].untrusted.length === 1) return [uses[0].untrusted[0].name];
  return [...new Set(uses.flatMap((u) => u.untrusted.map((t) => t.name)))];
}

/** `names` is `names(uses)`, computed once by the caller (it also goes into the evidence). */
function messageFor(doc: PromptDocument, role: string, uses: readonly DataUse[], names: readonly string[]): string {
  const inputs = names.map((n) => `'${n}'`).join(', ') + viaClause(doc, uses[0]);
  const plural = names.length > 1 ? 'inputs' : 'input';
  const media = uses.every((u) => u.kind === 'media');
  const where = doc.format === 'copilot' ? `this ${doc.variant === 'instructions' ? 'instructions file' : `${doc.variant} file`} (sent as ${role} instructions)` : `a ${role} message`;
  const what = media ? `Untrusted media ${plural} ${inputs} ${names.length > 1 ? 'are' : 'is'} attached to ${where}` : `Untrusted ${plural} ${inputs} ${names.length > 1 ? 'are' : 'is'} interpolated into ${where}`;
  const count = uses.length > 1 ? ` (${uses.length} places)` : '';
  const advice =
    doc.format === 'copilot'
      ? 'Pass it in the user prompt instead, or mark it trusted in the policy if only the author writes it.'
      : 'Move it into a user message, or mark it trusted (inputs.trusted in the policy) if only the application writes it.';
  return `${what}${count}: the model reads it with the authority of the instructions. ${advice}`;
}

/** This rule defines no regular expression of its own (its scanners live in shared/src/trust/). */
export const PATTERNS: readonly RegExp[] = [];
