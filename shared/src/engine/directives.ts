/**
 * Inline directives, read from the comments the parser collected in each format's own syntax
 * (`# …`, `{{! … }}`, `{# … #}`, `<!-- … -->`, `/* … *\/`):
 *
 *   promptgov-disable-next-line pii/phone, pii/email -- published hotline; approved-by: @security; expires: 2027-03-31
 *   promptgov-disable-line secret/*
 *   promptgov-disable-file -- generated fixtures
 *
 * No rule list means every rule. Rule lists are ids or globs.
 */
import picomatch from 'picomatch';
import type { Comment, PromptDocument, Span } from '../types';
import { lineOfOffset } from './positions';

export type DirectiveKind = 'next-line' | 'line' | 'file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or globs; empty means every rule. */
  rules: string[];
  /** Span of the rule list (for findings about it), or of the keyword when there is no list. */
  rulesSpan: Span;
  /** The whole comment. */
  span: Span;
  reason?: string;
  approvedBy?: string;
  /** As written (YYYY-MM-DD expected). */
  expires?: string;
  /** 0-based line the directive covers (`next-line`, `line`); -1 for `file`. */
  line: number;
  /** Set by the engine when the directive silenced at least one finding. */
  used: boolean;
}

const DIRECTIVE = /promptgov-disable(-next-line|-line|-file)?\b/;

export function parseDirectives(doc: PromptDocument): Directive[] {
  const out: Directive[] = [];
  for (const comment of doc.comments) {
    const d = parseDirective(doc, comment);
    if (d) out.push(d);
  }
  return out;
}

function parseDirective(doc: PromptDocument, comment: Comment): Directive | undefined {
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return undefined;
  const kind: DirectiveKind = m[1] === '-next-line' ? 'next-line' : m[1] === '-line' ? 'line' : 'file';
  const afterKeyword = m.index + m[0].length;
  const rest = comment.text.slice(afterKeyword);
  const sep = rest.indexOf('--');
  const ruleText = sep >= 0 ? rest.slice(0, sep) : rest;
  const tail = sep >= 0 ? rest.slice(sep + 2) : '';
  const rules = ruleText.split(/[\s,]+/).filter(Boolean);
  const lead = ruleText.length - ruleText.trimStart().length;
  const base = comment.textOffset + afterKeyword;
  const rulesSpan = rules.length
    ? { offset: base + lead, endOffset: base + ruleText.trimEnd().length }
    : { offset: comment.textOffset + m.index, endOffset: base };
  const fields = parseFields(tail);
  const commentLine = lineOfOffset(doc.lineStarts, comment.span.offset);
  const commentEndLine = lineOfOffset(doc.lineStarts, Math.max(comment.span.offset, comment.span.endOffset - 1));
  return {
    kind,
    rules,
    rulesSpan,
    span: comment.span,
    ...fields,
    line: kind === 'file' ? -1 : kind === 'line' ? commentLine : commentEndLine + 1,
    used: false,
  };
}

/** `reason; approved-by: @x; expires: 2027-01-01` → fields. The reason is whatever is not a named field. */
function parseFields(tail: string): { reason?: string; approvedBy?: string; expires?: string } {
  const out: { reason?: string; approvedBy?: string; expires?: string } = {};
  const reasons: string[] = [];
  for (const part of tail.split(';')) {
    const p = part.trim();
    if (!p) continue;
    const kv = /^(approved[-_ ]by|approver|expires?)\s*:\s*(.*)$/i.exec(p);
    if (!kv) {
      reasons.push(p);
    } else if (kv[1].toLowerCase().startsWith('expire')) {
      out.expires = kv[2].trim();
    } else {
      out.approvedBy = kv[2].trim();
    }
  }
  if (reasons.length) out.reason = reasons.join('; ');
  return out;
}

/** Whether `directive` covers a finding of `ruleId` on 0-based `line`. */
export function directiveCovers(directive: Directive, ruleId: string, line: number): boolean {
  if (directive.kind !== 'file' && directive.line !== line) return false;
  if (directive.rules.length === 0) return true;
  return directive.rules.some((r) => ruleMatches(r, ruleId));
}

/**
 * Rule-id globs compiled once: every finding is matched against every directive and policy exception on
 * every check, and compiling a glob costs more than the rest of a finding's suppression test.
 */
const ruleGlobs = new Map<string, (ruleId: string) => boolean>();

/** Whether rule id `ruleId` matches `pattern` (an id or a glob such as `pii/*`). */
export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === ruleId) return true;
  let matcher = ruleGlobs.get(pattern);
  if (!matcher) {
    matcher = picomatch(pattern);
    if (ruleGlobs.size > 1000) ruleGlobs.clear();
    ruleGlobs.set(pattern, matcher);
  }
  return matcher(ruleId);
}
