/**
 * Neovim's built-in LSP client (Debian `neovim`, 0.7) against the real server bundle: a Dotprompt file
 * with an email address gets a `pii/email` diagnostic, the preferred quick fix redacts it, the diagnostic
 * clears. The Lua script (nvim/lsp.lua) waits on editor state; the whole run has a hard time limit.
 */
import { join } from 'node:path';
import { DOTPROMPT_WITH_EMAIL, ROOT, SERVER_JS, assertRedactionRun, ensureBuilt, ensureInstalled, run, workspace } from './support';

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
    assertRedactionRun(r);
    ws.cleanup();
  });
});
