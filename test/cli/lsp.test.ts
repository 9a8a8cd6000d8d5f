/**
 * `promptgov lsp --stdio` hands the process to the language server bundle: an `initialize` request is
 * answered with the server's capabilities, and `shutdown` + `exit` end it with status 0. Without the
 * server bundle, the command exits 2 with a sentence saying how to build it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, CLI_BUNDLE, REPO_ROOT, runCli } from './runCli';

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('lsp --stdio (built CLI)', function () {
  this.timeout(120_000);
  before(() => buildCli());

  it('starts the language server, which answers initialize and exits cleanly', async () => {
    if (!existsSync(join(REPO_ROOT, 'dist', 'server', 'server.js'))) {
      const run = runCli(['lsp', '--stdio'], { cwd: REPO_ROOT });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /language server is not built.*npm run build/);
      return;
    }
    const child = spawn(process.execPath, [CLI_BUNDLE, 'lsp', '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const initialized = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (/"id":1,"result"/.test(out)) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering: ${out}`)));
    });
    child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    const answer = await initialized;
    assert.match(answer, /"capabilities"/);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
    child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await exited, 0);
  });
});
