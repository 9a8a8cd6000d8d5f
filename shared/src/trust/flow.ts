/**
 * Where input data flows in a template: which expressions print data, from which inputs (loop variables
 * traced back to the list they iterate), whether it is text or media, and the block structure that tells
 * which lines can move or be wrapped as a whole. Shared by the structural `injection/*` rules.
 *
 * Everything here is linear in the number of expressions (block nesting is kept as parent links, not as
 * copied stacks), and computed once per document and policy.
 */
import type { Expression, PromptDocument, Span } from '../types';
import type { ResolvedPolicy } from '../policy/resolved';
import { lineIndexAt } from '../formats/lines';
import { inputTrust, type InputTrust } from './trust';

/** How a block expression takes part in the nesting (`Middle`: `else`, `elif`, inside its block). */
export const BlockRole = { None: 0, Open: 1, Close: 2, Middle: 3 } as const;
export type BlockRole = (typeof BlockRole)[keyof typeof BlockRole];

export interface Blocks {
  role: Uint8Array;
  /** The innermost open block (its opener's expression index) around each expression, or -1. A closer's parent is its own opener. */
  parent: Int32Array;
  /** For an opener: its closer's index, or -1 when the block is never closed. */
  closer: Int32Array;
  /** For an opener: the block binds names for its body (`for`, `each`, `with`, Mustache sections). */
  binding: Uint8Array;
  /** The innermost binding opener strictly around each expression, or -1 (parent links, precomputed). */
  nearestBinding: Int32Array;
}

export type DataKind = 'text' | 'media';

/** An expression that prints input data into the prompt. */
export interface DataUse {
  /** Index into `doc.expressions`. */
  index: number;
  expression: Expression;
  /** Index into `doc.messages` (never -1: uses outside messages are not listed). */
  message: number;
  kind: DataKind;
  /** The inputs whose data it prints (roots; loop variables are traced to the list they iterate). */
  sources: string[];
  /** The trust verdict of each untrusted source (empty: every source is trusted). */
  untrusted: InputTrust[];
  /** The opener of the loop the data comes through, when it is a loop variable (or -1). */
  via: number;
  /**
   * Prompty only: the expression sits in a region whose role lines are built from data (`{{item.role}}:`),
   * so the message it ends up in is decided at run time, not by the file's markers.
   */
  generated: boolean;
}

export interface Flow {
  blocks: Blocks;
  uses: DataUse[];
  /** Prompty: expressions that start a role line built from data (`{{ item.role }}:`). */
  dynamicRoleLines: number[];
}

/** Input types that are not text: media parts, or threads spliced in as whole messages. */
const MEDIA_TYPES = new Set(['image', 'audio', 'video', 'file', 'media', 'pdf']);
const THREAD_TYPES = new Set(['thread', 'messages', 'history']);
/** Input types that cannot carry words: a number or a flag is not an injection vector. */
const SCALAR_TYPES = new Set(['number', 'integer', 'int', 'float', 'double', 'boolean', 'bool']);
/** Paths that print a count (`items.length`), not the data itself. */
const COUNT_SUFFIXES = ['.length', '.size', '.count'];

/** Dotprompt helpers that emit structure, not data. */
const MARKER_HELPERS = new Set(['role', 'history', 'section']);
/** Jinja names bound by the engine itself (`loop.index`), never input data. */
const ENGINE_LOCALS = new Set(['loop', 'caller', 'self', 'varargs', 'kwargs', 'super']);
const JINJA_OPENERS = new Set(['if', 'for', 'macro', 'call', 'filter', 'block', 'with', 'autoescape', 'trans', 'raw']);
const JINJA_BINDING = new Set(['for', 'with', 'macro', 'call']);
const HANDLEBARS_BINDING = new Set(['each', 'with']);
const HELPER_CHAR = /[\w$@.-]/;
const SET_KEYWORD = /^set\b/;
const NOT_LINE_BREAK = /[^\r\n]/g;
const LINE_BREAK_CHAR = /[\r\n]/;

