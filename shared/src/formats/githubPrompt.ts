/**
 * GitHub Models prompt files (`*.prompt.yml|yaml`): one YAML mapping with `name, description, model,
 * modelParameters, responseFormat, jsonSchema, messages[{role, content}], testData[], evaluators[]`.
 * `{{var}}` in message contents is replaced as a plain string.
 *
 * The whole file is the "front matter" (its YAML) and the body. Files with this name that do not follow
 * the schema exist: each deviation is a `format/invalid-structure` problem ("not a GitHub Models prompt
 * file: …") and whatever prompt text can be found (e.g. a top-level `system:`) is still read as messages,
 * so that every content check runs.
 */
import { isScalar } from 'yaml';
import type { Message, PromptDocument, Role, Span } from '../types';
import { INVALID_STRUCTURE, finishDocument, newDocument, problem, scanContext } from './document';
import { addInput, addModel, applyTrustedList, clean, declaredTrust, readMetadata } from './fields';
import { isPlainObject } from './frontMatter';
import { scanGithub } from './templateScan/github';
import { asMap, asSeq, getNode, getPair, keySpan, lineSpanAt, nodeSpan, pairsOf, parseYamlRegion, scalarValueSpan, stringValue } from './yamlNodes';

const ROLES: Record<string, Role> = { system: 'system', user: 'user', assistant: 'assistant', developer: 'developer' };
/** Top-level keys some files use for prompt text outside `messages` (not part of the schema). */
const STRAY_PROMPT_KEYS: Record<string, Role> = { system: 'system', instructions: 'system', prompt: 'user', user: 'user', template: 'user' };

export function parseGithubPrompt(path: string, text: string): PromptDocument {
  const doc = newDocument(path, text, 'github-prompt', 'github');
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const yaml = parseYamlRegion(text, start, text.length);
  doc.comments.push(...yaml.comments);
  doc.problems.push(...yaml.problems);
  doc.frontMatter = {
    span: { offset: 0, endOffset: text.length },
    content: { offset: start, endOffset: text.length },
    yaml: yaml.doc,
    value: isPlainObject(yaml.value) ? (yaml.value as Record<string, unknown>) : undefined,
  };
  const root = yaml.doc?.contents;
  const notGithub = (span: Span, why: string) => doc.problems.push(problem(INVALID_STRUCTURE, span, `Not a GitHub Models prompt file: ${why}.`));

  if (!asMap(root)) {
    if (yaml.problems.length === 0 && text.slice(start).trim() !== '') notGithub(lineSpanAt(text, start), 'the file is not a YAML mapping of keys to values');
    return finishDocument(doc);
  }

  readMetadata(doc, root, {
    maxOutputTokens: [
      ['modelParameters', 'max_tokens'],
      ['modelParameters', 'maxTokens'],
      ['modelParameters', 'max_completion_tokens'],
      ['modelParameters', 'maxCompletionTokens'],
    ],
  });
  addModel(doc, getNode(root, 'model'), 'model');
  asSeq(getNode(root, 'evaluators'))?.items.forEach((evaluator, i) => {
    addModel(doc, getNode(getNode(evaluator, 'llm'), 'modelId'), `evaluators[${i}].llm.modelId`);
    addModel(doc, getNode(evaluator, 'modelId'), `evaluators[${i}].modelId`);
  });

  const ctx = scanContext(doc);
  const addMessage = (message: Message) => {
    doc.messages.push(message);
    if (message.kind === 'instructions') scanGithub(ctx, message.content.offset, message.content.endOffset);
  };

  // Prompt text at the top level (not part of the schema, but it is prompt text all the same).
  for (const { key, pair } of pairsOf(root)) {
    if (!Object.hasOwn(STRAY_PROMPT_KEYS, key)) continue;
    const content = scalarValueSpan(text, pair.value);
    const span = keySpan(pair);
    if (!content || !span || stringValue(pair.value) === undefined) continue;
    notGithub(span, `the top-level \`${key}\` key is not part of the schema (prompt text belongs in \`messages[].content\`)`);
    addMessage({ role: STRAY_PROMPT_KEYS[key], roleText: key, marker: span, content, kind: 'instructions' });
  }

  const messagesPair = getPair(root, 'messages');
  const messages = asSeq(messagesPair?.value);
  if (!messagesPair) {
    const first = pairsOf(root)[0];
    notGithub((first && keySpan(first.pair)) ?? lineSpanAt(text, start), '`messages` is missing');
  } else if (!messages) {
    notGithub(nodeSpan(messagesPair.value) ?? keySpan(messagesPair)!, '`messages` must be a list of `{role, content}` entries');
  } else {
    messages.items.forEach((item, i) => {
      const where = nodeSpan(item) ?? keySpan(messagesPair)!;
      if (!asMap(item)) {
        notGithub(where, `\`messages[${i}]\` must be a mapping with \`role\` and \`content\``);
        return;
      }
      const rolePair = getPair(item, 'role');
      const roleText = stringValue(rolePair?.value);
      const contentNode = getNode(item, 'content');
      const content = stringValue(contentNode) !== undefined ? scalarValueSpan(text, contentNode) : undefined;
      let role: Role = 'unknown';
      if (!rolePair || roleText === undefined) notGithub(where, `\`messages[${i}]\` has no \`role\``);
      else if (Object.hasOwn(ROLES, roleText.toLowerCase())) role = ROLES[roleText.toLowerCase()];
      else notGithub(scalarValueSpan(text, rolePair.value) ?? where, `unknown role \`${roleText}\` in \`messages[${i}]\` (use system, user or assistant)`);
      if (!content) {
        notGithub(where, `\`messages[${i}]\` has no text \`content\``);
        return;
      }
      const message: Message = { role, content, kind: 'instructions' };
      if (roleText !== undefined) message.roleText = roleText;
      const markerStart = rolePair ? keySpan(rolePair)?.offset : undefined;
      const markerEnd = nodeSpan(rolePair?.value)?.endOffset;
      if (markerStart !== undefined && markerEnd !== undefined) message.marker = { offset: markerStart, endOffset: markerEnd };
      addMessage(message);
    });
  }

  readVariables(doc, root);
  readTestData(doc, root);
  applyTrustedList(doc, root);
  return finishDocument(doc, { markExamples: true });
}

