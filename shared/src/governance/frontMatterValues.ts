/**
 * Reading the front matter's plain value by key, where each format keeps governance keys: at the top level,
 * under `metadata:`, and for Dotprompt under `ext.<namespace>.` or as a dotted top-level key
 * (`myco.changelog`). Used for change notes and for the content comparison of version-change notes.
 */
import type { PromptDocument } from '../types';

/** A value found for a key, with where it was found (`changelog`, `metadata.changelog`, `ext.myco.changelog`). */
export interface FoundValue {
  source: string;
  value: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every value of `key` in the document's front matter, in the places the formats use for metadata. */
export function findMetadataValues(doc: PromptDocument, key: string): FoundValue[] {
  const root = doc.frontMatter?.value;
  if (!isRecord(root)) return [];
  const out: FoundValue[] = [];
  if (Object.hasOwn(root, key)) out.push({ source: key, value: root[key] });
  if (isRecord(root.metadata) && Object.hasOwn(root.metadata, key)) out.push({ source: `metadata.${key}`, value: root.metadata[key] });
  if (isRecord(root.ext)) {
    for (const [ns, inner] of Object.entries(root.ext)) {
      if (isRecord(inner) && Object.hasOwn(inner, key)) out.push({ source: `ext.${ns}.${key}`, value: inner[key] });
    }
  }
  for (const [k, v] of Object.entries(root)) {
    if (k.includes('.') && k.slice(k.lastIndexOf('.') + 1) === key) out.push({ source: k, value: v });
  }
  return out;
}

/**
 * A copy of `value` without the entries at the given key paths. A path is first tried as one (dotted)
 * top-level key, then as `a.b.c`.
 */
export function withoutPaths(value: Record<string, unknown>, paths: Iterable<string>): Record<string, unknown> {
  const copy = structuredCloneJson(value) as Record<string, unknown>;
  for (const path of paths) {
    if (Object.hasOwn(copy, path)) {
      delete copy[path];
      continue;
    }
    const parts = path.split('.');
    let node: unknown = copy;
    for (let i = 0; i < parts.length - 1 && isRecord(node); i++) node = node[parts[i]];
    if (isRecord(node)) delete node[parts[parts.length - 1]];
  }
  return copy;
}

/** A canonical JSON text (keys sorted) of a plain value, for comparisons. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys(value[k]);
    return out;
  }
  return value;
}

function structuredCloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneJson);
  if (value instanceof Date) return new Date(value.getTime());
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = structuredCloneJson(v);
    return out;
  }
  return value;
}
