/**
 * The command table and dispatcher: picks the command and runs it. Each command lives in `commands/`.
 * Exit status: 0 clean, 1 findings at the failing level, 2 usage or configuration error.
 */
import { closest } from '../../shared/src/policy/suggest';
import { wantsHelp } from './args';
import type { Command, Io } from './command';
import { auditCommand } from './commands/audit';
import { baselineCommand } from './commands/baseline';
import { checkCommand } from './commands/check';
import { explainCommand } from './commands/explain';
import { fixCommand } from './commands/fix';
import { initCommand } from './commands/init';
import { lspCommand } from './commands/lsp';
import { policyCommand } from './commands/policyTest';
import { printConfigCommand } from './commands/printConfig';
import { reportCommand } from './commands/report';
import { rulesCommand } from './commands/rules';
import { UsageError } from './errors';
import { version } from './packageInfo';

export const COMMANDS: readonly Command[] = [
  checkCommand, fixCommand, initCommand, explainCommand, baselineCommand, auditCommand, reportCommand, policyCommand, printConfigCommand, rulesCommand, lspCommand,
];

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: promptgov <command> [options]

Keeps prompt files safe and governed: sensitive data, injection-prone constructs, model policy and
governance gaps, checked offline against the repository's .promptgov.yaml.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     Show help (also after a command: promptgov check --help)
  -v, --version  Print the version

Start with \`promptgov check .\`; \`promptgov init\` writes a starter policy.
`;
}

/** Runs the command line `argv` (without `node` and the script); resolves to the exit status. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(generalHelp());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? topic.help : generalHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      const hint = closest(name, COMMANDS.map((c) => c.name));
      const what = name.startsWith('-') ? `Unknown option ${name}` : `Unknown command "${name}"`;
      throw new UsageError(`${what}.${hint ? ` Did you mean "${hint}"?` : ''} Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
    }
    if (wantsHelp(rest)) {
      io.stdout(command.help);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const more = error.command ? `\nRun \`promptgov ${error.command} --help\` for the options.` : '';
      io.stderr(`promptgov: ${error.message}${more}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`promptgov: internal error, please report it with the command you ran:\n${detail}\n`);
    return 2;
  }
}