/**
 * `testData: [{input: …, expected: …}]`: every key but `expected` is a template variable with a sample
 * value (a nested `inputs:` mapping is read too); values become `test-data` messages, `expected` an
 * example answer.
 */
function readTestData(doc: PromptDocument, root: unknown): void {
  const entries = asSeq(getNode(root, 'testData'));
  if (!entries) return;
  for (const entry of entries.items) {
    for (const { key, pair } of pairsOf(entry)) {
      if (key === 'expected') {
        const content = valueSpan(doc.text, pair.value);
        if (content) doc.messages.push(clean({ role: 'assistant', roleText: key, marker: keySpan(pair), content, kind: 'example' }));
        continue;
      }
      const nested = key === 'inputs' && asMap(pair.value) ? pairsOf(pair.value) : [{ key, pair }];
      for (const { key: name, pair: inner } of nested) {
        const span = keySpan(inner);
        const content = valueSpan(doc.text, inner.value);
        if (!span) continue;
        addInput(doc, { name, span, source: 'github-test-data', sample: content });
        if (content) doc.messages.push({ role: 'user', roleText: name, marker: span, content, kind: 'test-data' });
      }
    }
  }
}

/** `variables: [{name, description}]` or `variables: {name: {…}}` (used by some tools; not in the schema). */
function readVariables(doc: PromptDocument, root: unknown): void {
  const variables = getNode(root, 'variables');
  for (const item of asSeq(variables)?.items ?? []) {
    const nameNode = getNode(item, 'name');
    const name = stringValue(nameNode);
    const span = scalarValueSpan(doc.text, nameNode);
    if (name && span) addInput(doc, { name, span, source: 'github-variables', trusted: declaredTrust(item) });
  }
  for (const { key, pair } of pairsOf(variables)) {
    const span = keySpan(pair);
    if (span) addInput(doc, { name: key, span, source: 'github-variables', trusted: declaredTrust(pair.value) });
  }
}

function valueSpan(text: string, node: unknown): Span | undefined {
  if (node === null || node === undefined) return undefined;
  if (isScalar(node) && (node.value === null || node.value === undefined)) return undefined;
  return scalarValueSpan(text, node) ?? nodeSpan(node);
}
