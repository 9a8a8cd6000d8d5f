/**
 * `promptgov lsp --stdio`: starts the language server, from its own bundle (`dist/server/server.js`),
 * which is built next to the CLI's. The server reads `--stdio` from the process arguments.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { packageFile } from '../packageInfo';

const HELP = `Usage: promptgov lsp --stdio

Runs the promptgov language server over standard input and output, for editors that speak the
Language Server Protocol (Neovim, Helix, Emacs, Sublime, …). VS Code users install the extension instead.

Options:
  --stdio      Talk over stdin/stdout (the only transport)
  -h, --help   Show this help
`;

export const lspCommand: Command = {
  name: 'lsp',
  summary: 'Run the language server (--stdio)',
  help: HELP,
  async run(argv) {
    const { values } = parseCommandArgs('lsp', argv, { stdio: { type: 'boolean' } });
    if (!values.stdio) throw new UsageError('lsp needs --stdio: `promptgov lsp --stdio` (the only transport).', 'lsp');
    const server = serverBundle();
    if (!server) {
      throw new UsageError('The language server is not built: dist/server/server.js is missing. Run `npm run build` in the promptgov checkout, then try again.');
    }
    // The server keeps the process alive; the exit status is its own.
    require(server);
    return new Promise<number>(() => undefined);
  },
};

function serverBundle(): string | undefined {
  const beside = join(__dirname, '..', 'server', 'server.js'); // dist/cli/ → dist/server/
  if (existsSync(beside)) return beside;
  return packageFile('dist/server/server.js');
}
