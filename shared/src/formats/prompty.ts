/**
 * Prompty (`.prompty`): YAML front matter between `---` (or `+++`) lines, then a Jinja2 (default) or
 * Mustache body split into messages by role-marker lines (`system:`, `# user:`, `assistant[name="x"]:`,
 * case-insensitive, alone on their line). Text before the first marker is a system message.
 *
 * Both generations of keys are read: v1 `model: {api, configuration: {type, azure_deployment, …},
 * parameters}`, `inputs: {x: {type, sample}}`, top-level `sample:`; v2 `model: {id, provider, options}` or
 * `model: <id>`, `inputs` as a list or a mapping, `metadata`, `template`.
 */
import type { Message, PromptDocument, Role, TemplateEngine } from '../types';
import { finishDocument, newDocument, scanContext } from './document';
import { addInput, addModel, applyTrustedList, collectFileReferences, declaredTrust, readMetadata } from './fields';
import { readFrontMatter } from './frontMatter';
import { lineEndAt, nextLineStart, trimSpan } from './lines';
import { scanHandlebars } from './templateScan/handlebars';
import { scanJinja } from './templateScan/jinja';
import { asMap, asSeq, getIn, getNode, keySpan, nodeSpan, pairsOf, scalarValueSpan, stringValue } from './yamlNodes';

/** A role-marker line, trimmed: optional `#`s, a role, optional `[key=value, …]`, a colon. */
const ROLE_LINE = /^#{0,6}[ \t]*([A-Za-z]+)[ \t]*(?:(\[[^\]\r\n]*\])[ \t]*)?:$/;
const ROLES: Record<string, Role> = {
  system: 'system',
  user: 'user',
  assistant: 'assistant',
  developer: 'developer',
  tool: 'tool',
  function: 'tool',
};

export function parsePrompty(path: string, text: string): PromptDocument {
  const doc = newDocument(path, text, 'prompty', 'jinja');
  const fm = readFrontMatter(text, { plusFence: true, indentedFence: true });
  doc.comments.push(...fm.comments);
  doc.problems.push(...fm.problems);
  doc.body = { offset: fm.bodyStart, endOffset: text.length };
  const root = fm.frontMatter?.yaml?.contents;
  if (fm.frontMatter) doc.frontMatter = fm.frontMatter;

  doc.engine = templateEngine(root);
  readMetadata(doc, root, {
    topLevelExtras: ['authors', 'tags'],
    maxOutputTokens: [
      ['model', 'parameters', 'max_tokens'],
      ['model', 'parameters', 'max_completion_tokens'],
      ['model', 'options', 'maxOutputTokens'],
      ['model', 'options', 'max_tokens'],
      ['model', 'options', 'maxTokens'],
    ],
  });
  readModels(doc, root);
  readInputs(doc, root);
  collectFileReferences(doc, root);

  const ctx = scanContext(doc);
  if (doc.engine === 'mustache') scanHandlebars(ctx, doc.body.offset, doc.body.endOffset, 'mustache');
  else scanJinja(ctx, doc.body.offset, doc.body.endOffset);
  doc.messages.push(...splitMessages(text, doc.body.offset, doc.body.endOffset));
  return finishDocument(doc, { markExamples: true });
}

/** `template: mustache`, `template: {format: mustache}`, `template: {format: {kind: mustache}}`, v1 `{type: …}`. */
function templateEngine(root: unknown): TemplateEngine {
  const template = getNode(root, 'template');
  const kind =
    stringValue(template) ??
    stringValue(getNode(template, 'type')) ??
    stringValue(getNode(template, 'format')) ??
    stringValue(getIn(template, ['format', 'kind']));
  return kind && kind.toLowerCase() === 'mustache' ? 'mustache' : 'jinja';
}

function readModels(doc: PromptDocument, root: unknown): void {
  const model = getNode(root, 'model');
  if (stringValue(model) !== undefined) {
    addModel(doc, model, 'model');
    return;
  }
  const provider = stringValue(getNode(model, 'provider'));
  addModel(doc, getNode(model, 'id'), 'model.id', provider);
  const configuration = getNode(model, 'configuration');
  const type = stringValue(getNode(configuration, 'type'));
  for (const key of ['azure_deployment', 'model', 'name']) {
    addModel(doc, getNode(configuration, key), `model.configuration.${key}`, type);
  }
}

