/**
 * `check --format json` through the built CLI: the version 1 contract, on a folder made here and on the
 * real prompt corpus (../shared/corpus/real-prompts, read in place).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildCli, runCli, REPO_ROOT } from './runCli';

const CORPUS = join(REPO_ROOT, '..', 'shared', 'corpus', 'real-prompts');

const FINDING_KEYS = ['ruleId', 'severity', 'message', 'offset', 'endOffset', 'line', 'column', 'endLine', 'endColumn', 'fingerprint', 'evidence', 'fixes'];

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  entity?: string;
  fingerprint: string;
  evidence: Record<string, unknown>;
  fixes: { title: string; edits: { offset: number; endOffset: number; text: string }[] }[];
}
interface JsonReport {
  version: number;
  files: { path: string; format: string; findings: JsonFinding[] }[];
  summary: Record<string, number>;
}

function assertContract(report: JsonReport): void {
  assert.equal(report.version, 1);
  assert.ok(Array.isArray(report.files));
  assert.deepEqual(Object.keys(report.summary).sort(), ['errors', 'filesWithFindings', 'files', 'fixable', 'hints', 'infos', 'warnings'].sort());
  assert.equal(report.summary.files, report.files.length);
  const all = report.files.flatMap((f) => f.findings);
  assert.equal(report.summary.errors + report.summary.warnings + report.summary.infos + report.summary.hints, all.length);
  assert.equal(report.summary.filesWithFindings, report.files.filter((f) => f.findings.length > 0).length);
  for (const file of report.files) {
    assert.equal(typeof file.path, 'string');
    assert.ok(!file.path.includes('\\') && !file.path.startsWith('/'), `${file.path} is relative with POSIX separators`);
    for (const f of file.findings) {
      for (const key of FINDING_KEYS) assert.ok(key in f, `${file.path}: finding lacks ${key}`);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
      assert.ok(Number.isInteger(f.offset) && f.offset >= 0 && f.endOffset >= f.offset);
      assert.ok(f.line >= 1 && f.column >= 1 && f.endLine >= f.line);
      assert.match(f.fingerprint, /^[0-9a-f]{16}$/);
      for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.endOffset >= e.offset && typeof e.text === 'string');
    }
  }
}

describe('check --format json (built CLI)', function () {
  this.timeout(120_000);
  before(() => buildCli());

  it('follows the version 1 contract; offsets are UTF-16 code units and positions 1-based', () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgov-json-'));
    try {
      const files: Record<string, string> = {
        '.promptgov.yaml': 'models:\n  approved: ["googleai/gemini-2.5-flash"]\n',
        // An astral character before the model makes UTF-16 offsets differ from code points.
        'prompts/a.prompt': '---\n# 😀 emoji\nmodel: openai/gpt-3.5-turbo\n---\nHello\n',
        'prompts/clean.prompt': '---\nmodel: googleai/gemini-2.5-flash\n---\nHello\n',
      };
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      const run = runCli(['check', '--format', 'json'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const report = JSON.parse(run.stdout) as JsonReport;
      assertContract(report);
      assert.deepEqual(report.files.map((f) => f.path), ['.promptgov.yaml', 'prompts/a.prompt', 'prompts/clean.prompt']);
      assert.deepEqual(report.files[2].findings, [], 'a clean file is listed with no findings');
      const finding = report.files[1].findings.find((f) => f.ruleId === 'model/unapproved');
      assert.ok(finding, 'model/unapproved reported');
      const text = files['prompts/a.prompt'];
      assert.equal(text.slice(finding.offset, finding.endOffset), 'openai/gpt-3.5-turbo');
      assert.deepEqual([finding.line, finding.column], [3, 8]);
      assert.ok(report.summary.fixable >= 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives a finding the same fingerprint in two checkouts at different places', () => {
    const fingerprints = [0, 1].map(() => {
      const dir = mkdtempSync(join(tmpdir(), 'promptgov-fp-'));
      try {
        mkdirSync(join(dir, '.git'));
        writeFileSync(join(dir, '.promptgov.yaml'), 'models:\n  approved: ["googleai/gemini-2.5-flash"]\n');
        mkdirSync(join(dir, 'prompts'));
        writeFileSync(join(dir, 'prompts', 'a.prompt'), '---\nmodel: openai/gpt-3.5-turbo\n---\nHi\n');
        // Run from a subfolder: the fingerprint must not depend on the working directory either.
        const run = runCli(['check', '.', '--format', 'json'], { cwd: join(dir, 'prompts') });
        const report = JSON.parse(run.stdout) as JsonReport;
        return report.files.flatMap((f) => f.findings.map((x) => x.fingerprint));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
    assert.ok(fingerprints[0].length > 0);
    assert.deepEqual(fingerprints[0], fingerprints[1]);
  });

  it('classifies all 35 files of the real prompt corpus, with no internal or rule error', function () {
    if (!existsSync(CORPUS)) {
      if (process.env.PROMPTGOV_NO_CORPUS === '1') {
        console.log(`    corpus not found at ${CORPUS}; skipped because PROMPTGOV_NO_CORPUS=1`);
        this.skip();
      }
      assert.fail(`The real prompt corpus is missing: expected ${CORPUS}. Restore it, or set PROMPTGOV_NO_CORPUS=1 to skip this test.`);
    }
    const expected = readdirSync(CORPUS).filter((f) => f !== 'SOURCES.md').sort();
    assert.equal(expected.length, 35, 'the corpus holds 35 prompt files');
    const run = runCli(['check', CORPUS, '--format', 'json'], { cwd: REPO_ROOT });
    assert.ok(run.status === 0 || run.status === 1, `exit status ${run.status}: ${run.stderr}`);
    const report = JSON.parse(run.stdout) as JsonReport;
    assertContract(report);
    const byName = new Map(report.files.map((f) => [f.path.slice(f.path.lastIndexOf('/') + 1), f]));
    const missing = expected.filter((name) => !byName.has(name));
    assert.deepEqual(missing, [], `files not checked (not recognized as prompts):\n${run.stderr}`);
    const unknown = report.files.filter((f) => f.format === 'unknown').map((f) => f.path);
    assert.deepEqual(unknown, [], 'every corpus file has a format');
    const internal = report.files.flatMap((f) => f.findings.filter((x) => x.ruleId.startsWith('internal/')).map((x) => `${f.path}: ${x.message}`));
    assert.deepEqual(internal, [], 'no internal/rule-error');
  });
});
