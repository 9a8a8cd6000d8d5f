/**
 * Version-change notes: what changed in a prompt file since its base revision. Pure: the current document
 * and the base revision's text (read from git by the CLI or the server) in, plain data out. The
 * `version/*` rules, the editor's CodeLens and the Markdown / audit reporters all read this one result.
 *
 *   computeChanges(doc, baseText)        baseText: the file at the base revision, or null when it is new
 *
 * "Content" is what the model sees or runs with: the body, the messages and every front-matter setting
 * (model, parameters, inputs, tools …). Governance metadata (version, owner, description, data class,
 * retention, change notes) is not content: editing it alone does not call for a new version.
 */
import type { PromptDocument, Role } from '../types';
import { parseDocument } from '../formats';
import { normalizeModelId, type ModelPolicy } from '../models/normalize';
import { canonicalJson, findMetadataValues, withoutPaths } from './frontMatterValues';
import { lineDelta, normalizedLines, type LineDelta } from './diff';
import { compareVersions, parseVersion } from './semver';

/** Metadata keys whose edits are not content changes (see the module comment). */
export const NON_CONTENT_KEYS: readonly string[] = [
  'version', 'name', 'description', 'owner', 'owners', 'authors', 'tags', 'data_class', 'dataClass', 'data-class',
  'retention', 'changelog', 'change_note', 'model_change', 'approved_by', 'approval', 'reviewed_by',
];

/** Keys that record why a model changed or who approved it (`version/model-change-unrecorded`). */
export const CHANGE_NOTE_KEYS: readonly string[] = ['changelog', 'change_note', 'model_change', 'approved_by', 'approval'];

export type VersionDirection = 'up' | 'down' | 'same' | 'unknown';

export interface VersionChange {
  before?: string;
  after?: string;
  /** The value differs (as written). */
  changed: boolean;
  /** By semver precedence when both are semantic versions; `same` when equal as written; otherwise `unknown`. */
  direction: VersionDirection;
}

export interface ModelsChange {
  /** Model references as written, in file order, without repeats. */
  before: string[];
  after: string[];
  /** The set of models differs once normalized (`GPT-4o` and `openai/gpt-4o` through an alias are one model). */
  changed: boolean;
  added: string[];
  removed: string[];
}

export interface MessageChange {
  /** Index in the current document's `messages`; -1 for a removed message. */
  index: number;
  /** Index in the base document's `messages`; -1 for an added message. */
  baseIndex: number;
  role: Role;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Lines added / removed in the message's content. */
  added: number;
  removed: number;
}

export interface MetadataChange {
  /** `version`, `owner`, `dataClass`, … or a dotted extra key (`metadata.team`). */
  key: string;
  before?: string;
  after?: string;
}

export interface VersionChanges {
  /** The file does not exist at the base revision. */
  isNew: boolean;
  version: VersionChange;
  models: ModelsChange;
  messages: MessageChange[];
  metadata: MetadataChange[];
  /** Content (body, messages, settings; not governance metadata) changed. */
  contentChanged: boolean;
  /** Anything changed at all (comments and metadata included; line endings and trailing blanks ignored). */
  textChanged: boolean;
  /** Lines added / removed in the whole file. */
  lines: LineDelta;
}

export interface ChangeOptions {
  /** The policy (its `models.aliases` decide which references name the same model). */
  policy?: ModelPolicy;
  /** Metadata keys whose edits are not content changes (default `NON_CONTENT_KEYS`). */
  nonContentKeys?: readonly string[];
}

