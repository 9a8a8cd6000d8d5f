/**
 * The trust model: which template inputs are untrusted (may carry text written by someone other than the
 * prompt's author: a customer, a web page, a retrieved document, a tool result).
 *
 * An input is untrusted unless something says otherwise, in this order (the first that applies wins):
 *   1. the prompt file declares it untrusted (`trusted: false`, `x-promptgov-trusted: false`, a Picoschema
 *      `@untrusted` description tag): always honoured;
 *   2. the prompt file declares it trusted (`trusted: true`, `x-promptgov-trusted: true` on its declaration,
 *      a Picoschema `@trusted` description tag, or a top-level / `metadata:` `x-promptgov-trusted: [names]`
 *      list), unless the policy sets `inputs.allow_file_trust: false`;
 *   3. it is an environment value of the format rather than content (VS Code's `${file}`,
 *      `${workspaceFolder}`, … paths chosen by the editor);
 *   4. a policy `inputs.trusted` glob matches its name (or its dotted path, `customer.tier`);
 *   5. a policy `inputs.untrusted` glob matches it (default `["*"]`: every input);
 *   6. otherwise it is trusted (the policy lists the untrusted inputs and this is not one of them).
 *
 * Globs run on RE2 (policy/re2.ts): matching is linear whatever a policy writes.
 */
import type { PromptDocument } from '../types';
import type { ResolvedPolicy } from '../policy/resolved';
import { compilePolicyGlob, type PolicyMatcher } from '../policy/re2';
import { parsePicoschemaKey } from '../formats/dotprompt';
import { getIn, pairsOf, stringValue } from '../formats/yamlNodes';

/** Why an input is (un)trusted. */
export type TrustSource = 'file' | 'environment' | 'policy';

export interface InputTrust {
  /** The input's root name (`customer` for `customer.name`). */
  name: string;
  trusted: boolean;
  source: TrustSource;
  /** One clause for messages: `declared \`trusted: true\` in this file`, `matches inputs.untrusted "*"`. */
  why: string;
}

/**
 * VS Code prompt-file variables that name places rather than carry content: the editor fills them with
 * paths of the workspace, not with text someone else wrote. `${selection}`, `${selectedText}` and
 * `${input:…}` carry content and follow the policy.
 */
export const COPILOT_ENVIRONMENT_VARIABLES: ReadonlySet<string> = new Set([
  'file', 'fileBasename', 'fileDirname', 'fileBasenameNoExtension', 'workspaceFolder', 'workspaceFolderBasename',
]);

/** The policy's default when `inputs.untrusted` is not set. */
const DEFAULT_UNTRUSTED: readonly string[] = ['*'];

const matchers = new Map<string, PolicyMatcher | null>();

function globMatcher(glob: string): PolicyMatcher | null {
  let m = matchers.get(glob);
  if (m === undefined) {
    const compiled = compilePolicyGlob(glob, { matchSlash: true });
    m = compiled.ok ? compiled.matcher : null;
    if (matchers.size > 2000) matchers.clear();
    matchers.set(glob, m);
  }
  return m;
}

/** The first glob of `globs` matching `name` or `path`, if any. Invalid globs match nothing. */
export function matchingGlob(globs: readonly string[] | undefined, name: string, path?: string): string | undefined {
  for (const glob of globs ?? []) {
    const m = globMatcher(glob);
    if (m && (m.test(name) || (path !== undefined && path !== name && m.test(path)))) return glob;
  }
  return undefined;
}

/**
 * The trust of input `name` (a root variable name) in `doc` under `policy`; `path` is the dotted path read
 * (`customer.tier`), so that a policy may trust one field of an object input.
 */
export function inputTrust(doc: PromptDocument, policy: ResolvedPolicy, name: string, path?: string): InputTrust {
  const declared = doc.inputs.find((i) => i.name === name);
  const inFile = declared?.trusted ?? picoschemaTag(doc, name) ?? trustedList(doc, name);
  if (inFile === false) return { name, trusted: false, source: 'file', why: 'declared untrusted in this file' };
  if (inFile === true && policy.inputs.allow_file_trust !== false) {
    return { name, trusted: true, source: 'file', why: 'declared trusted in this file' };
  }
  if (doc.engine === 'copilot' && COPILOT_ENVIRONMENT_VARIABLES.has(name)) {
    return { name, trusted: true, source: 'environment', why: 'a path filled in by the editor' };
  }
  const trustedGlob = matchingGlob(policy.inputs.trusted, name, path);
  if (trustedGlob !== undefined) return { name, trusted: true, source: 'policy', why: `matches inputs.trusted "${trustedGlob}"` };
  const untrustedGlob = matchingGlob(policy.inputs.untrusted ?? DEFAULT_UNTRUSTED, name, path);
  if (untrustedGlob !== undefined) {
    return { name, trusted: false, source: 'policy', why: untrustedGlob === '*' ? 'every input is untrusted unless trusted' : `matches inputs.untrusted "${untrustedGlob}"` };
  }
  return { name, trusted: true, source: 'policy', why: 'not listed in inputs.untrusted' };
}

/** The tags a Picoschema description may carry: `topic: string, what to write about @trusted`. */
export const TRUSTED_TAG = '@trusted';
export const UNTRUSTED_TAG = '@untrusted';

/**
 * Dotprompt Picoschema shorthand (`name: string, description`) has no room for a `trusted:` key, so trust is
 * declared with a tag in the description: `@trusted` or `@untrusted`.
 */
function picoschemaTag(doc: PromptDocument, name: string): boolean | undefined {
  if (doc.format !== 'dotprompt') return undefined;
  const schema = getIn(doc.frontMatter?.yaml?.contents, ['input', 'schema']);
  for (const { key, pair } of pairsOf(schema)) {
    if (parsePicoschemaKey(key)?.name !== name) continue;
    const texts = [key.includes('(') ? key.slice(key.indexOf('(')) : '', stringValue(pair.value) ?? ''];
    for (const t of texts) {
      if (hasTag(t, UNTRUSTED_TAG)) return false;
      if (hasTag(t, TRUSTED_TAG)) return true;
    }
  }
  return undefined;
}

/**
 * A top-level (or `metadata:`) `x-promptgov-trusted: [names]` list names trusted inputs, declared or not
 * (GitHub Models files often declare no variables at all).
 */
function trustedList(doc: PromptDocument, name: string): true | undefined {
  const root = doc.frontMatter?.yaml?.contents;
  for (const path of [['x-promptgov-trusted'], ['metadata', 'x-promptgov-trusted']]) {
    const list = getIn(root, path) as { items?: unknown[] } | null | undefined;
    if (list && Array.isArray(list.items) && list.items.some((item) => stringValue(item) === name)) return true;
  }
  return undefined;
}

function hasTag(text: string, tag: string): boolean {
  for (let at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + 1)) {
    const after = text.charCodeAt(at + tag.length);
    const word = (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 95 || after === 45;
    if (!word) return true;
  }
  return false;
}

/** Whether input `name` (optionally its dotted `path`) is untrusted in `doc` under `policy`. */
export function isUntrusted(doc: PromptDocument, policy: ResolvedPolicy, name: string, path?: string): boolean {
  return !inputTrust(doc, policy, name, path).trusted;
}

/** The regular expressions of this module (none: trust is decided with RE2 globs). */
export const PATTERNS: readonly RegExp[] = [];
