/**
 * The SARIF reporter: its shape on hand-made results, and the output of the CLI on the real-prompt corpus
 * and on the all-rules repository validated with Microsoft's SARIF validator from npm
 * (`@microsoft/sarif-multitool validate`, once with the SARIF rules, once with GitHub's ingestion rules
 * added), which must report zero errors.
 *
 * The validator's npm package starts its binary through a shell (`shell: true`), which splits the
 * `Gh;Sarif` rule-kind list at the `;`; the binary is therefore run directly (execFile). Given alone,
 * `--rule-kind Gh` is refused by the tool's option parser ("bad format"), so GitHub's rules are run as
 * `--rule-kind "Gh;Sarif"`: GitHub's ingestion rules plus the SARIF ones.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarif, sarifLog, pascalName, pathToUri, directoryUri, FINGERPRINT_KEY } from '../../shared/src/reporters/sarif';
import { getReporter } from '../../shared/src/reporters';
import { allRules } from '../../shared/src/rules';
import { ruleDocsUrl } from '../../shared/src/rules/rule';
import { buildCli, runCli } from '../cli/runCli';
import { GIT_ENV } from '../cli/gitRepo';
import { allRulesRepo, SKIP } from './allRulesFixture';
import { finding, results } from './fixtures';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'real-prompts');
const rules = new Map(allRules.map((r) => [r.meta.id, r.meta]));

interface Validation {
  errors: string[];
  warnings: string[];
  output: string;
}

/** The validator's binary (inside the platform package), or a failure that says why it is not there. */
function validatorBinary(): string {
  let binary: string;
  try {
    binary = require('@microsoft/sarif-multitool') as string;
  } catch (error) {
    throw new Error(`@microsoft/sarif-multitool is not installed (npm ci installs it as a devDependency): ${String(error)}`);
  }
  if (!existsSync(binary)) throw new Error(`The SARIF validator binary is missing at ${binary}: reinstall @microsoft/sarif-multitool.`);
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // The package makes it executable in a postinstall script; npm may have been told not to run scripts.
    chmodSync(binary, 0o755);
  }
  return binary;
}

