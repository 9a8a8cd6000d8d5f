/**
 * `promptgov explain <rule>`: the rule's documentation page (`docs/rules/<id>.md`, shipped with the
 * package), or, when the page is missing, what the rule's metadata says.
 */
import { readFileSync } from 'node:fs';
import { rulesById } from '../../../shared/src/rules';
import type { RuleMeta } from '../../../shared/src/rules/rule';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { packageFile } from '../packageInfo';
import { suggestRule } from '../ruleNames';

const HELP = `Usage: promptgov explain <rule>

Prints the documentation of a rule: what it reports, why, examples, the fix and its options.
\`promptgov rules\` lists every rule id.

Options:
  -h, --help   Show this help
`;

export const explainCommand: Command = {
  name: 'explain',
  summary: "Print a rule's documentation",
  help: HELP,
  async run(argv, io) {
    const { positionals } = parseCommandArgs('explain', argv, {});
    if (positionals.length !== 1) throw new UsageError('explain needs exactly one rule id, e.g. `promptgov explain pii/email`.', 'explain');
    const id = positionals[0];
    const rule = rulesById.get(id);
    if (!rule) throw new UsageError(`Unknown rule "${id}".${suggestRule(id)} Run \`promptgov rules\` to list every rule.`);
    const page = packageFile(`docs/rules/${id}.md`);
    let text: string | undefined;
    if (page) {
      try {
        text = readFileSync(page, 'utf8');
      } catch {
        text = undefined;
      }
    }
    io.stdout(ensureNewline(text ?? ruleSummaryMarkdown(rule.meta)));
    return 0;
  },
};

/** What `explain` prints when a rule's page is missing: the rule's own metadata, as Markdown. */
export function ruleSummaryMarkdown(meta: RuleMeta): string {
  const lines = [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    `- Default severity: ${meta.defaultSeverity}`,
    `- Fixable: ${meta.fixable ? 'yes (`promptgov fix`)' : 'no'}`,
  ];
  if (meta.formats) lines.push(`- Formats: ${meta.formats.join(', ')}`);
  const options = Object.entries(meta.options ?? {});
  lines.push('', '## Options', '');
  if (options.length === 0) lines.push('None.');
  for (const [name, option] of options) {
    const choices = option.enum ? ` (one of ${option.enum.join(', ')})` : '';
    lines.push(`- \`${name}\` (${option.type}, default ${JSON.stringify(option.default)})${choices}: ${option.description}`);
  }
  lines.push('', '(The documentation page for this rule was not found; this summary comes from the rule itself.)');
  return lines.join('\n');
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
