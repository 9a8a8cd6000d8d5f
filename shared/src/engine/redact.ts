/**
 * Redaction fixes for sensitive values, in the style the policy picks (`redaction.style`):
 *   label    → `[REDACTED_EMAIL]`
 *   variable → a template variable in the file's own syntax (`{{customer_email}}`, `${input:customer_email}`)
 *   mask     → the masked form (`j***@e***.com`)
 * Every sensitive-data rule builds its fix here, so the CLI's `fix` and the editor apply the same edits.
 */
import type { Fix, PromptDocument, Span, TemplateEngine } from '../types';
import type { ResolvedPolicy } from '../policy/resolved';
import { mask, type MaskKind } from './mask';

export type RedactionStyle = 'label' | 'variable' | 'mask';

export function redactionLabel(entity: string): string {
  return `[REDACTED_${entity.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}]`;
}

/** A variable reference in the template language of `engine`, or undefined where there is none. */
export function variableSyntax(engine: TemplateEngine, name: string): string | undefined {
  switch (engine) {
    case 'jinja':
    case 'promptl':
      return `{{ ${name} }}`;
    case 'handlebars':
    case 'mustache':
    case 'github':
      return `{{${name}}}`;
    case 'copilot':
      return `\${input:${name}}`;
    default:
      return undefined;
  }
}

export interface RedactionOptions {
  /** Entity name (`email`, `phone`, `openai`, …); used for the label and the variable name. */
  entity: string;
  /** How to mask for the `mask` style. */
  maskKind?: MaskKind;
  /** Variable name for the `variable` style (default: the entity with `_` separators). */
  variableName?: string;
}

/** The fixes offered for a sensitive value at `span`: the policy's style first, then the others. */
export function redactionFixes(doc: PromptDocument, policy: ResolvedPolicy, span: Span, options: RedactionOptions): Fix[] {
  const preferred: RedactionStyle = policy.redaction.style ?? 'label';
  const styles: RedactionStyle[] = [preferred, ...(['label', 'variable', 'mask'] as const).filter((s) => s !== preferred)];
  const value = doc.text.slice(span.offset, span.endOffset);
  const fixes: Fix[] = [];
  for (const style of styles) {
    const text = replacementFor(doc, style, value, options);
    if (text === undefined) continue;
    fixes.push({ title: titleFor(style, text), edits: [{ offset: span.offset, endOffset: span.endOffset, text }] });
  }
  return fixes;
}

function replacementFor(doc: PromptDocument, style: RedactionStyle, value: string, options: RedactionOptions): string | undefined {
  switch (style) {
    case 'label':
      return redactionLabel(options.entity);
    case 'mask':
      return mask(value, options.maskKind);
    case 'variable':
      return variableSyntax(doc.engine, options.variableName ?? options.entity.replace(/[^a-zA-Z0-9]+/g, '_'));
  }
}

function titleFor(style: RedactionStyle, text: string): string {
  switch (style) {
    case 'label':
      return `Redact: replace with ${text}`;
    case 'variable':
      return `Redact: replace with the template variable ${text}`;
    case 'mask':
      return `Redact: replace with the masked form ${text}`;
  }
}
