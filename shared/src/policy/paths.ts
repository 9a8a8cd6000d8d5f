/**
 * POSIX path arithmetic on strings, for policy discovery and globs. `shared/` never imports `node:path`:
 * the CLI and the server hand it absolute POSIX paths (`/repo/prompts/a.prompt`, or `C:/repo/...`).
 */

/** The folder of `path` (`/a/b/c.yaml` → `/a/b`; `/a` → `/`; `a` → ``). */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '';
  if (i === 0) return '/';
  if (i === 2 && /^[A-Za-z]:/.test(path)) return path.slice(0, 3);
  return path.slice(0, i);
}

/** Joins and normalizes (`.` and `..` segments removed; `..` never climbs above the root). */
export function joinPath(base: string, relative: string): string {
  if (isAbsolute(relative)) return normalize(relative);
  return normalize(base ? `${base}/${relative}` : relative);
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

export function normalize(path: string): string {
  const drive = /^[A-Za-z]:/.exec(path)?.[0] ?? '';
  const rest = path.slice(drive.length);
  const absolute = rest.startsWith('/');
  const out: string[] = [];
  for (const seg of rest.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const body = out.join('/');
  return absolute ? `${drive}/${body}` : drive + body;
}

/**
 * `path` relative to the folder `base`, or undefined when it is not inside it. With an empty `base`, the path
 * without its leading `/`.
 */
export function relativeInside(base: string, path: string): string | undefined {
  if (!base) return path.replace(/^\/+/, '');
  if (base === '/') return path.startsWith('/') ? path.slice(1) : undefined;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

/** The folders from `dir` up to the root, `dir` first. */
export function ancestors(dir: string): string[] {
  const out: string[] = [];
  let current = dir;
  for (;;) {
    out.push(current);
    const parent = dirname(current);
    if (parent === current || parent === '') break;
    current = parent;
  }
  return out;
}

/** `dir` + `/` + `name`, without doubling the root slash. */
export function childPath(dir: string, name: string): string {
  if (!dir) return name;
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}
