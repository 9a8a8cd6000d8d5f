import { defineRule } from '../rule';

/**
 * A file whose shape does not follow its format: a `.prompt.yml` that is not a GitHub Models prompt file
 * (no `messages` list, entries without `role`/`content`, unknown roles, prompt text in keys the schema does
 * not have). The parser still reads whatever prompt text it finds, so content checks run; this rule only
 * says the tools that consume the format will not read the file as its author expects. Reported from the
 * document's parse problems (`reportsParseProblems`).
 */
export default defineRule({
  meta: {
    id: 'format/invalid-structure',
    description: 'The file does not have the structure its format requires (e.g. a `.prompt.yml` that is not a GitHub Models prompt file).',
    defaultSeverity: 'warning',
    fixable: false,
    reportsParseProblems: true,
  },
  check() {
    // Reported from the document's parse problems (see above).
  },
});
