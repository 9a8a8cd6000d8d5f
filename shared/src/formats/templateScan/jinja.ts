/**
 * Jinja2 scanner (Prompty's default engine, `*.jinja`, `*.j2`): `{{ expr }}`, `{% statement %}`,
 * `{# comment #}`, whitespace control (`{{-`, `-}}`, `{%+`), `{% raw %}` regions.
 *
 * Escaping follows the brief Prompty relies on: output is treated as escaped unless `| safe` is applied or
 * it sits in an `{% autoescape false %}` region. Loop targets, `set` targets, macro parameters, `with`
 * bindings and imports are locals, not inputs.
 */
import type { Span } from '../../types';
import { BlockStack, LocalNames, type OpenBlock } from './blocks';
import { Finder, SIMPLE_PATH, ScanContext, StrayCloserCheck, findCloser, isSpace, newExpression } from './context';
import { readPath, tokenize, type Token } from './exprTokens';

interface JinjaBlock extends OpenBlock {
  /** Autoescape state to restore when an `autoescape` block closes. */
  restoreRaw?: boolean;
  /** `{% set x %}…{% endset %}` defines `x` when it closes. */
  setTarget?: string;
}

/** Statements that open a block closed by `end<name>`. */
const BLOCK_STATEMENTS = new Set(['if', 'for', 'macro', 'call', 'filter', 'block', 'with', 'autoescape', 'trans']);
const KEYWORDS = new Set([
  'and', 'or', 'not', 'in', 'is', 'if', 'else', 'true', 'false', 'none', 'True', 'False', 'None', 'recursive', 'as',
]);
/** Words of `include`/`import` statements (`ignore missing`, `with context`), not variables there. */
const INCLUDE_WORDS = new Set(['ignore', 'missing', 'with', 'without', 'context', 'import', 'from', 'as']);
/** Names Jinja provides in every template or block (not inputs). */
const SPECIAL = new Set(['loop', 'caller', 'self', 'varargs', 'kwargs', 'super']);
const ESCAPING_FILTERS = new Set(['e', 'escape', 'forceescape']);

const ENDRAW = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;

export function scanJinja(ctx: ScanContext, start: number, end: number): void {
  const text = ctx.text;
  const open = { v: new Finder(text, '{{', end), s: new Finder(text, '{%', end), c: new Finder(text, '{#', end) };
  const close = { v: new Finder(text, '}}', end), s: new Finder(text, '%}', end), c: new Finder(text, '#}', end) };
  const nextOpen = (p: number): number => earliest(earliest(open.v.next(p), open.s.next(p)), open.c.next(p));
  const stray = new StrayCloserCheck(ctx);
  const blocks = new BlockStack<JinjaBlock>();
  const locals = new LocalNames();
  const state = { raw: false };

  let p = start;
  while (p < end) {
    const o = nextOpen(p);
    if (o < 0) {
      stray.text(p, end);
      break;
    }
    stray.text(p, o);
    const kind = text[o + 1];
    const contentStart = o + 2;
    if (kind === '#') {
      const c = close.c.next(contentStart);
      if (c < 0) {
        ctx.syntax({ offset: o, endOffset: o + 2 }, 'Unclosed `{#` comment: add `#}`.');
        p = contentStart;
        continue;
      }
      const inner = trimControl(text, contentStart, c);
      ctx.comment(o, c + 2, inner.offset, inner.endOffset);
      ctx.expression(newExpression('comment', { offset: o, endOffset: c + 2 }, text.slice(inner.offset, inner.endOffset).trim(), false));
      p = c + 2;
      continue;
    }
    const closer = kind === '{' ? '}}' : '%}';
    const following = nextOpen(contentStart);
    const c = findCloser(text, contentStart, kind === '{' ? close.v : close.s, following, closer, end);
    if (c < 0) {
      ctx.syntax({ offset: o, endOffset: o + 2 }, `Unclosed \`${text.slice(o, o + 2)}\`: add \`${closer}\`.`);
      p = following >= 0 ? following : contentStart;
      continue;
    }
    const span = { offset: o, endOffset: c + 2 };
    const inner = trimControl(text, contentStart, c);
    if (kind === '{') {
      variableTag(ctx, span, inner, locals, state.raw);
      p = c + 2;
    } else {
      p = statementTag(ctx, span, inner, blocks, locals, state, end);
    }
  }
  for (const block of blocks.items) {
    ctx.syntax(block.span, `\`{% ${block.name} %}\` is never closed: add \`{% end${block.name} %}\`.`);
  }
}

