/**
 * The entry point of the `promptgov` bundle (dist/cli/promptgov.js): binds the command line to the
 * process. Everything else is in cli.ts and commands/.
 */
import type { Io } from './command';
import { runCli } from './cli';

function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: () =>
      new Promise<Uint8Array>((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
        process.stdin.on('error', reject);
      }),
  };
}

// A reader that stops early (`promptgov check | head`) closes the pipe: stop quietly, as Unix tools do,
// instead of dying on an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    // exitCode, not exit(): a report piped to another program is flushed before the process ends.
    if (process.exitCode === undefined) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`promptgov: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
