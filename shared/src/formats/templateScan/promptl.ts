/**
 * PromptL (`.promptl`, Latitude): `{{ expr }}` interpolations (always raw), `{{ if c }}…{{ else }}…{{ endif }}`,
 * `{{ for x, i in xs }}…{{ endfor }}`, `{{ x = expr }}` assignments (locals from then on), `/* … *\/`
 * comments, message tags `<system>`, `<user>`, `<assistant>`, `<tool>`, `<developer>`, `<message role="…">`,
 * and `<prompt path="…" />` includes. Unknown tags are plain text.
 */
import type { Role, Span } from '../../types';
import { BlockStack, LocalNames, type OpenBlock } from './blocks';
import { Finder, SIMPLE_PATH, ScanContext, StrayCloserCheck, findCloser, newExpression } from './context';
import { readPath, tokenize, type Token } from './exprTokens';

/** A message tag pair found in the body. */
export interface PromptlMessageTag {
  role: Role;
  roleText: string;
  /** The opening tag. */
  open: Span;
  /** Between the tags. */
  content: Span;
}

const MESSAGE_TAGS: Record<string, Role> = {
  system: 'system',
  user: 'user',
  assistant: 'assistant',
  tool: 'tool',
  developer: 'developer',
  message: 'unknown',
};
const STATEMENT_WORDS = new Set(['if', 'for', 'else', 'endif', 'endfor']);
const JS_KEYWORDS = new Set(['true', 'false', 'null', 'undefined', 'typeof', 'in', 'of', 'new', 'instanceof', 'void', 'this']);

const OPEN_TAG = /<([A-Za-z][\w-]*)((?:\s[^<>]*)?)>/y;
const CLOSE_TAG = /<\/([A-Za-z][\w-]*)\s*>/y;

export function scanPromptl(ctx: ScanContext, start: number, end: number): PromptlMessageTag[] {
  const text = ctx.text;
  const exprOpen = new Finder(text, '{{', end);
  const exprClose = new Finder(text, '}}', end);
  const commentOpen = new Finder(text, '/*', end);
  const commentClose = new Finder(text, '*/', end);
  const tagOpen = new Finder(text, '<', end);
  const stray = new StrayCloserCheck(ctx);
  const blocks = new BlockStack<OpenBlock>();
  const locals = new LocalNames();
  const messages: PromptlMessageTag[] = [];
  let openMessage: { name: string; role: Role; roleText: string; open: Span } | undefined;

  let p = start;
  while (p < end) {
    const candidates = [exprOpen.next(p), commentOpen.next(p), tagOpen.next(p)].filter((x) => x >= 0);
    if (candidates.length === 0) {
      stray.text(p, end);
      break;
    }
    const o = Math.min(...candidates);
    stray.text(p, o);
    if (text.startsWith('/*', o)) {
      const c = commentClose.next(o + 2);
      if (c < 0) {
        ctx.syntax({ offset: o, endOffset: o + 2 }, 'Unclosed `/*` comment: add `*/`.');
        p = o + 2;
        continue;
      }
      ctx.comment(o, c + 2, o + 2, c);
      ctx.expression(newExpression('comment', { offset: o, endOffset: c + 2 }, text.slice(o + 2, c).trim(), false));
      p = c + 2;
      continue;
    }
    if (text.startsWith('{{', o)) {
      const following = exprOpen.next(o + 2);
      const c = findCloser(text, o + 2, exprClose, following, '}}', end);
      if (c < 0) {
        ctx.syntax({ offset: o, endOffset: o + 2 }, 'Unclosed `{{`: add `}}`.');
        p = following >= 0 ? following : o + 2;
        continue;
      }
      expression(ctx, { offset: o, endOffset: c + 2 }, o + 2, c, blocks, locals);
      p = c + 2;
      continue;
    }
    // `<`: a PromptL tag, or plain text.
    if (text[o + 1] === '/') {
      CLOSE_TAG.lastIndex = o;
      const m = CLOSE_TAG.exec(text);
      const name = m ? m[1].toLowerCase() : '';
      if (m && o + m[0].length <= end && Object.hasOwn(MESSAGE_TAGS, name)) {
        const span = { offset: o, endOffset: o + m[0].length };
        if (!openMessage || openMessage.name !== name) {
          ctx.syntax(span, `\`</${name}>\` closes no open \`<${name}>\` message.`);
        } else {
          messages.push({ role: openMessage.role, roleText: openMessage.roleText, open: openMessage.open, content: { offset: openMessage.open.endOffset, endOffset: o } });
          openMessage = undefined;
        }
        p = span.endOffset;
        continue;
      }
      p = o + 1;
      continue;
    }
    OPEN_TAG.lastIndex = o;
    const m = OPEN_TAG.exec(text);
    if (!m || o + m[0].length > end) {
      p = o + 1;
      continue;
    }
    const name = m[1].toLowerCase();
    const span = { offset: o, endOffset: o + m[0].length };
    const attrs = m[2];
    const selfClosing = attrs.trimEnd().endsWith('/');
    if (name === 'prompt') {
      const e = newExpression('partial', span, m[0].slice(1, selfClosing ? -2 : -1).trim(), true);
      const path = attribute(attrs, 'path');
      if (path) {
        const valueStart = o + 1 + m[1].length + path.index;
        ctx.out.references.push({ kind: 'include', name: path.value, span: { offset: valueStart, endOffset: valueStart + path.value.length } });
      }
      ctx.expression(e);
      if (!selfClosing) ctx.syntax(span, '`<prompt>` must be self-closing: write `<prompt path="…" />`.');
      p = span.endOffset;
      continue;
    }
    if (Object.hasOwn(MESSAGE_TAGS, name) && !selfClosing) {
      if (openMessage) {
        ctx.syntax(span, `\`<${name}>\` inside \`<${openMessage.name}>\`: messages cannot be nested.`);
      } else {
        const roleAttr = name === 'message' ? attribute(attrs, 'role')?.value : undefined;
        const roleText = roleAttr ?? name;
        const role = name === 'message' ? roleNamed(roleAttr) : MESSAGE_TAGS[name];
        openMessage = { name, role, roleText, open: span };
      }
    }
    // Keep scanning inside the tag: its attributes may hold `{{ }}` expressions.
    p = o + 1 + m[1].length;
  }
  if (openMessage) ctx.syntax(openMessage.open, `\`<${openMessage.name}>\` is never closed: add \`</${openMessage.name}>\`.`);
  for (const block of blocks.items) {
    ctx.syntax(block.span, `\`{{ ${block.name} }}\` is never closed: add \`{{ end${block.name} }}\`.`);
  }
  return messages;
}

