/** Hover, completion, document symbols and CodeLens. */
import assert from 'node:assert/strict';
import type { CodeLens, CompletionList, Diagnostic, DocumentSymbol, Hover, MarkupContent, SymbolInformation } from 'vscode-languageserver-protocol';
import { TestClient, PUSH_CAPABILITIES } from './client';
import { EMAIL, SUPPORT_PROMPT, countsText, positionOfText } from './fixtures';

const POLICY = 'models:\n  approved: ["openai/gpt-4.1", "anthropic/claude-sonnet-4-5", "googleai/gemini-2.5-*"]\n  aliases: { "GPT-4.1": "openai/gpt-4.1" }\n';

function markdown(h: Hover | null): string {
  assert.ok(h, 'no hover');
  return (h.contents as MarkupContent).value;
}

describe('lsp: hover', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('on a finding: rule, description, evidence, docs link, and never the raw value', async () => {
    client = await TestClient.start();
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOfText(SUPPORT_PROMPT, EMAIL, 3) });
    const text = markdown(h);
    assert.match(text, /\*\*pii\/email\*\* \(error\) — Reports email addresses/);
    assert.match(text, /\*Why:\* detector: email · validators: syntax, tld/);
    assert.match(text, /\[Documentation for pii\/email\]\(https:\/\/github\.com\/promptgov\/promptgov\/blob\/main\/docs\/rules\/pii\/email\.md\)/);
    assert.ok(!text.includes(EMAIL) && !text.includes('john.doe'), text);
    assert.deepEqual(h.range?.start, positionOfText(SUPPORT_PROMPT, EMAIL));
  });

  it('on a model: approved or not by the policy', async () => {
    client = await TestClient.start({ files: { '.promptgov.yaml': POLICY } });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const approved = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOfText(SUPPORT_PROMPT, 'gemini-2.5') }));
    assert.match(approved, /Approved by the policy \(`googleai\/gemini-2\.5-\*`\)/);
    const other = SUPPORT_PROMPT.replace('googleai/gemini-2.5-flash', 'openai/gpt-4o');
    const uri2 = await client.open('other.prompt', other);
    const refused = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri2 }, position: positionOfText(other, 'gpt-4o') }));
    assert.match(refused, /Not approved by the policy/);
    assert.match(refused, /model\/unapproved/, 'the finding is shown too');
  });

  it('on a role marker: role, kind and a token count', async () => {
    client = await TestClient.start();
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const text = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOfText(SUPPORT_PROMPT, '{{role "system"}}', 4) }));
    assert.match(text, /\*\*Message 1\*\* — role: system, kind: instructions/);
    const m = /([\d,]+) tokens \(o200k_base, approximate: its tokenizer is not available offline/.exec(text);
    assert.ok(m, `a Gemini file counts with the policy's encoding, approximately: ${text}`);
    assert.ok(Number(m[1]) > 5 && Number(m[1]) < 40, text);
  });

  it('on a message of an OpenAI model: an exact count with its encoding', async () => {
    client = await TestClient.start();
    const text = SUPPORT_PROMPT.replace('googleai/gemini-2.5-flash', 'openai/gpt-4');
    const uri = await client.open('support.prompt', text);
    const value = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOfText(text, '{{role "user"}}', 3) }));
    assert.match(value, /\*\*Message 2\*\* — role: user/);
    assert.match(value, /\d+ tokens \(cl100k_base, exact;/);
  });

  it('on a variable: raw and trust', async () => {
    client = await TestClient.start();
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const text = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOfText(SUPPORT_PROMPT, '{{question}}', 3) }));
    assert.match(text, /\*\*Variable\*\* `question`/);
    assert.match(text, /Inserted raw/);
    assert.match(text, /Declared input \(string\), untrusted/);
  });

  it('answers null on plain text outside anything', async () => {
    client = await TestClient.start();
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } }), null);
  });
});