const cache = new WeakMap<PromptDocument, WeakMap<ResolvedPolicy, Flow>>();

/** The data flow of `doc` under `policy` (cached per document and policy). */
export function analyzeFlow(doc: PromptDocument, policy: ResolvedPolicy): Flow {
  let byPolicy = cache.get(doc);
  if (!byPolicy) cache.set(doc, (byPolicy = new WeakMap()));
  let flow = byPolicy.get(policy);
  if (!flow) byPolicy.set(policy, (flow = computeFlow(doc, policy)));
  return flow;
}

function computeFlow(doc: PromptDocument, policy: ResolvedPolicy): Flow {
  const blocks = blockStructure(doc);
  const setSources = assignments(doc);
  const memo = new Map<number, string[]>();
  const inputTypes = new Map(doc.inputs.map((i) => [i.name, (i.type ?? '').toLowerCase()]));
  const trustCache = new Map<string, InputTrust>();
  const trustOf = (name: string, path?: string): InputTrust => {
    const key = `${name}\u0000${path ?? ''}`;
    let t = trustCache.get(key);
    if (!t) trustCache.set(key, (t = inputTrust(doc, policy, name, path)));
    return t;
  };
  const uses: DataUse[] = [];
  doc.expressions.forEach((e, index) => {
    if (e.message < 0) return;
    const printed = printedKind(doc, e);
    if (!printed) return;
    if (e.path && COUNT_SUFFIXES.some((suffix) => e.path!.endsWith(suffix))) return;
    const found = sourcesOf(doc, blocks, setSources, memo, index);
    const via = found.via;
    // A number or boolean input printed as itself carries no words (its fields, if any, may).
    const whole = via < 0 && (e.path === undefined || e.path === e.variable);
    const sources = found.sources.filter((s) => !(whole && SCALAR_TYPES.has(inputTypes.get(s) ?? '')));
    if (sources.length === 0) return;
    const types = sources.map((s) => inputTypes.get(s) ?? '');
    if (types.every((t) => THREAD_TYPES.has(t))) return; // a thread is spliced in as messages, not printed
    const kind: DataKind = printed === 'media' || types.some((t) => MEDIA_TYPES.has(t)) ? 'media' : 'text';
    const path = via < 0 && e.path && e.variable && sources.length === 1 && sources[0] === e.variable ? e.path : undefined;
    const untrusted = sources.map((s) => trustOf(s, path)).filter((t) => !t.trusted);
    uses.push({ index, expression: e, message: e.message, kind, sources, untrusted, via, generated: false });
  });
  const dynamicRoleLines = doc.format === 'prompty' ? markGenerated(doc, blocks, uses) : [];
  return { blocks, uses, dynamicRoleLines };
}

/** ` (its items, in the loop at line 12)` for a loop variable, '' otherwise: for messages. */
export function viaClause(doc: PromptDocument, use: DataUse): string {
  if (use.via < 0) return '';
  return ` (its items, in the loop at line ${lineIndexAt(doc.lineStarts, doc.expressions[use.via].span.offset) + 1})`;
}

/** Whether an expression prints something, and what: text, media, or nothing (undefined). */
function printedKind(doc: PromptDocument, e: Expression): DataKind | undefined {
  if (e.kind === 'variable') return 'text';
  if (e.kind !== 'helper') return undefined;
  const name = helperName(e.source);
  if (doc.format === 'dotprompt') {
    if (MARKER_HELPERS.has(name)) return undefined;
    if (name === 'media') return 'media';
  }
  return 'text';
}

/** The helper's name: the first word of its source (`media` in `media url=photo`). */
export function helperName(source: string): string {
  let i = 0;
  while (i < source.length && HELPER_CHAR.test(source[i])) i++;
  return source.slice(0, i);
}

