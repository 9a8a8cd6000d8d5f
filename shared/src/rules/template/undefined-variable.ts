import { isMap, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Expression, Fix, PromptDocument, Span } from '../../types';
import { findFences } from '../../formats/delimiters';
import { COPILOT_VARIABLES } from '../../formats/templateScan/copilot';
import { defineRule, type Report } from '../rule';

/**
 * A template expression reads a name that is neither a declared input, nor bound by an enclosing block
 * (loop variables, `{% set %}`, block parameters, `this`, `@index`), nor a built-in of the template
 * language. A misspelt or undeclared variable renders as empty text at run time and goes unnoticed.
 *
 * Many formats make declarations optional, so by default a file that declares no input at all is not
 * checked (`requireDeclaration: true` checks it too). VS Code Copilot files are always checked: their
 * variables are a closed set (`${selection}`, `${file}`, … and `${input:name}`, which declares itself), and
 * near misses such as `${selectedtext}` are reported with the variable to use.
 */
export default defineRule({
  meta: {
    id: 'template/undefined-variable',
    description: 'A template variable that is not a declared input, a block-bound local or a built-in.',
    defaultSeverity: 'warning',
    fixable: true,
    formats: ['prompty', 'dotprompt', 'github-prompt', 'copilot', 'promptl', 'template'],
    options: {
      requireDeclaration: {
        type: 'boolean',
        default: false,
        description: 'Check files that declare no inputs at all (every variable they read is then reported).',
      },
    },
  },
  check({ document, options, report }) {
    if (document.format === 'copilot') {
      checkCopilot(document, report);
      return;
    }
    // Broken front matter may hide declarations: do not guess which names are declared.
    if (frontMatterBroken(document)) return;
    const declared = new Set(document.inputs.map((i) => i.name));
    if (declared.size === 0 && options.requireDeclaration !== true) return;
    const builtins = BUILTINS[document.engine] ?? EMPTY;
    const contextual = contextualExpressions(document);
    const fixes = new Map<string, Fix | undefined>();
    const shown = [...declared].slice(0, 5).join(', ') + (declared.size > 5 ? ', …' : '');
    for (const [index, e] of document.expressions.entries()) {
      if (contextual.has(index)) continue;
      for (const name of readNames(e)) {
        if (declared.has(name) || builtins.has(name)) continue;
        if (!fixes.has(name)) fixes.set(name, declarationFix(document, name));
        const fix = fixes.get(name);
        report({
          span: nameSpan(document.text, e.span, name),
          message: declared.size
            ? `'${name}' is not a declared input (declared: ${shown}).`
            : `'${name}' is not a declared input: this file declares none.`,
          evidence: { variable: name },
          fixes: fix ? [fix] : [],
          fingerprintText: name,
        });
      }
    }
  },
});

/** The front matter could not be fully read (its YAML has errors). */
export function frontMatterBroken(doc: PromptDocument): boolean {
  return Boolean(doc.frontMatter?.yaml?.errors.length) || doc.problems.some((p) => p.ruleId === 'format/invalid-front-matter');
}

/**
 * The input names an expression reads. The parsers resolve scopes: `references` holds the roots that are
 * not bound by an enclosing block (loop variables, `set`, block params, `@data`, `this` are left out).
 */
export function readNames(e: Expression): string[] {
  if (e.kind === 'comment') return [];
  return e.references.filter((n) => n && !n.startsWith('@') && n !== 'this' && n !== '.');
}

const EMPTY: ReadonlySet<string> = new Set();
/**
 * Helpers a parser could take for variables, by engine. Dotprompt's `@state`, `@auth`, … are `@data`
 * variables and never inputs; Jinja's `loop`, `range`, … and filters are resolved by the parser.
 */
const BUILTINS: Partial<Record<PromptDocument['engine'], ReadonlySet<string>>> = {
  handlebars: new Set(['history', 'role', 'media', 'section', 'json', 'ifEquals', 'unlessEquals', 'lookup', 'log']),
  jinja: new Set(['loop', 'range', 'dict', 'lipsum', 'cycler', 'joiner', 'namespace', 'super', 'self', 'varargs', 'kwargs', 'caller']),
};

/** VS Code task and launch variables people expect in prompt files, with the prompt variable to use instead. */
const COPILOT_MISTAKES: Readonly<Record<string, string | undefined>> = {
  fileName: 'fileBasename',
  filename: 'fileBasename',
  filePath: 'file',
  relativeFile: 'file',
  relativeFileDirname: 'fileDirname',
  workspaceRoot: 'workspaceFolder',
  workspaceRootFolderName: 'workspaceFolderBasename',
  fileExtname: undefined,
  fileWorkspaceFolder: 'workspaceFolder',
  lineNumber: undefined,
  cwd: undefined,
  userHome: undefined,
  execPath: undefined,
  pathSeparator: undefined,
};
/** `${name}` with a bare name: VS Code substitutes only the known ones and leaves the rest as text. */
const COPILOT_CANDIDATE = /\$\{([A-Za-z]+)\}/g;

