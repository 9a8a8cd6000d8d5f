/**
 * Errors that end a command with exit status 2 (usage or configuration error). Their message is a
 * sentence that says what to do; `main.ts` prints it on stderr, prefixed with `promptgov:`.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  /** The command whose `--help` to point at (omitted for configuration errors). */
  readonly command?: string;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