/** The role each block expression plays in the nesting, per template language. */
function roleOf(doc: PromptDocument, e: Expression): { role: BlockRole; name: string; binding: boolean } {
  const none: { role: BlockRole; name: string; binding: boolean } = { role: BlockRole.None, name: '', binding: false };
  if (e.kind !== 'block' && e.kind !== 'partial') return none;
  const src = e.source;
  const block = e.block ?? '';
  switch (doc.engine) {
    case 'handlebars':
    case 'mustache': {
      if (src.startsWith('/')) return { role: BlockRole.Close, name: block.slice(1), binding: false };
      if (block === 'else') return { role: BlockRole.Middle, name: '', binding: false };
      if ((src.startsWith('#') || src.startsWith('^')) && block && block !== '^') {
        const name = block.startsWith('^') ? block.slice(1) : block;
        const binding = src.startsWith('#') && (doc.engine === 'mustache' ? true : HANDLEBARS_BINDING.has(name));
        return { role: BlockRole.Open, name, binding };
      }
      return none;
    }
    case 'jinja': {
      if (block.length > 3 && block.startsWith('end')) return { role: BlockRole.Close, name: block.slice(3), binding: false };
      if (block === 'elif' || block === 'else') return { role: BlockRole.Middle, name: '', binding: false };
      if (JINJA_OPENERS.has(block) || (block === 'set' && !src.includes('='))) {
        return { role: BlockRole.Open, name: block, binding: JINJA_BINDING.has(block) };
      }
      return none;
    }
    case 'promptl': {
      if (block === 'endif' || block === 'endfor') return { role: BlockRole.Close, name: block.slice(3), binding: false };
      if (block === 'else') return { role: BlockRole.Middle, name: '', binding: false };
      if (block === 'if' || block === 'for') return { role: BlockRole.Open, name: block, binding: block === 'for' };
      return none;
    }
    default:
      return none;
  }
}

/** Opener/closer pairing and parent links of every expression. */
export function blockStructure(doc: PromptDocument): Blocks {
  const n = doc.expressions.length;
  const role = new Uint8Array(n);
  const parent = new Int32Array(n).fill(-1);
  const closer = new Int32Array(n).fill(-1);
  const binding = new Uint8Array(n);
  const nearestBinding = new Int32Array(n).fill(-1);
  const names: string[] = [];
  const stack: number[] = [];
  // Open blocks per name: a closer that matches none is skipped without searching the stack.
  const open = new Map<string, number>();
  doc.expressions.forEach((e, i) => {
    const r = roleOf(doc, e);
    parent[i] = stack.length ? stack[stack.length - 1] : -1;
    names.push(r.name);
    if (r.role === BlockRole.Open) {
      role[i] = BlockRole.Open;
      binding[i] = r.binding ? 1 : 0;
      stack.push(i);
      open.set(r.name, (open.get(r.name) ?? 0) + 1);
    } else if (r.role === BlockRole.Close) {
      if (!open.get(r.name)) return; // closes nothing: a syntax problem the parser reports
      let at = stack.length - 1;
      while (at >= 0 && names[stack[at]] !== r.name) at--;
      role[i] = BlockRole.Close;
      const opener = stack[at];
      closer[opener] = i;
      parent[i] = opener;
      for (let k = at; k < stack.length; k++) open.set(names[stack[k]], open.get(names[stack[k]])! - 1);
      stack.length = at;
    } else if (r.role === BlockRole.Middle) {
      role[i] = BlockRole.Middle;
    }
  });
  // Parents come before their children: one pass in order fills the nearest binding opener.
  for (let i = 0; i < n; i++) {
    const p = parent[i];
    nearestBinding[i] = p < 0 ? -1 : binding[p] ? p : nearestBinding[p];
  }
  return { role, parent, closer, binding, nearestBinding };
}

/** Most names kept per loop chain: enough for any real template, bounded for adversarial nesting. */
const MAX_CHAIN_NAMES = 200;