function validate(file: string, ruleKinds?: string): Validation {
  const args = ['validate', ...(ruleKinds ? ['--rule-kind', ruleKinds] : []), file];
  let output: string;
  try {
    output = execFileSync(validatorBinary(), args, { encoding: 'utf8', timeout: 180_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`The SARIF validator failed to run: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  assert.match(output, /Analysis completed successfully/, `the validator did not complete:\n${output}`);
  const lines = output.split('\n');
  return {
    errors: lines.filter((l) => /: error [A-Z]+\d+/.test(l)),
    warnings: lines.filter((l) => /: warning [A-Z]+\d+/.test(l)),
    output,
  };
}

describe('reporters/sarif', () => {
  it('is registered as a format', () => {
    assert.equal(getReporter('sarif'), sarif);
  });

  it('describes every rule of the registry with docs, help and a default level', () => {
    const log = sarifLog([], { version: '1.2.3', rules });
    const driver = log.runs[0].tool.driver;
    assert.equal(log.version, '2.1.0');
    assert.equal(driver.name, 'promptgov');
    assert.equal(driver.semanticVersion, '1.2.3');
    assert.deepEqual(driver.rules.map((r) => r.id), [...rules.keys()].sort());
    const email = driver.rules.find((r) => r.id === 'pii/email')!;
    assert.equal(email.name, 'PiiEmail');
    assert.equal(email.helpUri, ruleDocsUrl('pii/email'));
    assert.match(email.help.markdown, /\[Documentation\]\(https:/);
    assert.equal(email.defaultConfiguration.level, 'error');
    assert.ok(email.properties.tags.includes('security'));
    assert.equal(email.properties['security-severity'], '8.0');
    assert.ok(email.fullDescription.text.length > email.shortDescription.text.length);
  });

  it('maps findings to results: level, region, fingerprint, fixes (no snippet fixes), safe properties', () => {
    const log = sarifLog(results, { version: '1.0.0', rules, cwd: '/work/repo', invocation: { arguments: ['check', '.'] } });
    const run = log.runs[0];
    assert.equal(run.results.length, 4);
    const [email, deprecated, owner, unused] = run.results;
    assert.equal(email.ruleId, 'pii/email');
    assert.equal(run.tool.driver.rules[email.ruleIndex].id, 'pii/email');
    assert.equal(email.level, 'error');
    assert.deepEqual(email.locations[0].physicalLocation, {
      artifactLocation: { uri: 'prompts/support.prompt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 28, charOffset: 40, charLength: 16 },
    });
    assert.deepEqual(email.partialFingerprints, { [FINGERPRINT_KEY]: '0123456789abcdef' });
    assert.equal(email.fixes?.[0].artifactChanges[0].replacements[0].insertedContent?.text, '[REDACTED_EMAIL]');
    assert.deepEqual(email.properties, { severity: 'error', entity: 'email', detector: 'email', validators: ['domain'] });
    assert.equal(deprecated.level, 'warning');
    assert.equal(deprecated.fixes, undefined, 'snippet fixes are editor-only');
    assert.equal(owner.level, 'note');
    assert.equal(owner.message.text, 'No owner: add one.', 'messages are one sentence');
    assert.equal(unused.level, 'note');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.invocations[0], { executionSuccessful: true, arguments: ['check', '.'], workingDirectory: { uri: 'file:///work/repo/' } });
    assert.equal(run.originalUriBaseIds?.['%SRCROOT%'].uri, 'file:///work/repo/');
  });

  it('gives rules that are not in the registry a descriptor, so that ruleIndex always points at one', () => {
    const log = sarifLog([{ path: 'a.prompt', format: 'dotprompt', findings: [finding({ ruleId: 'format/unreadable', line: 1, column: 1 })] }], { rules });
    const r = log.runs[0].results[0];
    assert.equal(log.runs[0].tool.driver.rules[r.ruleIndex].id, 'format/unreadable');
  });

  it('never copies evidence fields that could hold matched text', () => {
    const f = finding({ ruleId: 'secret/generic', line: 1, column: 1, evidence: { detector: 'entropy', matched: 'sk-live-RAWVALUE', context: ['api_key'] } });
    const text = sarif([{ path: 'a.prompt', format: 'dotprompt', findings: [f] }], { rules });
    assert.doesNotMatch(text, /RAWVALUE/);
  });

  it('locations are relative to the project root, whatever folder promptgov ran in', () => {
    const input = [
      { path: 'prompts/a.prompt', format: 'dotprompt' as const, findings: [finding({ ruleId: 'pii/email', line: 1, column: 1 })] },
      { path: '../other/b.prompt', format: 'dotprompt' as const, findings: [finding({ ruleId: 'pii/email', line: 1, column: 1 })] },
    ];
    const run = sarifLog(input, { rules, cwd: '/work/repo/sub', root: '/work/repo' }).runs[0];
    assert.deepEqual(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri), ['sub/prompts/a.prompt', 'other/b.prompt']);
    assert.equal(run.originalUriBaseIds?.['%SRCROOT%'].uri, 'file:///work/repo/');
    assert.equal(run.invocations[0].workingDirectory?.uri, 'file:///work/repo/sub/');
  });

  it('percent-encodes paths and folders as URIs', () => {
    assert.equal(pathToUri('prompts/my file#1.prompt'), 'prompts/my%20file%231.prompt');
    assert.equal(pathToUri('../x/ü.prompt'), '../x/%C3%BC.prompt');
    assert.equal(directoryUri('/tmp/a b'), 'file:///tmp/a%20b/');
    assert.equal(directoryUri('C:/work'), 'file:///C:/work/');
    assert.equal(pascalName('version/model-change-unrecorded'), 'VersionModelChangeUnrecorded');
  });
});

describe('SARIF output validated by @microsoft/sarif-multitool', function () {
  this.timeout(600_000);
  let tmp: string;
  before(() => {
    buildCli();
    tmp = mkdtempSync(join(tmpdir(), 'promptgov-sarif-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('the real-prompt corpus: zero errors with the SARIF rules and with GitHub ingestion rules', function () {
    if (!existsSync(CORPUS)) {
      console.log(`      the corpus folder ${CORPUS} is absent: this test cannot run (not a pass)`);
      this.skip();
    }
    const file = join(tmp, 'corpus.sarif');
    const run = runCli(['check', '.', '--format', 'sarif', '-o', file], { cwd: CORPUS });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const log = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(log.runs[0].results.length > 0, 'the corpus has findings');
    for (const kinds of [undefined, 'Gh;Sarif']) {
      const v = validate(file, kinds);
      assert.deepEqual(v.errors, [], `validator errors (${kinds ?? 'Sarif'}):\n${v.output}`);
    }
  });

  it('the all-rules repository: every rule fires (but the skip-list), and zero validator errors', () => {
    const repo = allRulesRepo();
    try {
      // The whole tree, then pull-request mode (the version/* rules compare with the base revision).
      const whole = join(tmp, 'all-rules.sarif');
      const pr = join(tmp, 'all-rules-pr.sarif');
      const a = runCli(['check', '.', '--format', 'sarif', '-o', whole], { cwd: repo.dir, env: GIT_ENV });
      assert.equal(a.status, 1, a.stderr);
      const b = runCli(['check', '.', '--base', 'main', '--format', 'sarif', '-o', pr], { cwd: repo.dir, env: GIT_ENV });
      assert.equal(b.status, 1, b.stderr);
      const fired = new Set<string>();
      for (const file of [whole, pr]) {
        const log = JSON.parse(readFileSync(file, 'utf8'));
        for (const r of log.runs[0].results as { ruleId: string }[]) fired.add(r.ruleId);
      }
      const missing = allRules.map((r) => r.meta.id).filter((id) => !fired.has(id) && !SKIP.has(id));
      assert.deepEqual(missing, [], 'rules that did not fire in test/fixtures/all-rules: give each a trigger there');
      const notFired = [...SKIP.keys()].filter((id) => !fired.has(id));
      if (notFired.length) console.log(`      skip-list rules that did not fire: ${notFired.map((id) => `${id} (${SKIP.get(id)})`).join('; ')}`);
      for (const file of [whole, pr]) {
        for (const kinds of [undefined, 'Gh;Sarif']) {
          const v = validate(file, kinds);
          assert.deepEqual(v.errors, [], `validator errors in ${file} (${kinds ?? 'Sarif'}):\n${v.output}`);
        }
      }
    } finally {
      repo.cleanup();
    }
  });

  it('the validator does report errors (a broken log is not accepted)', () => {
    const file = join(tmp, 'broken.sarif');
    const log = sarifLog(results, { version: '1.0.0', rules, cwd: '/work/repo' });
    (log.runs[0].results[0] as unknown as { message: unknown }).message = { id: 'nope' };
    writeFileSync(file, JSON.stringify(log));
    const v = validate(file, 'Gh;Sarif');
    assert.ok(v.errors.length > 0, v.output);
  });
});
