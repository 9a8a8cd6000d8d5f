/**
 * Front-matter fields most formats share: governance metadata, model references, declared inputs and
 * `${file:…}` references, each read with the exact span of its value.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Input, MetaField, Metadata, PromptDocument, Span } from '../types';
import { asSeq, getIn, getNode, nodeSpan, pairsOf, scalarText, scalarValueSpan, stringValue, type YamlNode } from './yamlNodes';

type MetaKey = Exclude<keyof Metadata, 'extra' | 'maxOutputTokens'>;

/** Keys read as governance metadata, and the field each fills. */
const META_KEYS: Record<string, MetaKey> = {
  name: 'name',
  version: 'version',
  owner: 'owner',
  data_class: 'dataClass',
  dataClass: 'dataClass',
  'data-class': 'dataClass',
  retention: 'retention',
  description: 'description',
};

/** Nested metadata deeper than this is not flattened into `extra`. */
const MAX_EXTRA_DEPTH = 4;

export interface MetadataOptions {
  /** Dotprompt: `ext.<ns>.<key>` blocks and dotted top-level keys (`myco.owner`) are metadata too. */
  dotprompt?: boolean;
  /** Top-level keys that are metadata in this format (Prompty v1 `authors`, `tags`). */
  topLevelExtras?: string[];
  /** Key paths of the max-output-tokens setting, first found wins. */
  maxOutputTokens?: ReadonlyArray<ReadonlyArray<string | number>>;
}

/** Fills `doc.metadata` from the front matter's root mapping: top level first, then `metadata:`, then extensions. */
export function readMetadata(doc: PromptDocument, root: unknown, options: MetadataOptions = {}): void {
  const meta = doc.metadata;
  const set = (key: MetaKey, node: YamlNode, source: string) => {
    if (meta[key]) return;
    const field = metaField(doc.text, node, source);
    if (field) meta[key] = field;
  };
  const extra = (node: unknown, source: string, depth: number) => flattenExtra(doc, node, source, depth);

  for (const { key, pair } of pairsOf(root)) {
    if (Object.hasOwn(META_KEYS, key)) set(META_KEYS[key], pair.value as YamlNode, key);
  }
  for (const { key, pair } of pairsOf(getNode(root, 'metadata'))) {
    if (Object.hasOwn(META_KEYS, key) && metaField(doc.text, pair.value, `metadata.${key}`)) set(META_KEYS[key], pair.value as YamlNode, `metadata.${key}`);
    else extra(pair.value, `metadata.${key}`, 1);
  }
  if (options.dotprompt) {
    for (const { key: ns, pair } of pairsOf(getNode(root, 'ext'))) {
      if (Object.hasOwn(META_KEYS, ns) && metaField(doc.text, pair.value, `ext.${ns}`)) {
        set(META_KEYS[ns], pair.value as YamlNode, `ext.${ns}`);
        continue;
      }
      for (const { key, pair: inner } of pairsOf(pair.value)) {
        const source = `ext.${ns}.${key}`;
        if (Object.hasOwn(META_KEYS, key) && metaField(doc.text, inner.value, source)) set(META_KEYS[key], inner.value as YamlNode, source);
        else extra(inner.value, source, 2);
      }
      if (!isMap(pair.value)) extra(pair.value, `ext.${ns}`, 1);
    }
    for (const { key, pair } of pairsOf(root)) {
      if (!key.includes('.')) continue;
      const field = key.slice(key.lastIndexOf('.') + 1);
      if (Object.hasOwn(META_KEYS, field) && metaField(doc.text, pair.value, key)) set(META_KEYS[field], pair.value as YamlNode, key);
      else extra(pair.value, key, 1);
    }
  }
  for (const key of options.topLevelExtras ?? []) {
    const node = getNode(root, key);
    if (node) extra(node, key, 1);
  }
  for (const path of options.maxOutputTokens ?? []) {
    const node = getIn(root, path);
    const field = metaField(doc.text, node, path.join('.'));
    if (field) {
      meta.maxOutputTokens = field;
      break;
    }
  }
}

/** A scalar (or a list of scalars, joined with `, `) as a metadata field. */
export function metaField(text: string, node: unknown, source: string): MetaField | undefined {
  if (isScalar(node)) {
    const value = scalarText(node);
    const span = scalarValueSpan(text, node);
    return value !== undefined && span ? { value, span, source } : undefined;
  }
  const seq = asSeq(node);
  if (seq && seq.items.length > 0 && seq.items.every((i) => isScalar(i))) {
    const values = seq.items.map((i) => scalarText(i)).filter((v): v is string => v !== undefined);
    const span = nodeSpan(seq);
    return span ? { value: values.join(', '), span, source } : undefined;
  }
  return undefined;
}

