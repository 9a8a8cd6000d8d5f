/**
 * Emacs 28 + eglot (Debian `emacs-nox`, `elpa-eglot`) against the real server bundle: a Dotprompt file
 * with an email address gets a `pii/email` diagnostic, the preferred quick fix redacts it, the diagnostic
 * clears. The Lisp script (emacs/eglot.el) waits on editor state; the whole run has a hard time limit.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOTPROMPT_WITH_EMAIL, FAKE_EMAIL, ROOT, SERVER_JS, ensureBuilt, ensureInstalled, jsonLines, run, workspace } from './support';

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
