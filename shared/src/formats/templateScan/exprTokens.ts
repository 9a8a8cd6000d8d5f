/**
 * A small tokenizer for the inside of template tags (`customer.name | upper`, `#each items as |item|`,
 * `for x, i in xs`). It only needs to find identifiers, paths, strings and punctuation: the scanners read
 * variables from it, they do not evaluate anything.
 */

export type TokenType = 'ident' | 'string' | 'number' | 'punct';

export interface Token {
  type: TokenType;
  /** Identifier or punctuation as written; for strings the text between the quotes. */
  value: string;
  /** Offset in the file. */
  offset: number;
  end: number;
}

export interface TokenizeOptions {
  /** Handlebars: identifiers may contain `-`; `[literal segments]`; `@data` variables. */
  handlebars?: boolean;
  /** PromptL/JS: backtick strings. */
  backticks?: boolean;
}

const TWO_CHAR = new Set(['..', '==', '!=', '<=', '>=', '//', '**', '&&', '||', '??', '?.']);

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Tokens of `text.slice(start, end)`, with file offsets. */
export function tokenize(text: string, start: number, end: number, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c === 34 || c === 39 || (c === 96 && options.backticks)) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) !== c) j += text.charCodeAt(j) === 92 ? 2 : 1;
      const close = Math.min(j, end);
      tokens.push({ type: 'string', value: text.slice(i + 1, close), offset: i, end: Math.min(close + 1, end) });
      i = close + 1;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < end && (isIdentPart(text.charCodeAt(j)) || (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))))) j++;
      tokens.push({ type: 'number', value: text.slice(i, j), offset: i, end: j });
      i = j;
      continue;
    }
    if (options.handlebars && c === 91 /* [ */) {
      // Handlebars literal segment: `[any key]`.
      const close = text.indexOf(']', i + 1);
      if (close > i && close < end) {
        tokens.push({ type: 'ident', value: text.slice(i + 1, close), offset: i, end: close + 1 });
        i = close + 1;
        continue;
      }
    }
    if (isIdentStart(c) || (options.handlebars && c === 64 /* @ */)) {
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isIdentPart(d)) j++;
        else if (options.handlebars && d === 45 /* - */ && j + 1 < end && isIdentPart(text.charCodeAt(j + 1))) j++;
        else break;
      }
      tokens.push({ type: 'ident', value: text.slice(i, j), offset: i, end: j });
      i = j;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (i + 1 < end && TWO_CHAR.has(two)) {
      tokens.push({ type: 'punct', value: two, offset: i, end: i + 2 });
      i += 2;
      continue;
    }
    tokens.push({ type: 'punct', value: text[i], offset: i, end: i + 1 });
    i++;
  }
  return tokens;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export interface PathRead {
  /** First identifier. */
  root: string;
  /** Dotted path: `a.b.c`, `a[0]` → `a.0`, `a["k"]` → `a.k`. */
  path: string;
  /** Index of the first token after the path. */
  next: number;
}

/**
 * Reads `ident (. ident | [ literal ])*` starting at token `i` (which must be an identifier).
 * `slash`: Handlebars also separates segments with `/`.
 */
export function readPath(tokens: Token[], i: number, slash = false): PathRead {
  const root = tokens[i].value;
  const parts = [root];
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j];
    const n = tokens[j + 1];
    if (t.type === 'punct' && (t.value === '.' || t.value === '?.' || (slash && t.value === '/')) && n && n.type === 'ident' && n.offset === t.end) {
      parts.push(n.value);
      j += 2;
    } else if (t.type === 'punct' && t.value === '[' && n && (n.type === 'string' || n.type === 'number') && tokens[j + 2]?.value === ']') {
      parts.push(n.value);
      j += 3;
    } else break;
  }
  return { root, path: parts.join('.'), next: j };
}