/** The inputs the binding blocks around expression `index` iterate (memoized per opener). */
function bindingSources(doc: PromptDocument, blocks: Blocks, memo: Map<number, string[]>, index: number): string[] {
  const j = blocks.nearestBinding[index];
  if (j < 0) return [];
  const known = memo.get(j);
  if (known) return known;
  // Collect the openers above that are not memoized yet, then fill them from the outermost down.
  const pending: number[] = [];
  let k = j;
  while (k >= 0 && !memo.has(k)) {
    pending.push(k);
    k = blocks.nearestBinding[k];
  }
  let above = k >= 0 ? memo.get(k)! : [];
  for (let p = pending.length - 1; p >= 0; p--) {
    const own = inputNames(doc.expressions[pending[p]].references);
    const merged = above.length === 0 ? own : [...new Set([...own, ...above])].slice(0, MAX_CHAIN_NAMES);
    memo.set(pending[p], merged);
    above = merged;
  }
  return memo.get(j)!;
}

/** `{% set x = y %}` and PromptL `{{ x = y }}`: what each assigned local is computed from. */
function assignments(doc: PromptDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of doc.expressions) {
    if (e.kind !== 'block' || e.block !== 'set') continue;
    const eq = e.source.indexOf('=');
    if (eq < 0) continue;
    const head = e.source.slice(0, eq).replace(SET_KEYWORD, '');
    for (const target of head.split(',')) {
      const name = target.trim();
      if (name) out.set(name, [...(out.get(name) ?? []), ...e.references]);
    }
  }
  return out;
}

function inputNames(refs: readonly string[]): string[] {
  return refs.filter((r) => r && !r.startsWith('@') && r !== 'this' && r !== '.');
}

/** The inputs an expression prints, tracing loop variables to the lists their loops iterate. */
function sourcesOf(doc: PromptDocument, blocks: Blocks, setSources: Map<string, string[]>, memo: Map<number, string[]>, index: number): { sources: string[]; via: number } {
  const e = doc.expressions[index];
  const out = new Set(inputNames(e.references));
  let via = -1;
  const dataVariable = e.variable === undefined && e.source.startsWith('@');
  // Mustache looks a name up through every enclosing section first: inside `{{#items}}`, `{{name}}` is
  // most likely a field of the item, so the section's list is a source too.
  const mustacheItem = doc.engine === 'mustache' && !e.local && e.kind === 'variable';
  const loopVariable = e.local && !dataVariable && e.kind === 'variable' && !(e.variable && ENGINE_LOCALS.has(e.variable));
  const assigned = loopVariable && e.variable ? setSources.get(e.variable) : undefined;
  if (assigned) {
    for (const s of inputNames(assigned)) out.add(s);
  } else if (mustacheItem || loopVariable) {
    via = blocks.nearestBinding[index];
    for (const s of bindingSources(doc, blocks, memo, index)) out.add(s);
  }
  return { sources: [...out], via };
}

/** Text before `offset` on its line is only blanks and Markdown heading marks (`#`): a Prompty role line could start here. */
export function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 35 /* # */) return false;
  }
  return true;
}

/**
 * After `offset`, the line ends as a Prompty role line does: blanks, optional `[attributes]`, blanks, `:`,
 * blanks, then the line break (or the end).
 */
export function endsRoleLine(text: string, offset: number): boolean {
  let i = offset;
  const skipBlanks = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  skipBlanks();
  if (text[i] === '[') {
    const close = text.indexOf(']', i);
    const lineBreak = text.slice(i, close < 0 ? i : close).search(LINE_BREAK_CHAR);
    if (close < 0 || lineBreak >= 0 || close - i > 200) return false;
    i = close + 1;
    skipBlanks();
  }
  if (text[i] !== ':') return false;
  i++;
  skipBlanks();
  return i >= text.length || text[i] === '\n' || text[i] === '\r';
}

/**
 * Prompty splits messages after rendering, so `{{ item.role }}:` at the start of a line builds a role line
 * from data (the usual way of replaying a chat history). What such a loop prints lands in messages whose
 * role is decided at run time: those uses are marked `generated`.
 */
