/**
 * What every command is: a name, a help text and `run`. Commands talk to the outside world only through
 * `Io` (working directory, environment, output streams, stdin), so that they stay easy to reason about.
 */

export interface Io {
  /** Absolute working directory. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The whole of standard input, as bytes. */
  readStdin(): Promise<Uint8Array>;
}

export interface Command {
  name: string;
  /** One line for `promptgov --help`. */
  summary: string;
  /** The full `promptgov <name> --help` text. */
  help: string;
  /** Runs the command; resolves to the exit status. */
  run(argv: readonly string[], io: Io): Promise<number>;
}

/** Prints a note on stderr, prefixed like every message of the CLI. */
export function note(io: Io, message: string): void {
  io.stderr(`promptgov: ${message}\n`);
}