/** The tag content without whitespace-control markers and surrounding blanks. */
function trimControl(text: string, from: number, to: number): Span {
  let s = from;
  let e = to;
  if (s < e && (text[s] === '-' || text[s] === '+')) s++;
  if (e > s && (text[e - 1] === '-' || text[e - 1] === '+')) e--;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { offset: s, endOffset: e };
}

/** The smaller of two offsets where -1 means "none". */
function earliest(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

interface Reads {
  /** Variables read, in order: root, dotted path. */
  reads: Array<{ root: string; path: string }>;
  filters: string[];
}

/** Variables read by a Jinja expression (attributes, filter and test names, calls and kwargs excluded). */
function jinjaReads(tokens: Token[], from = 0, to = tokens.length): Reads {
  const reads: Reads['reads'] = [];
  const filters: string[] = [];
  let parens = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.type === 'punct') {
      if (t.value === '(' || t.value === '[' || t.value === '{') parens++;
      else if (t.value === ')' || t.value === ']' || t.value === '}') parens = Math.max(0, parens - 1);
      continue;
    }
    if (t.type !== 'ident') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev?.type === 'punct' && prev.value === '|') {
      filters.push(t.value);
      continue;
    }
    if (prev?.type === 'punct' && (prev.value === '.' || prev.value === '?.')) continue;
    if (prev?.type === 'ident' && (prev.value === 'is' || (prev.value === 'not' && tokens[i - 2]?.value === 'is'))) continue;
    if (KEYWORDS.has(t.value)) continue;
    if (next?.type === 'punct' && next.value === '(') continue; // a call: range(), namespace()
    if (next?.type === 'punct' && next.value === '=' && parens > 0) continue; // keyword argument
    if (next?.type === 'punct' && next.value === ':' && parens > 0 && prev?.value !== '?') continue; // dict key
    const path = readPath(tokens, i);
    reads.push({ root: path.root, path: path.path });
    i = path.next - 1;
  }
  return { reads, filters };
}

function fillReads(e: { variable?: string; path?: string; references: string[]; local?: boolean }, reads: Reads['reads'], locals: LocalNames): void {
  const refs = new Set<string>();
  for (const r of reads) {
    if (!locals.has(r.root) && !SPECIAL.has(r.root)) refs.add(r.root);
  }
  e.references = [...refs];
  const first = reads[0];
  if (first) {
    e.variable = first.root;
    e.path = first.path;
    if (locals.has(first.root) || SPECIAL.has(first.root)) e.local = true;
  }
}

function variableTag(ctx: ScanContext, span: Span, inner: Span, locals: LocalNames, rawRegion: boolean): void {
  const source = ctx.text.slice(inner.offset, inner.endOffset);
  if (SIMPLE_PATH.test(source)) {
    const dot = source.indexOf('.');
    const root = dot < 0 ? source : source.slice(0, dot);
    if (!KEYWORDS.has(root)) {
      const e = newExpression('variable', span, source, rawRegion);
      e.variable = root;
      e.path = source;
      if (locals.has(root) || SPECIAL.has(root)) e.local = true;
      else e.references = [root];
      ctx.expression(e);
      return;
    }
  }
  const tokens = tokenize(ctx.text, inner.offset, inner.endOffset);
  const { reads, filters } = jinjaReads(tokens);
  let raw = rawRegion;
  if (filters.includes('safe')) raw = true;
  else if (filters.some((f) => ESCAPING_FILTERS.has(f))) raw = false;
  const e = newExpression('variable', span, source, raw);
  fillReads(e, reads, locals);
  ctx.expression(e);
}