/**
 * VS Code variables form a closed set, and an unknown `${name}` is sent to the model as is. Plain text is
 * full of `${…}` (JavaScript template literals in code samples), so only names that are near misses of a
 * prompt variable (`${selectedtext}`, `${fileName}`, `${workspaceRoot}`, `${input}`) are reported, and
 * never inside fenced code.
 */
function checkCopilot(doc: PromptDocument, report: (r: Report) => void): void {
  const { text, body } = doc;
  const fences = findFences(text, body.offset, body.endOffset);
  COPILOT_CANDIDATE.lastIndex = body.offset;
  for (let m = COPILOT_CANDIDATE.exec(text); m && m.index < body.endOffset; m = COPILOT_CANDIDATE.exec(text)) {
    const name = m[1];
    if (COPILOT_VARIABLES.has(name)) continue;
    if (fences.some((f) => f.offset <= m!.index && m!.index < f.endOffset)) continue;
    const span = { offset: m.index + 2, endOffset: m.index + 2 + name.length };
    if (name === 'input') {
      report({ span, message: `'\${input}' needs a name: write \${input:name} (or \${input:name:placeholder}).`, evidence: { variable: name } });
      continue;
    }
    const known = Object.hasOwn(COPILOT_MISTAKES, name);
    const suggestion = known ? COPILOT_MISTAKES[name] : nearestCopilotVariable(name);
    if (!known && !suggestion) continue;
    report({
      span,
      message: suggestion
        ? `'\${${name}}' is not a VS Code prompt variable and is sent as plain text: did you mean \${${suggestion}}?`
        : `'\${${name}}' is a VS Code task variable, not a prompt variable: it is sent as plain text.`,
      evidence: { variable: name },
      fixes: suggestion ? [{ title: `Use \${${suggestion}}`, edits: [{ offset: span.offset, endOffset: span.endOffset, text: suggestion }] }] : [],
      fingerprintText: name,
    });
  }
}

/** The prompt variable `name` most likely misspells (same letters in another case, or 1–2 edits away). */
export function nearestCopilotVariable(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const v of COPILOT_VARIABLES) {
    if (v.toLowerCase() === lower) return v;
    if (name.length < 4) continue;
    const d = editDistance(lower, v.toLowerCase(), 2);
    if (d <= 2 && d < bestDistance) {
      best = v;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, stopping early once every path exceeds `max` (returns max + 1). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Indexes of expressions inside a Mustache section: there a bare name may be a field of the section's item
 * (Mustache looks names up through every enclosing context), so it is not reported. Handlebars scopes are
 * resolved by the parser.
 */
export function contextualExpressions(doc: PromptDocument): Set<number> {
  const out = new Set<number>();
  if (doc.engine !== 'mustache') return out;
  const sections: boolean[] = []; // true: `{{#x}}` (pushes x's item), false: `{{^x}}` (does not)
  for (const [i, e] of doc.expressions.entries()) {
    const src = e.source.trim();
    if (e.kind === 'block' && src.startsWith('/')) {
      sections.pop();
      continue;
    }
    if (sections.includes(true)) out.add(i);
    if (e.kind === 'block' && (src.startsWith('#') || src.startsWith('^'))) sections.push(src.startsWith('#'));
  }
  return out;
}

/** The span of `name` inside the expression (whole word), or the whole expression. */
export function nameSpan(text: string, span: Span, name: string): Span {
  const inner = text.slice(span.offset, span.endOffset);
  let from = 0;
  for (;;) {
    const at = inner.indexOf(name, from);
    if (at < 0) return span;
    const before = inner[at - 1];
    const after = inner[at + name.length];
    const rooted = before === '.' && inner.slice(0, at).endsWith('@root.');
    if ((before === undefined || rooted || !/[\w$.@:]/.test(before)) && (after === undefined || !/[\w$]/.test(after))) {
      return { offset: span.offset + at, endOffset: span.offset + at + name.length };
    }
    from = at + 1;
  }
}

/**
 * A fix declaring `name` in the format's inputs block: Dotprompt `input.schema` (Picoschema `name: string`,
 * or a JSON Schema's `properties`) and Prompty `inputs` (`name:\n  type: string`, or a v2 list entry).
 * When the block is missing it is added at the end of the front matter. Other formats get no fix.
 */
export function declarationFix(doc: PromptDocument, name: string): Fix | undefined {
  const fix = declarationFixLf(doc, name);
  const fm = doc.frontMatter;
  if (!fix || !fm || !doc.text.slice(fm.content.offset, fm.content.endOffset).includes('\r\n')) return fix;
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, text: e.text.replace(/\n/g, '\r\n') })) };
}