/** `<message role="…">`: a known role name, else `unknown`. */
function roleNamed(value: string | undefined): Role {
  const key = (value ?? '').toLowerCase();
  return key !== 'message' && Object.hasOwn(MESSAGE_TAGS, key) ? MESSAGE_TAGS[key] : 'unknown';
}

/**
 * The value of attribute `name` (`name="v"` or `name='v'`) and its offset within `attrs`: one linear pass
 * over `name = quoted-value` pairs; other attribute forms are skipped.
 */
function attribute(attrs: string, name: string): { value: string; index: number } | undefined {
  let i = 0;
  while (i < attrs.length) {
    while (i < attrs.length && !isNameChar(attrs.charCodeAt(i))) i++;
    const start = i;
    while (i < attrs.length && isNameChar(attrs.charCodeAt(i))) i++;
    const key = attrs.slice(start, i);
    let j = i;
    while (j < attrs.length && (attrs[j] === ' ' || attrs[j] === '\t' || attrs[j] === '\n' || attrs[j] === '\r')) j++;
    if (attrs[j] !== '=') continue;
    j++;
    while (j < attrs.length && (attrs[j] === ' ' || attrs[j] === '\t' || attrs[j] === '\n' || attrs[j] === '\r')) j++;
    const quote = attrs[j];
    if (quote !== '"' && quote !== "'") {
      i = j;
      continue;
    }
    const close = attrs.indexOf(quote, j + 1);
    if (close < 0) return undefined;
    if (key === name) return { value: attrs.slice(j + 1, close), index: j + 1 };
    i = close + 1;
  }
  return undefined;
}

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** Variables read by a JavaScript-like PromptL expression (members, object keys and calls excluded). */
function reads(tokens: Token[], from: number, to = tokens.length): Array<{ root: string; path: string }> {
  const out: Array<{ root: string; path: string }> = [];
  let braces = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.type === 'punct') {
      if (t.value === '{') braces++;
      else if (t.value === '}') braces = Math.max(0, braces - 1);
      continue;
    }
    if (t.type !== 'ident' || JS_KEYWORDS.has(t.value)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev?.type === 'punct' && (prev.value === '.' || prev.value === '?.')) continue;
    if (braces > 0 && next?.value === ':') continue; // object key
    if (next?.type === 'punct' && next.value === '(') continue; // call
    const path = readPath(tokens, i);
    out.push({ root: path.root, path: path.path });
    i = path.next - 1;
  }
  return out;
}

