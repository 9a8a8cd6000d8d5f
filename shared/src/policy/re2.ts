/**
 * Every pattern that comes from a policy file runs here, on RE2 (`re2js`): matching is linear in the input,
 * whatever the pattern, so a policy can never make promptgov hang. Policy patterns never reach JS RegExp.
 *
 * - `compilePolicyPattern` compiles RE2 syntax (`blocked_phrases`, `metadata.owner_pattern`); inline flags
 *   such as `(?i)` work as in RE2.
 * - `compilePolicyGlob` compiles a glob (`models.approved`, `deprecated[].id`, input names) to an anchored
 *   RE2 pattern: `*`, `**`, `?`, `[abc]`, `[!abc]`, `{a,b}` and `\` escapes.
 */
import { RE2JS } from 're2js';

/** One match, in UTF-16 offsets of the searched text. */
export interface PolicyMatch {
  index: number;
  end: number;
  text: string;
}

export interface PolicyMatcher {
  /** The pattern as written in the policy. */
  readonly source: string;
  /** Whether the pattern matches anywhere in `text` (globs: the whole text). */
  test(text: string): boolean;
  /** The first match starting at or after `from` (default 0), or null. */
  exec(text: string, from?: number): PolicyMatch | null;
  /** Every non-overlapping match, left to right. */
  matchAll(text: string): PolicyMatch[];
}

export type CompileResult = { ok: true; matcher: PolicyMatcher } | { ok: false; error: string };

/** Longest pattern accepted; policies hold phrases, not programs. */
export const MAX_PATTERN_LENGTH = 2000;

/** Compiles an RE2 pattern from a policy. Never throws: a bad pattern gives `{ ok: false, error }`. */
export function compilePolicyPattern(source: string): CompileResult {
  if (typeof source !== 'string') return { ok: false, error: 'a pattern must be a string' };
  if (source.length === 0) return { ok: false, error: 'an empty pattern matches every text' };
  if (source.length > MAX_PATTERN_LENGTH) {
    return { ok: false, error: `the pattern is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}` };
  }
  try {
    return { ok: true, matcher: wrap(source, RE2JS.compile(source)) };
  } catch (error) {
    return { ok: false, error: re2ErrorText(error) };
  }
}

export interface GlobOptions {
  /** `*` and `?` match `/` too (model ids are not paths). Default true. */
  matchSlash?: boolean;
  /** Ignore case. Default false. */
  ignoreCase?: boolean;
}

/** Compiles a glob to an anchored RE2 matcher. Never throws. */
export function compilePolicyGlob(glob: string, options: GlobOptions = {}): CompileResult {
  const translated = globToRe2(glob, options);
  if (!translated.ok) return translated;
  try {
    return { ok: true, matcher: wrap(glob, RE2JS.compile(translated.source)) };
  } catch (error) {
    return { ok: false, error: re2ErrorText(error) };
  }
}

/** Whether `text` contains glob syntax (`*`, `?`, `[`, `{`). */
export function isGlob(text: string): boolean {
  return /[*?[{]/.test(text);
}

/** Translates a glob to RE2 source (anchored, dot matches newline). */
export function globToRe2(glob: string, options: GlobOptions = {}): { ok: true; source: string } | { ok: false; error: string } {
  if (typeof glob !== 'string') return { ok: false, error: 'a glob must be a string' };
  if (glob.length === 0) return { ok: false, error: 'an empty glob matches nothing' };
  if (glob.length > MAX_PATTERN_LENGTH) {
    return { ok: false, error: `the glob is ${glob.length} characters long; the limit is ${MAX_PATTERN_LENGTH}` };
  }
  const matchSlash = options.matchSlash ?? true;
  const any = matchSlash ? '.' : '[^/]';
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      if (i + 1 >= glob.length) return { ok: false, error: 'it ends with a lone \\' };
      out += escapeLiteral(glob[++i]);
    } else if (c === '*') {
      let j = i;
      while (glob[j + 1] === '*') j++;
      const double = j > i;
      i = j;
      if (double && !matchSlash) {
        // `**/` matches zero or more folders; a trailing or inner `**` matches anything.
        if (glob[i + 1] === '/') {
          out += '(?:.*/)?';
          i++;
        } else out += '.*';
      } else out += double ? '.*' : `${any}*`;
    } else if (c === '?') {
      out += any;
    } else if (c === '[') {
      const cls = readClass(glob, i);
      if (!cls.ok) return cls;
      out += cls.source;
      i = cls.end;
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else {
      out += escapeLiteral(c);
    }
  }
  if (braces > 0) return { ok: false, error: 'missing }' };
  return { ok: true, source: `${options.ignoreCase ? '(?is)' : '(?s)'}^${out}$` };
}

/** Reads `[...]` starting at `start` (the `[`); `[!x]` and `[^x]` negate; a `]` right after the opening is literal. */
function readClass(glob: string, start: number): { ok: true; source: string; end: number } | { ok: false; error: string } {
  let i = start + 1;
  let negate = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < glob.length; i++) {
    const c = glob[i];
    if (c === ']' && !first) {
      if (!body) return { ok: false, error: 'empty []' };
      return { ok: true, source: `[${negate ? '^' : ''}${body}]`, end: i };
    }
    first = false;
    if (c === '\\') {
      if (i + 1 >= glob.length) return { ok: false, error: 'it ends with a lone \\' };
      body += escapeClassChar(glob[++i]);
    } else if (c === '-' && body && glob[i + 1] !== ']') {
      body += '-';
    } else {
      body += escapeClassChar(c);
    }
  }
  return { ok: false, error: 'missing ]' };
}

function escapeLiteral(c: string): string {
  return /[\\^$.|?*+()[\]{}]/.test(c) ? `\\${c}` : c;
}

function escapeClassChar(c: string): string {
  return /[\\\]\[^-]/.test(c) ? `\\${c}` : c;
}

function wrap(source: string, re: RE2JS): PolicyMatcher {
  const exec = (text: string, from = 0): PolicyMatch | null => {
    const m = re.matcher(text);
    if (!m.find(from)) return null;
    return { index: m.start(), end: m.end(), text: m.group() ?? '' };
  };
  return {
    source,
    test: (text) => re.test(text),
    exec,
    matchAll(text) {
      const out: PolicyMatch[] = [];
      const m = re.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        const match = { index: m.start(), end: m.end(), text: m.group() ?? '' };
        out.push(match);
        from = match.end > match.index ? match.end : match.end + 1;
      }
      return out;
    },
  };
}

/** `missing closing ]: `[`` from an RE2JS exception, without the "error parsing regexp" prefix. */
function re2ErrorText(error: unknown): string {
  const e = error as { error?: unknown; input?: unknown; message?: unknown };
  if (typeof e?.error === 'string') {
    const input = typeof e.input === 'string' && e.input ? ` at \`${e.input.length > 40 ? `${e.input.slice(0, 40)}…` : e.input}\`` : '';
    return `${e.error}${input}`;
  }
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return message.replace(/^error parsing regexp: /, '');
}