/** Compares `current` with the text of the same file at the base revision (`null`: the file is new there). */
export function computeChanges(current: PromptDocument, baseText: string | null, options: ChangeOptions = {}): VersionChanges {
  const keys = options.nonContentKeys ?? NON_CONTENT_KEYS;
  if (baseText === null) {
    return {
      isNew: true,
      version: { after: current.metadata.version?.value, changed: current.metadata.version !== undefined, direction: 'unknown' },
      models: { before: [], after: modelList(current), changed: current.models.length > 0, added: modelList(current), removed: [] },
      messages: current.messages.map((m, index) => ({ index, baseIndex: -1, role: m.role, status: 'added', added: normalizedLines(contentOf(current, index)).length, removed: 0 })),
      metadata: metadataChanges(undefined, current),
      contentChanged: true,
      textChanged: true,
      lines: { added: normalizedLines(current.text).length, removed: 0 },
    };
  }
  const base = parseDocument(current.path, baseText, current.format);
  const lines = lineDelta(base.text, current.text);
  return {
    isNew: false,
    version: versionChange(base.metadata.version?.value, current.metadata.version?.value),
    models: modelsChange(base, current, options.policy),
    messages: messageChanges(base, current),
    metadata: metadataChanges(base, current),
    contentChanged: contentSignature(base, keys, options.policy) !== contentSignature(current, keys, options.policy),
    textChanged: lines.added > 0 || lines.removed > 0,
    lines,
  };
}

function versionChange(before: string | undefined, after: string | undefined): VersionChange {
  const changed = before !== after;
  let direction: VersionDirection = 'unknown';
  const a = before !== undefined ? parseVersion(before) : undefined;
  const b = after !== undefined ? parseVersion(after) : undefined;
  if (a && b) {
    const c = compareVersions(b, a);
    direction = c > 0 ? 'up' : c < 0 ? 'down' : 'same';
  } else if (!changed && before !== undefined) direction = 'same';
  return { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}), changed, direction };
}

function modelList(doc: PromptDocument): string[] {
  return [...new Set(doc.models.map((m) => m.id.trim()))];
}

function modelsChange(base: PromptDocument, current: PromptDocument, policy: ModelPolicy | undefined): ModelsChange {
  const key = (doc: PromptDocument) => new Map(doc.models.map((m) => [normalizeModelId(m, policy).id.toLowerCase(), m.id.trim()] as const));
  const before = key(base);
  const after = key(current);
  const added = [...new Set([...after].filter(([k]) => !before.has(k)).map(([, w]) => w))];
  const removed = [...new Set([...before].filter(([k]) => !after.has(k)).map(([, w]) => w))];
  return { before: modelList(base), after: modelList(current), changed: added.length > 0 || removed.length > 0, added, removed };
}

function contentOf(doc: PromptDocument, index: number): string {
  const c = doc.messages[index].content;
  return doc.text.slice(c.offset, c.endOffset);
}

/**
 * Pairs messages: identical contents first (in order), then the remaining ones in order, by role where
 * possible; what is left over was added or removed.
 */
function messageChanges(base: PromptDocument, current: PromptDocument): MessageChange[] {
  const baseTexts = base.messages.map((_, i) => normalizedLines(contentOf(base, i)).join('\n'));
  const curTexts = current.messages.map((_, i) => normalizedLines(contentOf(current, i)).join('\n'));
  const pairOfCurrent = new Array<number>(current.messages.length).fill(-1);
  const takenBase = new Set<number>();
  let from = 0;
  curTexts.forEach((text, i) => {
    for (let j = from; j < baseTexts.length; j++) {
      if (!takenBase.has(j) && baseTexts[j] === text && base.messages[j].role === current.messages[i].role) {
        pairOfCurrent[i] = j;
        takenBase.add(j);
        from = j + 1;
        break;
      }
    }
  });
  // Remaining: pair in order, preferring the same role.
  const freeBase = () => baseTexts.map((_, j) => j).filter((j) => !takenBase.has(j));
  pairOfCurrent.forEach((p, i) => {
    if (p >= 0) return;
    const candidates = freeBase();
    const j = candidates.find((k) => base.messages[k].role === current.messages[i].role) ?? (base.messages.length === current.messages.length ? candidates[0] : undefined);
    if (j !== undefined) {
      pairOfCurrent[i] = j;
      takenBase.add(j);
    }
  });
  const out: MessageChange[] = current.messages.map((m, i) => {
    const j = pairOfCurrent[i];
    if (j < 0) return { index: i, baseIndex: -1, role: m.role, status: 'added', added: normalizedLines(contentOf(current, i)).length, removed: 0 };
    const delta = lineDelta(contentOf(base, j), contentOf(current, i));
    const same = baseTexts[j] === curTexts[i] && base.messages[j].role === m.role;
    return { index: i, baseIndex: j, role: m.role, status: same ? 'unchanged' : 'changed', added: delta.added, removed: delta.removed };
  });
  base.messages.forEach((m, j) => {
    if (!takenBase.has(j)) out.push({ index: -1, baseIndex: j, role: m.role, status: 'removed', added: 0, removed: normalizedLines(contentOf(base, j)).length });
  });
  return out;
}

