/**
 * Reading YAML with exact offsets into the whole file, and small accessors over the `yaml` package's node
 * tree. Every parser reads front matter (or a whole YAML file) through `parseYamlRegion`, which never
 * throws: broken YAML, alias bombs and absurd nesting become problems.
 */
import { Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Comment, ParseProblem, Span } from '../types';

/** Deeper YAML is not parsed at all: real prompt files nest a handful of levels. */
export const MAX_YAML_DEPTH = 200;
/** Alias expansions allowed when converting to plain JS (`billion laughs` stops here). */
export const MAX_ALIAS_COUNT = 100;
/** YAML errors reported per region; later errors are nearly always consequences of the first ones. */
const MAX_YAML_ERRORS = 3;

export const INVALID_FRONT_MATTER = 'format/invalid-front-matter';

export interface ParsedYaml {
  /** The first YAML document; node ranges are offsets into the whole file. */
  doc?: Document.Parsed;
  /** Plain JS of the document (undefined when it could not be produced). */
  value?: unknown;
  comments: Comment[];
  problems: ParseProblem[];
}

/**
 * Parses `text.slice(start, end)` as YAML so that node ranges and error positions are offsets into `text`:
 * the region is preceded by as many line breaks as it is far from the start (same offsets, same YAML).
 */
export function parseYamlRegion(text: string, start: number, end: number, ruleId = INVALID_FRONT_MATTER): ParsedYaml {
  const result: ParsedYaml = { comments: [], problems: [] };
  const depth = yamlDepthExceeds(text, start, end, MAX_YAML_DEPTH);
  if (depth >= 0) {
    result.problems.push({
      ruleId,
      span: lineSpanAt(text, depth, end),
      message: `YAML nested more than ${MAX_YAML_DEPTH} levels deep is not read; flatten the structure.`,
    });
    return result;
  }
  try {
    const source = '\n'.repeat(start) + text.slice(start, end);
    const tokens = Array.from(new Parser().parse(source));
    collectCstComments(tokens, result.comments);
    const docs = Array.from(new Composer({ prettyErrors: false, logLevel: 'error' }).compose(tokens, true, source.length)) as Document.Parsed[];
    const doc = docs[0];
    result.doc = doc;
    let lastOffset = -1;
    let examined = 0;
    for (const d of docs) {
      for (const error of d.errors) {
        if (result.problems.length >= MAX_YAML_ERRORS || ++examined > 1000) break;
        const offset = Math.min(Math.max(error.pos[0], start), end);
        // One problem per line: a broken line often yields several errors.
        if (lastOffset >= 0 && offset >= lastOffset && !hasLineBreak(text, lastOffset, offset)) continue;
        lastOffset = offset;
        result.problems.push({ ruleId, span: nonEmptySpan(text, offset, Math.max(offset, Math.min(error.pos[1], end))), message: `Invalid YAML: ${firstLine(error.message)}` });
      }
    }
    if (docs.length > 1 && docs.slice(1).some((d) => d.contents !== null)) {
      const second = docs[1].range[0];
      result.problems.push({ ruleId, span: lineSpanAt(text, second, end), message: 'Only the first YAML document is read; remove the extra `---` document.' });
    }
    if (doc) {
      try {
        result.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        result.problems.push({
          ruleId,
          span: lineSpanAt(text, start, end),
          message: `The YAML could not be read: ${error instanceof ReferenceError ? 'its aliases expand too much (possible alias bomb)' : errorText(error)}.`,
        });
      }
    }
  } catch (error) {
    // The yaml package catches most stack overflows itself; this is the last line of defence.
    result.problems.push({ ruleId, span: lineSpanAt(text, start, end), message: `The YAML could not be read: ${errorText(error)}.` });
    result.doc = undefined;
    result.value = undefined;
  }
  return result;
}

/** Collects `# …` comments from the CST (iteratively: the CST can be as deep as the YAML). */
function collectCstComments(tokens: unknown[], out: Comment[]): void {
  const stack: unknown[] = [...tokens].reverse();
  const found: Comment[] = [];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const token = item as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      const offset = token.offset;
      found.push({ span: { offset, endOffset: offset + token.source.length }, text: token.source.slice(1), textOffset: offset + 1 });
      continue;
    }
    for (const key of Object.keys(item)) {
      const v = (item as Record<string, unknown>)[key];
      if (v && typeof v === 'object') stack.push(v);
    }
  }
  found.sort((a, b) => a.span.offset - b.span.offset);
  out.push(...found);
}

/**
 * Cheap linear estimate of YAML nesting: indentation levels + compact `- - -` sequences + flow brackets.
 * Returns the offset of the first line that goes deeper than `limit`, or -1.
 */
export function yamlDepthExceeds(text: string, start: number, end: number, limit: number): number {
  const indents: number[] = [];
  let flow = 0;
  let i = start;
  while (i < end) {
    const lineStart = i;
    let indent = 0;
    while (i < end && text.charCodeAt(i) === 32) {
      indent++;
      i++;
    }
    const c = text.charCodeAt(i);
    if (i >= end || c === 10 || c === 13 || c === 35 /* # */) {
      i = skipLine(text, i, end);
      continue;
    }
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
    }
    let dashes = 0;
    let quote = 0;
    let prevSpace = true;
    while (i < end) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || ch === 13) break;
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 34 || ch === 39) {
        if (prevSpace || flow > 0) quote = ch;
      } else if (ch === 35 && prevSpace) {
        break; // comment
      } else if (ch === 45 /* - */ && prevSpace && (i + 1 >= end || text.charCodeAt(i + 1) === 32)) {
        dashes++;
      } else if (ch === 91 || ch === 123) {
        flow++;
      } else if ((ch === 93 || ch === 125) && flow > 0) {
        flow--;
      }
      if (indents.length + dashes + flow > limit) return lineStart;
      prevSpace = ch === 32 || ch === 9 || ch === 91 || ch === 123 || ch === 44;
      i++;
    }
    i = skipLine(text, i, end);
  }
  return -1;
}

