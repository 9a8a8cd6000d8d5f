/** The custom requests (protocol.ts), version notes against git, and `run: onSave` with pull diagnostics. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import type { CodeLens, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, PUSH_CAPABILITIES, applyTextEdits } from './client';
import { EMAIL, MANY_PROMPT, SUPPORT_PROMPT, codesUnderTest, countsText } from './fixtures';

describe('lsp: custom requests', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('promptgov/starterPolicy returns a policy without policy problems', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const text = await client.request<string>('promptgov/starterPolicy', null);
    assert.match(text, /^# yaml-language-server: \$schema=/);
    const uri = await client.open('.promptgov.yaml', text);
    // Its example suppression may meet date-dependent rules (`suppression/*`); the policy itself must be clean.
    assert.deepEqual((await client.diagnostics(uri)).filter((d) => String(d.code).startsWith('policy/')), []);
  });

  it('promptgov/redactionEdits redacts the sensitive values inside a range only', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('many.prompt', MANY_PROMPT);
    await client.diagnostics(uri);
    const line4 = { start: { line: 4, character: 0 }, end: { line: 4, character: 100 } };
    const result = await client.request<{ version: number; edits: { range: never; newText: string }[] }>('promptgov/redactionEdits', { textDocument: { uri }, range: line4 });
    assert.equal(result.version, 1);
    assert.deepEqual(result.edits.map((e) => e.newText), ['[REDACTED_EMAIL]']);
    const whole = await client.request<{ edits: { range: never; newText: string }[] }>('promptgov/redactionEdits', { textDocument: { uri } });
    const redacted = applyTextEdits(MANY_PROMPT, whole.edits);
    assert.ok(!redacted.includes('@acme-corp.com') && !redacted.includes('555'), redacted);
  });

  it('promptgov/scanWorkspace checks every prompt file and publishes for closed ones (push clients)', async () => {
    client = await TestClient.start({
      capabilities: PUSH_CAPABILITIES,
      files: { 'a/one.prompt': SUPPORT_PROMPT, 'b/two.prompt': MANY_PROMPT, 'node_modules/x/three.prompt': SUPPORT_PROMPT, 'notes.md': `${EMAIL}\n` },
    });
    const result = await client.request<{ files: number; errors: number; truncated: boolean }>('promptgov/scanWorkspace', null);
    assert.equal(result.files, 2);
    assert.equal(result.truncated, false);
    assert.ok(result.errors >= 4, JSON.stringify(result));
    const two = client.published.get(client.uri('b/two.prompt'));
    assert.ok(two && two[0].diagnostics.filter((d: Diagnostic) => d.code === 'pii/email').length === 2);
    assert.equal(client.published.get(client.uri('node_modules/x/three.prompt')), undefined);
  });
});

describe('lsp: version notes and run modes', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('the CodeLens shows the version and model at the base revision (git HEAD)', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, files: { 'support.prompt': SUPPORT_PROMPT.replace('1.2.0', '1.1.0') } });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: client.root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    const uri = await client.open('support.prompt', SUPPORT_PROMPT.replace('googleai/gemini-2.5-flash', 'googleai/gemini-2.5-pro'));
    await client.waitFor('the check after the base text arrived', () => client.checks(uri) >= 2);
    const [lens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const counts = countsText(client.published.get(uri)!.at(-1)!.diagnostics);
    assert.equal(lens.command!.title, `v1.1.0 → v1.2.0 · googleai/gemini-2.5-flash → googleai/gemini-2.5-pro · ${counts} · changed since HEAD (+2 −2)`);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });
    assert.match(hover.contents.value, /\*\*Version\*\* `1\.2\.0`\n\nRecent versions \(git log\):\n\n- `1\.1\.0` · \d{4}-\d{2}-\d{2} · t · base \([0-9a-f]{7}\)/);
    const fresh = await client.open('new.prompt', SUPPORT_PROMPT);
    await client.waitFor('the check after the base text arrived', () => client.checks(fresh) >= 2);
    const [newLens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: fresh } });
    assert.match(newLens.command!.title, /^v1\.2\.0 · googleai\/gemini-2\.5-flash · .* · new since HEAD$/);
    // The committed file itself, unchanged:
    client.writeFile('same.prompt', SUPPORT_PROMPT);
    git('add', '.');
    git('commit', '-qm', 'same');
    const same = await client.open('same.prompt', SUPPORT_PROMPT);
    await client.waitFor('the check after the base text arrived', () => client.checks(same) >= 2);
    const [sameLens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: same } });
    assert.match(sameLens.command!.title, / · unchanged since HEAD$/);
  });

  it('workspace diagnostics of closed files compare with the base revision too (version/not-bumped)', async () => {
    client = await TestClient.start({ files: { 'prompts/closed.prompt': SUPPORT_PROMPT } });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: client.root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    // Changed on disk, never opened, version left at 1.2.0.
    client.writeFile('prompts/closed.prompt', SUPPORT_PROMPT.replace('You are a support agent.', 'You are a billing support agent.'));
    const report = await client.request<{ items: { uri: string; kind: string; items?: Diagnostic[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
    const closed = report.items.find((i) => i.uri === client.uri('prompts/closed.prompt'));
    assert.ok(closed?.items, JSON.stringify(report.items.map((i) => i.uri)));
    assert.ok(closed.items.some((d) => d.code === 'version/not-bumped'), JSON.stringify(closed.items.map((d) => d.code)));
  });

  it('run: onSave with pull diagnostics answers with the last saved check until the next save', async () => {
    client = await TestClient.start({ settings: { run: 'onSave' }, initializationOptions: { settings: { run: 'onSave' } } });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const pull = async () => codesUnderTest((await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items);
    assert.deepEqual(await pull(), ['pii/email']);
    await client.change(uri, SUPPORT_PROMPT.replace(EMAIL, 'the lead'));
    assert.deepEqual(await pull(), ['pii/email'], 'unsaved edits are not checked');
    await client.save(uri);
    assert.deepEqual(await pull(), []);
  });
});
