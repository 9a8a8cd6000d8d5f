/**
 * Document URIs ↔ the absolute POSIX paths the core and the policy resolver use.
 * `file:` URIs become real paths; any other scheme (`untitled:`, a virtual file system) becomes a path
 * that names the file (for format detection) under the first workspace folder, and is never read from disk.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sep } from 'node:path';

export interface DocumentLocation {
  /** Absolute POSIX path (real for `file:` URIs, synthetic otherwise). */
  path: string;
  /** Whether `path` is a file on disk (policy lookup, git and workspace walking apply). */
  onDisk: boolean;
}

export function toPosix(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

export function fromPosix(p: string): string {
  return sep === '\\' ? p.replace(/\//g, '\\') : p;
}

/** Where a document lives, or undefined when `uri` is not a URI at all. */
export function locate(uri: unknown, roots: readonly string[]): DocumentLocation | undefined {
  if (typeof uri !== 'string' || uri.length === 0) return undefined;
  if (uri.startsWith('file:')) {
    try {
      return { path: toPosix(fileURLToPath(uri)), onDisk: true };
    } catch {
      return undefined;
    }
  }
  const colon = uri.indexOf(':');
  if (colon <= 0) return undefined;
  let rest = uri.slice(colon + 1).replace(/^\/\/[^/]*/, '');
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // keep it encoded
  }
  const name = rest.split(/[?#]/)[0].split('/').filter(Boolean).pop() || 'untitled';
  const root = roots[0] ?? '/';
  return { path: `${root.endsWith('/') ? root : `${root}/`}${name}`, onDisk: false };
}

/** The `file:` URI of an absolute POSIX path. */
export function fileUri(path: string): string {
  return pathToFileURL(fromPosix(path)).toString();
}
