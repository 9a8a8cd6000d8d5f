/**
 * Command-line parsing on Node's `util.parseArgs`, with its errors turned into usage errors (exit 2)
 * worded for people, and the small value parsers the commands share.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true; args: string[] }>>['values'];
  positionals: string[];
}

export function parseCommandArgs<O extends Options>(command: string, argv: readonly string[], options: O): Parsed<O> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values, positionals } as Parsed<O>;
  } catch (error) {
    throw new UsageError(describeParseError(error), command);
  }
}

function describeParseError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option ?? message}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing/.test(message)) return `Option ${option} needs a value.`;
      if (/does not take an argument/.test(message)) return `Option ${option} does not take a value.`;
      return message;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument: ${message}`;
    default:
      return message;
  }
}

/** Whether argv asks for help (`--help` or `-h` before any `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/** A non-negative integer option (`--max-warnings 10`). */
export function parseCount(command: string, flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} needs a whole number of 0 or more, not "${value}".`, command);
  return Number(value);
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** A size: bytes, or with a unit (`500KB`, `10MB`, `1GB`). */
export function parseSize(command: string, flag: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(value.trim());
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UsageError(`${flag} needs a size such as 500KB or 10MB, not "${value}".`, command);
  return Math.floor(Number(m[1]) * unit);
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(command: string, flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${choices.join(', ')}; "${value}" is not.`, command);
}
