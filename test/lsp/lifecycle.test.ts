/** Initialize (capabilities), registrations, shutdown and exit of the promptgov language server. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TestClient, PUSH_CAPABILITIES, serverBundle } from './client';

const ROOT = join(__dirname, '..', '..');

describe('lsp: lifecycle', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('answers initialize with the capabilities of every feature', async () => {
    client = await TestClient.start();
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'promptgov', interFileDependencies: false, workspaceDiagnostics: true });
    const codeActions = caps.codeActionProvider as { codeActionKinds: string[] };
    assert.deepEqual(codeActions.codeActionKinds, ['quickfix', 'source.fixAll.promptgov']);
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('{'));
    assert.ok(caps.documentSymbolProvider);
    assert.deepEqual(caps.codeLensProvider, { resolveProvider: false });
    assert.deepEqual(caps.executeCommandProvider?.commands, ['promptgov.showRuleDocs']);
    assert.equal(client.initializeResult.serverInfo?.name, 'promptgov');
  });

  it('registers file watchers for policy and prompt files when the client allows it', async () => {
    client = await TestClient.start();
    const reg = await client.waitFor('watcher registration', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const globs = (reg.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    assert.ok(globs.includes('**/.promptgov.{yaml,yml}'), globs.join(', '));
    assert.ok(globs.includes('**/*.{prompt,prompty,promptl}'));
    await client.waitFor('configuration registration', () => client.registrations.find((r) => r.method === 'workspace/didChangeConfiguration'));
  });

  it('does not register anything with a client that cannot take dynamic registrations', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    // A request round trip after `initialized` proves the server has handled it.
    await client.request('textDocument/hover', { textDocument: { uri: client.uri('none.prompt') }, position: { line: 0, character: 0 } });
    assert.deepEqual(client.registrations, []);
  });

  it('answers shutdown with null; the process exits 0 after exit (and 1 without shutdown)', async function () {
    this.timeout(60_000);
    const server = await serverBundle();
    for (const withShutdown of [true, false]) {
      const child = spawn(process.execPath, [server, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
      conn.onRequest(() => null);
      conn.listen();
      const init = (await conn.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(ROOT).toString(), capabilities: {} })) as { capabilities: unknown };
      assert.ok(init.capabilities);
      await conn.sendNotification('initialized', {});
      if (withShutdown) assert.equal(await conn.sendRequest('shutdown'), null);
      await conn.sendNotification('exit');
      assert.equal(await exited, withShutdown ? 0 : 1);
      conn.dispose();
    }
  });
});
