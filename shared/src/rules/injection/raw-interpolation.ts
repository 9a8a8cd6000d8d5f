import type { Expression, Fix, PromptDocument, Span } from '../../types';
import { analyzeFlow, type Blocks, type DataUse } from '../../trust/flow';
import { defineRule, type Report } from '../rule';

/**
 * An untrusted input is printed without the template engine's escaping: Handlebars/Mustache `{{{x}}}` and
 * `{{& x}}`, Jinja `| safe` or an `{% autoescape false %}` region. Escaping is what keeps the input from
 * closing the tags that fence it (`</ticket>` arrives as `&lt;/ticket&gt;`) or writing markup the rest of the
 * pipeline acts on. Fix: the escaped form (`{{x}}`, no `| safe`, `autoescape true`).
 *
 * Dotprompt compiles Handlebars with escaping switched off, so there every `{{x}}` is raw, and it splits
 * messages after rendering on markers such as `<<<dotprompt:role:system>>>`: an input containing one opens
 * a message of its own. The template cannot change that, so the rule explains it once per file (at the first
 * untrusted interpolation, severity `info`) instead of at every expression.
 */
export default defineRule({
  meta: {
    id: 'injection/raw-interpolation',
    description: 'An untrusted input is interpolated without escaping ({{{x}}}, {{& x}}, | safe, autoescape false), or the engine never escapes.',
    defaultSeverity: 'warning',
    fixable: true,
    formats: ['prompty', 'dotprompt', 'template'],
    options: {
      explainDotprompt: {
        type: 'boolean',
        default: true,
        description: 'Report once per Dotprompt file that its interpolations are never escaped (severity info).',
      },
    },
  },
  check({ document, policy, options, report }) {
    const flow = analyzeFlow(document, policy);
    const untrusted = flow.uses.filter((u) => u.untrusted.length > 0 && u.kind === 'text');
    if (document.format === 'dotprompt') {
      if (options.explainDotprompt === false) return;
      const first = untrusted.find((u) => !u.generated);
      if (!first) return;
      const name = first.untrusted[0].name;
      report({
        span: first.expression.span,
        severity: 'info',
        message:
          `Dotprompt never escapes interpolations and splits messages after rendering: if untrusted input '${name}' (or any other in this file) contains ` +
          '`<<<dotprompt:role:system>>>`, the text after it becomes a system message. Strip `<<<dotprompt:` from untrusted values before rendering.',
        evidence: { engine: 'dotprompt', inputs: [...new Set(untrusted.flatMap((u) => u.untrusted.map((t) => t.name)))] },
        fingerprintText: 'dotprompt-never-escapes',
      });
      return;
    }
    if (document.engine === 'jinja') {
      checkJinja(document, flow.blocks, untrusted, report);
      return;
    }
    if (document.engine === 'handlebars' || document.engine === 'mustache') {
      for (const use of untrusted) {
        const fix = unstash(document, use.expression);
        if (!fix) continue;
        report({
          span: use.expression.span,
          message: `${describe(use)} is printed raw (${fix.form}): the engine does not escape it, so it can close the tags that fence it. Use the escaped form.`,
          evidence: { inputs: use.untrusted.map((t) => t.name), form: fix.form },
          fixes: [fix.fix],
        });
      }
    }
  },
});

function describe(use: DataUse): string {
  return `Untrusted input ${use.untrusted.map((t) => `'${t.name}'`).join(', ')}`;
}

/** `{{{x}}}` → `{{x}}`, `{{& x}}` → `{{x}}`. */
function unstash(doc: PromptDocument, e: Expression): { form: string; fix: Fix } | undefined {
  const raw = doc.text.slice(e.span.offset, e.span.endOffset);
  if (raw.startsWith('{{{') && raw.endsWith('}}}')) {
    const inner = raw.slice(3, -3);
    return { form: '{{{…}}}', fix: { title: 'Escape it: {{…}}', edits: [{ offset: e.span.offset, endOffset: e.span.endOffset, text: `{{${inner}}}` }] } };
  }
  if (raw.startsWith('{{') && raw.endsWith('}}')) {
    let i = 2;
    if (raw[i] === '~') i++;
    while (raw[i] === ' ' || raw[i] === '\t') i++;
    if (raw[i] === '&') {
      const at = e.span.offset + i;
      let end = at + 1;
      while (doc.text[end] === ' ' || doc.text[end] === '\t') end++;
      return { form: '{{& …}}', fix: { title: 'Escape it: {{…}}', edits: [{ offset: at, endOffset: end, text: '' }] } };
    }
  }
  return undefined;
}

