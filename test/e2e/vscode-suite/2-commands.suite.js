// The extension's own commands: redact selection, show changes since base, open/create policy, scan.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { promptgov, fileUri, open, ruleOf, ours, diagnosticsWith, editorState } = require('./helpers');

describe('promptgov in VS Code: commands', function () {
  before(async () => {
    await promptgov();
  });

  it('redactSelection replaces a selection with [REDACTED] and, at a cursor, redacts the finding there', async () => {
    const { doc, editor, uri } = await open('review.prompt.md');
    const [email] = (await diagnosticsWith(uri, 'pii/email')).filter((d) => ruleOf(d) === 'pii/email');
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('Review the changes'));
    const word = 'the changes';
    const start = doc.lineAt(line).text.indexOf(word);
    editor.selections = [
      new vscode.Selection(line, start, line, start + word.length),
      new vscode.Selection(email.range.start.translate(0, 2), email.range.start.translate(0, 2)),
    ];
    const count = await vscode.commands.executeCommand('promptgov.redactSelection');
    assert.equal(count, 2);
    assert.equal(doc.lineAt(line).text, 'Review [REDACTED]. Send questions to [REDACTED_EMAIL].');
  });

  it('showChangesSinceBase opens a diff against the file at HEAD', async () => {
    const { doc, editor, uri } = await open('triage.prompty');
    const committed = doc.getText();
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('You sort'));
    await editor.edit((e) => e.insert(doc.lineAt(line).range.end, ' Mention the customer tier.'));
    const left = await vscode.commands.executeCommand('promptgov.showChangesSinceBase', uri);
    assert.ok(left, 'the command opened a diff');
    assert.equal(left.scheme, 'promptgov-base');
    const tab = await editorState(
      () => {
        const t = vscode.window.tabGroups.activeTabGroup.activeTab;
        return t && t.input instanceof vscode.TabInputTextDiff ? t : undefined;
      },
      'the diff editor',
    );
    assert.equal(tab.input.original.scheme, 'promptgov-base');
    assert.equal(tab.input.modified.toString(), uri.toString());
    const base = await vscode.workspace.openTextDocument(tab.input.original);
    assert.equal(base.getText(), committed);
    assert.equal(base.languageId, 'prompty', 'the base keeps the file name, so its language');
    assert.equal(ours(base.uri).length, 0, 'the base revision is not linted');
  });

  it('showChangesSinceBase shows a file added since HEAD against an empty base', async () => {
    const uri = fileUri('new-since-head.prompt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('---\nmodel: googleai/gemini-2.5-flash\n---\nHello {{name}}\n'));
    const left = await vscode.commands.executeCommand('promptgov.showChangesSinceBase', uri);
    assert.ok(left);
    const base = await vscode.workspace.openTextDocument(left);
    assert.equal(base.getText(), '');
  });

  it('openPolicy opens the nearest .promptgov.yaml', async () => {
    await open('agent.promptl');
    const opened = await vscode.commands.executeCommand('promptgov.openPolicy');
    assert.ok(opened);
    assert.equal(opened.toString(), fileUri('.promptgov.yaml').toString());
    assert.equal(vscode.window.activeTextEditor.document.uri.toString(), opened.toString());
  });

  it('openPolicy creates a starter policy where there is none', async () => {
    await open('nested/deeper/notes.prompt');
    const policy = fileUri('.promptgov.yaml');
    const original = await vscode.workspace.fs.readFile(policy);
    // no policy anywhere up to the workspace folder: the command creates one at its root
    await vscode.workspace.fs.delete(policy);
    try {
      await open('nested/deeper/notes.prompt');
      const created = await vscode.commands.executeCommand('promptgov.openPolicy');
      assert.equal(created.toString(), policy.toString());
      const text = Buffer.from(await vscode.workspace.fs.readFile(policy)).toString('utf8');
      assert.match(text, /extends:\s*promptgov:recommended/);
    } finally {
      await vscode.workspace.fs.writeFile(policy, original);
    }
  });

  it('scanWorkspace checks every prompt file and reports the counts', async () => {
    const result = await vscode.commands.executeCommand('promptgov.scanWorkspace');
    console.log(`[suite] scan: ${JSON.stringify(result)}`);
    // 7 prompt files and the policy; the emails may already be redacted in open editors, the models are not
    assert.ok(result.files >= 7, `files: ${result.files}`);
    assert.ok(result.warnings >= 4, `warnings: ${result.warnings}`);
  });
});
