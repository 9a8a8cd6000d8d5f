/**
 * Output concerns shared by the commands: colors, the `-o` file, and the options whose checking several
 * commands share (`--policy`, `--rule`).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ruleIdMatches } from '../../shared/src/policy/resolve';
import { ruleIds } from '../../shared/src/rules';
import type { Io } from './command';
import { UsageError } from './errors';
import { absolutePosix, fromPosix } from './nodeHost';
import { suggestRule } from './ruleNames';
import { UNREADABLE_ID } from './checker';

/**
 * Colors: `--color`/`--no-color` decide; otherwise on when stdout is a terminal, unless NO_COLOR is set
 * (https://no-color.org) or FORCE_COLOR asks for them.
 */
export function colorEnabled(io: Io, color?: boolean, noColor?: boolean): boolean {
  if (noColor) return false;
  if (color) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') return true;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

/** Writes `text` to the `-o` file (creating its folder), or to standard output. */
export function writeOutput(io: Io, text: string, file?: string): void {
  if (!file) {
    io.stdout(text);
    return;
  }
  const target = resolve(io.cwd, file);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`Cannot write the report to ${file} (${errorCode(error)}). Check that the folder is writable, or leave out -o to print it.`);
  }
}

/** Checks an explicit `--policy` file and returns its absolute POSIX path. */
export function explicitPolicy(io: Io, file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const path = absolutePosix(io.cwd, file);
  try {
    if (statSync(fromPosix(path)).isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    readFileSync(fromPosix(path));
  } catch (error) {
    throw new UsageError(
      `Cannot read the policy file ${file} (${errorCode(error)}). Check the path, or leave out --policy to use the .promptgov.yaml files found next to the prompts.`,
    );
  }
  return path;
}

/** `--rule` globs; each must match at least one rule, so that a typo does not silently check nothing. */
export function ruleGlobs(command: string, globs: readonly string[] | undefined): string[] | undefined {
  if (!globs || globs.length === 0) return undefined;
  const known = [...ruleIds, UNREADABLE_ID];
  for (const glob of globs) {
    if (!known.some((id) => ruleIdMatches(glob, id))) {
      throw new UsageError(`--rule ${glob} matches no rule.${suggestRule(glob)} Run \`promptgov rules\` to list them.`, command);
    }
  }
  return [...globs];
}

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));
}