function skipLine(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i++);
    if (c === 10) break;
    if (c === 13) {
      if (text.charCodeAt(i) === 10) i++;
      break;
    }
  }
  return i;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The rest of the line at `offset` (at least one character when the text has one). */
export function lineSpanAt(text: string, offset: number, limit = text.length): Span {
  let e = offset;
  while (e < limit && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return nonEmptySpan(text, offset, e);
}

/** A span of at least one character where the text allows it, so that editors can underline it. */
export function nonEmptySpan(text: string, offset: number, endOffset: number): Span {
  if (endOffset > offset) return { offset, endOffset };
  if (offset < text.length) return { offset, endOffset: offset + 1 };
  return { offset: Math.max(0, text.length - 1), endOffset: text.length };
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl >= 0 ? message.slice(0, nl) : message).trim();
}

function errorText(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply';
  return error instanceof Error ? firstLine(error.message) : String(error);
}

// ---------------------------------------------------------------------------------------------------
// Node accessors

export type YamlNode = Node | null | undefined;

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? (node as YAMLMap) : undefined;
}

export function asSeq(node: unknown): YAMLSeq | undefined {
  return isSeq(node) ? (node as YAMLSeq) : undefined;
}

export function asScalar(node: unknown): Scalar | undefined {
  return isScalar(node) ? (node as Scalar) : undefined;
}

/** The key of a pair as a string (scalar keys only). */
export function keyString(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value === null || key.value === undefined ? undefined : String(key.value);
  return undefined;
}

/** The pairs of a map whose keys are scalars, in order. */
export function pairsOf(node: unknown): Array<{ key: string; pair: Pair }> {
  const map = asMap(node);
  if (!map) return [];
  const out: Array<{ key: string; pair: Pair }> = [];
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const key = keyString(item as Pair);
    if (key !== undefined) out.push({ key, pair: item as Pair });
  }
  return out;
}

/** The pair for `key` in a map (first match). */
export function getPair(node: unknown, key: string): Pair | undefined {
  const map = asMap(node);
  if (!map) return undefined;
  for (const item of map.items) {
    if (isPair(item) && keyString(item as Pair) === key) return item as Pair;
  }
  return undefined;
}

/** The value node for `key` in a map; aliases are not followed. */
export function getNode(node: unknown, key: string): YamlNode {
  const value = getPair(node, key)?.value;
  return isAlias(value) ? undefined : (value as YamlNode);
}

/** Follows a path of map keys and sequence indexes. */
export function getIn(node: unknown, path: ReadonlyArray<string | number>): YamlNode {
  let current: unknown = node;
  for (const step of path) {
    if (typeof step === 'number') {
      const seq = asSeq(current);
      current = seq ? seq.items[step] : undefined;
      if (isAlias(current)) return undefined;
    } else {
      current = getNode(current, step);
    }
    if (current === undefined || current === null) return undefined;
  }
  return current as YamlNode;
}

/** Span of the key of a pair. */
export function keySpan(pair: Pair | undefined): Span | undefined {
  const key = pair?.key as Node | null | undefined;
  const range = key && (key as { range?: [number, number, number] }).range;
  return range ? { offset: range[0], endOffset: range[1] } : undefined;
}

/** The whole node's span (for collections: from their first to their last character). */
export function nodeSpan(node: unknown): Span | undefined {
  const range = node ? (node as { range?: [number, number, number] }).range : undefined;
  return range ? { offset: range[0], endOffset: range[1] } : undefined;
}

/**
 * The span of a scalar's value as the model or a reader sees it in the file: without quotes, and for block
 * scalars (`|`, `>`) without the header line and without the trailing line breaks.
 */
export function scalarValueSpan(text: string, node: unknown): Span | undefined {
  const scalar = asScalar(node);
  if (!scalar || !scalar.range) return undefined;
  const [start, valueEnd] = scalar.range;
  switch (scalar.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return valueEnd - start >= 2 ? { offset: start + 1, endOffset: valueEnd - 1 } : { offset: start, endOffset: valueEnd };
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      let s = start;
      while (s < valueEnd && text.charCodeAt(s) !== 10 && text.charCodeAt(s) !== 13) s++;
      let e = valueEnd;
      while (s < e && isSpaceOrBreak(text.charCodeAt(s))) s++;
      while (e > s && isSpaceOrBreak(text.charCodeAt(e - 1))) e--;
      return { offset: s, endOffset: e };
    }
    default:
      return { offset: start, endOffset: valueEnd };
  }
}

function isSpaceOrBreak(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * A scalar's value as text: strings as parsed; numbers, booleans and dates as written in the file
 * (`version: 1.10` stays `1.10`). Undefined for non-scalars and nulls.
 */
export function scalarText(node: unknown): string | undefined {
  const scalar = asScalar(node);
  if (!scalar) return undefined;
  if (typeof scalar.value === 'string') return scalar.value;
  if (scalar.value === null || scalar.value === undefined) return undefined;
  const source = (scalar as { source?: unknown }).source;
  return typeof source === 'string' ? source : String(scalar.value);
}

/** A scalar string value (only real strings). */
export function stringValue(node: unknown): string | undefined {
  const scalar = asScalar(node);
  return scalar && typeof scalar.value === 'string' ? scalar.value : undefined;
}
