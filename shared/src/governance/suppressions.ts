/**
 * Inline suppressions as text: where the parts of a directive are written (for fixes that complete it),
 * each format's comment syntax, and the "suppress with a reason" fix that inserts a directive snippet the
 * user completes. Pure string work over the document the parser produced.
 */
import type { Fix, PromptDocument, Span } from '../types';
import type { Directive } from '../engine/directives';
import type { ResolvedPolicy } from '../policy/resolved';
import { lineOfOffset } from '../engine/positions';
import { addDays } from './durations';

/** Where a directive's parts are, as offsets into the file. */
export interface DirectiveLayout {
  /** Start and end of the comment's text (delimiters excluded, trailing blanks excluded). */
  textStart: number;
  textEnd: number;
  /** Offset of the `--` that starts the reason and fields, when there is one. */
  separator?: number;
  /** The date written after `expires:`, when there is one. */
  expires?: Span;
}

export function directiveLayout(doc: PromptDocument, directive: Directive): DirectiveLayout | undefined {
  const comment = doc.comments.find((c) => c.span.offset === directive.span.offset && c.span.endOffset === directive.span.endOffset);
  if (!comment) return undefined;
  const text = comment.text;
  const keyword = /promptgov-disable(?:-next-line|-line|-file)?\b/.exec(text);
  if (!keyword) return undefined;
  const textStart = comment.textOffset;
  const textEnd = comment.textOffset + text.trimEnd().length;
  const sepAt = text.indexOf('--', keyword.index + keyword[0].length);
  const layout: DirectiveLayout = { textStart, textEnd };
  if (sepAt >= 0) {
    layout.separator = comment.textOffset + sepAt;
    const expires = /expires?\s*:\s*([^;]*)/i.exec(text.slice(sepAt));
    if (expires) {
      const value = expires[1].trimEnd();
      const at = sepAt + expires.index + expires[0].length - expires[1].length;
      layout.expires = { offset: comment.textOffset + at, endOffset: comment.textOffset + at + value.length };
    }
  }
  return layout;
}

/** Escapes literal text for an LSP snippet (`$`, `}` and `\` are syntax there). */
export function snippetEscape(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

export interface CommentSyntax {
  open: string;
  close: string;
}

/**
 * The comment syntax that the format's parser reads at `offset`: YAML `#` in front matter and YAML-only
 * files, then the body's template language. Undefined where no comment can be written (plain text).
 */
export function commentSyntaxAt(doc: PromptDocument, offset: number): CommentSyntax | undefined {
  const fm = doc.frontMatter;
  if (doc.format === 'github-prompt' || doc.format === 'policy' || (fm && offset >= fm.span.offset && offset < fm.span.endOffset)) return { open: '# ', close: '' };
  switch (doc.engine) {
    case 'jinja':
      return { open: '{# ', close: ' #}' };
    case 'handlebars':
    case 'mustache':
      return { open: '{{! ', close: ' }}' };
    case 'promptl':
      return { open: '/* ', close: ' */' };
    case 'copilot':
      return { open: '<!-- ', close: ' -->' };
    default:
      return undefined;
  }
}

/** A YAML line that starts an entry (`key:`, `- item`), where a `#` comment line above it is a comment. */
const YAML_ENTRY_LINE = /^\s*(?:-\s|[A-Za-z0-9_$"'.@/-]+\s*:)/;

/**
 * A fix that inserts `promptgov-disable-next-line <rule> -- <reason>` above the finding's line, as a snippet
 * with placeholders for what the policy requires (a reason always; an approver and an expiry date when
 * `suppressions.require_approver` / `max_days` ask for them). Where a comment line cannot sit above the
 * finding (inside a YAML block of text, where it would become prompt text), the directive covers the file
 * instead and goes on the file's first line. Undefined for formats without comments, and for rules the
 * policy lists as `non_suppressible`.
 */
export function insertDirectiveFix(doc: PromptDocument, ruleId: string, span: Span, policy: ResolvedPolicy, now: Date, nonSuppressible?: (id: string) => boolean): Fix | undefined {
  if (nonSuppressible?.(ruleId)) return undefined;
  const line = lineOfOffset(doc.lineStarts, span.offset);
  const lineStart = doc.lineStarts[line];
  const lineText = doc.text.slice(lineStart, doc.lineStarts[line + 1] ?? doc.text.length).replace(/\r?\n$/, '');
  const syntax = commentSyntaxAt(doc, span.offset);
  if (!syntax) return undefined;
  const inYaml = syntax.open === '# ';
  const fileWide = inYaml && !YAML_ENTRY_LINE.test(lineText);
  const fields = [`\${1:reason}`];
  let n = 2;
  if (policy.suppressions.require_approver) fields.push(`approved-by: \${${n++}:@approver}`);
  if (policy.suppressions.max_days) fields.push(`expires: \${${n++}:${addDays(now, policy.suppressions.max_days)}}`);
  const kind = fileWide ? 'promptgov-disable-file' : 'promptgov-disable-next-line';
  const body = `${kind} ${snippetEscape(ruleId)} -- ${fields.join('; ')}`;
  if (fileWide) {
    const at = doc.frontMatter && doc.format !== 'github-prompt' ? doc.frontMatter.content.offset : 0;
    const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
    return { title: `Suppress ${ruleId} in this file (with a reason)`, snippet: true, edits: [{ offset: at, endOffset: at, text: `${syntax.open}${body}${syntax.close}${eol}` }] };
  }
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  return {
    title: `Suppress ${ruleId} on the next line (with a reason)`,
    snippet: true,
    edits: [{ offset: lineStart, endOffset: lineStart, text: `${indent}${syntax.open}${body}${syntax.close}${eol}` }],
  };
}

/** Every format, the policy file included: directives and exceptions are checked wherever they are written. */
export const ALL_FORMATS = ['prompty', 'dotprompt', 'github-prompt', 'copilot', 'promptl', 'template', 'policy'] as const;

/** The rules a directive names, for messages: `pii/phone, pii/email`, or `every rule`. */
export function directiveRulesText(directive: Directive): string {
  return directive.rules.length ? directive.rules.join(', ') : 'every rule';
}

/** A fix deleting a directive: its whole line when the comment is alone on it, otherwise the comment. */
export function removeDirectiveFix(doc: PromptDocument, directive: Directive, title = 'Remove this suppression'): Fix {
  const { offset, endOffset } = directive.span;
  const line = lineOfOffset(doc.lineStarts, offset);
  const lineStart = doc.lineStarts[line];
  const next = doc.lineStarts[line + 1];
  const lineEnd = next ?? doc.text.length;
  const before = doc.text.slice(lineStart, offset);
  const after = doc.text.slice(endOffset, lineEnd).replace(/\r?\n$/, '');
  if (before.trim() === '' && after.trim() === '' && lineOfOffset(doc.lineStarts, Math.max(offset, endOffset - 1)) === line) {
    return { title, edits: [{ offset: lineStart, endOffset: next ?? doc.text.length, text: '' }] };
  }
  // Inline: remove the comment and the blanks before it.
  let start = offset;
  while (start > lineStart && (doc.text[start - 1] === ' ' || doc.text[start - 1] === '\t')) start--;
  return { title, edits: [{ offset: start, endOffset, text: '' }] };
}
