/**
 * Redaction fixes for sensitive values, in the style the policy picks (`redaction.style`):
 *   label    → `[REDACTED_EMAIL]`
 *   variable → a template variable in the file's own syntax (`{{customer_email}}`, `${input:customer_email}`)
 *   mask     → the masked form (`j***@e***.com`)
 * Every sensitive-data rule builds its fix here, so the CLI's `fix` and the editor apply the same edits.
 */
import type { Fix, PromptDocument, Span, TemplateEngine, TextEdit } from '../types';
import type { ResolvedPolicy } from '../policy/resolved';
import { asMap, asSeq, getNode } from '../formats/yamlNodes';
import { mask, type MaskKind } from './mask';

export type RedactionStyle = 'label' | 'variable' | 'mask';

export function redactionLabel(entity: string): string {
  // Every finding asks; there are a few dozen entities.
  let label = labels.get(entity);
  if (label === undefined) {
    label = `[REDACTED_${entity.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}]`;
    labels.set(entity, label);
  }
  return label;
}

const labels = new Map<string, string>();

/** A variable reference in the template language of `engine`, or undefined where there is none. */
export function variableSyntax(engine: TemplateEngine, name: string): string | undefined {
  switch (engine) {
    case 'jinja':
    case 'promptl':
      return `{{ ${name} }}`;
    case 'handlebars':
    case 'mustache':
    case 'github':
      return `{{${name}}}`;
    case 'copilot':
      return `\${input:${name}}`;
    default:
      return undefined;
  }
}

export interface RedactionOptions {
  /** Entity name (`email`, `phone`, `openai`, …); used for the label and the variable name. */
  entity: string;
  /** How to mask for the `mask` style. */
  maskKind?: MaskKind;
  /** Variable name for the `variable` style (default: the entity with `_` separators). */
  variableName?: string;
  /**
   * For the `variable` style: also declare the variable as an input where the format declares inputs
   * (Dotprompt `input.schema`, Prompty `inputs`), as a second edit of the same fix. Default true.
   */
  declareInput?: boolean;
  /** `mask(value, maskKind)`, when the caller has it already (for its message). */
  masked?: string;
}

/**
 * The fixes offered for a sensitive value at `span`: the policy's style first, then the others.
 *
 * Inside YAML (front matter, GitHub Models files) a replacement that would change the YAML's meaning at the
 * start of a plain scalar (`[REDACTED_EMAIL]` is a flow sequence, `****` an alias, `{{x}}` a flow mapping)
 * is double-quoted when the value is the whole scalar; otherwise the label is written without brackets and
 * the other styles are not offered. The `variable` style is offered only inside message content (front
 * matter, test data and samples are not rendered as templates).
 */
export function redactionFixes(doc: PromptDocument, policy: ResolvedPolicy, span: Span, options: RedactionOptions): Fix[] {
  const preferred: RedactionStyle = policy.redaction.style ?? 'label';
  const styles = STYLE_ORDER.get(preferred) ?? [preferred, 'label', 'variable', 'mask'];
  const value = doc.text.slice(span.offset, span.endOffset);
  const yaml = yamlContext(doc, span);
  const fixes: Fix[] = [];
  for (const style of styles) {
    if (style === 'variable' && !inTemplate(doc, span)) continue;
    const raw = replacementFor(doc, style, value, options);
    if (raw === undefined) continue;
    const text = yaml ? yamlSafe(raw, style, yaml) : raw;
    if (text === undefined) continue;
    const edit: TextEdit = { offset: span.offset, endOffset: span.endOffset, text };
    const declaration = style === 'variable' && options.declareInput !== false ? inputDeclaration(doc, variableNameOf(options)) : undefined;
    fixes.push(declaration ? { title: `${titleFor(style, text)} and declare the input`, edits: [declaration, edit] } : { title: titleFor(style, text), edits: [edit] });
  }
  return fixes;
}

/** The styles in the order offered, by preferred style. */
const STYLE_ORDER: ReadonlyMap<string, readonly RedactionStyle[]> = new Map([
  ['label', ['label', 'variable', 'mask']],
  ['variable', ['variable', 'label', 'mask']],
  ['mask', ['mask', 'label', 'variable']],
]);

function variableNameOf(options: RedactionOptions): string {
  return options.variableName ?? options.entity.replace(/[^a-zA-Z0-9]+/g, '_');
}

function replacementFor(doc: PromptDocument, style: RedactionStyle, value: string, options: RedactionOptions): string | undefined {
  switch (style) {
    case 'label':
      return redactionLabel(options.entity);
    case 'mask':
      return options.masked ?? mask(value, options.maskKind);
    case 'variable':
      return variableSyntax(doc.engine, variableNameOf(options));
  }
}

/** The span is in text that is rendered as a template: a message's content (not front matter keys, test data). */
function inTemplate(doc: PromptDocument, span: Span): boolean {
  // Every finding asks: a loop, not a closure per call.
  for (const m of doc.messages) {
    if (m.kind !== 'test-data' && m.kind !== 'sample' && span.offset >= m.content.offset && span.endOffset <= m.content.endOffset) return true;
  }
  return false;
}

interface YamlPosition {
  /** The value starts a plain scalar (after `key: `, `- ` or at the start of a line). */
  startsScalar: boolean;
  /** Only blanks or a comment follow the value on its line. */
  endsScalar: boolean;
}

