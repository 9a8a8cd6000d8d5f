/**
 * Re-anchoring a resolved policy to a project root, so that the core sees root-relative paths and
 * fingerprints match between the CLI and the language server in every checkout.
 */
import type { ResolvedPolicy } from './resolved';

/** `policy` with its folders relative to `root`, or undefined when one of them lies outside it. */
export function rebasePolicy(policy: ResolvedPolicy, root: string): ResolvedPolicy | undefined {
  const baseDir = policy.baseDir === '' ? '' : inside(root, policy.baseDir);
  if (baseDir === undefined) return undefined;
  const exceptions = [];
  for (const e of policy.exceptions) {
    const dir = e.baseDir === '' ? '' : inside(root, e.baseDir);
    if (dir === undefined) return undefined;
    exceptions.push({ ...e, baseDir: dir });
  }
  return { ...policy, baseDir, exceptions };
}

/** `path` relative to `folder` ('' for the folder itself), or undefined when it is not inside it. */
export function inside(folder: string, path: string): string | undefined {
  if (path === folder) return '';
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}
