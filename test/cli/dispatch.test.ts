/** The dispatcher (cli.ts) in-process: commands, help, version, errors → exit status 2 with a sentence. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS, runCli } from '../../cli/src/cli';
import type { Io } from '../../cli/src/command';
import { reporterNames } from '../../shared/src/reporters';

function io(cwd: string): Io & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout(text: string) {
      captured.out += text;
    },
    stderr(text: string) {
      captured.err += text;
    },
    readStdin: async () => new Uint8Array(),
  };
  return captured;
}

describe('cli dispatcher', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'promptgov-dispatch-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every command in --help and prints each command’s own help', async () => {
    const top = io(dir);
    assert.equal(await runCli(['--help'], top), 0);
    for (const c of COMMANDS) {
      assert.match(top.out, new RegExp(`^  ${c.name}\\s+${c.summary.replace(/[()]/g, '\\$&')}$`, 'm'));
      const one = io(dir);
      assert.equal(await runCli([c.name, '--help'], one), 0);
      assert.match(one.out, new RegExp(`^Usage: promptgov ${c.name}`));
      assert.equal(one.err, '');
    }
  });

  it('prints the version', async () => {
    const run = io(dir);
    assert.equal(await runCli(['--version'], run), 0);
    assert.match(run.out, /^\d+\.\d+\.\d+\S*\n$/);
  });

  it('exits 2 with a suggestion on an unknown command, and with help when none is given', async () => {
    const typo = io(dir);
    assert.equal(await runCli(['fxi'], typo), 2);
    assert.match(typo.err, /^promptgov: Unknown command "fxi"\. Did you mean "fix"\?/);
    const none = io(dir);
    assert.equal(await runCli([], none), 2);
    assert.match(none.err, /^Usage: promptgov <command>/);
  });

  it('points at the command’s --help after a usage error', async () => {
    const run = io(dir);
    assert.equal(await runCli(['check', '--format', 'xml'], run), 2);
    assert.equal(run.err, `promptgov: Unknown format "xml". Known formats: ${reporterNames().join(', ')}.\nRun \`promptgov check --help\` for the options.\n`);
    assert.equal(run.out, '');
  });
});
