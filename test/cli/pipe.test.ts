/**
 * `promptgov check … | head`: the reader closes the pipe after a few lines. The CLI must stop quietly (as
 * Unix tools do), not die with an unhandled EPIPE error and a stack trace.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, CLI_BUNDLE } from './runCli';

describe('promptgov output into a pipe closed early', function () {
  this.timeout(60_000);
  before(() => buildCli());

  it('stops without an error when the reader goes away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgov-pipe-'));
    try {
      // Enough findings that the report is far larger than a pipe buffer.
      const lines = Array.from({ length: 4000 }, (_, i) => `Write to person${i}@northwind-mail.com about case ${i}.`);
      writeFileSync(join(dir, 'big.prompt'), `---\nmodel: openai/gpt-4.1\n---\n${lines.join('\n')}\n`);
      const child = spawn(process.execPath, [CLI_BUNDLE, 'check', '--format', 'json', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      assert.doesNotMatch(stderr, /EPIPE|Unhandled|at .*\(node:/, stderr);
      assert.notEqual(code, 2, 'not an internal error');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