const META_FIELDS = ['name', 'version', 'owner', 'dataClass', 'retention', 'description', 'maxOutputTokens'] as const;

function metadataChanges(base: PromptDocument | undefined, current: PromptDocument): MetadataChange[] {
  const out: MetadataChange[] = [];
  const push = (key: string, before: string | undefined, after: string | undefined) => {
    if (before !== after) out.push({ key, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
  };
  for (const key of META_FIELDS) push(key, base?.metadata[key]?.value, current.metadata[key]?.value);
  const extras = new Set([...Object.keys(base?.metadata.extra ?? {}), ...Object.keys(current.metadata.extra)]);
  for (const key of [...extras].sort()) push(key, base?.metadata.extra[key]?.value, current.metadata.extra[key]?.value);
  return out;
}

/** The content of a document as one comparable string (see the module comment). */
export function contentSignature(doc: PromptDocument, nonContentKeys: readonly string[] = NON_CONTENT_KEYS, policy?: ModelPolicy): string {
  const parts: string[] = [];
  const fm = doc.frontMatter;
  if (fm?.value) {
    const paths = new Set<string>();
    for (const key of nonContentKeys) for (const found of findMetadataValues(doc, key)) paths.add(found.source);
    for (const field of Object.values(doc.metadata)) {
      if (field && typeof field === 'object' && 'source' in field && nonContentKeys.includes(lastKey(String(field.source)))) paths.add(String(field.source));
    }
    const value = withoutPaths(fm.value, paths);
    // Models compare as the ids they name: respelling one (`GPT-4.1` for `openai/gpt-4.1` through an alias)
    // is not a change; switching to another model is (`models.changed`).
    for (const ref of doc.models) setAtPath(value, ref.source, `\u0000model:${normalizeModelId(ref, policy).id.toLowerCase()}`);
    parts.push(canonicalJson(value));
  } else if (fm) {
    parts.push(normalizedLines(doc.text.slice(fm.content.offset, fm.content.endOffset)).join('\n'));
  }
  // YAML-only formats hold the prompt in the front matter value; others keep it in the body.
  if (!fm || fm.span.endOffset < doc.text.length || doc.format !== 'github-prompt') {
    parts.push(normalizedLines(doc.text.slice(doc.body.offset, doc.body.endOffset)).join('\n'));
  }
  return parts.join('\u0000');
}

/** Sets the value at a model reference's key path (`model.id`, `model[0]`, `evaluators[1].llm.modelId`), if it exists. */
function setAtPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.match(/[^.[\]]+/g) ?? [];
  let node: unknown = root;
  for (let i = 0; i < segments.length - 1; i++) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[segments[i]];
  }
  const last = segments[segments.length - 1];
  if (node !== null && typeof node === 'object' && last !== undefined && Object.hasOwn(node, last)) (node as Record<string, unknown>)[last] = value;
}

function lastKey(source: string): string {
  return source.slice(source.lastIndexOf('.') + 1);
}

const cache = new WeakMap<PromptDocument, { baseText: string | null; key: string; changes: VersionChanges }>();

/** `computeChanges`, remembered per document (the `version/*` rules of one check share one result). */
export function changesFor(current: PromptDocument, baseText: string | null, options: ChangeOptions = {}): VersionChanges {
  const key = canonicalJson({ aliases: options.policy?.models?.aliases ?? null, keys: options.nonContentKeys ?? null });
  const hit = cache.get(current);
  if (hit && hit.baseText === baseText && hit.key === key) return hit.changes;
  const changes = computeChanges(current, baseText, options);
  cache.set(current, { baseText, key, changes });
  return changes;
}