function readInputs(doc: PromptDocument, root: unknown): void {
  const inputs = getNode(root, 'inputs');
  const seq = asSeq(inputs);
  if (seq) {
    // v2 list form: `- {name, kind, default, sample, example}`.
    for (const item of seq.items) {
      const nameNode = getNode(item, 'name');
      const name = stringValue(nameNode);
      const span = scalarValueSpan(doc.text, nameNode);
      if (!name || !span) continue;
      addInput(doc, {
        name,
        span,
        source: 'prompty-inputs',
        type: stringValue(getNode(item, 'kind')) ?? stringValue(getNode(item, 'type')),
        trusted: declaredTrust(item),
        sample: sampleSpan(doc.text, item),
      });
    }
  }
  for (const { key, pair } of pairsOf(inputs)) {
    const span = keySpan(pair);
    if (!span) continue;
    const value = pair.value;
    if (asMap(value)) {
      addInput(doc, {
        name: key,
        span,
        source: 'prompty-inputs',
        type: stringValue(getNode(value, 'type')) ?? stringValue(getNode(value, 'kind')),
        trusted: declaredTrust(value),
        sample: sampleSpan(doc.text, value),
      });
    } else {
      // Scalar shorthand `firstName: Jane`: the value is the default.
      addInput(doc, { name: key, span, source: 'prompty-inputs', sample: valueSpan(doc.text, value) });
    }
  }
  // v1 top-level `sample:` mapping: sample values of inputs (declaring them when `inputs` does not).
  for (const { key, pair } of pairsOf(getNode(root, 'sample'))) {
    const span = keySpan(pair);
    if (span) addInput(doc, { name: key, span, source: 'default', sample: valueSpan(doc.text, pair.value) });
  }
  applyTrustedList(doc, root);
}

function sampleSpan(text: string, declaration: unknown) {
  for (const key of ['sample', 'default', 'example']) {
    const node = getNode(declaration, key);
    if (node) return valueSpan(text, node);
  }
  return undefined;
}

function valueSpan(text: string, node: unknown) {
  return scalarValueSpan(text, node) ?? nodeSpan(node);
}

/** Messages from role-marker lines; the text before the first marker (if any) is a system message. */
export function splitMessages(text: string, start: number, end: number): Message[] {
  const messages: Message[] = [];
  let current: { role: Role; roleText?: string; marker?: { offset: number; endOffset: number } } = { role: 'system' };
  let contentStart = start;
  const push = (contentEnd: number) => {
    const content = trimSpan(text, contentStart, contentEnd);
    const blank = content.offset === content.endOffset;
    if (blank && !current.marker) return;
    const m: Message = { role: current.role, content, kind: 'instructions' };
    if (current.roleText !== undefined) m.roleText = current.roleText;
    if (current.marker) m.marker = current.marker;
    messages.push(m);
  };
  for (let line = start; line < end; ) {
    const lineEnd = lineEndAt(text, line, end);
    // Only lines short enough to be a marker are tested (keeps the check cheap on long lines).
    if (lineEnd - line <= 200) {
      const raw = text.slice(line, lineEnd);
      const trimmed = raw.trim();
      const m = ROLE_LINE.exec(trimmed);
      const role = m && Object.hasOwn(ROLES, m[1].toLowerCase()) ? ROLES[m[1].toLowerCase()] : undefined;
      if (m && role) {
        push(line);
        const markerStart = line + raw.indexOf(trimmed);
        current = { role, roleText: m[1], marker: { offset: markerStart, endOffset: markerStart + trimmed.length } };
        contentStart = nextLineStart(text, line, end);
        line = contentStart;
        continue;
      }
    }
    const next = nextLineStart(text, line, end);
    if (next <= line) break;
    line = next;
  }
  push(end);
  return messages;
}