function flattenExtra(doc: PromptDocument, node: unknown, source: string, depth: number): void {
  const field = metaField(doc.text, node, source);
  if (field) {
    doc.metadata.extra[source] = field;
    return;
  }
  if (depth >= MAX_EXTRA_DEPTH) return;
  for (const { key, pair } of pairsOf(node)) flattenExtra(doc, pair.value, `${source}.${key}`, depth + 1);
}

// ---------------------------------------------------------------------------------------------------
// Models

/** `${env:X}`, `${ENV:X}`, `${file:…}`: resolved at run time, so the id is only the reference. */
const INDIRECT = /\$\{[A-Za-z]+:[^}$]*\}/;

/** Adds the model named by a scalar node (a string as written, without quotes). */
export function addModel(doc: PromptDocument, node: unknown, source: string, provider?: string): void {
  const id = stringValue(node);
  const span = scalarValueSpan(doc.text, node);
  if (id === undefined || !span || id.trim() === '') return;
  const ref: PromptDocument['models'][number] = { id, span, source };
  if (provider) ref.provider = provider;
  if (INDIRECT.test(id)) ref.indirect = true;
  doc.models.push(ref);
}

// ---------------------------------------------------------------------------------------------------
// Inputs

const inputIndex = new WeakMap<PromptDocument, Map<string, Input>>();

/** The object without its `undefined` properties (keeps snapshots and deep-equal tests stable). */
export function clean<T extends object>(value: T): T {
  for (const k of Object.keys(value) as Array<keyof T>) if (value[k] === undefined) delete value[k];
  return value;
}

/** Adds an input, or completes the one already declared with that name (first declaration wins). */
export function addInput(doc: PromptDocument, input: Input): Input {
  clean(input);
  let index = inputIndex.get(doc);
  if (!index) inputIndex.set(doc, (index = new Map(doc.inputs.map((i) => [i.name, i]))));
  const existing = index.get(input.name);
  if (!existing) {
    doc.inputs.push(input);
    index.set(input.name, input);
    return input;
  }
  if (existing.sample === undefined && input.sample) existing.sample = input.sample;
  if (existing.type === undefined && input.type) existing.type = input.type;
  if (existing.trusted === undefined && input.trusted !== undefined) existing.trusted = input.trusted;
  return existing;
}

/** `trusted: true|false` or `x-promptgov-trusted: true|false` in an input's declaration. */
export function declaredTrust(node: unknown): boolean | undefined {
  for (const key of ['x-promptgov-trusted', 'trusted']) {
    const value = asScalarValue(getNode(node, key));
    if (typeof value === 'boolean') return value;
  }
  return undefined;
}

function asScalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** Applies a top-level (or `metadata:`) `x-promptgov-trusted: [names]` list to the declared inputs. */
export function applyTrustedList(doc: PromptDocument, root: unknown): void {
  for (const holder of [root, getNode(root, 'metadata')]) {
    const list = asSeq(getNode(holder, 'x-promptgov-trusted'));
    if (!list) continue;
    for (const item of list.items) {
      const name = stringValue(item);
      const input = name ? doc.inputs.find((i) => i.name === name) : undefined;
      if (input && input.trusted === undefined) input.trusted = true;
    }
  }
}

/** The name part of a key span (for Picoschema keys like `name?(array, desc)`), quotes excluded. */
export function nameSpanOfKey(text: string, keyNode: Span, name: string): Span {
  const at = text.indexOf(name, keyNode.offset);
  return at >= 0 && at + name.length <= keyNode.endOffset ? { offset: at, endOffset: at + name.length } : keyNode;
}

// ---------------------------------------------------------------------------------------------------
// `${file:…}` references

const FILE_REF = /\$\{file:([^}$\r\n]+)\}/g;

/** Every `${file:path}` in the front matter's string values, as a file reference spanning the path. */
export function collectFileReferences(doc: PromptDocument, root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const item of node.items) stack.push(item.value);
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isScalar(node) && typeof node.value === 'string' && node.value.includes('${file:')) {
      const span = scalarValueSpan(doc.text, node);
      if (!span) continue;
      const region = doc.text.slice(span.offset, span.endOffset);
      FILE_REF.lastIndex = 0;
      for (let m = FILE_REF.exec(region); m; m = FILE_REF.exec(region)) {
        const offset = span.offset + m.index + '${file:'.length;
        doc.references.push({ kind: 'file', name: m[1].trim(), span: { offset, endOffset: offset + m[1].length } });
      }
    }
  }
}
