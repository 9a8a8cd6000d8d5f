/**
 * Handlebars-family scanner, in three modes:
 * - `dotprompt`: Dotprompt compiles Handlebars with no escaping, so every interpolation is raw; its helpers
 *   `role`, `history`, `media`, `section`, `json` are recognized and role/history markers are returned so
 *   that the Dotprompt parser can split messages;
 * - `handlebars`: `*.hbs` templates: `{{x}}` is escaped, `{{{x}}}` and `{{& x}}` are raw;
 * - `mustache`: logic-less Mustache (Prompty `template: mustache`, `*.mustache`): `{{#x}}`/`{{^x}}` are
 *   sections over the variable `x`, there are no helpers.
 *
 * Inside `{{#each}}`/`{{#with x}}` a bare name is a property of the current item, so it is local (Handlebars
 * does not fall back to the outer context); `@root.x` and block params follow Handlebars' rules.
 */
import type { Reference, Span } from '../../types';
import { BlockStack, LocalNames, type OpenBlock } from './blocks';
import { Finder, SIMPLE_PATH, ScanContext, StrayCloserCheck, findCloser, isSpace, newExpression } from './context';
import { tokenize, type Token } from './exprTokens';

export type HandlebarsMode = 'dotprompt' | 'handlebars' | 'mustache';

/** A Dotprompt role or history marker found in the body. */
export interface RoleMarker {
  kind: 'role' | 'history';
  /** The whole `{{role "system"}}` / `{{history}}` tag. */
  span: Span;
  /** The role as written (`system`, `model`), for `role`. */
  role?: string;
}

/** Dotprompt helpers whose output is a marker built from literals. */
const MARKER_HELPERS = new Set(['role', 'history', 'section']);

interface Frame {
  /** Bare names in this context are properties of an item, not inputs. */
  item: boolean;
}

interface HbBlock extends OpenBlock {
  frame?: Frame;
  /** The frame below, for `{{else}}` (which runs in the outer context). */
  outerItem?: boolean;
}

const LITERALS = new Set(['true', 'false', 'null', 'undefined']);

export function scanHandlebars(ctx: ScanContext, start: number, end: number, mode: HandlebarsMode): RoleMarker[] {
  const text = ctx.text;
  const markers: RoleMarker[] = [];
  const openers = new Finder(text, '{{', end);
  const closers = new Finder(text, '}}', end);
  const tripleClosers = new Finder(text, '}}}', end);
  const longCommentClosers = new Finder(text, '--}}', end);
  const stray = new StrayCloserCheck(ctx);
  const blocks = new BlockStack<HbBlock>();
  const params = new LocalNames();
  const frames: Frame[] = [{ item: false }];
  const scope: Scope = { frames, params, mode };

  let p = start;
  while (p < end) {
    const o = openers.next(p);
    if (o < 0) {
      stray.text(p, end);
      break;
    }
    stray.text(p, o);
    if (o > start && text[o - 1] === '\\' && mode !== 'mustache') {
      // `\{{` is a literal `{{` in Handlebars.
      p = o + 2;
      continue;
    }
    let q = o + 2;
    if (text[q] === '~') q++;
    // Comments: `{{!-- … --}}` may contain `}}`; `{{! … }}` may not.
    if (text[q] === '!') {
      const long = text.startsWith('--', q + 1);
      const c = long ? longCommentClosers.next(q + 3) : closers.next(q + 1);
      if (c < 0) {
        ctx.syntax({ offset: o, endOffset: q + 1 }, `Unclosed comment: add \`${long ? '--}}' : '}}'}\`.`);
        p = q + 1;
        continue;
      }
      const textStart = long ? q + 3 : q + 1;
      let textEnd = c;
      const tagEnd = long ? c + 4 : c + 2;
      if (!long && text[textEnd - 1] === '~') textEnd--;
      ctx.comment(o, tagEnd, textStart, textEnd);
      ctx.expression(newExpression('comment', { offset: o, endOffset: tagEnd }, text.slice(textStart, textEnd).trim(), false));
      p = tagEnd;
      continue;
    }
    const triple = text[o + 2] === '{';
    const contentStart = triple ? o + 3 : o + 2;
    const following = openers.next(contentStart);
    const c = triple
      ? findCloser(text, contentStart, tripleClosers, following, '}}}', end)
      : findCloser(text, contentStart, closers, following, '}}', end);
    if (c < 0) {
      ctx.syntax({ offset: o, endOffset: contentStart }, `Unclosed \`${triple ? '{{{' : '{{'}\`: add \`${triple ? '}}}' : '}}'}\`.`);
      p = following >= 0 ? following : contentStart;
      continue;
    }
    const tagEnd = c + (triple ? 3 : 2);
    const span = { offset: o, endOffset: tagEnd };
    let s = contentStart;
    let e = c;
    if (text[s] === '~') s++;
    if (e > s && text[e - 1] === '~') e--;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    tag(ctx, span, s, e, triple, blocks, scope, markers);
    p = tagEnd;
  }
  for (const block of blocks.items) {
    ctx.syntax(block.span, `\`{{#${block.name}}}\` is never closed: add \`{{/${block.name}}}\`.`);
  }
  return markers;
}

