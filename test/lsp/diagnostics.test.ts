/** Pushed and pulled diagnostics: shape, updates on change, stale-version cancellation, workspace pulls. */
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic, DocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { ruleDocsUrl } from '../../shared/src/rules/rule';
import { TestClient, PUSH_CAPABILITIES } from './client';
import { EMAIL, SUPPORT_PROMPT, codesUnderTest, positionOfText } from './fixtures';

describe('lsp: push diagnostics', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('publishes pii/email on open with code, docs link, source, severity and fix data', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const diagnostics = await client.diagnostics(uri);
    const email = diagnostics.filter((d) => d.code === 'pii/email');
    assert.equal(email.length, 1, JSON.stringify(diagnostics));
    const d = email[0];
    assert.deepEqual(d.range.start, positionOfText(SUPPORT_PROMPT, EMAIL));
    assert.deepEqual(d.range.end, positionOfText(SUPPORT_PROMPT, EMAIL, EMAIL.length));
    assert.equal(d.source, 'promptgov');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.codeDescription, { href: ruleDocsUrl('pii/email') });
    assert.equal(typeof d.message, 'string');
    assert.ok(!String(d.message).includes(EMAIL), `message must mask the address: ${String(d.message)}`);
    // Only what code actions need: the rule id is `code`, and fixes stay on the server.
    assert.deepEqual(Object.keys(d.data as object).sort(), ['entity', 'fingerprint']);
    const data = d.data as { fingerprint: string; entity: string };
    assert.equal(data.entity, 'email');
    assert.match(data.fingerprint, /^[0-9a-f]{8,}$/);
  });

  it('updates the diagnostics when the document changes, and clears them on close', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    assert.equal((await client.diagnostics(uri)).filter((d) => d.code === 'pii/email').length, 1);
    await client.change(uri, SUPPORT_PROMPT.replace(EMAIL, 'the on-call lead'));
    assert.deepEqual((await client.diagnostics(uri, 2)).filter((d) => d.code === 'pii/email'), []);
    await client.change(uri, `${SUPPORT_PROMPT}Also ops.team@acme-corp.com\n`);
    assert.equal((await client.diagnostics(uri, 3)).filter((d) => d.code === 'pii/email').length, 2);
    await client.close(uri);
    const cleared = await client.waitFor('cleared diagnostics', () => {
      const list = client.published.get(uri)!;
      const last = list[list.length - 1];
      return last.version === undefined && last.diagnostics.length === 0 ? last : undefined;
    });
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('does not publish again when a new version gives the same diagnostics; the status says the version was checked', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const first = await client.diagnostics(uri);
    // After the address on its line: no finding moves or changes.
    const v2 = await client.change(uri, SUPPORT_PROMPT.replace('when unsure.', 'when in doubt.'));
    await client.waitFor('status of v2', () => client.statuses.find((s) => s.uri === uri && s.version === v2));
    assert.equal(client.published.get(uri)!.length, 1, 'the same diagnostics were pushed again');
    assert.deepEqual(await client.diagnostics(uri, v2), first);
    // A change that moves the finding is published, for its version.
    const v3 = await client.change(uri, SUPPORT_PROMPT.replace('You are', 'You are now'));
    const moved = await client.diagnostics(uri, v3);
    assert.equal(client.published.get(uri)!.at(-1)!.version, v3);
    assert.equal(moved.find((d) => d.code === 'pii/email')!.range.start.character, first.find((d) => d.code === 'pii/email')!.range.start.character + 4);
  });

  it('sends promptgov/status with the policy and the counts', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const status = await client.waitFor('status', () => client.statuses.find((s) => s.uri === uri));
    const published = await client.diagnostics(uri);
    assert.equal(status.errors, published.filter((d) => d.severity === 1).length);
    assert.equal(status.warnings, published.filter((d) => d.severity === 2).length);
    assert.ok(status.errors >= 1);
    assert.deepEqual(status.policy, ['promptgov:recommended']);
    assert.equal(status.policyError, undefined);
  });

  it('a newer version cancels the pending check of an older one (debounced push)', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, initializationOptions: { debounceMs: 1000 } });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    await client.diagnostics(uri, 1);
    await client.change(uri, SUPPORT_PROMPT.replace(EMAIL, 'a@b')); // v2
    await client.change(uri, SUPPORT_PROMPT.replace(EMAIL, 'nobody')); // v3
    await client.change(uri, `${SUPPORT_PROMPT}x\n`); // v4
    const v4 = await client.diagnostics(uri, 4);
    assert.equal(v4.filter((d) => d.code === 'pii/email').length, 1);
    const versions = client.published.get(uri)!.map((p) => p.version);
    assert.deepEqual(versions, [1, 4], 'only the open and the last change are checked');
  });

  it('does not check files that are not prompt files, and files the policy excludes', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const notes = await client.open('notes.txt', `write to ${EMAIL}\n`);
    const excluded = await client.open('build/out.prompt', SUPPORT_PROMPT);
    const prompt = await client.open('support.prompt', SUPPORT_PROMPT);
    await client.diagnostics(prompt);
    assert.deepEqual(await client.diagnostics(notes), []);
    assert.deepEqual(await client.diagnostics(excluded), []);
  });
});

