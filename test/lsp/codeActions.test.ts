/** Code actions: fix → apply → diagnostics clear; fix all; redact all; source.fixAll; disable for line; docs. */
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, PUSH_CAPABILITIES, FULL_CAPABILITIES } from './client';
import { EMAIL, MANY_PROMPT, SUPPORT_PROMPT } from './fixtures';

async function actionsFor(client: TestClient, uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], ...(only ? { only } : {}) },
  });
}

async function apply(client: TestClient, uri: string, action: CodeAction | undefined): Promise<number> {
  assert.ok(action, 'action missing');
  assert.ok(action.edit, `action "${action.title}" has no edit`);
  return client.applyEdits(uri, client.editsFor(action.edit, uri));
}

describe('lsp: code actions', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('offers the fixes, fix all, redact all, disable and docs actions for a finding, fixes first', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('many.prompt', MANY_PROMPT);
    const email = (await client.diagnostics(uri)).find((d) => d.code === 'pii/email')!;
    const actions = await actionsFor(client, uri, email);
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], 'Fix: Redact: replace with [REDACTED_EMAIL]');
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions[0].kind, 'quickfix');
    assert.deepEqual(actions[0].diagnostics, [email]);
    for (const t of ['Fix all pii/email in file', 'Redact all sensitive data in file', 'Disable pii/email for this line (with reason)', 'Show documentation for pii/email']) {
      assert.ok(titles.includes(t), `missing "${t}" in ${JSON.stringify(titles)}`);
    }
    assert.ok(titles.indexOf('Fix all pii/email in file') > titles.lastIndexOf(titles.filter((t) => t.startsWith('Fix: ')).pop()!));
    const docs = actions.find((a) => a.title === 'Show documentation for pii/email')!;
    assert.deepEqual(docs.command, {
      title: 'Show documentation for pii/email',
      command: 'promptgov.showRuleDocs',
      arguments: ['https://github.com/promptgov/promptgov/blob/main/docs/rules/pii/email.md'],
    });
  });

  it('applying the first fix redacts the value and the diagnostic clears', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const email = (await client.diagnostics(uri)).find((d) => d.code === 'pii/email')!;
    const [first] = await actionsFor(client, uri, email, ['quickfix']);
    assert.ok(first.edit?.changes, 'a client without documentChanges gets `changes`');
    const version = await apply(client, uri, first);
    assert.ok(client.text(uri).includes('Escalate to [REDACTED_EMAIL] when unsure.'), client.text(uri));
    assert.deepEqual((await client.diagnostics(uri, version)).filter((d) => d.code === 'pii/email'), []);
  });

  it('finds the finding without diagnostic data (by rule id and range), as Neovim 0.7 sends it', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const email = (await client.diagnostics(uri)).find((d) => d.code === 'pii/email')!;
    const bare = { range: email.range, message: email.message, code: email.code, severity: email.severity, source: email.source };
    const actions = await actionsFor(client, uri, bare as Diagnostic, ['quickfix']);
    assert.equal(actions[0].title, 'Fix: Redact: replace with [REDACTED_EMAIL]');
    // And with no diagnostics at all, the range alone selects the finding.
    const byRange = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: email.range, context: { diagnostics: [] } });
    assert.equal(byRange[0].title, 'Fix: Redact: replace with [REDACTED_EMAIL]');
  });

  it('fix all of a rule fixes every finding of it and nothing else', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('many.prompt', MANY_PROMPT);
    const diagnostics = await client.diagnostics(uri);
    assert.equal(diagnostics.filter((d) => d.code === 'pii/email').length, 2);
    const email = diagnostics.find((d) => d.code === 'pii/email')!;
    const version = await apply(client, uri, (await actionsFor(client, uri, email)).find((a) => a.title === 'Fix all pii/email in file'));
    const after = await client.diagnostics(uri, version);
    assert.deepEqual(after.filter((d) => d.code === 'pii/email'), []);
    assert.equal(after.filter((d) => d.code === 'pii/phone').length, 1, 'the phone number is another rule');
  });

  it('redact all removes every sensitive value of the file', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = await client.open('many.prompt', MANY_PROMPT);
    const email = (await client.diagnostics(uri)).find((d) => d.code === 'pii/email')!;
    const version = await apply(client, uri, (await actionsFor(client, uri, email)).find((a) => a.title === 'Redact all sensitive data in file'));
    assert.deepEqual((await client.diagnostics(uri, version)).filter((d) => /^(pii|secret)\//.test(String(d.code))), []);
    assert.ok(client.text(uri).includes('[REDACTED_PHONE'), client.text(uri));
  });

  it('source.fixAll.promptgov fixes everything fixable, and only comes when asked for', async () => {
    client = await TestClient.start({ capabilities: FULL_CAPABILITIES });
    const uri = await client.open('many.prompt', MANY_PROMPT);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const plain = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [] } });
    assert.ok(!plain.some((a) => a.kind === 'source.fixAll.promptgov'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.promptgov']);
    const edit = actions[0].edit!;
    assert.equal((edit.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, 1, 'edits are tied to the version');
    await apply(client, uri, actions[0]);
    const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    // One pass applies the first fix of every finding (as `promptgov fix` does): the sensitive values are gone.
    assert.deepEqual(report.items.filter((d) => /^(pii|secret)\//.test(String(d.code))), []);
    assert.ok(!client.text(uri).includes(EMAIL));
  });

  it('leaves fix-all edits to codeAction/resolve for a client that resolves lazily; resolved, they fix the same', async () => {
    const capabilities = structuredClone(FULL_CAPABILITIES);
    capabilities.textDocument!.codeAction!.resolveSupport = { properties: ['edit'] };
    client = await TestClient.start({ capabilities });
    assert.equal((client.initializeResult.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, true);
    const uri = await client.open('many.prompt', MANY_PROMPT);
    const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    const email = report.items.find((d) => d.code === 'pii/email')!;
    const actions = await actionsFor(client, uri, email);
    const fixAll = actions.find((a) => a.title === 'Fix all pii/email in file')!;
    const redact = actions.find((a) => a.title === 'Redact all sensitive data in file')!;
    for (const lazy of [fixAll, redact]) {
      assert.equal(lazy.edit, undefined, `${lazy.title} came with its edit`);
      assert.deepEqual(Object.keys(lazy.data as object).sort(), ['action', 'uri', 'version'].concat(lazy === fixAll ? ['ruleId'] : []).sort());
    }
    assert.ok(actions.find((a) => a.title.startsWith('Fix: '))!.edit, 'a small fix keeps its edit');
    const [source] = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: email.range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(source.edit, undefined);
    const resolvedSource = await client.request<CodeAction>('codeAction/resolve', source);
    assert.ok(resolvedSource.edit);

    const resolved = await client.request<CodeAction>('codeAction/resolve', fixAll);
    assert.equal(resolved.title, fixAll.title);
    await apply(client, uri, resolved);
    const after = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(after.items.filter((d) => d.code === 'pii/email'), []);
    assert.equal(after.items.filter((d) => d.code === 'pii/phone').length, 1);
    // Offered for version 1, resolved at version 2: no edit (the client asks again).
    const stale = await client.request<CodeAction>('codeAction/resolve', redact);
    assert.equal(stale.edit, undefined);
  });

  it('executes promptgov.showRuleDocs through window/showDocument', async () => {
    client = await TestClient.start();
    const url = 'https://github.com/promptgov/promptgov/blob/main/docs/rules/pii/email.md';
    assert.equal(await client.request('workspace/executeCommand', { command: 'promptgov.showRuleDocs', arguments: [url] }), null);
    await client.waitFor('showDocument', () => client.shownDocuments.includes(url));
    // Anything but a web URL is refused.
    await client.request('workspace/executeCommand', { command: 'promptgov.showRuleDocs', arguments: ['file:///etc/passwd'] });
    assert.deepEqual(client.shownDocuments, [url]);
  });
});

describe('lsp: disable for this line', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  const cases: { name: string; file: string; text: string; directive: RegExp }[] = [
    { name: 'Handlebars body (Dotprompt)', file: 'a.prompt', text: SUPPORT_PROMPT, directive: /^\{\{! promptgov-disable-next-line pii\/email -- reason: TODO \}\}$/ },
    { name: 'Jinja body (Prompty)', file: 'b.prompty', text: `---\nname: b\n---\nsystem:\n  Write to ${EMAIL} today.\n`, directive: /^ {2}\{# promptgov-disable-next-line pii\/email -- reason: TODO #\}$/ },
    { name: 'Markdown (Copilot)', file: 'c.prompt.md', text: `---\ndescription: c\n---\nWrite to ${EMAIL} today.\n`, directive: /^<!-- promptgov-disable-next-line pii\/email -- reason: TODO -->$/ },
    { name: 'PromptL', file: 'd.promptl', text: `---\nmodel: gpt-4o\n---\n<system>\nWrite to ${EMAIL} today.\n</system>\n`, directive: /^\/\* promptgov-disable-next-line pii\/email -- reason: TODO \*\/$/ },
  ];
  for (const c of cases) {
    it(`inserts a directive that silences the finding: ${c.name}`, async () => {
      client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
      const uri = await client.open(c.file, c.text);
      const email = (await client.diagnostics(uri)).find((d) => d.code === 'pii/email');
      assert.ok(email, `no pii/email finding in ${c.file}`);
      const action = (await actionsFor(client, uri, email)).find((a) => a.title === 'Disable pii/email for this line (with reason)');
      const version = await apply(client, uri, action);
      const inserted = client.text(uri).split('\n')[email.range.start.line];
      assert.match(inserted, c.directive);
      assert.deepEqual((await client.diagnostics(uri, version)).filter((d) => d.code === 'pii/email'), []);
    });
  }

  it('GitHub Models YAML: a comment above a plain scalar; nothing inside a block scalar, where it would be prompt text', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    const text = `name: x\nmodel: openai/gpt-4o\nmessages:\n  - role: system\n    content: Write to ${EMAIL} today.\n  - role: user\n    content: |\n      Also bob.smith@acme-corp.com\n`;
    const uri = await client.open('e.prompt.yml', text);
    const [plain, block] = (await client.diagnostics(uri)).filter((d) => d.code === 'pii/email');
    assert.equal(block.range.start.line, 7);
    const blockTitles = (await actionsFor(client, uri, block)).map((a) => a.title);
    assert.ok(blockTitles.includes('Fix: Redact: replace with [REDACTED_EMAIL]'));
    assert.ok(!blockTitles.some((t) => t.startsWith('Disable')), blockTitles.join(', '));
    const version = await apply(client, uri, (await actionsFor(client, uri, plain)).find((a) => a.title.startsWith('Disable')));
    assert.equal(client.text(uri).split('\n')[4], '    # promptgov-disable-next-line pii/email -- reason: TODO');
    assert.equal((await client.diagnostics(uri, version)).filter((d) => d.code === 'pii/email').length, 1, 'only the block scalar one is left');
  });

  it('writes a YAML comment in front matter', async () => {
    client = await TestClient.start({
      capabilities: PUSH_CAPABILITIES,
      files: { '.promptgov.yaml': 'models:\n  approved: ["openai/gpt-4.1"]\n' },
    });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const model = (await client.diagnostics(uri)).find((d) => d.code === 'model/unapproved')!;
    assert.ok(model, 'model/unapproved expected');
    const version = await apply(client, uri, (await actionsFor(client, uri, model)).find((a) => a.title === 'Disable model/unapproved for this line (with reason)'));
    assert.equal(client.text(uri).split('\n')[1], '# promptgov-disable-next-line model/unapproved -- reason: TODO');
    assert.deepEqual((await client.diagnostics(uri, version)).filter((d) => d.code === 'model/unapproved'), []);
  });

  it('uses a snippet placeholder for the reason when the client takes snippet edits', async () => {
    client = await TestClient.start({ capabilities: FULL_CAPABILITIES });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    const email = report.items.find((d) => d.code === 'pii/email')!;
    const action = (await actionsFor(client, uri, email)).find((a) => a.title.startsWith('Disable pii/email'))!;
    const change = action.edit!.documentChanges![0] as { edits: { snippet?: { kind: string; value: string } }[] };
    assert.deepEqual(change.edits[0].snippet, { kind: 'snippet', value: '{{! promptgov-disable-next-line pii/email -- ${1:reason} \\}\\}\n' });
  });

  it('asks for an approver and an expiry when the policy requires them', async () => {
    client = await TestClient.start({
      capabilities: PUSH_CAPABILITIES,
      files: { '.promptgov.yaml': 'suppressions:\n  require_approver: true\n  max_days: 30\n' },
    });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const email = (await client.diagnostics(uri)).find((d) => d.code === 'pii/email')!;
    const version = await apply(client, uri, (await actionsFor(client, uri, email)).find((a) => a.title.startsWith('Disable pii/email')));
    assert.equal(client.text(uri).split('\n')[8], '{{! promptgov-disable-next-line pii/email -- reason: TODO; approved-by: @TODO; expires: 2026-02-14 }}');
    assert.deepEqual((await client.diagnostics(uri, version)).filter((d) => d.code === 'pii/email'), []);
  });

  it('is not offered for a rule the policy makes non-suppressible', async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, files: { '.promptgov.yaml': 'non_suppressible: ["pii/*"]\n' } });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const email = (await client.diagnostics(uri)).find((d) => d.code === 'pii/email')!;
    const titles = (await actionsFor(client, uri, email)).map((a) => a.title);
    assert.ok(titles.includes('Fix: Redact: replace with [REDACTED_EMAIL]'));
    assert.ok(!titles.some((t) => t.startsWith('Disable')), titles.join(', '));
  });
});
