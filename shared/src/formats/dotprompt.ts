/**
 * Dotprompt (`.prompt`, Genkit): `#` comment lines may precede the `---` front matter; the body is
 * Handlebars compiled without escaping. Messages are split where Dotprompt splits them after rendering:
 * at `{{role "…"}}` (`model` is the assistant) and after `{{history}}` (what follows is a model message);
 * text before any marker is a user message.
 *
 * File names: `_name.prompt` is a partial (variant `partial`); `name.variant.prompt` has a variant.
 * Inputs come from `input.schema` (Picoschema or JSON Schema) and `input.default` (samples).
 */
import type { ExpressionKind, Message, PromptDocument, Role } from '../types';
import { finishDocument, newDocument, scanContext, textWithout } from './document';
import { addInput, addModel, applyTrustedList, clean, collectFileReferences, declaredTrust, nameSpanOfKey, readMetadata } from './fields';
import { readFrontMatter } from './frontMatter';
import { trimSpan } from './lines';
import { scanHandlebars, type RoleMarker } from './templateScan/handlebars';
import { asMap, getNode, keySpan, nodeSpan, pairsOf, scalarValueSpan, stringValue } from './yamlNodes';

const ROLES: Record<string, Role> = { system: 'system', user: 'user', model: 'assistant', assistant: 'assistant', tool: 'tool', developer: 'developer' };

/** Variant from the file name: `partial` for `_x.prompt`, `v2` for `x.v2.prompt`. */
export function dotpromptVariant(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.startsWith('_')) return 'partial';
  const stem = base.slice(0, -'.prompt'.length);
  const dot = stem.indexOf('.');
  return dot > 0 && dot < stem.length - 1 ? stem.slice(dot + 1) : undefined;
}

export function parseDotprompt(path: string, text: string): PromptDocument {
  const doc = newDocument(path, text, 'dotprompt', 'handlebars', dotpromptVariant(path));
  const fm = readFrontMatter(text, { leadingComments: true });
  doc.comments.push(...fm.comments);
  doc.problems.push(...fm.problems);
  doc.body = { offset: fm.bodyStart, endOffset: text.length };
  if (fm.frontMatter) doc.frontMatter = fm.frontMatter;
  const root = fm.frontMatter?.yaml?.contents;

  readMetadata(doc, root, { dotprompt: true, maxOutputTokens: [['config', 'maxOutputTokens']] });
  addModel(doc, getNode(root, 'model'), 'model');
  readInputs(doc, root);
  collectFileReferences(doc, root);

  const markers = scanHandlebars(scanContext(doc), doc.body.offset, doc.body.endOffset, 'dotprompt');
  doc.messages.push(...splitMessages(doc, markers));
  return finishDocument(doc, { markExamples: true });
}

const COMMENTS = new Set<ExpressionKind>(['comment']);

/** Messages between role/history markers; text before any marker (comments aside) is a user message. */
function splitMessages(doc: PromptDocument, markers: RoleMarker[]): Message[] {
  const { text } = doc;
  const messages: Message[] = [];
  const cursor = { next: 0 };
  let current: { role: Role; roleText?: string; marker?: RoleMarker['span'] } = { role: 'user' };
  let from = doc.body.offset;
  const push = (to: number) => {
    const content = trimSpan(text, from, to);
    if (!current.marker && textWithout(doc, from, to, COMMENTS, cursor).trim() === '') return;
    const m: Message = { role: current.role, content, kind: 'instructions' };
    if (current.roleText !== undefined) m.roleText = current.roleText;
    if (current.marker) m.marker = current.marker;
    messages.push(m);
  };
  for (const marker of markers) {
    push(marker.span.offset);
    if (marker.kind === 'role') {
      const roleText = marker.role ?? '';
      current = { role: Object.hasOwn(ROLES, roleText) ? ROLES[roleText] : 'unknown', roleText, marker: marker.span };
    } else {
      // After `{{history}}` Dotprompt continues with a model message.
      current = { role: 'assistant', roleText: 'model' };
    }
    from = marker.span.endOffset;
  }
  push(doc.body.endOffset);
  return messages;
}

function readInputs(doc: PromptDocument, root: unknown): void {
  const input = getNode(root, 'input');
  const schema = getNode(input, 'schema');
  if (asMap(schema)) {
    const properties = getNode(schema, 'properties');
    const jsonSchema = asMap(properties) !== undefined || stringValue(getNode(schema, 'type')) !== undefined;
    if (jsonSchema) {
      for (const { key, pair } of pairsOf(properties)) {
        const span = keySpan(pair);
        if (!span) continue;
        addInput(doc, clean({ name: key, span, source: 'json-schema', type: stringValue(getNode(pair.value, 'type')), trusted: declaredTrust(pair.value) }));
      }
    } else {
      for (const { key, pair } of pairsOf(schema)) {
        const parsed = parsePicoschemaKey(key);
        const span = keySpan(pair);
        if (!parsed || !span) continue;
        const value = pair.value;
        const valueText = stringValue(value);
        const type = parsed.type ?? (valueText !== undefined ? valueText.split(',')[0].trim() : asMap(value) ? 'object' : undefined);
        addInput(doc, clean({ name: parsed.name, span: nameSpanOfKey(doc.text, span, parsed.name), source: 'picoschema', type, trusted: declaredTrust(value) }));
      }
    }
  }
  for (const { key, pair } of pairsOf(getNode(input, 'default'))) {
    const span = keySpan(pair);
    if (!span) continue;
    addInput(doc, { name: key, span, source: 'default', sample: scalarValueSpan(doc.text, pair.value) ?? nodeSpan(pair.value) });
  }
  applyTrustedList(doc, root);
}

/** `name`, `name?`, `name(array)`, `name?(object, description)`; the wildcard `(*)` is no input. */
export function parsePicoschemaKey(key: string): { name: string; optional: boolean; type?: string } | undefined {
  const paren = key.indexOf('(');
  let head = (paren >= 0 ? key.slice(0, paren) : key).trim();
  if (!head) return undefined;
  const optional = head.endsWith('?');
  if (optional) head = head.slice(0, -1).trim();
  if (!head) return undefined;
  let type: string | undefined;
  if (paren >= 0) {
    const inner = key.slice(paren + 1, key.lastIndexOf(')') > paren ? key.lastIndexOf(')') : undefined);
    type = inner.split(',')[0].trim() || undefined;
  }
  return { name: head, optional, type };
}
