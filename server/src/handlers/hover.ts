/**
 * Hover:
 * - on a finding: the rule's description, the finding's message and evidence ("why", already masked by
 *   the engine), its severity and origin, and a link to the rule's documentation;
 * - on a model reference: approved or not by the policy, deprecated (sunset, replacement), alias used;
 * - on a template expression or a declared input: the variable, whether it is raw, trusted, delimited;
 * - on a message (marker or content): role, kind and its token count (the encoding of the file's model
 *   family, the policy's `budgets.encoding` otherwise; ranks loaded on first use by the shared tokenizer);
 * - on `version:`: the file's recent versions from `git log`.
 */
import picomatch from 'picomatch';
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { ruleConfig } from '../../../shared/src/policy/resolve';
import { findModelPattern, matchModelPattern, normalizeModelId } from '../../../shared/src/models/normalize';
import { rulesById } from '../../../shared/src/rules';
import { ruleDocsUrl } from '../../../shared/src/rules/rule';
import type { Evidence, Finding, PromptDocument } from '../../../shared/src/types';
import type { ResolvedPolicy } from '../../../shared/src/policy/resolved';
import { spanContains } from '../positions';
import type { Checked, ServerState } from '../state';
import { countTokens, encodingForModel } from '../../../shared/src/governance/tokens';
import { fileHistory } from '../git';
import { parseDocument } from '../../../shared/src/formats';

export function registerHover(state: ServerState): void {
  state.connection.onHover(state.guard('textDocument/hover', null, (params) => hover(state, params)));
}

export async function hover(state: ServerState, params: HoverParams): Promise<Hover | null> {
  const checked = state.checkOpen(params?.textDocument?.uri);
  const analysis = checked?.analysis;
  if (!checked || !analysis) return null;
  const offset = checked.lines.offset(params.position);
  const doc = analysis.document;
  const sections: string[] = [];
  let range: { offset: number; endOffset: number } | undefined;

  const findings = analysis.output.findings.filter((f) => spanContains(f, offset));
  for (const f of findings) {
    sections.push(findingSection(f, checked.policy.policy));
    range ??= f;
  }

  const model = doc.models.find((m) => spanContains(m.span, offset));
  if (model) {
    sections.push(modelSection(doc, model, checked.policy.policy));
    range ??= model.span;
  }

  const expression = doc.expressions.find((e) => e.kind === 'variable' && spanContains(e.span, offset));
  if (expression) {
    sections.push(expressionSection(doc, expression.variable ?? expression.source, expression.raw, expression.delimiter?.kind, expression.delimiter?.name, checked.policy.policy));
    range ??= expression.span;
  }
  const input = doc.inputs.find((i) => spanContains(i.span, offset));
  if (input) {
    sections.push(inputSection(input.name, input.type, input.trusted, input.source, checked.policy.policy));
    range ??= input.span;
  }

  const version = doc.metadata.version;
  if (version && spanContains(version.span, offset) && checked.location.onDisk) {
    sections.push(await versionSection(doc, version.value, checked.location.path));
    range ??= version.span;
  }

  const messageIndex = doc.messages.findIndex((m) => (m.marker && spanContains(m.marker, offset)) || (!sections.length && spanContains(m.content, offset)));
  if (messageIndex >= 0) {
    sections.push(messageSection(doc, messageIndex, checked.policy.policy));
    const m = doc.messages[messageIndex];
    range ??= m.marker && spanContains(m.marker, offset) ? m.marker : undefined;
  }

  if (sections.length === 0) return null;
  const value = sections.join('\n\n---\n\n');
  return {
    contents: state.features.hoverMarkdown ? { kind: MarkupKind.Markdown, value } : { kind: MarkupKind.PlainText, value: plain(value) },
    ...(range ? { range: checked.lines.range(range) } : {}),
  };
}

function findingSection(f: Finding, policy: ResolvedPolicy): string {
  const rule = rulesById.get(f.ruleId);
  const lines = [`**${f.ruleId}** (${f.severity})${rule ? ` — ${escape(rule.meta.description)}` : ''}`, '', escape(f.message)];
  const why = evidenceText(f.evidence);
  if (why) lines.push('', `*Why:* ${why}`);
  if (rule) {
    const origin = ruleConfig(policy, rule.meta).origin;
    if (origin) lines.push('', `*Severity set by:* ${escape(origin.file)} \`${origin.keyPath}\``);
  }
  if (f.fixes.length) lines.push('', `*Fixes:* ${f.fixes.map((x) => escape(x.title)).join('; ')}`);
  lines.push('', `[Documentation for ${f.ruleId}](${ruleDocsUrl(f.ruleId)})`);
  return lines.join('\n');
}

/** Evidence as one line: detector, validators, context words, policy line, confidence, other plain fields. */
export function evidenceText(e: Evidence): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(e ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    let text: string;
    if (Array.isArray(value)) {
      const items = value.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)).map(String);
      if (!items.length) continue;
      text = items.slice(0, 8).join(', ') + (items.length > 8 ? ` (+${items.length - 8})` : '');
    } else if (typeof value === 'number') {
      text = key === 'confidence' && value <= 1 ? `${Math.round(value * 100)}%` : String(value);
    } else if (typeof value === 'string' || typeof value === 'boolean') {
      text = String(value);
    } else continue;
    if (text.length > 120) text = `${text.slice(0, 119)}…`;
    parts.push(`${key}: ${escape(text)}`);
  }
  return parts.join(' · ');
}

