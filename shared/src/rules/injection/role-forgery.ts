import type { PromptDocument, Severity } from '../../types';
import type { ResolvedPolicy } from '../../policy/resolved';
import { getIn } from '../../formats/yamlNodes';
import { chatTokenMarkers, findChatTokens } from '../../trust/chatTokens';
import { analyzeFlow, anyIn, atLineStart, endsRoleLine, helperName, literalText } from '../../trust/flow';
import { inputTrust } from '../../trust/trust';
import { defineRule, type Report } from '../rule';

/**
 * Places where text can pose as a role boundary:
 *
 * - Prompty splits messages after rendering, on lines such as `system:`. An untrusted expression at the
 *   start of a line can print one (`user:\n{{question}}` with a question whose first line is `system:`);
 *   a line whose role itself comes from input (`{{ item.role }}:`) hands the choice of role to the data.
 *   Not reported when the file enables Prompty's strict mode (`template: {format: {strict: true}}`), which
 *   rejects role markers that the template did not write.
 * - Dotprompt `{{role someInput}}` and PromptL `<message role="{{ someInput }}">`: the role is chosen by input.
 * - Chat-template control tokens written in the prompt text (`<|im_start|>`, `<|eot_id|>`, `[INST]`,
 *   `<<SYS>>`, `<start_of_turn>`, legacy `\n\nHuman:`): in plain template files (which may be raw chat
 *   templates for a local model) the tokens are the structure, and the untrusted inputs printed among them
 *   are reported instead, once per file.
 *
 * In examples and test data, and for the legacy `Human:`/`Assistant:` prefixes, findings are `info`.
 */
export default defineRule({
  meta: {
    id: 'injection/role-forgery',
    description: 'Text that can pose as a role boundary: untrusted input that can start a role line or choose a role, or chat-template tokens in prompt text.',
    defaultSeverity: 'warning',
    fixable: false,
    formats: ['prompty', 'dotprompt', 'github-prompt', 'copilot', 'promptl', 'template'],
  },
  check({ document, policy, report }) {
    if (document.format === 'prompty' && !strictMode(document)) checkPromptyLines(document, policy, report);
    if (document.format === 'dotprompt' || document.format === 'promptl') checkRoleChoice(document, policy, report);
    checkTokens(document, policy, report);
  },
});

/** Prompty 2 strict mode: `template: {format: {strict: true}}` (or `template: {strict: true}`). */
function strictMode(doc: PromptDocument): boolean {
  const root = doc.frontMatter?.yaml?.contents;
  for (const path of [['template', 'format', 'strict'], ['template', 'strict']]) {
    const node = getIn(root, path) as { value?: unknown } | null | undefined;
    if (node && node.value === true) return true;
  }
  return false;
}

function checkPromptyLines(doc: PromptDocument, policy: ResolvedPolicy, report: (r: Report) => void): void {
  const flow = analyzeFlow(doc, policy);
  const roleLines = new Set(flow.dynamicRoleLines);
  for (const use of flow.uses) {
    if (use.untrusted.length === 0 || use.kind !== 'text') continue;
    const e = use.expression;
    if (!atLineStart(doc.text, e.span.offset)) continue;
    const names = use.untrusted.map((t) => `'${t.name}'`).join(', ');
    const roleLine = roleLines.has(use.index) || endsRoleLine(doc.text, e.span.endOffset);
    // With text after it on the line, a one-line value cannot form a `role:` line (that takes a line break,
    // which any interpolation can carry; the rule reports where no line break is needed).
    if (!roleLine && !restOfLineBlank(doc.text, e.span.endOffset)) continue;
    if (roleLine) {
      report({
        span: e.span,
        message: `The role of this line comes from untrusted input ${names}: Prompty reads \`<role>:\` lines after rendering, so a value of \`system\` opens a system message. Check roles against a fixed list (user, assistant) in the application.`,
        evidence: { inputs: use.untrusted.map((t) => t.name), kind: 'role-from-input' },
      });
      continue;
    }
    report({
      span: e.span,
      message: `Untrusted input ${names} stands alone on its line: Prompty splits roles after rendering, so the value \`system:\` opens a system message. Put a label before it on the line, or enable strict mode (template: {format: {strict: true}}).`,
      evidence: { inputs: use.untrusted.map((t) => t.name), kind: 'line-start' },
    });
  }
}

