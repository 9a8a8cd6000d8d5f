import type { Input, PromptDocument } from '../../types';
import { defineRule } from '../rule';
import { contextualExpressions } from './undefined-variable';

/** Declarations that say "this prompt takes this input"; test data and defaults may legitimately carry more. */
const DECLARING_SOURCES: ReadonlySet<Input['source']> = new Set(['picoschema', 'json-schema', 'prompty-inputs', 'github-variables', 'promptl']);

/**
 * A declared input that no expression reads. Either the template forgot to use it (a silent bug: the
 * caller's data never reaches the model) or the declaration is stale. Reads by blocks (`{% if x %}`,
 * `{{#each xs}}`) and helper arguments (`{{media url=photo}}`) count.
 *
 * Not reported when the file includes partials or other prompts (they read the same inputs and their text
 * is not known here), nor when the template hands the whole context on (`{{json this}}`, `{{> p this}}`).
 * Prompty tool bindings (`tools[].bindings.<param>.input: <name>`) count as reads.
 * No fix: removing a declaration can break callers that validate their data against it.
 */
export default defineRule({
  meta: {
    id: 'template/unused-input',
    description: 'A declared input that no template expression reads.',
    defaultSeverity: 'info',
    fixable: false,
    formats: ['prompty', 'dotprompt', 'github-prompt', 'promptl', 'template'],
  },
  check({ document, report }) {
    const inputs = document.inputs.filter((i) => DECLARING_SOURCES.has(i.source));
    if (!inputs.length) return;
    if (document.references.some((r) => r.kind === 'partial' || r.kind === 'include')) return;
    if (readsWholeContext(document)) return;
    const read = readNamesOf(document);
    for (const name of toolBindingReads(document)) read.add(name);
    const seen = new Set<string>();
    for (const input of inputs) {
      if (seen.has(input.name)) continue;
      seen.add(input.name);
      if (read.has(input.name)) continue;
      report({
        span: input.span,
        message: `Input '${input.name}' is declared but no template expression reads it.`,
        evidence: { input: input.name, source: input.source },
        fingerprintText: input.name,
      });
    }
  },
});

/**
 * Every input name any expression reads: roots of variables, block conditions, helper and partial
 * arguments. The parsers leave names bound by blocks out of `references` (inside `{{#each items}}`, `name`
 * is the item's field, not the input `name`).
 */
function readNamesOf(doc: PromptDocument): Set<string> {
  const read = new Set<string>();
  for (const e of doc.expressions) {
    if (e.kind === 'comment') continue;
    for (const r of e.references) read.add(r);
  }
  return read;
}

/** Prompty tool bindings read inputs from the front matter: `tools[].bindings.<param>.input: <name>`. */
function toolBindingReads(doc: PromptDocument): string[] {
  if (doc.format !== 'prompty') return [];
  const out: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 12 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'input' && typeof inner === 'string') out.push(inner.trim());
      else walk(inner, depth + 1);
    }
  };
  walk(doc.frontMatter?.value?.tools, 0);
  return out;
}

/** `{{json this}}`, `{{this}}`, `{{@root}}` outside any context-changing block: every input is passed on. */
function readsWholeContext(doc: PromptDocument): boolean {
  const contextual = contextualExpressions(doc);
  return doc.expressions.some((e, i) => {
    if (e.kind === 'comment' || e.local || contextual.has(i)) return false;
    const names = [e.variable, ...e.references];
    return names.some((n) => n === 'this' || n === '.' || n === '@root') || /(^|[\s(])(this|\.|@root)(\s|\)|$)/.test(e.source.replace(/^[#>]\s*/, ''));
  });
}
