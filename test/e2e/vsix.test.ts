/**
 * The packaged extension: `npm run package` builds a .vsix with @vscode/vsce; its contents are checked
 * (bundles, grammars, schema, docs; no node_modules, sources or source maps; every file package.json
 * points at is inside). Then it is installed into code-server with `--install-extension`, a workspace
 * holding only a .prompty file is opened in Debian's Chromium, and the UI is checked: the extension
 * activates on the .prompty file, a squiggle appears, the Problems panel lists the finding, the quick-fix
 * menu offers the redaction, and applying it clears the finding. Screenshots go to test/.artifacts/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { installExtension, openBrowser, removeRunDir, runDirs, startCodeServer, type CodeServer, type RunDirs } from './codeServer';
import { ARTIFACTS, FAKE_EMAIL, ROOT, ensureInstalled, workspace } from './support';
import { listZip } from './zip';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const VSIX = join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
const EXTENSION_ID = `${pkg.publisher}.${pkg.name}`;
const SHOTS = join(ARTIFACTS, 'vscode-ui');

const PROMPTY = [
  '---',
  'name: Triage',
  'description: Sorts incoming tickets.',
  'model:',
  '  api: chat',
  '  configuration:',
  '    type: azure_openai',
  '    azure_deployment: gpt-4o',
  '---',
  'system:',
  `You sort support tickets by urgency. Escalate to ${FAKE_EMAIL} when unsure.`,
  '',
  'user:',
  '{{ticket}}',
  '',
].join('\n');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('e2e: the .vsix package', function () {
  this.timeout(20 * 60_000);
  let entries: string[] = [];

  before(function () {
    this.timeout(10 * 60_000);
    rmSync(VSIX, { force: true });
    const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 8 * 60_000 });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    assert.ok(existsSync(VSIX), `${VSIX} was not written`);
    entries = listZip(readFileSync(VSIX)).map((e) => e.name);
  });

  it('holds the bundles, grammars, schema, icon, walkthrough, README, CHANGELOG and LICENSE', () => {
    for (const name of [
      'extension/package.json',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
      'extension/dist/client/extension.js',
      'extension/dist/server/server.js',
      'extension/shared/src/policy/policy.schema.json',
      'extension/images/icon.png',
      'extension/syntaxes/prompty.tmLanguage.json',
      'extension/syntaxes/dotprompt.tmLanguage.json',
      'extension/syntaxes/promptl.tmLanguage.json',
      'extension.vsixmanifest',
    ]) {
      assert.ok(entries.includes(name), `${name} is missing from the .vsix; it holds:\n${entries.join('\n')}`);
    }
  });

  it('leaves out node_modules, sources, source maps, tests and the CLI', () => {
    const unwanted = entries.filter((e) => /(^|\/)node_modules\/|\.map$|\.ts$|^extension\/(test|server\/src|client\/src|cli|bench|docs|scripts)\/|^extension\/dist\/cli\//.test(e));
    assert.deepEqual(unwanted, []);
    assert.ok(entries.length < 40, `${entries.length} files: more than the extension needs`);
  });

  it('contains every file its package.json refers to', () => {
    const referenced = [
      pkg.main.replace(/^\.\//, ''),
      pkg.icon,
      ...pkg.contributes.grammars.map((g: { path: string }) => g.path),
      ...pkg.contributes.languages.flatMap((l: { configuration: string; icon?: { light: string; dark: string } }) => [l.configuration, l.icon?.light, l.icon?.dark]),
      ...pkg.contributes.yamlValidation.map((v: { url: string }) => v.url),
      ...pkg.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown?: string } }[] }) => w.steps.map((s) => s.media.markdown)),
      'dist/server/server.js',
    ].filter((p): p is string => typeof p === 'string' && !/^https?:/.test(p));
    for (const ref of referenced) {
      const name = `extension/${ref.replace(/^\.\//, '')}`;
      assert.ok(entries.includes(name), `package.json refers to ${ref}, which is not in the .vsix`);
    }
  });

  describe('installed into code-server (VS Code 1.100) and used in Chromium', function () {
    let dirs: RunDirs;
    let server: CodeServer | undefined;
    let close: (() => Promise<void>) | undefined;
    let page: Page;
    let ws: { dir: string; cleanup(): void };
    let passed = 0;

    before(function () {
      this.timeout(15 * 60_000);
      ensureInstalled('code-server', 'chromium');
      rmSync(SHOTS, { recursive: true, force: true });
      mkdirSync(SHOTS, { recursive: true });
      dirs = runDirs('cs-vsix', { 'git.enabled': false });
      ws = workspace('cs-vsix-ws', { 'triage.prompty': PROMPTY });
    });

    after(async function () {
      await close?.();
      await server?.stop();
      if (passed === 5 && !process.env.KEEP_E2E) {
        removeRunDir(dirs.root);
        ws.cleanup();
      }
    });

    const shot = async (name: string) => {
      const path = join(SHOTS, name);
      await page.screenshot({ path });
      return path;
    };

    it('installs with code-server --install-extension', function () {
      const r = installExtension(dirs, VSIX);
      assert.equal(r.status, 0, r.output);
      assert.match(r.output, new RegExp(`Extension '${pkg.name}-${pkg.version}\\.vsix' was successfully installed`));
      const installed = readdirSync(dirs.extensions);
      assert.ok(installed.some((d) => d.startsWith(`${EXTENSION_ID}-${pkg.version}`)), `extensions folder holds: ${installed.join(', ')}`);
      passed++;
    });

    it('activates on a .prompty file and shows the finding as a squiggle', async function () {
      this.timeout(240_000);
      server = await startCodeServer(dirs, ws.dir);
      const browser = await openBrowser(dirs);
      close = () => browser.context.close();
      page = browser.page;
      page.setDefaultTimeout(60_000);
      const t0 = Date.now();
      const mark = (what: string) => console.log(`      [${Date.now() - t0} ms] ${what}`);
      await page.goto(`${server.base}/?folder=${encodeURIComponent(ws.dir)}`);
      await page.waitForSelector('.monaco-workbench');
      await page.waitForSelector('.explorer-folders-view .monaco-list-row');
      mark('workbench');

      // Quick Open the .prompty file: the only thing in the workspace that can activate the extension
      await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } });
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('triage.prompty');
      await page.waitForSelector('.quick-input-list .monaco-list-row', { state: 'visible' });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.editor-instance .monaco-editor .view-lines');
      mark('file open');

      // pii/email is an error: a red squiggle under the address
      await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 90_000 });
      mark('squiggle');
      await shot('01-squiggle.png');

      // the extension host log says what activated it
      const logs = files(join(dirs.userData, 'logs')).filter((f) => /exthost.*\.log$/.test(f));
      const activation = logs.map((f) => readFileSync(f, 'utf8')).join('\n').split('\n').find((l) => l.includes(EXTENSION_ID) && /activat/i.test(l));
      assert.ok(activation, `no activation of ${EXTENSION_ID} in ${logs.join(', ')}`);
      assert.match(activation, /onLanguage:prompty/);
      // the editor's language is the extension's `prompty`
      const language = await page.locator('.statusbar-item[id="status.editor.mode"]').innerText();
      assert.match(language, /Prompty/);
      passed++;
    });

    it('shows the findings and the policy in use as language status items', async function () {
      this.timeout(120_000);
      await page.locator('.statusbar-item[id="status.languageStatus"]').click();
      // no .promptgov.yaml in the workspace: the built-in policy applies
      const policy = page.getByText('policy: promptgov:recommended').first();
      await policy.waitFor();
      const hover = page.locator('.monaco-hover', { has: policy }).first();
      assert.match((await hover.innerText()).replace(/\s+/g, ' '), /Open output/);
      await shot('02-language-status.png');
      await page.keyboard.press('Escape');
      passed++;
    });

    it('lists the finding in the Problems panel', async function () {
      this.timeout(120_000);
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel');
      // only the rows in view are rendered: filter to the rule first
      const filter = page.locator('.viewpane-filter input').first();
      await filter.fill('pii/email');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'pii/email' }).first();
      await row.waitFor();
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /Email address/);
      assert.ok(!text.includes(FAKE_EMAIL), 'the Problems panel shows the masked address');
      await shot('03-problems-panel.png');
      passed++;
    });

    it('offers the redaction in the quick-fix menu; applying it clears the finding', async function () {
      this.timeout(120_000);
      await page.locator('.editor-instance .monaco-editor .view-lines').click();
      // go to the address: line 11, inside the address
      const column = PROMPTY.split('\n')[10].indexOf(FAKE_EMAIL) + 3;
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type(`11:${column}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await menu.getByText('Redact: replace with [REDACTED_EMAIL]').first().waitFor();
      await shot('04-quick-fix-menu.png');
      // the preferred fix is the first entry, and the menu opens with it selected
      const focused = menu.locator('.monaco-list-row.focused');
      assert.match(await focused.innerText(), /Redact: replace with \[REDACTED_EMAIL\]/);
      await page.keyboard.press('Enter');
      const lines = page.locator('.editor-instance .monaco-editor .view-lines');
      await page.waitForFunction((el) => el.textContent?.replace(/\u00a0/g, ' ').includes('Escalate to [REDACTED_EMAIL] when unsure.'), await lines.elementHandle());
      await page.waitForSelector('.monaco-editor .squiggly-error', { state: 'detached', timeout: 60_000 });
      await shot('05-after-quick-fix.png');
      passed++;
    });
  });
});
