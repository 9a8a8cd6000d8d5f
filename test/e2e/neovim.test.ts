/**
 * Neovim's built-in LSP client (Debian `neovim`, 0.7) against the real server bundle: a Dotprompt file
 * with an email address gets a `pii/email` diagnostic, the preferred quick fix redacts it, the diagnostic
 * clears. The Lua script (nvim/lsp.lua) waits on editor state; the whole run has a hard time limit.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DOTPROMPT_WITH_EMAIL, FAKE_EMAIL, ROOT, SERVER_JS, ensureBuilt, ensureInstalled, jsonLines, run, workspace } from './support';

describe('e2e: Neovim built-in LSP client', function () {
  this.timeout(20 * 60_000);

  before(function () {
    ensureInstalled('nvim');
    ensureBuilt();
  });

  it('shows pii/email on a Dotprompt file, applies the redaction fix, and sees the diagnostic clear', async function () {
    this.timeout(180_000);
    const ws = workspace('nvim', { 'support.prompt': DOTPROMPT_WITH_EMAIL });
    const iso = join(ws.dir, '.nvim-home');
    const r = await run('nvim', ['--headless', '--clean', '-n', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${join(ROOT, 'test/e2e/nvim/lsp.lua')}`], {
      cwd: ws.dir,
      timeoutMs: 120_000,
      env: {
        ...process.env,
        SERVER_JS,
        PROMPT_FILE: join(ws.dir, 'support.prompt'),
        LSP_TIMEOUT_MS: '30000',
        // keep shada, swap files and lsp.log out of $HOME
        XDG_CONFIG_HOME: join(iso, 'config'),
        XDG_DATA_HOME: join(iso, 'data'),
        XDG_CACHE_HOME: join(iso, 'cache'),
        XDG_STATE_HOME: join(iso, 'state'),
      },
    });
    const lines = jsonLines(r.stdout);
    const report = `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr.slice(-2000)}`;
    assert.equal(r.timedOut, false, report);
    assert.equal(r.code, 0, report);

    const diagnostics = lines.find((l) => l.step === 'diagnostics')?.diagnostics ?? [];
    const email = diagnostics.find((d: { code: string }) => d.code === 'pii/email');
    assert.ok(email, report);
    assert.equal(email.source, 'promptgov');
    assert.equal(email.line, 4, 'the finding is on the fifth line');
    assert.ok(!String(email.message).includes(FAKE_EMAIL), 'the message masks the address');

    const actions = lines.find((l) => l.step === 'codeActions')?.actions ?? [];
    assert.ok(actions.length >= 2, `expected the fix and more actions, got ${JSON.stringify(actions)}`);
    const applied = lines.find((l) => l.step === 'applied');
    assert.ok(applied, report);
    assert.ok(!applied.text.includes(FAKE_EMAIL), 'the address is gone from the buffer');
    assert.match(applied.text, /Escalate to \[REDACTED_EMAIL\] when stuck\./);
    const cleared = lines.find((l) => l.step === 'cleared');
    assert.ok(cleared && !cleared.remaining.includes('pii/email'), report);
    assert.deepEqual(lines[lines.length - 1], { ok: true });
    ws.cleanup();
  });
});