function restOfLineBlank(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Dotprompt `{{role x}}`, PromptL `<message role="{{ x }}">`: a role chosen by an untrusted input. */
function checkRoleChoice(doc: PromptDocument, policy: ResolvedPolicy, report: (r: Report) => void): void {
  doc.expressions.forEach((e) => {
    if (e.kind === 'comment' || e.references.length === 0) return;
    const m = e.message >= 0 ? doc.messages[e.message] : undefined;
    const inMarker = doc.format === 'dotprompt' ? e.kind === 'helper' && helperName(e.source) === 'role' : !!m?.marker && e.span.offset >= m.marker.offset && e.span.endOffset <= m.marker.endOffset;
    if (!inMarker) return;
    const untrusted = e.references.filter((r) => !r.startsWith('@') && !inputTrust(doc, policy, r).trusted);
    if (untrusted.length === 0) return;
    report({
      span: e.span,
      message: `The message role is chosen by untrusted input ${untrusted.map((n) => `'${n}'`).join(', ')}: a value of \`system\` turns the text after it into instructions. Write the role as a literal.`,
      evidence: { inputs: untrusted, kind: 'role-from-input' },
    });
  });
}

function checkTokens(doc: PromptDocument, policy: ResolvedPolicy, report: (r: Report) => void): void {
  const structural: string[] = [];
  // Most messages hold no token: their literal text (a copy of the message) is not built.
  const markers = chatTokenMarkers(doc.text);
  for (const m of doc.messages) {
    if (!anyIn(markers, m.content.offset, m.content.endOffset)) continue;
    const tokens = findChatTokens(literalText(doc, m.content), m.content.offset);
    if (doc.format === 'template') {
      const strong = tokens.find((t) => !t.legacy);
      if (strong) structural.push(strong.token);
      continue;
    }
    for (const t of tokens) {
      const severity: Severity | undefined = t.legacy || m.kind !== 'instructions' ? 'info' : undefined;
      report({
        span: t.span,
        ...(severity ? { severity } : {}),
        message: t.legacy
          ? `'${t.token}' after a blank line is the legacy Anthropic turn prefix (\\n\\n${t.token}): completion-style models read it as a new turn. Write the dialogue without it, e.g. as "User:"/"Model:" inside a fenced example.`
          : `'${t.token}' is a ${t.family} chat-template token written as prompt text: a serving stack that parses special tokens in text turns it into a real turn boundary. Remove it, or describe it in words.`,
        evidence: { token: t.token, family: t.family, kind: 'chat-token' },
      });
    }
  }
  if (doc.format === 'template' && structural.length > 0) {
    const flow = analyzeFlow(doc, policy);
    const uses = flow.uses.filter((u) => u.untrusted.length > 0 && u.kind === 'text');
    if (uses.length === 0) return;
    const names = [...new Set(uses.flatMap((u) => u.untrusted.map((t) => `'${t.name}'`)))].join(', ');
    report({
      span: uses[0].expression.span,
      message: `This template writes its turns with chat-template tokens (${structural[0]}): untrusted input ${names} printed among them can contain the same tokens and forge a turn. Strip control tokens from untrusted values before rendering.`,
      evidence: { inputs: names, token: structural[0], kind: 'raw-chat-template' },
      fingerprintText: 'raw-chat-template',
    });
  }
}

/** This rule defines no regular expression of its own (its scanners live in shared/src/trust/). */
export const PATTERNS: readonly RegExp[] = [];
