import assert from 'node:assert/strict';
import { parseChoice, parseCommandArgs, parseCount, parseSize, wantsHelp } from '../../cli/src/args';
import { UsageError } from '../../cli/src/errors';
import { suggestRule } from '../../cli/src/ruleNames';
import { colorEnabled } from '../../cli/src/output';

const usage = (fn: () => unknown, message: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof UsageError && e.exitCode === 2 && message.test(e.message));
};

describe('cli/args', () => {
  it('turns parseArgs errors into usage errors worded for people', () => {
    const options = { format: { type: 'string' }, quiet: { type: 'boolean' } } as const;
    usage(() => parseCommandArgs('check', ['--bogus'], options), /^Unknown option --bogus\.$/);
    usage(() => parseCommandArgs('check', ['--format'], options), /^Option --format needs a value\.$/);
    usage(() => parseCommandArgs('check', ['--quiet=yes'], options), /^Option --quiet does not take a value\.$/);
    assert.deepEqual(parseCommandArgs('check', ['a', '--format', 'json', 'b'], options).positionals, ['a', 'b']);
  });

  it('parses counts, sizes and choices, refusing anything else', () => {
    assert.equal(parseCount('check', '--max-warnings', '0'), 0);
    assert.equal(parseCount('check', '--max-warnings', '12'), 12);
    usage(() => parseCount('check', '--max-warnings', '-1'), /whole number/);
    usage(() => parseCount('check', '--max-warnings', '1.5'), /whole number/);
    assert.equal(parseSize('check', '--max-file-size', '1024'), 1024);
    assert.equal(parseSize('check', '--max-file-size', '10MB'), 10 * 1024 * 1024);
    assert.equal(parseSize('check', '--max-file-size', '1.5k'), 1536);
    usage(() => parseSize('check', '--max-file-size', 'big'), /size such as/);
    usage(() => parseSize('check', '--max-file-size', '10PB'), /size such as/);
    assert.equal(parseChoice('check', '--fail-on', 'warning', ['error', 'warning'] as const), 'warning');
    usage(() => parseChoice('check', '--fail-on', 'fatal', ['error', 'warning'] as const), /must be one of error, warning/);
  });

  it('sees --help before a `--` only', () => {
    assert.equal(wantsHelp(['x', '-h']), true);
    assert.equal(wantsHelp(['--', '--help']), false);
  });

  it('suggests the rule meant by a typo or by a name without its category', () => {
    const ids = ['pii/email', 'pii/phone', 'secret/email', 'model/unapproved'];
    assert.equal(suggestRule('pii/emial', ids), ' Did you mean "pii/email"?');
    assert.equal(suggestRule('unapproved', ids), ' Did you mean "model/unapproved"?');
    assert.equal(suggestRule('email', ids), ' Did you mean "pii/email" or "secret/email"?');
    assert.equal(suggestRule('completely/different', ids), '');
  });
});

describe('cli/output colorEnabled', () => {
  const io = (stdoutIsTTY: boolean, env: NodeJS.ProcessEnv) =>
    ({ cwd: '/', env, stdoutIsTTY, stderrIsTTY: false, stdout() {}, stderr() {}, readStdin: async () => new Uint8Array() }) as const;
  it('colors a terminal, not a pipe; NO_COLOR and --no-color turn colors off; --color and FORCE_COLOR on', () => {
    assert.equal(colorEnabled(io(true, {})), true);
    assert.equal(colorEnabled(io(false, {})), false);
    assert.equal(colorEnabled(io(true, { NO_COLOR: '1' })), false);
    assert.equal(colorEnabled(io(true, { TERM: 'dumb' })), false);
    assert.equal(colorEnabled(io(true, {}), undefined, true), false);
    assert.equal(colorEnabled(io(false, {}), true), true);
    assert.equal(colorEnabled(io(false, { FORCE_COLOR: '1' })), true);
    assert.equal(colorEnabled(io(true, { NO_COLOR: '1' }), true), true, '--color wins over the environment');
  });
});