function declarationFixLf(doc: PromptDocument, name: string): Fix | undefined {
  if (!IDENT.test(name) || !doc.frontMatter) return undefined;
  if (doc.format !== 'dotprompt' && doc.format !== 'prompty') return undefined;
  const fm = doc.frontMatter;
  const source = doc.text.slice(fm.content.offset, fm.content.endOffset);
  const yaml = parseDocument(source, { keepSourceTokens: false });
  if (yaml.errors.length || !(isMap(yaml.contents) || yaml.contents === null)) return undefined;
  const title = `Declare '${name}' as a string input`;
  const base = fm.content.offset;

  if (doc.format === 'dotprompt') {
    const schema = yaml.getIn(['input', 'schema'], true) as YamlNode | undefined;
    if (isMap(schema) && schema.items.length && !schema.flow) {
      const properties = schema.get('properties', true) as YamlNode | undefined;
      if (isMap(properties) && schema.get('type') === 'object') {
        if (!properties.items.length || properties.flow) return undefined;
        return appendEntry(doc, base, properties, (indent, step) => `${indent}${name}:\n${indent}${step}type: string\n`, title);
      }
      return appendEntry(doc, base, schema, (indent) => `${indent}${name}: string\n`, title);
    }
    if (yaml.has('input')) return undefined; // an input block without a usable schema: leave it to the author
    return appendTopLevel(doc, `input:\n  schema:\n    ${name}: string\n`, title);
  }

  const inputs = yaml.get('inputs', true) as YamlNode | undefined;
  if (isMap(inputs) && inputs.items.length && !inputs.flow) {
    // Always the long form: in Prompty `name: value` declares a default value, not a type.
    return appendEntry(doc, base, inputs, (indent, step) => `${indent}${name}:\n${indent}${step}type: string\n`, title);
  }
  if (isSeq(inputs) && inputs.items.length && !inputs.flow) {
    const first = inputs.items[0];
    const typeKey = isMap(first) && first.has('kind') ? 'kind' : 'type';
    const keyNode = isMap(first) ? (first.items[0]?.key as YamlNode | undefined) : undefined;
    const dashAt = keyNode?.range ? lineIndentBefore(source, keyNode.range[0]) : undefined;
    if (dashAt === undefined) return undefined;
    const { dashIndent, keyIndent } = dashAt;
    const insertAt = afterLastLine(source, inputs.range?.[1] ?? source.length);
    return {
      title,
      edits: [{ offset: base + insertAt.offset, endOffset: base + insertAt.offset, text: `${insertAt.prefix}${dashIndent}- name: ${name}\n${keyIndent}${typeKey}: string\n` }],
    };
  }
  if (yaml.has('inputs')) return undefined;
  return appendTopLevel(doc, `inputs:\n  ${name}:\n    type: string\n`, title);
}

const IDENT = /^[A-Za-z_][\w]*$/;

function appendEntry(
  doc: PromptDocument,
  base: number,
  map: YAMLMap,
  entry: (indent: string, step: string) => string,
  title: string,
): Fix | undefined {
  const source = doc.text.slice(base, doc.frontMatter!.content.endOffset);
  const firstKey = map.items[0].key as YamlNode | undefined;
  if (!firstKey?.range) return undefined;
  const indent = ' '.repeat(firstKey.range[0] - lineStartOf(source, firstKey.range[0]));
  let step = '  ';
  for (const item of map.items) {
    const value = item.value as YamlNode | null;
    if (isMap(value) && !value.flow && value.items[0]?.key) {
      const k = value.items[0].key as YamlNode;
      if (k.range) {
        const inner = k.range[0] - lineStartOf(source, k.range[0]) - indent.length;
        if (inner > 0) step = ' '.repeat(inner);
      }
      break;
    }
  }
  const at = afterLastLine(source, map.range?.[1] ?? source.length);
  return { title, edits: [{ offset: base + at.offset, endOffset: base + at.offset, text: at.prefix + entry(indent, step) }] };
}

/** Adds a top-level block at the end of the front matter content. */
function appendTopLevel(doc: PromptDocument, block: string, title: string): Fix {
  const fm = doc.frontMatter!;
  const source = doc.text.slice(fm.content.offset, fm.content.endOffset);
  const at = afterLastLine(source, source.length);
  return { title, edits: [{ offset: fm.content.offset + at.offset, endOffset: fm.content.offset + at.offset, text: at.prefix + block }] };
}

/** The offset just after the line holding the last non-blank character before `end`. */
function afterLastLine(source: string, end: number): { offset: number; prefix: string } {
  let i = Math.min(end, source.length);
  while (i > 0 && /\s/.test(source[i - 1])) i--;
  // Trailing comments on the last line stay on it: move to the line's end.
  const nl = source.indexOf('\n', i);
  if (nl < 0) return { offset: source.length, prefix: source.length && !source.endsWith('\n') ? '\n' : '' };
  return { offset: nl + 1, prefix: '' };
}

function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function lineIndentBefore(source: string, keyOffset: number): { dashIndent: string; keyIndent: string } | undefined {
  const start = lineStartOf(source, keyOffset);
  const prefix = source.slice(start, keyOffset);
  const dash = prefix.indexOf('-');
  if (dash < 0 || prefix.slice(0, dash).trim()) return undefined;
  return { dashIndent: ' '.repeat(dash), keyIndent: ' '.repeat(keyOffset - start) };
}
