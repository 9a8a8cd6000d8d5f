/**
 * Which documents the extension serves. Dotprompt, Prompty and PromptL get languages of their own;
 * GitHub Models files (`*.prompt.yml`), VS Code's Copilot files and the policy file keep the language
 * another extension (or VS Code itself) gives them — `yaml`, `prompt`, `instructions`, `chatmode`,
 * `markdown` — and are attached by file pattern only. Registering a language with VS Code's ids would make
 * VS Code validate Dotprompt files as Copilot prompt files.
 */

/** Language ids contributed by this extension (package.json `contributes.languages`). */
export const OWN_LANGUAGES = ['prompty', 'dotprompt', 'promptl'] as const;

/** Files served by pattern, without a language of ours. */
export const ATTACHED_PATTERNS = [
  '**/*.prompt.{yml,yaml}',
  '**/*.prompt.md',
  '**/*.instructions.md',
  '**/*.agent.md',
  '**/*.chatmode.md',
  '**/.promptgov.{yaml,yml}',
] as const;

/** Real files and unsaved buffers; never the `promptgov-base:` documents of the base revision. */
const SCHEMES = ['file', 'untitled'] as const;

/** A filter that is both a `vscode.DocumentFilter` and an LSP `TextDocumentFilter`. */
export type Filter = { scheme: string; language: string } | { scheme: string; pattern: string };

export function documentSelector(): Filter[] {
  const filters: Filter[] = [];
  for (const scheme of SCHEMES) {
    for (const language of OWN_LANGUAGES) filters.push({ scheme, language });
  }
  // Patterns match paths, which untitled buffers do not have.
  for (const pattern of ATTACHED_PATTERNS) filters.push({ scheme: 'file', pattern });
  return filters;
}