describe('lsp: completion', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  const labels = (l: CompletionList | null) => (l?.items ?? []).map((i) => i.label);

  it('front-matter keys of the format at a top-level key position', async () => {
    client = await TestClient.start();
    const text = SUPPORT_PROMPT.replace('version: 1.2.0\n', 'version: 1.2.0\nco\n');
    const uri = await client.open('support.prompt', text);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionOfText(text, 'co\n', 2) });
    const got = labels(list);
    assert.ok(got.includes('config') && got.includes('tools') && got.includes('owner'), got.join(', '));
    assert.ok(!got.includes('model'), 'keys already present are not offered again');
    const config = list.items.find((i) => i.label === 'config')!;
    assert.equal((config.textEdit as { newText: string }).newText, 'config: ');
  });

  it('approved models after model:', async () => {
    client = await TestClient.start({ files: { '.promptgov.yaml': POLICY } });
    const text = SUPPORT_PROMPT.replace('model: googleai/gemini-2.5-flash', 'model: ');
    const uri = await client.open('support.prompt', text);
    const got = labels(await client.request('textDocument/completion', { textDocument: { uri }, position: positionOfText(text, 'model: ', 7) }));
    assert.deepEqual(got, ['openai/gpt-4.1', 'anthropic/claude-sonnet-4-5']);
  });

  it('declared variables inside template braces', async () => {
    client = await TestClient.start();
    const text = `${SUPPORT_PROMPT}Answer in {{ `;
    const uri = await client.open('support.prompt', text);
    const got = labels(await client.request('textDocument/completion', { textDocument: { uri }, position: positionOfText(text, 'in {{ ', 6) }));
    assert.ok(got.includes('question'), got.join(', '));
    assert.ok(got.includes('role "system"'), 'Dotprompt helpers');
  });

  it('Copilot files: display names from the policy aliases in a model list, and ${input:…} variables', async () => {
    client = await TestClient.start({ files: { '.promptgov.yaml': POLICY } });
    const text = '---\ndescription: review\nmodel: ["GPT\n---\nReview ${input:component} for ${input:';
    const uri = await client.open('.github/prompts/review.prompt.md', text);
    const models = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 12 } });
    assert.deepEqual(labels(models), ['openai/gpt-4.1', 'anthropic/claude-sonnet-4-5', 'GPT-4.1']);
    assert.deepEqual((models.items[2].textEdit as { range: unknown }).range, { start: { line: 2, character: 9 }, end: { line: 2, character: 12 } });
    const inputs = labels(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: text.split('\n')[4].length } }));
    assert.deepEqual(inputs, ['component']);
  });

  it('rule ids under rules: and top-level keys in .promptgov.yaml', async () => {
    client = await TestClient.start();
    const text = 'rules:\n  pii/\nexc';
    const uri = await client.open('.promptgov.yaml', text);
    const rules = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 6 } });
    assert.ok(labels(rules).includes('pii/email'), labels(rules).join(', '));
    const email = rules.items.find((i) => i.label === 'pii/email')!;
    assert.equal((email.textEdit as { newText: string }).newText, 'pii/email: ${1|error,warning,info,hint,off|}');
    assert.deepEqual((email.textEdit as { range: unknown }).range, { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } });
    const top = labels(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 3 } }));
    assert.ok(top.includes('exceptions') && top.includes('models'), top.join(', '));
    assert.ok(!top.includes('rules'), 'present keys are not offered');
    const sev = labels(await client.request('textDocument/completion', { textDocument: { uri: await client.open('p2/.promptgov.yaml', 'rules:\n  pii/email: w') }, position: { line: 1, character: 14 } }));
    assert.deepEqual(sev, ['error', 'warning', 'info', 'hint', 'off']);
  });
});

describe('lsp: symbols and CodeLens', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('document symbols: messages by role, inputs, models', async () => {
    client = await TestClient.start();
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['googleai/gemini-2.5-flash', 'inputs', 'system', 'user']);
    const system = symbols.find((s) => s.name === 'system')!;
    assert.deepEqual(system.range.start, { line: 7, character: 0 });
    assert.equal(system.range.end.line, 8);
    assert.deepEqual(symbols.find((s) => s.name === 'inputs')!.children!.map((c) => c.name), ['question']);
  });

  it('flat symbols for a client without hierarchy', async () => {
    client = await TestClient.start({ capabilities: { ...PUSH_CAPABILITIES, textDocument: { ...PUSH_CAPABILITIES.textDocument, documentSymbol: {} } } });
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const symbols = await client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => [s.name, s.containerName]), [['googleai/gemini-2.5-flash', undefined], ['inputs', undefined], ['question', 'inputs'], ['system', undefined], ['user', undefined]]);
    assert.equal(symbols[0].location.uri, uri);
  });

  it('a CodeLens above the front matter with version, model and counts', async () => {
    client = await TestClient.start();
    const uri = await client.open('support.prompt', SUPPORT_PROMPT);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.deepEqual(lenses[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const pull = async () => (await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    const before = await pull();
    assert.match(countsText(before), /^1 error/);
    assert.deepEqual(lenses[0].command, { title: `v1.2.0 · googleai/gemini-2.5-flash · ${countsText(before)}`, command: 'promptgov.showOutput' });
    await client.change(uri, SUPPORT_PROMPT.replace(EMAIL, 'the lead'));
    const after = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const now = await pull();
    assert.ok(!now.some((d) => d.code === 'pii/email'));
    assert.equal(after[0].command!.title, `v1.2.0 · googleai/gemini-2.5-flash · ${countsText(now)}`);
  });
});
