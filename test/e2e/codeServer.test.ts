/**
 * The extension in real VS Code (code-server 4.100.3 = VS Code 1.100.3, Node extension host) with the real
 * server bundle: the suite in vscode-suite/ runs inside the extension host against the `vscode` API and
 * checks diagnostics for every format, a quick fix, a CodeLens, a hover and the extension's commands.
 * A negative control proves that a failing suite fails the harness.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runExtensionTests } from './codeServer';
import { promptWorkspace } from './fixtures';
import { ROOT, ensureBuilt, ensureInstalled } from './support';

const SUITE = join(ROOT, 'test', 'e2e', 'vscode-suite', 'index.js');
const FAILING = join(ROOT, 'test', 'e2e', 'vscode-suite', 'failing', 'index.js');
/** it() blocks in vscode-suite/*.suite.js: the run must report exactly this many passing. */
const EXPECTED_PASSING = 16;

describe('e2e: extension tests in code-server (VS Code 1.100)', function () {
  this.timeout(20 * 60_000);

  before(function () {
    ensureInstalled('code-server', 'chromium');
    ensureBuilt();
  });

  it('runs the vscode API suite: diagnostics for each format, quick fix, CodeLens, hover, commands', async function () {
    this.timeout(300_000);
    const ws = promptWorkspace('cs-suite');
    const result = await runExtensionTests({ extensionDevelopmentPath: ROOT, extensionTestsPath: SUITE, workspace: ws.dir, timeoutMs: 240_000 });
    const log = result.log.join('\n');
    if (result.exitCode !== 0) console.log(log);
    assert.equal(result.exitCode, 0, `the suite failed (run folder ${result.runDir}):\n${log.slice(-6000)}`);
    assert.match(log, new RegExp(`\\b${EXPECTED_PASSING} passing\\b`), log.slice(-3000));
    assert.doesNotMatch(log, /\b[1-9]\d* failing\b/);
    assert.match(log, /\[suite\] all passed/);
    ws.cleanup();
  });

  it('reports a failing suite as a failure (negative control)', async function () {
    this.timeout(300_000);
    const ws = promptWorkspace('cs-failing');
    const result = await runExtensionTests({ extensionDevelopmentPath: ROOT, extensionTestsPath: FAILING, workspace: ws.dir, timeoutMs: 180_000 });
    assert.equal(result.exitCode, 1, result.log.join('\n'));
    assert.match(result.log.join('\n'), /failing on purpose/);
    ws.cleanup();
  });
});