/** Where `span` sits in YAML, or undefined when it is not in YAML or not in a plain-scalar-start position. */
function yamlContext(doc: PromptDocument, span: Span): YamlPosition | undefined {
  const fm = doc.frontMatter;
  const inYaml = (fm !== undefined && span.offset >= fm.content.offset && span.endOffset <= fm.content.endOffset) || doc.format === 'github-prompt' || doc.format === 'policy';
  if (!inYaml) return undefined;
  const text = doc.text;
  let i = span.offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const prev = i < 0 ? '\n' : text[i];
  const startsScalar = prev === '\n' || prev === '\r' || prev === ':' || prev === '-' || prev === '?';
  if (!startsScalar) return undefined;
  let j = span.endOffset;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  const endsScalar = j >= text.length || text[j] === '\n' || text[j] === '\r' || (text[j] === '#' && j > span.endOffset);
  return { startsScalar, endsScalar };
}

const YAML_INDICATORS = '[]{}*&!|>\'"%@`#,?:-';

function yamlSafe(text: string, style: RedactionStyle, position: YamlPosition): string | undefined {
  if (!position.startsScalar || !YAML_INDICATORS.includes(text[0])) return text;
  if (position.endsScalar) return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (style === 'label') return text.replace(/^\[|\]$/g, '');
  return undefined;
}

/**
 * The edit declaring input `name` in the file's front matter, or undefined when the format has no input
 * declarations, the input is already declared, or the YAML is not in a shape we can extend safely
 * (flow collections, unparsed front matter).
 */
export function inputDeclaration(doc: PromptDocument, name: string): TextEdit | undefined {
  // Every finding of a new variable asks (a variable per distinct value), and where a declaration goes depends
  // only on the document (which rules never change): that is found once per document, only the name differs.
  // The last document's answer is kept at hand (the findings of one check come one document at a time).
  let site = lastDoc === doc ? lastSite : sites.get(doc);
  if (site === undefined) {
    site = declarationSite(doc);
    sites.set(doc, site);
  }
  lastDoc = doc;
  lastSite = site;
  if (!site || doc.inputs.some((i) => i.name === name)) return undefined;
  return { offset: site.offset, endOffset: site.offset, text: site.block(name) };
}

/** Where a new input's declaration goes in a document, and its text for a name; null when nowhere. */
interface DeclarationSite {
  offset: number;
  block: (name: string) => string;
}

const sites = new WeakMap<PromptDocument, DeclarationSite | null>();
let lastDoc: PromptDocument | undefined;
let lastSite: DeclarationSite | null | undefined;

function declarationSite(doc: PromptDocument): DeclarationSite | null {
  if (doc.format !== 'dotprompt' && doc.format !== 'prompty') return null;
  const fm = doc.frontMatter;
  if (!fm) {
    if (doc.format !== 'dotprompt') return null;
    return { offset: 0, block: (name) => `---\ninput:\n  schema:\n    ${name}: string\n---\n` };
  }
  if (!fm.yaml || fm.value === undefined) return null;
  const root = fm.yaml.contents;
  if (root !== null && !asMap(root)) return null;
  const append = (block: (name: string) => string): DeclarationSite => ({ offset: fm.content.endOffset, block });
  if (doc.format === 'dotprompt') {
    const input = getNode(root, 'input');
    if (input === undefined || input === null) return append((name) => `input:\n  schema:\n    ${name}: string\n`);
    const inputMap = asMap(input);
    if (!inputMap || inputMap.flow) return null;
    const schema = getNode(input, 'schema');
    if (schema === undefined || schema === null) return appendTo(doc, inputMap, (indent, name) => `${indent}schema:\n${indent}  ${name}: string\n`);
    const schemaMap = asMap(schema);
    if (!schemaMap || schemaMap.flow) return null;
    const properties = asMap(getNode(schema, 'properties'));
    if (properties) {
      if (properties.flow) return null;
      return appendTo(doc, properties, (indent, name) => `${indent}${name}:\n${indent}  type: string\n`);
    }
    if (getNode(schema, 'type') !== undefined) return null; // JSON Schema without properties: leave it
    return appendTo(doc, schemaMap, (indent, name) => `${indent}${name}: string\n`);
  }
  const inputs = getNode(root, 'inputs');
  if (inputs === undefined || inputs === null) return append((name) => `inputs:\n  ${name}:\n    type: string\n`);
  const map = asMap(inputs);
  if (map && !map.flow) return appendTo(doc, map, (indent, name) => `${indent}${name}:\n${indent}  type: string\n`);
  const seq = asSeq(inputs);
  if (seq && !seq.flow) return appendTo(doc, seq, (indent, name) => `${indent}- name: ${name}\n${indent}  kind: string\n`);
  return null;
}

/** Inserts a block after the last line of a block collection, indented like its first entry. */
function appendTo(doc: PromptDocument, node: { range?: [number, number, number] | null; items: unknown[] }, block: (indent: string, name: string) => string): DeclarationSite | null {
  const text = doc.text;
  const range = node.range;
  if (!range || node.items.length === 0) return null;
  const start = range[0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = text.slice(lineStart, start);
  // Only collections that start their own line (not `key: {…}` or `- key: …` on a shared line).
  if (!/^ *$/.test(indent)) return null;
  let end = range[1];
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const nl = text.indexOf('\n', end);
  if (nl < 0) return { offset: text.length, block: (name) => `\n${block(indent, name)}` };
  return { offset: nl + 1, block: (name) => block(indent, name) };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function titleFor(style: RedactionStyle, text: string): string {
  switch (style) {
    case 'label':
      return `Redact: replace with ${text}`;
    case 'variable':
      return `Redact: replace with the template variable ${text}`;
    case 'mask':
      return `Redact: replace with the masked form ${text}`;
  }
}