describe('lsp: pull diagnostics', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('answers textDocument/diagnostic with result ids, and does not push', async () => {
    client = await TestClient.start();
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const first = await client.request<DocumentDiagnosticReport & { items: Diagnostic[]; resultId: string }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(first.kind, 'full');
    assert.deepEqual(codesUnderTest(first.items), ['pii/email']);
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    await client.change(uri, SUPPORT_PROMPT.replace(EMAIL, 'the lead'));
    const changed = await client.request<DocumentDiagnosticReport & { items: Diagnostic[]; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(changed.kind, 'full');
    assert.deepEqual(codesUnderTest(changed.items), []);
    assert.notEqual(changed.resultId, first.resultId);
    // A version with the same diagnostics as the client's result: `unchanged`, under that result's id.
    await client.change(uri, SUPPORT_PROMPT.replace(EMAIL, 'the lead').replace('when unsure.', 'when in doubt.'));
    const same = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: changed.resultId });
    assert.deepEqual(same, { kind: 'unchanged', resultId: changed.resultId });
    const stale = await client.request<DocumentDiagnosticReport & { items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(stale.kind, 'full', 'a result id the server no longer tracks gets a full report');
    await client.waitFor('status', () => client.statuses.length > 0);
    assert.equal(client.published.get(uri), undefined, 'a pull client gets no pushed diagnostics');
  });

  it('answers workspace/diagnostic for every prompt file of the folder (not node_modules), unchanged on repeat', async () => {
    client = await TestClient.start({
      files: {
        'prompts/a.prompt': SUPPORT_PROMPT,
        'prompts/b.prompty': `---\nname: b\n---\nsystem:\nMail ops.team@acme-corp.com\n`,
        'prompts/readme.md': `Mail ${EMAIL}\n`,
        'node_modules/pkg/c.prompt': SUPPORT_PROMPT,
      },
    });
    const openUri = await client.open('open.prompt', SUPPORT_PROMPT);
    const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const byUri = new Map(report.items.map((i) => [i.uri, i]));
    assert.deepEqual([...byUri.keys()].sort(), [client.uri('open.prompt'), client.uri('prompts/a.prompt'), client.uri('prompts/b.prompty')].sort());
    const a = byUri.get(client.uri('prompts/a.prompt'))!;
    assert.equal(a.kind, 'full');
    assert.equal(a.version, null);
    assert.deepEqual(codesUnderTest((a as { items: Diagnostic[] }).items), ['pii/email']);
    assert.equal(byUri.get(openUri)!.version, 1);
    const previousResultIds = report.items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId }));
    const again = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    assert.deepEqual(again.items.map((i) => i.kind), report.items.map(() => 'unchanged'));
  });

  it('honours cancellation of a workspace pull and keeps answering', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`p/${String(i).padStart(3, '0')}.prompt`] = SUPPORT_PROMPT;
    client = await TestClient.start({ files });
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }, source.token);
    setImmediate(() => source.cancel());
    await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const report = await client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
  });

  it('answers an unknown document with an empty report', async () => {
    client = await TestClient.start();
    const report = await client.request<{ kind: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: client.uri('missing.prompt') } });
    assert.deepEqual(report, { kind: 'full', items: [] });
  });
});
