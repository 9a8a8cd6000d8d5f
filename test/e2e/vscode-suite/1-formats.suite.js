// Every prompt format gets its diagnostics in the editor, from the real server bundle; the Dotprompt
// email is fixed with the server's quick fix; CodeLens, hover and the status notification work.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { promptgov, open, ruleOf, ours, diagnosticsWith, diagnosticsWithout } = require('./helpers');

// file → the language VS Code gives it, and a finding the workspace's files are known to produce
const FILES = [
  ['support.prompt', 'dotprompt', 'pii/email', vscode.DiagnosticSeverity.Error],
  ['triage.prompty', 'prompty', 'model/unapproved', vscode.DiagnosticSeverity.Warning],
  ['summarize.prompt.yml', 'yaml', 'model/unapproved', vscode.DiagnosticSeverity.Warning],
  ['review.prompt.md', 'prompt', 'pii/email', vscode.DiagnosticSeverity.Error],
  ['agent.promptl', 'promptl', 'model/unapproved', vscode.DiagnosticSeverity.Warning],
  ['.promptgov.yaml', 'yaml', 'policy/unknown-rule', vscode.DiagnosticSeverity.Error],
];

describe('promptgov in VS Code: formats', function () {
  let api;
  before(async () => {
    api = await promptgov();
  });

  for (const [name, language, rule, severity] of FILES) {
    it(`${name}: language ${language}, ${rule} diagnostic with a docs link`, async () => {
      const { doc, uri } = await open(name);
      assert.equal(doc.languageId, language);
      const diags = await diagnosticsWith(uri, rule);
      const d = diags.find((x) => ruleOf(x) === rule);
      assert.equal(d.severity, severity);
      assert.equal(typeof d.code, 'object');
      assert.match(d.code.target.toString(), new RegExp(`docs/rules/${rule}\\.md$`));
      assert.ok(!d.message.includes('jane.doe@'), `the message masks the value: ${d.message}`);
      console.log(`[suite] ${name}: ${diags.map((x) => `${ruleOf(x)}@${x.range.start.line + 1}`).join(', ')}`);
    });
  }

  it('reports the policy and the counts of the active file through promptgov/status', async () => {
    const { uri } = await open('support.prompt');
    await diagnosticsWith(uri, 'pii/email');
    const status = api.status(uri);
    assert.ok(status, 'a status arrived for support.prompt');
    assert.match(status.policy[0], /\.promptgov\.yaml$/);
    const errors = ours(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    assert.equal(status.errors, errors);
  });

  it('applies the preferred quick fix of pii/email and the diagnostic clears', async () => {
    const { doc, uri } = await open('support.prompt');
    const [d] = (await diagnosticsWith(uri, 'pii/email')).filter((x) => ruleOf(x) === 'pii/email');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    console.log(`[suite] code actions: ${actions.map((a) => a.title).join(' | ')}`);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, 'a preferred quick fix with an edit');
    assert.ok(actions.some((a) => a.command?.command === 'promptgov.showRuleDocs'), 'a "show documentation" action');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(d.range.start.line).text, /Escalate to \[REDACTED_EMAIL\] when stuck\./);
    await diagnosticsWithout(uri, 'pii/email');
  });

  it('shows a CodeLens above the front matter with the model and the findings', async () => {
    const { uri } = await open('triage.prompty');
    await diagnosticsWith(uri, 'model/unapproved');
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri, 10);
    console.log(`[suite] code lenses: ${lenses.map((l) => l.command?.title).join(' | ')}`);
    const lens = lenses.find((l) => l.range.start.line === 0 && l.command);
    assert.ok(lens, 'a CodeLens on line 1');
    assert.match(lens.command.title, /gpt-35-turbo/);
    const warnings = ours(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    assert.ok(warnings >= 1);
    assert.match(lens.command.title, new RegExp(`\\b${warnings} warnings?\\b`), 'the lens counts the findings');
  });

  it('hovers a model reference with its policy status', async () => {
    const { doc, uri } = await open('triage.prompty');
    await diagnosticsWith(uri, 'model/unapproved');
    const line = doc.getText().split('\n').findIndex((l) => l.includes('azure_deployment'));
    const position = new vscode.Position(line, doc.lineAt(line).text.indexOf('gpt-35-turbo') + 3);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    console.log(`[suite] hover: ${text.replace(/\n+/g, ' / ').slice(0, 300)}`);
    assert.match(text, /gpt-35-turbo/);
    assert.match(text, /[Nn]ot approved/);
  });
});
