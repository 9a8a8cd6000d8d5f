/**
 * The server never dies on a bad request: malformed params, unknown documents, positions past the end,
 * unknown methods and garbage notifications get an error or an empty answer, and the next request is
 * answered as usual.
 */
import assert from 'node:assert/strict';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { TestClient, PUSH_CAPABILITIES } from './client';
import { EMAIL, SUPPORT_PROMPT } from './fixtures';

describe('lsp: robustness', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  /** The server still works: a fresh document gets its diagnostics. */
  async function stillAnswers(c: TestClient): Promise<void> {
    const uri = await c.open(`alive-${Math.random().toString(36).slice(2)}.prompt`, SUPPORT_PROMPT);
    const d = await c.diagnostics(uri);
    assert.ok(d.some((x: Diagnostic) => x.code === 'pii/email'));
  }

  it('answers requests about unknown documents with nulls and empty lists', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const textDocument = { uri: client.uri('missing.prompt') };
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    assert.equal(await client.request('textDocument/hover', { textDocument, position }), null);
    assert.equal(await client.request('textDocument/completion', { textDocument, position }), null);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/diagnostic', { textDocument }), { kind: 'full', items: [] });
    assert.equal(await client.request('promptgov/redactionEdits', { textDocument }), null);
    await stillAnswers(client);
  });

  it('survives malformed params of every request', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    await client.diagnostics(uri);
    const garbage: unknown[] = [null, 42, 'x', [], {}, { textDocument: 7 }, { textDocument: { uri: 12 }, position: 'a' }, { textDocument: { uri }, position: { line: 'x', character: null } }, { textDocument: { uri }, range: 5, context: 'no' }, { textDocument: { uri }, context: { diagnostics: [null, 1, { range: 'bad', data: 3 }], only: [5] } }];
    const methods = ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/diagnostic', 'workspace/diagnostic', 'workspace/executeCommand', 'promptgov/redactionEdits'];
    for (const method of methods) {
      for (const params of garbage) {
        try {
          await client.request(method, params);
        } catch (error) {
          // An error response is fine (the library may refuse params that are not an object); a dead server is not.
          assert.ok(typeof (error as { code?: unknown }).code === 'number', `${method}: ${String(error)}`);
        }
      }
    }
    for (const method of ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave', 'workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration']) {
      for (const params of garbage) await client.connection.sendNotification(method, params);
    }
    await stillAnswers(client);
  });

  it('clamps positions past the end of a line or of the file', async () => {
    client = await TestClient.start();
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const past = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 10_000 } });
    assert.match((past?.contents as { value: string }).value, /role: system/, 'the end of line 9, inside the system message');
    const lines = SUPPORT_PROMPT.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    assert.deepEqual(
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 10_000, character: 3 } }),
      await client.request('textDocument/hover', { textDocument: { uri }, position: end }),
      'past the last line means the end of the file',
    );
    assert.deepEqual(
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: -5, character: -1 } }),
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }),
      'negative means the start',
    );
    const actions = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 8, character: 50 }, end: { line: 99, character: 99 } },
      context: { diagnostics: [] },
    });
    assert.ok(actions.length > 0, 'a range running past the end still selects the finding on line 9');
  });

  it('answers an unknown method with MethodNotFound and keeps going', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    await assert.rejects(client.request('promptgov/noSuchThing', {}), (e: { code?: number }) => e.code === -32601);
    await stillAnswers(client);
  });

  it('checks hostile text without failing: binary bytes, a huge line, deep nesting, broken YAML', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const texts = [
      '\u0000\u0001\u0002\uFFFD'.repeat(1000),
      `---\nmodel: x\n---\n${'a'.repeat(300_000)} ${EMAIL}\n`,
      `---\n${'['.repeat(5000)}\n---\nhello\n`,
      '---\nmodel: [unclosed\n  - : :\n',
      '\uD800\uDC00\uD800 lone surrogates \uDFFF',
    ];
    for (const [i, text] of texts.entries()) {
      const uri = await client.open(`hostile-${i}.prompt`, text);
      const diagnostics = await client.diagnostics(uri);
      assert.ok(Array.isArray(diagnostics));
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      await client.request('textDocument/codeLens', { textDocument: { uri } });
    }
    await stillAnswers(client);
  });
});
