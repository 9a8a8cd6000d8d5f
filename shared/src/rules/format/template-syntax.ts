import { defineRule } from '../rule';

/**
 * A template body the engine would refuse to render: an unclosed or unbalanced `{{`/`}}`, `{%`/`%}`, an
 * unclosed comment, a block never closed (`{% if %}` without `{% endif %}`, `{{#each}}` without
 * `{{/each}}`), a closer with no opener, an `else` outside a block, an unclosed PromptL message tag. The
 * template scanners (formats/templateScan/) find them; the engine reports them because this rule sets
 * `reportsParseProblems`. At most 50 are reported per file.
 */
export default defineRule({
  meta: {
    id: 'format/template-syntax',
    description: 'Template syntax the engine would reject: unbalanced delimiters, unclosed or mismatched blocks, unclosed comments or message tags.',
    defaultSeverity: 'error',
    fixable: false,
    reportsParseProblems: true,
  },
  check() {
    // Reported from the document's parse problems (see above).
  },
});
