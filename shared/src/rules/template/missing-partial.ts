import type { PromptDocument, Reference } from '../../types';
import { defineRule } from '../rule';

/**
 * A Dotprompt partial (`{{> name}}`) or a PromptL include (`<prompt path="…"/>`) whose file does not exist:
 * rendering fails at run time. The rule needs the list of files the caller knows (`env.knownFiles`, set by
 * the CLI and the language server); without it the rule reports nothing, since it cannot know.
 *
 * Resolution: a Dotprompt partial `name` is `_name.prompt` in the file's folder or in a `partials/` folder
 * beside it (`sub/name` → `sub/_name.prompt`); a PromptL path is relative to the file (a leading `/` to the
 * root the paths are given from), `.promptl` appended when missing. Names built at run time (`{{…}}`) are
 * skipped.
 */
export default defineRule({
  meta: {
    id: 'template/missing-partial',
    description: 'A partial or included prompt whose file does not exist.',
    defaultSeverity: 'error',
    fixable: false,
    formats: ['dotprompt', 'promptl'],
  },
  check({ document, env, report }) {
    const known = env.knownFiles;
    if (!known) return;
    for (const ref of document.references) {
      const candidates = candidatePaths(document, ref);
      if (!candidates?.length) continue;
      if (candidates.some((c) => known.has(c))) continue;
      report({
        span: ref.span,
        message:
          document.format === 'dotprompt'
            ? `Partial '${ref.name}' not found: expected ${candidates.map((c) => `'${c}'`).join(' or ')}.`
            : `Included prompt '${ref.name}' not found: expected '${candidates[0]}'.`,
        evidence: { reference: ref.name, candidates },
        fingerprintText: ref.name,
      });
    }
  },
});

/** The files that would satisfy a reference, or undefined when the reference is not checkable here. */
export function candidatePaths(doc: PromptDocument, ref: Reference): string[] | undefined {
  const name = ref.name.trim();
  if (!name || /\{\{|\$\{|\{%/.test(name)) return undefined;
  const dir = dirnameOf(doc.path);
  if (doc.format === 'dotprompt' && ref.kind === 'partial') {
    const slash = name.lastIndexOf('/');
    const sub = slash >= 0 ? `${name.slice(0, slash)}/` : '';
    const base = name.slice(slash + 1);
    const file = `${sub}_${base}.prompt`;
    return unique([joinPosix(dir, file), joinPosix(dir, `partials/${file}`)]);
  }
  if (doc.format === 'promptl' && ref.kind === 'include') {
    const withExt = name.endsWith('.promptl') ? name : `${name}.promptl`;
    return [name.startsWith('/') ? normalizePosix(withExt.slice(1)) : joinPosix(dir, withExt)];
  }
  return undefined;
}

/** `a/b/c.prompt` → `a/b`; `c.prompt` → ``. */
export function dirnameOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(0, slash) : '';
}

export function joinPosix(dir: string, rel: string): string {
  return normalizePosix(dir ? `${dir}/${rel}` : rel);
}

/** Resolves `.` and `..` segments and repeated slashes; keeps a leading `/`; `..` above the start stays. */
export function normalizePosix(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (seg === '..' && absolute) continue;
    else out.push(seg);
  }
  return (absolute ? '/' : '') + out.join('/');
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