interface Scope {
  frames: Frame[];
  params: LocalNames;
  mode: HandlebarsMode;
}

interface Resolved {
  root?: string;
  path?: string;
  local: boolean;
  /** An input of the template (not local, not `@data`, not `this`). */
  input: boolean;
  next: number;
}

/** Resolves the path starting at token `i` against the context stack. */
function resolvePath(tokens: Token[], i: number, scope: Scope): Resolved {
  let j = i;
  let up = 0;
  let explicitThis = false;
  // `../` climbs one context; `./` and `this` stay in the current one.
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.type === 'punct' && t.value === '..' && tokens[j + 1]?.value === '/') {
      up++;
      j += 2;
    } else if (t.type === 'punct' && t.value === '.' && tokens[j + 1]?.value === '/') {
      explicitThis = true;
      j += 2;
    } else break;
  }
  const first = tokens[j];
  if (!first) return { local: up > 0 || explicitThis, input: false, next: j };
  if (first.type === 'punct' && first.value === '.' && scope.mode === 'mustache') {
    return { local: true, input: false, next: j + 1, root: '.', path: '.' };
  }
  if (first.type !== 'ident') return { local: false, input: false, next: j + 1 };
  const segments: string[] = [first.value];
  j++;
  while (j < tokens.length) {
    const sep = tokens[j];
    const n = tokens[j + 1];
    if (sep.type === 'punct' && (sep.value === '.' || sep.value === '/') && n && n.type === 'ident' && n.offset === sep.end) {
      segments.push(n.value);
      j += 2;
    } else break;
  }
  let head = segments[0];
  if (head === '@root') {
    const rest = segments.slice(1);
    return rest.length ? { root: rest[0], path: rest.join('.'), local: false, input: true, next: j } : { local: false, input: false, next: j };
  }
  if (head.startsWith('@')) return { root: head, path: segments.join('.'), local: true, input: false, next: j };
  if (head === 'this') {
    explicitThis = true;
    segments.shift();
    head = segments[0];
  }
  const frame = scope.frames[Math.max(0, scope.frames.length - 1 - up)];
  const itemContext = frame.item;
  if (!head) return { root: 'this', path: 'this', local: itemContext, input: false, next: j };
  const path = segments.join('.');
  if (scope.mode === 'mustache') {
    // Mustache looks names up through every enclosing context: only `.` is surely local.
    return { root: head, path, local: false, input: true, next: j };
  }
  if (!explicitThis && up === 0 && scope.params.has(head)) return { root: head, path, local: true, input: false, next: j };
  return { root: head, path, local: itemContext, input: !itemContext, next: j };
}

/** Variables read by the parameters and hash values in `tokens[from…to)`. */
function paramReads(tokens: Token[], from: number, to: number, scope: Scope): Resolved[] {
  const out: Resolved[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const isPathStart = t.type === 'ident' || (t.type === 'punct' && (t.value === '..' || t.value === '.') && tokens[i + 1]?.value === '/');
    if (!isPathStart) continue;
    if (t.type === 'ident') {
      if (tokens[i + 1]?.type === 'punct' && tokens[i + 1].value === '=') continue; // hash key
      if (tokens[i - 1]?.type === 'punct' && tokens[i - 1].value === '(') continue; // sub-expression helper
      if (LITERALS.has(t.value)) continue;
    }
    const r = resolvePath(tokens, i, scope);
    out.push(r);
    i = Math.max(i, r.next - 1);
  }
  return out;
}

function fill(e: { variable?: string; path?: string; references: string[]; local?: boolean }, reads: Resolved[]): void {
  const refs = new Set<string>();
  for (const r of reads) if (r.input && r.root) refs.add(r.root);
  e.references = [...refs];
  const first = reads.find((r) => r.root);
  if (first && first.root && first.root !== 'this' && first.root !== '.' && !first.root.startsWith('@')) {
    e.variable = first.root;
    e.path = first.path;
  }
  if (first && first.local) e.local = true;
}