function markGenerated(doc: PromptDocument, blocks: Blocks, uses: DataUse[]): number[] {
  const lines: number[] = [];
  const regions: Span[] = [];
  doc.expressions.forEach((e, i) => {
    if (e.kind !== 'variable' || e.message < 0) return;
    if (!atLineStart(doc.text, e.span.offset) || !endsRoleLine(doc.text, e.span.endOffset)) return;
    lines.push(i);
    const loop = blocks.nearestBinding[i] >= 0 && blocks.closer[blocks.nearestBinding[i]] >= 0 ? blocks.nearestBinding[i] : -1;
    const message = doc.messages[e.message];
    regions.push(
      loop >= 0
        ? { offset: doc.expressions[loop].span.offset, endOffset: doc.expressions[blocks.closer[loop]].span.endOffset }
        : { offset: e.span.offset, endOffset: message.content.endOffset },
    );
  });
  if (regions.length === 0) return lines;
  regions.sort((a, b) => a.offset - b.offset);
  let r = 0;
  let reach = -1;
  for (const use of uses) {
    const at = use.expression.span.offset;
    while (r < regions.length && regions[r].offset <= at) reach = Math.max(reach, regions[r++].endOffset);
    if (at < reach) use.generated = true;
  }
  return lines;
}

// ---- Units: the lines that move or get wrapped as a whole ---------------------------------------------------

/** Start of the line holding `offset` (binary search in the document's line starts). */
export function lineStartOf(doc: PromptDocument, offset: number): number {
  return doc.lineStarts[lineIndexAt(doc.lineStarts, offset)];
}

/** The offset after the line break ending the line that holds `offset - 1` (or the end of the text). */
export function lineEndAfter(doc: PromptDocument, offset: number): number {
  const line = lineIndexAt(doc.lineStarts, Math.max(0, offset - 1));
  return line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
}

function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

interface UnitCaches {
  /**
   * Per content span (its start, then its end and the mode as `end * 2 + mode`): opener → outermost
   * qualifying opener from it upward (-1: none). Numbers, not joined strings, key these caches: every use of
   * an input asks, on every check.
   */
  outer: Map<number, Map<number, Map<number, number>>>;
  /** Per candidate line range (by its start): the ranges asked about, with their unit or null when it cannot be cut out. */
  units: Map<number, { unit: Span; content: Span; result: Span | null }[]>;
}
const unitCaches = new WeakMap<Blocks, UnitCaches>();

function cachesOf(blocks: Blocks): UnitCaches {
  let c = unitCaches.get(blocks);
  if (!c) unitCaches.set(blocks, (c = { outer: new Map(), units: new Map() }));
  return c;
}

/** The outermost block around expression `index` that opens and closes inside `content` (its opener index), or -1. */
export function outermostBlockInside(doc: PromptDocument, blocks: Blocks, index: number, content: Span, bindingOnly = false): number {
  const caches = cachesOf(blocks);
  let byEnd = caches.outer.get(content.offset);
  if (!byEnd) caches.outer.set(content.offset, (byEnd = new Map()));
  const mode = content.endOffset * 2 + (bindingOnly ? 1 : 0);
  let memo = byEnd.get(mode);
  if (!memo) byEnd.set(mode, (memo = new Map()));
  const inside = (j: number) => {
    const c = blocks.closer[j];
    if (c < 0) return false;
    return doc.expressions[j].span.offset >= content.offset && doc.expressions[c].span.endOffset <= content.endOffset;
  };
  // Walk up to the first opener already known or not inside, then resolve from the top down.
  const pending: number[] = [];
  let j = blocks.parent[index];
  while (j >= 0 && !memo.has(j) && inside(j)) {
    pending.push(j);
    j = blocks.parent[j];
  }
  let above = j >= 0 && memo.has(j) ? memo.get(j)! : -1;
  for (let p = pending.length - 1; p >= 0; p--) {
    const k = pending[p];
    const result = above >= 0 ? above : !bindingOnly || blocks.binding[k] ? k : -1;
    memo.set(k, result);
    above = result;
  }
  const start = blocks.parent[index];
  return start >= 0 && memo.has(start) ? memo.get(start)! : -1;
}

