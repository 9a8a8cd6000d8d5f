/** `promptgov rules`: every rule with its default severity, whether it is fixable, and what it reports. */
import { allRules } from '../../../shared/src/rules';
import { parseChoice, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { UsageError } from '../errors';

const HELP = `Usage: promptgov rules [--format table|json]

Lists every rule: its id, its severity when the policy says nothing, whether \`promptgov fix\` can fix it,
and what it reports. \`promptgov explain <rule>\` prints a rule's documentation.

Options:
  --format table|json   Output format (default: table)
  -h, --help            Show this help
`;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List every rule with its default severity and whether it is fixable',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('rules', argv, { format: { type: 'string', default: 'table' } });
    const format = parseChoice('rules', '--format', values.format ?? 'table', ['table', 'json'] as const);
    if (positionals.length > 0) {
      throw new UsageError(`rules takes no arguments (got "${positionals[0]}"); use \`promptgov explain ${positionals[0]}\` for one rule.`, 'rules');
    }
    if (format === 'json') {
      const list = allRules.map(({ meta }) => ({
        id: meta.id,
        defaultSeverity: meta.defaultSeverity,
        fixable: meta.fixable,
        description: meta.description,
        ...(meta.formats ? { formats: [...meta.formats] } : {}),
      }));
      io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      return 0;
    }
    const rows = allRules.map(({ meta }) => [meta.id, meta.defaultSeverity, meta.fixable ? 'yes' : '', meta.description]);
    const header = ['RULE', 'DEFAULT', 'FIXABLE', 'DESCRIPTION'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]): string =>
      cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
    io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n\n${allRules.length} rules. \`promptgov explain <rule>\` shows one in detail.\n`);
    return 0;
  },
};