/** Index of `as |…|` block params, or -1. */
function blockParamsAt(tokens: Token[]): number {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].type === 'ident' && tokens[i].value === 'as' && tokens[i + 1].value === '|') return i;
  }
  return -1;
}

function tag(
  ctx: ScanContext,
  span: Span,
  s: number,
  e: number,
  triple: boolean,
  blocks: BlockStack<HbBlock>,
  scope: Scope,
  markers: RoleMarker[],
): void {
  const text = ctx.text;
  const mode = scope.mode;
  const source = text.slice(s, e);
  const sigil = triple ? '{' : text[s];
  const dotprompt = mode === 'dotprompt';
  const bodyStart = sigil === '#' || sigil === '/' || sigil === '^' || sigil === '>' || sigil === '&' ? s + 1 : s;
  if (bodyStart === s && simpleVariable(ctx, span, source, triple, scope)) return;
  let tokens = tokenize(text, bodyStart, e, { handlebars: mode !== 'mustache' });

  // Block openers: `{{#name …}}`, `{{^name}}` (inverse section), `{{#> partial}}`, `{{#*inline "x"}}`.
  if (sigil === '#' || (sigil === '^' && tokens.length > 0)) {
    let partialBlock = false;
    if (tokens[0]?.value === '>') {
      partialBlock = true;
      tokens = tokens.slice(1);
    } else if (tokens[0]?.value === '*') {
      tokens = tokens.slice(1);
    }
    const head = tokens[0];
    const name = head ? nameOf(tokens) : '';
    const expr = newExpression(partialBlock ? 'partial' : 'block', span, source, false);
    expr.block = sigil === '^' ? `^${name}` : name;
    let frame: Frame | undefined;
    if (mode === 'mustache' || sigil === '^') {
      // A section reads the variable it is named after.
      fill(expr, head ? [resolvePath(tokens, 0, scope)] : []);
    } else {
      const asAt = blockParamsAt(tokens);
      const reads = paramReads(tokens, 1, asAt < 0 ? tokens.length : asAt, scope);
      fill(expr, reads);
      if (partialBlock && head) ctx.out.references.push(partialReference(tokens));
      if (name === 'each' || name === 'with') {
        const target = tokens[1];
        const rootContext = name === 'with' && target && (target.value === 'this' || target.value === '@root') && tokens.length === 2;
        frame = { item: rootContext ? scope.frames[scope.frames.length - 1].item : true };
      }
      const block: HbBlock = { name, span, declared: [], frame, outerItem: scope.frames[scope.frames.length - 1].item };
      blocks.push(block);
      if (frame) scope.frames.push(frame);
      if (asAt >= 0) {
        for (let i = asAt + 2; i < tokens.length && tokens[i].value !== '|'; i++) {
          if (tokens[i].type === 'ident') scope.params.declare(tokens[i].value, block);
        }
      }
      ctx.expression(expr);
      return;
    }
    blocks.push({ name, span, declared: [] });
    ctx.expression(expr);
    return;
  }

  if (sigil === '/') {
    const name = tokens.length ? nameOf(tokens) : '';
    const expr = newExpression('block', span, source, false);
    expr.block = `/${name}`;
    const closed = blocks.close(name);
    if (!closed) {
      ctx.syntax(span, `\`{{/${name}}}\` closes no open \`{{#${name}}}\` block.`);
    } else {
      for (const b of closed.unclosed) {
        ctx.syntax(b.span, `\`{{#${b.name}}}\` is never closed: add \`{{/${b.name}}}\` before \`{{/${name}}}\`.`);
        closeBlock(b, scope);
      }
      closeBlock(closed.block, scope);
    }
    ctx.expression(expr);
    return;
  }

  // `{{else}}`, `{{else if x}}`, `{{^}}`: the inverse branch of the enclosing block.
  if ((sigil === '^' && tokens.length === 0) || (tokens[0]?.type === 'ident' && tokens[0].value === 'else' && mode !== 'mustache')) {
    const expr = newExpression('block', span, source, false);
    expr.block = 'else';
    const top = blocks.top();
    if (!top) ctx.syntax(span, `\`{{${source}}}\` outside a block.`);
    else if (top.frame) top.frame.item = top.outerItem ?? false; // the else branch runs in the outer context
    fill(expr, paramReads(tokens, 2, tokens.length, scope));
    ctx.expression(expr);
    return;
  }

  if (sigil === '>') {
    const expr = newExpression('partial', span, source, false);
    const head = tokens[0];
    if (head && (head.type === 'ident' || head.type === 'string')) {
      const ref = partialReference(tokens);
      ctx.out.references.push(ref);
      fill(expr, paramReads(tokens, pathLength(tokens), tokens.length, scope));
    } else {
      fill(expr, paramReads(tokens, 0, tokens.length, scope));
    }
    ctx.expression(expr);
    return;
  }

  if (mode === 'mustache' && sigil === '=') {
    // Set-delimiter tags (`{{=<% %>=}}`) are valid Mustache; promptgov keeps reading `{{ }}` only, so
    // expressions written with the new delimiters are not seen (a known limit, not the author's error).
    return;
  }

  // Interpolation or helper call.
  const unescaped = triple || sigil === '&';
  const raw = dotprompt || unescaped;
  const head = tokens[0];
  if (!head) {
    ctx.syntax(span, 'Empty `{{}}`.');
    return;
  }
  const headPath = head.type === 'ident' || head.type === 'punct' ? resolvePath(tokens, 0, scope) : undefined;
  const hasParams = headPath !== undefined && headPath.next < tokens.length;
  const helperName = head.type === 'ident' ? head.value : '';
  const isHelper = mode !== 'mustache' && (hasParams || (dotprompt && helperName === 'history'));
  if (isHelper && headPath) {
    // Dotprompt's role/history/section helpers emit markers, not data.
    const expr = newExpression('helper', span, source, raw && !(dotprompt && MARKER_HELPERS.has(helperName)));
    fill(expr, paramReads(tokens, 1, tokens.length, scope));
    if (dotprompt && helperName === 'role') {
      const arg = tokens[1];
      if (arg?.type === 'string') markers.push({ kind: 'role', span, role: arg.value });
    } else if (dotprompt && helperName === 'history' && !hasParams) {
      markers.push({ kind: 'history', span });
    }
    ctx.expression(expr);
    return;
  }
  const expr = newExpression('variable', span, source, raw);
  fill(expr, headPath ? [headPath] : []);
  ctx.expression(expr);
}

