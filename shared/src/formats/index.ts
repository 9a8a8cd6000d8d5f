/**
 * Prompt formats: which format a file is, and its PromptDocument. One parser per format (prompty.ts,
 * dotprompt.ts, githubPrompt.ts, copilot.ts, promptl.ts, template.ts, policyDoc.ts); the shared pieces
 * are frontMatter.ts, yamlNodes.ts, fields.ts, delimiters.ts, lines.ts and templateScan/.
 *
 * `parseDocument` never throws: whatever the text (empty, binary, 20 MB, broken YAML, alias bombs,
 * 10,000-deep nesting), it returns a document whose `problems` say what could not be read.
 */
import picomatch from 'picomatch';
import type { Format, PromptDocument } from '../types';
import { copilotVariant, parseCopilot } from './copilot';
import { INVALID_STRUCTURE, newDocument } from './document';
import { parseDotprompt } from './dotprompt';
import { parseGithubPrompt } from './githubPrompt';
import { parsePolicyDocument } from './policyDoc';
import { parsePromptl } from './promptl';
import { parsePrompty } from './prompty';
import { parseTemplate, templateExtension } from './template';

export { computeLineStarts, offsetToLineColumn } from './lines';
export { knownKeys } from './knownKeys';

export interface FormatOptions {
  /** Extra plain-template globs (relative POSIX paths, picomatch syntax, dot files included). */
  templateGlobs?: string[];
}

/** Whether YAML text looks like a GitHub Models prompt file (a top-level `messages:` key). */
const GITHUB_MESSAGES = /^messages[ \t]*:/m;

/**
 * The format of a file from its name (and, for `*_prompt.yml` / `*-prompt.yml`, its text), or undefined
 * when it is not a prompt file promptgov knows.
 */
export function detectFormat(path: string, text?: string, options: FormatOptions = {}): Format | undefined {
  const posix = normalizePath(path);
  const base = posix.slice(posix.lastIndexOf('/') + 1).toLowerCase();
  if (base.endsWith('.promptgov.yaml') || base.endsWith('.promptgov.yml')) return 'policy';
  if (base.endsWith('.prompty')) return 'prompty';
  if (base.endsWith('.promptl')) return 'promptl';
  if (base.endsWith('.prompt')) return 'dotprompt';
  if (base.endsWith('.prompt.yml') || base.endsWith('.prompt.yaml')) return 'github-prompt';
  if (/[_-]prompt\.ya?ml$/.test(base)) return text !== undefined && GITHUB_MESSAGES.test(text) ? 'github-prompt' : undefined;
  if (copilotVariant(posix)) return 'copilot';
  if (templateExtension(posix) && options.templateGlobs?.length) {
    const relative = posix.replace(/^\.\//, '');
    if (picomatch(options.templateGlobs, { dot: true })(relative)) return 'template';
  }
  return undefined;
}

/**
 * Parses `text` as `format` (detected from the path when absent; unknown files are read as plain
 * templates). Never throws.
 */
export function parseDocument(path: string, rawText: string, format?: Format): PromptDocument {
  const text = flat(rawText);
  const posix = normalizePath(path);
  const chosen = format ?? detectFormat(posix, text) ?? 'template';
  try {
    switch (chosen) {
      case 'prompty':
        return parsePrompty(posix, text);
      case 'dotprompt':
        return parseDotprompt(posix, text);
      case 'github-prompt':
        return parseGithubPrompt(posix, text);
      case 'copilot':
        return parseCopilot(posix, text, copilotVariant(posix) ?? 'prompt');
      case 'promptl':
        return parsePromptl(posix, text);
      case 'policy':
        return parsePolicyDocument(posix, text);
      case 'template':
        return parseTemplate(posix, text);
    }
  } catch (error) {
    // A parser bug must not take the whole run down: the file gets one problem and nothing else.
    const doc = newDocument(posix, text, chosen, 'text');
    const reason = error instanceof Error ? error.message : String(error);
    doc.problems.push({
      ruleId: INVALID_STRUCTURE,
      span: { offset: 0, endOffset: Math.min(text.length, 1) },
      message: `promptgov could not read this file (${reason.slice(0, 200)}); please report it as a bug.`,
    });
    return doc;
  }
}

/**
 * The same text, stored flat. An editor builds each version of a document by concatenating the unchanged
 * parts around an edit, and V8 keeps such a string as a tree of pieces; every parser and detector then reads
 * it character by character through the tree (measured on a 2,000-line file: parsing 2.5× slower). A regular
 * expression needs a flat subject, so running one flattens the string in place: one linear copy, and a no-op
 * for a string that is flat already or on another engine. (Using the text as a property key flattened it
 * too, but also interned it: V8 hashes long strings by their length alone, so each version was compared
 * with the interned earlier versions of the same length, a second pass over the text per edit.)
 */
function flat(text: string): string {
  FLATTEN.test(text);
  return text;
}

/** Matches at once, at the start of any text: run only for the flattening it causes. */
const FLATTEN = /^/;

/** Backslashes to slashes (paths are POSIX inside promptgov). */
function normalizePath(path: string): string {
  return path.includes('\\') ? path.replace(/\\/g, '/') : path;
}