function expression(ctx: ScanContext, span: Span, innerStart: number, innerEnd: number, blocks: BlockStack<OpenBlock>, locals: LocalNames): void {
  const text = ctx.text;
  const source = text.slice(innerStart, innerEnd).trim();
  if (SIMPLE_PATH.test(source) && !STATEMENT_WORDS.has(source)) {
    const dot = source.indexOf('.');
    const root = dot < 0 ? source : source.slice(0, dot);
    if (!JS_KEYWORDS.has(root)) {
      const e = newExpression('variable', span, source, true);
      e.variable = root;
      e.path = source;
      if (locals.has(root)) e.local = true;
      else e.references = [root];
      ctx.expression(e);
      return;
    }
  }
  const tokens = tokenize(text, innerStart, innerEnd, { backticks: true });
  const keyword = tokens[0]?.type === 'ident' ? tokens[0].value : '';
  const fill = (e: ReturnType<typeof newExpression>, list: Array<{ root: string; path: string }>) => {
    e.references = [...new Set(list.filter((r) => !locals.has(r.root)).map((r) => r.root))];
    if (list[0]) {
      e.variable = list[0].root;
      e.path = list[0].path;
      if (locals.has(list[0].root)) e.local = true;
    }
  };

  if (keyword === 'if' || keyword === 'for') {
    const e = newExpression('block', span, source, false);
    e.block = keyword;
    const block: OpenBlock = { name: keyword, span, declared: [] };
    if (keyword === 'for') {
      const inAt = tokens.findIndex((t, i) => i > 0 && t.type === 'ident' && t.value === 'in');
      fill(e, reads(tokens, inAt < 0 ? tokens.length : inAt + 1));
      blocks.push(block);
      for (const t of tokens.slice(1, inAt < 0 ? 1 : inAt)) if (t.type === 'ident') locals.declare(t.value, block);
    } else {
      fill(e, reads(tokens, 1));
      blocks.push(block);
    }
    ctx.expression(e);
    return;
  }
  if (keyword === 'else') {
    const e = newExpression('block', span, source, false);
    e.block = 'else';
    fill(e, reads(tokens, tokens[1]?.value === 'if' ? 2 : 1));
    if (!blocks.top()) ctx.syntax(span, '`{{ else }}` outside an `{{ if }}` or `{{ for }}` block.');
    ctx.expression(e);
    return;
  }
  if ((keyword === 'endif' || keyword === 'endfor') && tokens.length === 1) {
    const e = newExpression('block', span, source, false);
    e.block = keyword;
    const name = keyword.slice(3);
    const closed = blocks.close(name);
    if (!closed) ctx.syntax(span, `\`{{ ${keyword} }}\` closes no open \`{{ ${name} }}\`.`);
    else {
      for (const b of closed.unclosed) {
        ctx.syntax(b.span, `\`{{ ${b.name} }}\` is never closed: add \`{{ end${b.name} }}\` before \`{{ ${keyword} }}\`.`);
        locals.release(b);
      }
      locals.release(closed.block);
    }
    ctx.expression(e);
    return;
  }
  // Assignment: `{{ x = expr }}` (also `+=`, `-=` …) defines a local from here on.
  const op = tokens[1];
  if (tokens[0]?.type === 'ident' && op?.type === 'punct' && (op.value === '=' || (/^[-+*/]$/.test(op.value) && tokens[2]?.value === '=' && tokens[2].offset === op.end))) {
    const e = newExpression('block', span, source, false);
    e.block = 'set';
    fill(e, reads(tokens, op.value === '=' ? 2 : 0));
    locals.declare(tokens[0].value, blocks.top());
    ctx.expression(e);
    return;
  }
  const e = newExpression('variable', span, source, true);
  fill(e, reads(tokens, 0));
  ctx.expression(e);
}