/** Fast path for the common `{{name}}` / `{{a.b}}`: true when handled. */
function simpleVariable(ctx: ScanContext, span: Span, source: string, triple: boolean, scope: Scope): boolean {
  if (!SIMPLE_PATH.test(source)) return false;
  const dot = source.indexOf('.');
  const root = dot < 0 ? source : source.slice(0, dot);
  if (root === 'this' || root === 'else' || (scope.mode === 'dotprompt' && source === 'history')) return false;
  const e = newExpression('variable', span, source, scope.mode === 'dotprompt' || triple);
  e.variable = root;
  e.path = source;
  const local = scope.mode !== 'mustache' && (scope.params.has(root) || scope.frames[scope.frames.length - 1].item);
  if (local) e.local = true;
  else e.references = [root];
  ctx.expression(e);
  return true;
}

function closeBlock(block: HbBlock, scope: Scope): void {
  scope.params.release(block);
  if (block.frame) {
    const i = scope.frames.lastIndexOf(block.frame);
    if (i > 0) scope.frames.splice(i, 1);
  }
}

/** The block name as written: `each`, `layout`, `dir/name`. */
function nameOf(tokens: Token[]): string {
  const head = tokens[0];
  if (head.type === 'string') return head.value;
  let name = head.value;
  for (let i = 1; i + 1 < tokens.length; i += 2) {
    const sep = tokens[i];
    const n = tokens[i + 1];
    if (sep.type === 'punct' && (sep.value === '/' || sep.value === '.') && n.type === 'ident' && sep.offset === tokens[i - 1].end && n.offset === sep.end) {
      name += sep.value + n.value;
    } else break;
  }
  return name;
}

/** Number of tokens in the path at the start of `tokens` (`dir/name` is three). */
function pathLength(tokens: Token[]): number {
  if (tokens[0]?.type === 'string') return 1;
  let i = 1;
  while (i + 1 < tokens.length) {
    const sep = tokens[i];
    const n = tokens[i + 1];
    if (sep.type === 'punct' && (sep.value === '/' || sep.value === '.') && n.type === 'ident' && sep.offset === tokens[i - 1].end && n.offset === sep.end) i += 2;
    else break;
  }
  return i;
}

/** The partial named by the path at the start of `tokens` (a string literal or `dir/name`). */
function partialReference(tokens: Token[]): Reference {
  const head = tokens[0];
  if (head.type === 'string') {
    return { kind: 'partial', name: head.value, span: { offset: head.offset + 1, endOffset: Math.max(head.offset + 1, head.end - 1) } };
  }
  const last = tokens[pathLength(tokens) - 1];
  return { kind: 'partial', name: nameOf(tokens), span: { offset: head.offset, endOffset: last.end } };
}
