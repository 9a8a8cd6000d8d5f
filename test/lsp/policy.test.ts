/** Policy files and settings: changes re-check open documents; the policy file itself is checked. */
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, PUSH_CAPABILITIES } from './client';
import { SUPPORT_PROMPT, codesUnderTest } from './fixtures';

const ONLY_OPENAI = 'models:\n  approved: ["openai/*"]\n';
const ALSO_GOOGLE = 'models:\n  approved: ["openai/*", "googleai/*"]\n';

const codes = (ds: Diagnostic[]) => codesUnderTest(ds);

describe('lsp: policy and settings', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('re-checks open documents when a policy file changes on disk (didChangeWatchedFiles)', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, files: { '.promptgov.yaml': ONLY_OPENAI } });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['model/unapproved', 'pii/email']);
    const before = client.published.get(uri)!.length;
    client.writeFile('.promptgov.yaml', ALSO_GOOGLE);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.promptgov.yaml'), type: 2 }] });
    const next = await client.waitFor('re-check', () => client.published.get(uri)!.slice(before).pop());
    assert.deepEqual(codes(next.diagnostics), ['pii/email']);
    assert.equal(next.version, 1, 'the same version, checked again');
  });

  it('a new policy file (created) applies, and a deleted one stops applying', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['pii/email']);
    let seen = client.published.get(uri)!.length;
    client.writeFile('.promptgov.yaml', ONLY_OPENAI);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.promptgov.yaml'), type: 1 }] });
    let next = await client.waitFor('re-check after create', () => client.published.get(uri)!.slice(seen).pop());
    assert.deepEqual(codes(next.diagnostics), ['model/unapproved', 'pii/email']);
    seen = client.published.get(uri)!.length;
    (await import('node:fs')).rmSync(client.path('.promptgov.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.promptgov.yaml'), type: 3 }] });
    next = await client.waitFor('re-check after delete', () => client.published.get(uri)!.slice(seen).pop());
    assert.deepEqual(codes(next.diagnostics), ['pii/email']);
  });

  it('editing an open policy document (unsaved) re-checks the prompts, and the policy gets its own diagnostics', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, files: { '.promptgov.yaml': ONLY_OPENAI } });
    const prompt = await client.open('support.prompt', SUPPORT_PROMPT);
    assert.deepEqual(codes(await client.diagnostics(prompt)), ['model/unapproved', 'pii/email']);
    const policy = await client.open('.promptgov.yaml', ONLY_OPENAI);
    assert.deepEqual(await client.diagnostics(policy), []);
    const seen = client.published.get(prompt)!.length;
    const edited = `${ALSO_GOOGLE}rules:\n  pii/emial: warning\n`;
    const version = await client.change(policy, edited);
    const next = await client.waitFor('prompt re-check', () => client.published.get(prompt)!.slice(seen).find((p) => !codes(p.diagnostics).includes('model/unapproved')));
    assert.deepEqual(codes(next.diagnostics), ['pii/email']);
    const policyDiagnostics = await client.diagnostics(policy, version);
    assert.deepEqual(codes(policyDiagnostics), ['policy/unknown-rule']);
    assert.match(String(policyDiagnostics[0].message), /pii\/email/, 'suggests the rule meant');
  });

  it('reports a broken policy in promptgov/status', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, files: { '.promptgov.yaml': 'models: [\n' } });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const status = await client.waitFor('status', () => client.statuses.find((s) => s.uri === uri));
    assert.match(status.policyError ?? '', /\.promptgov\.yaml:\d+: /);
    assert.equal(status.policy[0], client.path('.promptgov.yaml'));
  });

  it('applies promptgov.rules severity overrides, and re-reads them on didChangeConfiguration', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, settings: { rules: { 'pii/email': 'warning' } } });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const first = await client.waitFor('warning severity', () => {
      const last = client.published.get(uri)?.pop();
      return last?.diagnostics.find((d) => d.code === 'pii/email' && d.severity === 2);
    });
    assert.equal(first.severity, 2);
    client.settings = { rules: { 'pii/*': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('rule turned off', () => {
      const list = client.published.get(uri);
      const last = list?.[list.length - 1];
      return last && !last.diagnostics.some((d) => d.code === 'pii/email');
    });
  });

  it('uses the policy file named by promptgov.policyPath for every file', async () => {
    client = await TestClient.start({
      capabilities: PUSH_CAPABILITIES,
      files: { 'config/team-policy.yaml': ONLY_OPENAI, '.promptgov.yaml': ALSO_GOOGLE },
      settings: { policyPath: 'config/team-policy.yaml' },
    });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const status = await client.waitFor('status with the explicit policy', () => client.statuses.find((s) => s.uri === uri && s.policy[0] === client.path('config/team-policy.yaml')));
    assert.equal(status.policy[0], client.path('config/team-policy.yaml'));
    await client.waitFor('model/unapproved from the explicit policy', () => {
      const list = client.published.get(uri);
      return list?.[list.length - 1].diagnostics.some((d) => d.code === 'model/unapproved');
    });
  });

  it('takes settings from initializationOptions when the client has no configuration support', async () => {
    client = await TestClient.start({
      capabilities: { textDocument: {}, workspace: {} },
      initializationOptions: { settings: { rules: { 'pii/email': 'hint' } } },
    });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const d = (await client.diagnostics(uri)).find((x) => x.code === 'pii/email')!;
    assert.equal(d.severity, 4);
  });

  it('in run: onSave mode, changes are checked only when saved', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, initializationOptions: { settings: { run: 'onSave' } }, settings: { run: 'onSave' } });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    await client.diagnostics(uri, 1);
    await client.change(uri, SUPPORT_PROMPT.replace('john.doe@acme-corp.com', 'the lead'));
    // A request round trip: the change has been handled, and nothing was published for it.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.deepEqual(client.published.get(uri)!.map((p) => p.version), [1]);
    await client.save(uri);
    assert.deepEqual((await client.diagnostics(uri, 2)).filter((d) => d.code === 'pii/email'), []);
  });
});
