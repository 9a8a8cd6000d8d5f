/**
 * Commands whose output follows the rule registry and the docs (so a snapshot would churn with every new
 * rule): print-config, rules, explain. Asserted field by field through the built CLI.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allRules } from '../../shared/src/rules';
import { ruleSummaryMarkdown } from '../../cli/src/commands/explain';
import { buildCli, runCli, REPO_ROOT } from './runCli';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgov-cmd-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('CLI commands (built CLI)', function () {
  this.timeout(120_000);
  before(() => buildCli());
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('print-config: sources nearest first, every rule with its severity, where it was set, the models', () => {
    const dir = folder({
      '.promptgov.yaml': 'models:\n  approved: ["googleai/gemini-2.5-flash"]\nrules:\n  model/unapproved: error\n',
      'team/.promptgov.yaml': 'rules:\n  model/unapproved: [warning]\n',
    });
    dirs.push(dir);
    const run = runCli(['print-config', 'team/a.prompt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const config = JSON.parse(run.stdout);
    assert.equal(config.file, 'team/a.prompt');
    assert.equal(config.format, 'dotprompt');
    assert.deepEqual(config.sources, ['team/.promptgov.yaml', '.promptgov.yaml', 'promptgov:recommended']);
    assert.deepEqual(Object.keys(config.rules).sort(), allRules.map((r) => r.meta.id).sort());
    assert.equal(config.rules['model/unapproved'].severity, 'warning');
    assert.equal(config.rules['model/unapproved'].setBy.file, 'team/.promptgov.yaml');
    assert.equal(config.rules['internal/rule-error'].severity, 'error');
    assert.deepEqual(config.models.approved, ['googleai/gemini-2.5-flash']);
    assert.equal(config.included, true);
  });

  it('print-config with --policy uses that file only', () => {
    const dir = folder({ '.promptgov.yaml': 'rules:\n  model/unapproved: error\n', 'ci/policy.yaml': 'rules:\n  model/unapproved: off\n' });
    dirs.push(dir);
    const config = JSON.parse(runCli(['print-config', 'a.prompt', '--policy', 'ci/policy.yaml'], { cwd: dir }).stdout);
    assert.equal(config.rules['model/unapproved'].severity, 'off');
    assert.ok(!config.sources.includes('.promptgov.yaml'), `sources: ${config.sources}`);
  });

  it('rules: every registered rule, with its default severity', () => {
    const dir = folder({});
    dirs.push(dir);
    const table = runCli(['rules'], { cwd: dir });
    assert.equal(table.status, 0);
    for (const { meta } of allRules) assert.match(table.stdout, new RegExp(`^${meta.id.replace('/', '\\/')}\\s+${meta.defaultSeverity}\\b`, 'm'));
    const list = JSON.parse(runCli(['rules', '--format', 'json'], { cwd: dir }).stdout) as { id: string; fixable: boolean }[];
    assert.deepEqual(list.map((r) => r.id), allRules.map((r) => r.meta.id));
    assert.deepEqual(list.map((r) => r.fixable), allRules.map((r) => r.meta.fixable));
  });

  it('explain: prints the docs page of the rule as it is in docs/rules/', () => {
    const dir = folder({});
    dirs.push(dir);
    const run = runCli(['explain', 'internal/rule-error'], { cwd: dir });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, readFileSync(join(REPO_ROOT, 'docs', 'rules', 'internal', 'rule-error.md'), 'utf8'));
  });

  it('explain: without a page, prints the rule metadata (description, severity, options)', () => {
    const text = ruleSummaryMarkdown({
      id: 'demo/rule',
      description: 'Reports demos.',
      defaultSeverity: 'warning',
      fixable: true,
      options: { limit: { type: 'number', default: 3, description: 'How many.' } },
    });
    assert.match(text, /^# demo\/rule\n\nReports demos\.\n/);
    assert.match(text, /- Default severity: warning/);
    assert.match(text, /- `limit` \(number, default 3\): How many\./);
  });
});
