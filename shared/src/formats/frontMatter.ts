/**
 * Front matter: a YAML block between fence lines at the top of a file. Formats differ in what may come
 * before the opening fence (Dotprompt: `#` comment lines; Prompty: blank lines) and in the fences they
 * accept (Prompty: `---` or `+++`). The fences must be alone on their line (trailing blanks allowed).
 */
import type { Comment, FrontMatter, ParseProblem, Span } from '../types';
import { lineEndAt, nextLineStart } from './lines';
import { INVALID_FRONT_MATTER, lineSpanAt, parseYamlRegion } from './yamlNodes';

export interface FenceOptions {
  /** `#` comment lines (and blank lines) may precede the opening fence (Dotprompt license headers). */
  leadingComments?: boolean;
  /** `+++` is a fence too (Prompty). */
  plusFence?: boolean;
  /** The opening fence may be indented (Prompty's reference splitter allows leading whitespace). */
  indentedFence?: boolean;
}

export interface FrontMatterSplit {
  /** The whole block, fences included (from the opening fence to the end of the closing fence line). */
  span: Span;
  /** The text between the fences: from the line after the opening fence to the start of the closing one. */
  content: Span;
  /** Where the body starts: the line after the closing fence. */
  bodyStart: number;
  /** `#` lines before the opening fence (Dotprompt). */
  leadingComments: Comment[];
  /** The opening fence line, when the block never closes (then `content`/`bodyStart` are meaningless). */
  unclosed?: Span;
}

/**
 * Finds the front matter block, or undefined when the file does not start with a fence (after an optional
 * BOM, blank lines and, with `leadingComments`, `#` lines).
 */
export function splitFrontMatter(text: string, options: FenceOptions = {}): FrontMatterSplit | undefined {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const leadingComments: Comment[] = [];
  const pendingComments: Comment[] = [];
  while (pos < text.length) {
    const end = lineEndAt(text, pos);
    const line = text.slice(pos, end);
    const trimmed = line.trim();
    if (isFence(trimmed, options) && (options.indentedFence || line.trimStart() === line)) break;
    if (trimmed === '') {
      pos = nextLineStart(text, pos);
      continue;
    }
    if (options.leadingComments && line.startsWith('#')) {
      pendingComments.push({ span: { offset: pos, endOffset: end }, text: line.slice(1), textOffset: pos + 1 });
      pos = nextLineStart(text, pos);
      continue;
    }
    return undefined;
  }
  if (pos >= text.length) return undefined;
  leadingComments.push(...pendingComments);
  const fenceStart = pos;
  const fenceEnd = lineEndAt(text, pos);
  const contentStart = nextLineStart(text, pos);
  let line = contentStart;
  while (line < text.length) {
    const end = lineEndAt(text, line);
    if (isFence(text.slice(line, end).trimEnd(), options)) {
      const bodyStart = nextLineStart(text, line);
      return {
        span: { offset: fenceStart, endOffset: end },
        content: { offset: contentStart, endOffset: line },
        bodyStart,
        leadingComments,
      };
    }
    line = nextLineStart(text, line);
  }
  return {
    span: { offset: fenceStart, endOffset: text.length },
    content: { offset: contentStart, endOffset: text.length },
    bodyStart: text.length,
    leadingComments,
    unclosed: { offset: fenceStart, endOffset: fenceEnd },
  };
}

function isFence(line: string, options: FenceOptions): boolean {
  const t = line.trimEnd();
  return t === '---' || (options.plusFence === true && t === '+++');
}

export interface FrontMatterRead {
  frontMatter?: FrontMatter;
  /** Where the body starts (0 when there is no front matter). */
  bodyStart: number;
  comments: Comment[];
  problems: ParseProblem[];
}

/**
 * Splits and parses the front matter. An unclosed block is a problem at its opening fence and is not
 * parsed: the whole file is then the body (so that every content check still runs on it).
 */
export function readFrontMatter(text: string, options: FenceOptions = {}): FrontMatterRead {
  const split = splitFrontMatter(text, options);
  if (!split) return { bodyStart: 0, comments: [], problems: [] };
  if (split.unclosed) {
    return {
      bodyStart: 0,
      comments: split.leadingComments,
      problems: [{
        ruleId: INVALID_FRONT_MATTER,
        span: lineSpanAt(text, split.unclosed.offset),
        message: 'The front matter opened here is never closed: add a `---` line after the YAML.',
      }],
    };
  }
  const yaml = parseYamlRegion(text, split.content.offset, split.content.endOffset);
  const value = yaml.value === null || yaml.value === undefined
    ? (isBlank(text, split.content) ? {} : undefined)
    : isPlainObject(yaml.value) ? (yaml.value as Record<string, unknown>) : undefined;
  const problems = [...yaml.problems];
  if (yaml.doc && value === undefined && yaml.problems.length === 0) {
    problems.push({
      ruleId: INVALID_FRONT_MATTER,
      span: lineSpanAt(text, split.content.offset),
      message: 'The front matter is not a YAML mapping of keys to values.',
    });
  }
  return {
    frontMatter: { span: split.span, content: split.content, yaml: yaml.doc, value },
    bodyStart: split.bodyStart,
    comments: [...split.leadingComments, ...yaml.comments],
    problems,
  };
}

export function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);
}

function isBlank(text: string, span: Span): boolean {
  for (let i = span.offset; i < span.endOffset; i++) {
    const c = text.charCodeAt(i);
    if (c === 35 /* # */) {
      while (i < span.endOffset && text.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}