function modelSection(doc: PromptDocument, ref: PromptDocument['models'][number], policy: ResolvedPolicy): string {
  const model = normalizeModelId(ref, policy);
  const lines = [`**Model** \`${ref.id}\`${model.id !== ref.id ? ` → \`${model.id}\`` : ''}${model.alias ? ` (alias \`${model.alias}\`)` : ''}`, ''];
  if (model.unresolved) {
    lines.push('Resolved at run time: the policy cannot check it offline.');
    return lines.join('\n');
  }
  const approved = policy.models.approved;
  if (!approved) lines.push('✅ Approved: the policy has no `models.approved` list, so every model is.');
  else {
    const pattern = findModelPattern(model, approved);
    lines.push(pattern ? `✅ Approved by the policy (\`${pattern}\`).` : `❌ Not approved by the policy (models.approved: ${approved.map((p) => `\`${p}\``).join(', ') || 'empty'}).`);
  }
  const deprecated = (policy.models.deprecated ?? []).find((d) => matchModelPattern(model, d.id));
  if (deprecated) {
    lines.push('', `⚠️ Deprecated${deprecated.sunset ? `, sunset ${deprecated.sunset}` : ''}${deprecated.replacement ? `; use \`${deprecated.replacement}\` instead` : ''}.`);
  }
  lines.push('', `*Read from:* \`${ref.source}\`${ref.provider ? ` (provider ${ref.provider})` : ''} in this ${doc.format} file.`);
  return lines.join('\n');
}

function trustOf(name: string, declared: boolean | undefined, policy: ResolvedPolicy): string {
  if (declared !== undefined) return declared ? 'trusted (declared in the file)' : 'untrusted (declared in the file)';
  const trusted = policy.inputs.trusted ?? [];
  return trusted.length && picomatch.isMatch(name, trusted) ? 'trusted (policy inputs.trusted)' : 'untrusted (policy inputs)';
}

function expressionSection(doc: PromptDocument, variable: string, raw: boolean, delimiterKind: string | undefined, delimiterName: string | undefined, policy: ResolvedPolicy): string {
  const input = doc.inputs.find((i) => i.name === variable);
  const lines = [
    `**Variable** \`${variable}\``,
    '',
    `${raw ? 'Inserted raw (not escaped)' : 'Escaped on output'}; ${delimiterKind ? `inside ${delimiterKind} \`${delimiterName}\`` : 'not fenced off by a delimiter'}.`,
    '',
    input ? `Declared input${input.type ? ` (${input.type})` : ''}, ${trustOf(variable, input.trusted, policy)}.` : `Not a declared input; ${trustOf(variable, undefined, policy)}.`,
  ];
  return lines.join('\n');
}

function inputSection(name: string, type: string | undefined, trusted: boolean | undefined, source: string, policy: ResolvedPolicy): string {
  return [`**Input** \`${name}\`${type ? ` (${type})` : ''}`, '', `Declared by ${source}; ${trustOf(name, trusted, policy)}.`].join('\n');
}

/** The file's recent versions from `git log` (absent outside a repository). */
async function versionSection(doc: PromptDocument, current: string, path: string): Promise<string> {
  const lines = [`**Version** ${code(current)}`];
  const history = await fileHistory(path, 5);
  if (history.length) {
    lines.push('', 'Recent versions (git log):', '');
    for (const rev of history) {
      const then = parseDocument(doc.path, rev.text, doc.format).metadata.version?.value ?? 'no version';
      lines.push(`- ${code(then)} · ${rev.date} · ${escape(rev.author)} · ${escape(rev.subject.slice(0, 80))} (${rev.commit.slice(0, 7)})`);
    }
  }
  return lines.join('\n');
}

/** Role, kind and token count of a message; the encoding follows the file's model (shared/src/governance/tokens.ts). */
function messageSection(doc: PromptDocument, index: number, policy: ResolvedPolicy): string {
  const m = doc.messages[index];
  const text = doc.text.slice(m.content.offset, m.content.endOffset);
  const model = doc.models[0] ? normalizeModelId(doc.models[0], policy) : undefined;
  const choice = encodingForModel(model && !model.unresolved ? model.id : undefined, policy.budgets.encoding);
  const count = countTokens(text, choice.encoding);
  const how = count.exact && choice.exact ? 'exact' : `approximate: ${choice.reason}`;
  const tokens = `${count.tokens.toLocaleString('en-US')} tokens (${count.encoding}, ${how}; template syntax included)`;
  const role = m.roleText && m.roleText.toLowerCase() !== m.role ? `${m.role} (written \`${m.roleText}\`)` : m.role;
  return [`**Message ${index + 1}** — role: ${role}, kind: ${m.kind}`, '', tokens].join('\n');
}

/** An inline code span (backticks inside would end it early). */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function plain(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]<>|])/g, '$1').replace(/[*`]/g, '');
}
