/** `promptgov init`: writes a starter `.promptgov.yaml` in the current folder. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { starterPolicy } from '../../../shared/src/policy/starter';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { errorCode } from '../output';

export const POLICY_FILE_NAME = '.promptgov.yaml';

const HELP = `Usage: promptgov init [--force]

Writes a starter policy, ${POLICY_FILE_NAME}, in the current folder: the recommended rules, with
commented examples of model approval, metadata requirements, overrides and exceptions to adapt.

Options:
  --force      Overwrite an existing ${POLICY_FILE_NAME}
  -h, --help   Show this help
`;

export const initCommand: Command = {
  name: 'init',
  summary: `Write a starter ${POLICY_FILE_NAME} in the current folder`,
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('init', argv, { force: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`init takes no arguments; it writes ${POLICY_FILE_NAME} in the current folder.`, 'init');
    const target = join(io.cwd, POLICY_FILE_NAME);
    const existed = existsSync(target);
    if (existed && !values.force) {
      throw new UsageError(`${POLICY_FILE_NAME} already exists here; edit it, or run \`promptgov init --force\` to replace it with the starter policy.`);
    }
    try {
      writeFileSync(target, starterPolicy());
    } catch (error) {
      throw new UsageError(`Cannot write ${POLICY_FILE_NAME} (${errorCode(error)}). Check that the folder is writable.`);
    }
    io.stdout(
      `${existed ? 'Replaced' : 'Wrote'} ${POLICY_FILE_NAME} (starter policy).\n` +
        'Next: adapt it to your repository, then run `promptgov check .`.\n',
    );
    return 0;
  },
};
