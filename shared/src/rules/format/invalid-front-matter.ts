import { defineRule } from '../rule';

/**
 * The YAML of a prompt file cannot be read: the front matter (or, for GitHub Models files, the whole file)
 * has a syntax error, a front matter block is never closed, aliases expand too much ("billion laughs") or
 * the nesting is absurdly deep. The parsers (formats/) find these problems; the engine reports them
 * because this rule sets `reportsParseProblems`. The body is still checked by every other rule.
 */
export default defineRule({
  meta: {
    id: 'format/invalid-front-matter',
    description: 'The front matter (or a YAML prompt file) cannot be read: broken YAML, an unclosed block, an alias bomb or excessive nesting.',
    defaultSeverity: 'error',
    fixable: false,
    reportsParseProblems: true,
  },
  check() {
    // Reported from the document's parse problems (see above).
  },
});