/**
 * The whole lines holding expression `index` — or, when it sits in a block that opens and closes inside
 * `content`, the lines of the outermost such block — if they can be cut out as a unit: nothing but blanks
 * shares their first and last line outside `content`, and every block they touch opens and closes inside
 * them. Undefined otherwise.
 */
export function lineUnit(doc: PromptDocument, blocks: Blocks, index: number, content: Span, bindingOnly = false): Span | undefined {
  const text = doc.text;
  const outer = outermostBlockInside(doc, blocks, index, content, bindingOnly);
  const from = outer >= 0 ? doc.expressions[outer].span.offset : doc.expressions[index].span.offset;
  const to = outer >= 0 ? doc.expressions[blocks.closer[outer]].span.endOffset : doc.expressions[index].span.endOffset;
  const unitStart = lineStartOf(doc, from);
  const unitEnd = lineEndAfter(doc, to);
  const units = cachesOf(blocks).units;
  let asked = units.get(unitStart);
  if (!asked) units.set(unitStart, (asked = []));
  for (const a of asked) {
    if (a.unit.endOffset === unitEnd && a.content.offset === content.offset && a.content.endOffset === content.endOffset) return a.result ?? undefined;
  }
  const unit = { offset: unitStart, endOffset: unitEnd };
  let result: Span | null = unit;
  if (unit.offset < content.offset && !blank(text, unit.offset, content.offset)) result = null;
  else if (unit.endOffset > content.endOffset && !blank(text, content.endOffset, unit.endOffset)) result = null;
  else if (!balanced(doc, blocks, unit)) result = null;
  asked.push({ unit, content, result });
  return result ?? undefined;
}

/** Every block expression inside `unit` has its opener (and closer) inside it too. */
function balanced(doc: PromptDocument, blocks: Blocks, unit: Span): boolean {
  const exprs = doc.expressions;
  const inside = (k: number) => k >= 0 && exprs[k].span.offset >= unit.offset && exprs[k].span.endOffset <= unit.endOffset;
  let k = firstAtOrAfter(exprs, unit.offset);
  for (; k < exprs.length && exprs[k].span.offset < unit.endOffset; k++) {
    const role = blocks.role[k];
    if (role === BlockRole.Open && !inside(blocks.closer[k])) return false;
    if ((role === BlockRole.Close || role === BlockRole.Middle) && !inside(blocks.parent[k])) return false;
  }
  return true;
}

/**
 * The text of `span` with every template expression inside it blanked (line breaks kept, same length), so
 * that offsets still line up: what the prompt says literally, whatever the inputs are.
 */
export function literalText(doc: PromptDocument, span: Span): string {
  const exprs = doc.expressions;
  const parts: string[] = [];
  let p = span.offset;
  for (let k = firstAtOrAfter(exprs, span.offset); k < exprs.length && exprs[k].span.offset < span.endOffset; k++) {
    const e = exprs[k].span;
    if (e.offset < p) continue;
    const end = Math.min(e.endOffset, span.endOffset);
    parts.push(doc.text.slice(p, e.offset), blankOut(doc.text, e.offset, end));
    p = end;
  }
  parts.push(doc.text.slice(p, span.endOffset));
  return parts.join('');
}

function blankOut(text: string, from: number, to: number): string {
  const inner = text.slice(from, to);
  return inner.includes('\n') || inner.includes('\r') ? inner.replace(NOT_LINE_BREAK, ' ') : ' '.repeat(inner.length);
}

/** Index of the first expression starting at or after `offset` (binary search). */
export function firstAtOrAfter(exprs: readonly Expression[], offset: number): number {
  let lo = 0;
  let hi = exprs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (exprs[mid].span.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of the sorted `offsets` lies in `[from, to)` (binary search). */
export function anyIn(offsets: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo] < to;
}

/** The regular expressions of this module, for the ReDoS test. */
export const PATTERNS: readonly RegExp[] = [HELPER_CHAR, SET_KEYWORD, NOT_LINE_BREAK, LINE_BREAK_CHAR];
