/**
 * Plain templates matched by the policy's template globs: `*.jinja`, `*.jinja2`, `*.j2` (Jinja),
 * `*.hbs`, `*.handlebars` (Handlebars), `*.mustache` (Mustache), `*.txt`, `*.md` (the syntax is guessed
 * from the content). The whole body is one message of unknown role: the file alone does not say how it
 * is sent. A closed `---` front matter block at the top is read; an unclosed one is just text.
 */
import type { PromptDocument, TemplateEngine } from '../types';
import { finishDocument, newDocument, scanContext } from './document';
import { readMetadata } from './fields';
import { readFrontMatter, splitFrontMatter } from './frontMatter';
import { trimSpan } from './lines';
import { scanHandlebars } from './templateScan/handlebars';
import { scanJinja } from './templateScan/jinja';

/** Extensions of plain template files and the engine each implies (`undefined`: guess from the text). */
export const TEMPLATE_EXTENSIONS: Record<string, TemplateEngine | undefined> = {
  '.jinja': 'jinja',
  '.jinja2': 'jinja',
  '.j2': 'jinja',
  '.hbs': 'handlebars',
  '.handlebars': 'handlebars',
  '.mustache': 'mustache',
  '.txt': undefined,
  '.md': undefined,
};

export function templateExtension(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  const ext = dot >= 0 ? base.slice(dot) : '';
  return Object.hasOwn(TEMPLATE_EXTENSIONS, ext) ? ext : undefined;
}

/** The engine of a template file: by extension, else `{%`/`{#` → Jinja, `{{` → Handlebars, else text. */
export function templateEngine(path: string, text: string): TemplateEngine {
  const ext = templateExtension(path);
  const byExtension = ext ? TEMPLATE_EXTENSIONS[ext] : undefined;
  if (byExtension) return byExtension;
  if (text.includes('{%') || text.includes('{#')) return 'jinja';
  if (text.includes('{{')) return 'handlebars';
  return 'text';
}

export function parseTemplate(path: string, text: string): PromptDocument {
  const engine = templateEngine(path, text);
  const doc = newDocument(path, text, 'template', engine, engine);
  const split = splitFrontMatter(text);
  if (split && !split.unclosed) {
    const fm = readFrontMatter(text);
    doc.comments.push(...fm.comments);
    doc.problems.push(...fm.problems);
    doc.body = { offset: fm.bodyStart, endOffset: text.length };
    if (fm.frontMatter) doc.frontMatter = fm.frontMatter;
    readMetadata(doc, fm.frontMatter?.yaml?.contents);
  }
  const content = trimSpan(text, doc.body.offset, doc.body.endOffset);
  if (content.endOffset > content.offset) doc.messages.push({ role: 'unknown', content, kind: 'instructions' });
  const ctx = scanContext(doc);
  if (engine === 'jinja') scanJinja(ctx, doc.body.offset, doc.body.endOffset);
  else if (engine === 'handlebars' || engine === 'mustache') scanHandlebars(ctx, doc.body.offset, doc.body.endOffset, engine);
  return finishDocument(doc);
}