/** The span of `| safe` (with the blanks before the bar) inside a Jinja expression's text, if any. */
export function safeFilterSpan(text: string, span: Span): Span | undefined {
  const end = span.endOffset;
  for (let bar = text.indexOf('|', span.offset); bar >= 0 && bar < end; bar = text.indexOf('|', bar + 1)) {
    let i = bar + 1;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    if (!text.startsWith('safe', i)) continue;
    const after = text.charCodeAt(i + 4);
    const wordChar = (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 95;
    if (wordChar) continue;
    let from = bar;
    while (from > span.offset && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    return { offset: from, endOffset: i + 4 };
  }
  return undefined;
}

function checkJinja(doc: PromptDocument, blocks: Blocks, uses: readonly DataUse[], report: (r: Report) => void): void {
  const regions = new Map<number, DataUse[]>();
  const memo = new Map<number, number>();
  for (const use of uses) {
    const e = use.expression;
    if (!e.raw) continue;
    const safe = safeFilterSpan(doc.text, e.span);
    if (safe) {
      report({
        span: e.span,
        message: `${describe(use)} is marked \`| safe\`: it is printed without escaping, so it can close the tags that fence it. Remove \`| safe\`.`,
        evidence: { inputs: use.untrusted.map((t) => t.name), form: '| safe' },
        fixes: [{ title: 'Remove `| safe`', edits: [{ offset: safe.offset, endOffset: safe.endOffset, text: '' }] }],
      });
      continue;
    }
    const region = autoescapeOff(doc, blocks, use.index, memo);
    if (region < 0) continue;
    let list = regions.get(region);
    if (!list) regions.set(region, (list = []));
    list.push(use);
  }
  for (const [opener, list] of regions) {
    const tag = doc.expressions[opener];
    const falseAt = doc.text.slice(tag.span.offset, tag.span.endOffset).search(FALSE_WORD);
    const names = [...new Set(list.flatMap((u) => u.untrusted.map((t) => `'${t.name}'`)))].join(', ');
    report({
      span: tag.span,
      message: `\`autoescape false\` prints untrusted input ${names} without escaping (${list.length} place${list.length > 1 ? 's' : ''}), so it can close the tags that fence it. Switch autoescaping on.`,
      evidence: { inputs: names, form: 'autoescape false' },
      fixes: falseAt >= 0 ? [{ title: 'Switch autoescaping on', edits: [{ offset: tag.span.offset + falseAt, endOffset: tag.span.offset + falseAt + 5, text: 'true' }] }] : [],
    });
  }
}

const FALSE_WORD = /\b[Ff]alse\b/;

/** The innermost `{% autoescape %}` opener around expression `index`, if it says false; -1 otherwise. */
function autoescapeOff(doc: PromptDocument, blocks: Blocks, index: number, memo: Map<number, number>): number {
  // Nearest autoescape opener per block, memoized along the parent links (nesting can be deep).
  const pending: number[] = [];
  let j = blocks.parent[index];
  while (j >= 0 && !memo.has(j) && doc.expressions[j].block !== 'autoescape') {
    pending.push(j);
    j = blocks.parent[j];
  }
  const found = j < 0 ? -1 : memo.has(j) ? memo.get(j)! : j;
  for (const k of pending) memo.set(k, found);
  if (j >= 0 && !memo.has(j)) memo.set(j, found);
  return found >= 0 && FALSE_WORD.test(doc.expressions[found].source) ? found : -1;
}

/** The regular expressions of this rule, for the ReDoS test. */
export const PATTERNS: readonly RegExp[] = [FALSE_WORD];
