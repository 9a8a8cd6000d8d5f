/**
 * Emacs 28 + eglot (Debian `emacs-nox`, `elpa-eglot`) against the real server bundle: a Dotprompt file
 * with an email address gets a `pii/email` diagnostic, the preferred quick fix redacts it, the diagnostic
 * clears. The Lisp script (emacs/eglot.el) waits on editor state; the whole run has a hard time limit.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOTPROMPT_WITH_EMAIL, ROOT, SERVER_JS, assertRedactionRun, ensureBuilt, ensureInstalled, run, workspace } from './support';

describe('e2e: Emacs + eglot', function () {
  this.timeout(20 * 60_000);

  before(function () {
    ensureInstalled('emacs');
    ensureBuilt();
  });

  it('shows pii/email on a Dotprompt file, applies the redaction fix, and sees the diagnostic clear', async function () {
    this.timeout(180_000);
    const ws = workspace('emacs', { 'support.prompt': DOTPROMPT_WITH_EMAIL });
    const home = join(ws.dir, '.emacs-home');
    mkdirSync(home);
    const r = await run('emacs', ['-Q', '--batch', '-l', join(ROOT, 'test/e2e/emacs/eglot.el')], {
      cwd: ws.dir,
      timeoutMs: 120_000,
      env: { ...process.env, HOME: home, SERVER_JS, PROMPT_FILE: join(ws.dir, 'support.prompt'), LSP_TIMEOUT_S: '30' },
    });
    assertRedactionRun(r);
    ws.cleanup();
  });
});