/** Handles one `{% … %}`; returns where scanning resumes. */
function statementTag(
  ctx: ScanContext,
  span: Span,
  inner: Span,
  blocks: BlockStack<JinjaBlock>,
  locals: LocalNames,
  state: { raw: boolean },
  end: number,
): number {
  const text = ctx.text;
  const source = text.slice(inner.offset, inner.endOffset);
  const tokens = tokenize(text, inner.offset, inner.endOffset);
  const keyword = tokens[0]?.type === 'ident' ? tokens[0].value : '';
  const e = newExpression('block', span, source, false);
  e.block = keyword || undefined;

  const bindTargets = (names: string[], block?: JinjaBlock) => {
    for (const n of names) locals.declare(n, block ?? blocks.top());
  };

  if (keyword === 'raw') {
    ENDRAW.lastIndex = span.endOffset;
    const m = ENDRAW.exec(text);
    if (!m || m.index + m[0].length > end) {
      ctx.syntax(span, '`{% raw %}` is never closed: add `{% endraw %}`.');
      ctx.expression(e);
      return end;
    }
    ctx.expression(e);
    const closing = newExpression('block', { offset: m.index, endOffset: m.index + m[0].length }, 'endraw', false);
    closing.block = 'endraw';
    ctx.expression(closing);
    return m.index + m[0].length;
  }

  if (keyword === 'for') {
    const inAt = tokens.findIndex((t, i) => i > 0 && t.type === 'ident' && t.value === 'in');
    const targets = tokens.slice(1, inAt < 0 ? tokens.length : inAt).filter((t) => t.type === 'ident').map((t) => t.value);
    fillReads(e, jinjaReads(tokens, inAt < 0 ? tokens.length : inAt + 1).reads, locals);
    const block: JinjaBlock = { name: 'for', span, declared: [] };
    blocks.push(block);
    bindTargets([...targets, 'loop'], block);
  } else if (keyword === 'set' || keyword === 'with') {
    const eq = topLevelIndex(tokens, '=');
    if (keyword === 'set' && eq < 0) {
      // Block assignment: `{% set x %}…{% endset %}`.
      const target = tokens[1]?.type === 'ident' ? tokens[1].value : undefined;
      fillReads(e, jinjaReads(tokens, 2).reads, locals);
      blocks.push({ name: 'set', span, declared: [], setTarget: target });
    } else if (keyword === 'set') {
      const targets = tokens.slice(1, eq).filter((t) => t.type === 'ident').map((t) => t.value);
      fillReads(e, jinjaReads(tokens, eq + 1).reads, locals);
      bindTargets(targets);
    } else {
      // `{% with a = x, b = y %}`: names before each top-level `=` are locals of the block.
      const names: string[] = [];
      const values: Array<{ root: string; path: string }> = [];
      for (let i = 1; i < tokens.length; i++) {
        if (tokens[i].type === 'ident' && tokens[i + 1]?.value === '=') {
          names.push(tokens[i].value);
          let j = i + 2;
          let depth = 0;
          while (j < tokens.length && !(depth === 0 && tokens[j].value === ',')) {
            if ('([{'.includes(tokens[j].value)) depth++;
            if (')]}'.includes(tokens[j].value)) depth--;
            j++;
          }
          values.push(...jinjaReads(tokens, i + 2, j).reads);
          i = j;
        }
      }
      fillReads(e, values, locals);
      const block: JinjaBlock = { name: 'with', span, declared: [] };
      blocks.push(block);
      bindTargets(names, block);
    }
  } else if (keyword === 'macro' || keyword === 'call') {
    const block: JinjaBlock = { name: keyword, span, declared: [] };
    const params: string[] = [];
    if (keyword === 'macro') {
      // Parameters: identifiers in the parentheses not preceded by `=` (defaults are expressions).
      let depth = 0;
      for (let i = 2; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.value === '(') depth++;
        else if (t.value === ')') depth--;
        else if (depth === 1 && t.type === 'ident' && (tokens[i - 1].value === '(' || tokens[i - 1].value === ',')) params.push(t.value);
      }
    } else {
      params.push('caller');
      if (tokens[1]?.value === '(') {
        for (let i = 2; i < tokens.length && tokens[i].value !== ')'; i++) if (tokens[i].type === 'ident') params.push(tokens[i].value);
      }
      fillReads(e, jinjaReads(tokens, 1).reads.filter((r) => !params.includes(r.root)), locals);
    }
    blocks.push(block);
    bindTargets(params, block);
  } else if (keyword === 'autoescape') {
    const arg = tokens[1]?.value;
    blocks.push({ name: 'autoescape', span, declared: [], restoreRaw: state.raw });
    if (arg === 'false' || arg === 'False') state.raw = true;
    else if (arg === 'true' || arg === 'True') state.raw = false;
  } else if (BLOCK_STATEMENTS.has(keyword)) {
    fillReads(e, jinjaReads(tokens, 1).reads, locals);
    blocks.push({ name: keyword, span, declared: [] });
  } else if (keyword === 'elif' || keyword === 'else') {
    fillReads(e, jinjaReads(tokens, 1).reads, locals);
    const top = blocks.top();
    const allowed = keyword === 'elif' ? ['if'] : ['if', 'for'];
    if (!top || !allowed.includes(top.name)) {
      ctx.syntax(span, `\`{% ${keyword} %}\` outside ${keyword === 'elif' ? 'an `{% if %}`' : 'an `{% if %}` or `{% for %}`'} block.`);
    }
  } else if (keyword.startsWith('end') && keyword.length > 3) {
    const name = keyword.slice(3);
    const closed = blocks.close(name);
    if (!closed) {
      ctx.syntax(span, `\`{% ${keyword} %}\` closes no open \`{% ${name} %}\`.`);
    } else {
      for (const b of closed.unclosed) {
        ctx.syntax(b.span, `\`{% ${b.name} %}\` is never closed: add \`{% end${b.name} %}\` before \`{% ${keyword} %}\`.`);
        release(b, locals, state);
      }
      release(closed.block, locals, state);
      if (closed.block.setTarget) locals.declare(closed.block.setTarget, blocks.top());
    }
  } else if (keyword === 'include' || keyword === 'extends' || keyword === 'import' || keyword === 'from') {
    e.kind = keyword === 'include' || keyword === 'extends' ? 'partial' : 'block';
    const name = tokens.find((t) => t.type === 'string');
    if (name && e.kind === 'partial') ctx.out.references.push({ kind: 'include', name: name.value, span: { offset: name.offset + 1, endOffset: name.end - 1 } });
    if (keyword === 'import' || keyword === 'from') {
      // `import 'x' as y`, `from 'x' import a, b as c`: the bound names are locals.
      const importAt = keyword === 'from' ? tokens.findIndex((t) => t.value === 'import') : tokens.findIndex((t) => t.value === 'as');
      const names: string[] = [];
      for (let i = importAt + 1; importAt >= 0 && i < tokens.length; i++) {
        const t = tokens[i];
        if (t.type !== 'ident' || KEYWORDS.has(t.value) || INCLUDE_WORDS.has(t.value)) continue;
        if (tokens[i + 1]?.value === 'as') continue;
        names.push(t.value);
      }
      bindTargets(names);
    } else {
      fillReads(e, jinjaReads(tokens, 1).reads.filter((r) => !INCLUDE_WORDS.has(r.root)), locals);
    }
  } else {
    fillReads(e, jinjaReads(tokens, 1).reads, locals);
  }
  ctx.expression(e);
  return span.endOffset;
}

function release(block: JinjaBlock, locals: LocalNames, state: { raw: boolean }): void {
  locals.release(block);
  if (block.restoreRaw !== undefined) state.raw = block.restoreRaw;
}

function topLevelIndex(tokens: Token[], value: string): number {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i].value;
    if (tokens[i].type !== 'punct') continue;
    if (v === '(' || v === '[' || v === '{') depth++;
    else if (v === ')' || v === ']' || v === '}') depth--;
    else if (v === value && depth === 0) return i;
  }
  return -1;
}
