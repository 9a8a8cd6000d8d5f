import assert from 'node:assert/strict';
import type { Io } from '../../cli/src/command';
import { isCi, progressBar } from '../../cli/src/progress';

function fakeIo(env: NodeJS.ProcessEnv, tty: boolean): Io & { err: string[] } {
  const err: string[] = [];
  return {
    cwd: '/',
    env,
    err,
    stdout: () => undefined,
    stderr: (t) => void err.push(t),
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    readStdin: async () => new Uint8Array(),
  };
}

describe('cli/progress', () => {
  it('draws files done / total and findings so far on a terminal, then clears the line', () => {
    const io = fakeIo({}, true);
    const p = progressBar(io, 400);
    p.update(0, 0);
    p.update(100, 3);
    p.update(101, 3); // same bar, same count: not redrawn
    p.update(400, 1);
    p.finish();
    assert.equal(io.err.length, 4);
    assert.equal(io.err[1], `\r\u001b[2Kchecking ${'█'.repeat(6)}${'░'.repeat(18)} 100/400 files · 3 findings`);
    assert.match(io.err[2], /400\/400 files · 1 finding$/);
    assert.equal(io.err[3], '\r\u001b[2K');
  });

  it('shows nothing when stderr is not a terminal, in CI, on a dumb terminal, or for short runs', () => {
    for (const [env, tty, total] of [
      [{}, false, 400],
      [{ CI: 'true' }, true, 400],
      [{ CI: '1' }, true, 400],
      [{ TERM: 'dumb' }, true, 400],
      [{}, true, 10],
    ] as const) {
      const io = fakeIo({ ...env }, tty);
      const p = progressBar(io, total);
      p.update(1, 1);
      p.finish();
      assert.deepEqual(io.err, [], JSON.stringify({ env, tty, total }));
    }
    assert.equal(isCi({ CI: 'false' }), false);
    assert.equal(isCi({ CI: '0' }), false);
    assert.equal(isCi({ GITHUB_ACTIONS: 'true', CI: 'true' }), true);
  });

  it('a custom label and minimum', () => {
    const io = fakeIo({}, true);
    const p = progressBar(io, 3, { label: 'report', minimum: 1 });
    p.update(3, 0);
    assert.match(io.err[0], /^\r\u001b\[2Kreport █+ 3\/3 files · 0 findings$/);
  });
});
