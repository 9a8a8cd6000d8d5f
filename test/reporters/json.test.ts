import assert from 'node:assert/strict';
import { json, jsonReport } from '../../shared/src/reporters/json';
import { getReporter } from '../../shared/src/reporters';
import type { FileResult } from '../../shared/src/types';
import { finding, results } from './fixtures';

describe('reporters/json', () => {
  it('prints the version 1 contract: files, findings with every field, summary', () => {
    const parsed = JSON.parse(json(results, {}));
    assert.equal(parsed.version, 1);
    assert.deepEqual(
      parsed.files.map((f: { path: string; format: string }) => [f.path, f.format]),
      [
        ['prompts/support.prompt', 'dotprompt'],
        ['prompts/clean.prompty', 'prompty'],
        ['b.prompt.yml', 'github-prompt'],
      ],
    );
    assert.deepEqual(parsed.files[0].findings[0], {
      ruleId: 'pii/email',
      severity: 'error',
      message: 'Email address j***@e***.com in the prompt text',
      offset: 40,
      endOffset: 56,
      line: 3,
      column: 12,
      endLine: 3,
      endColumn: 28,
      entity: 'email',
      fingerprint: '0123456789abcdef',
      evidence: { detector: 'email', validators: ['domain'] },
      fixes: [{ title: 'Replace with [REDACTED_EMAIL]', edits: [{ offset: 40, endOffset: 56, text: '[REDACTED_EMAIL]' }] }],
    });
    assert.deepEqual(parsed.summary, { files: 3, filesWithFindings: 2, errors: 1, warnings: 1, infos: 1, hints: 1, fixable: 1 });
  });

  it('keeps clean files, with an empty findings list', () => {
    const parsed = JSON.parse(json(results, {}));
    assert.deepEqual(parsed.files[1].findings, []);
  });

  it('leaves out entity when absent and marks snippet fixes', () => {
    const report = jsonReport(results);
    const deprecated = report.files[0].findings[1];
    assert.equal('entity' in deprecated, false);
    assert.equal(deprecated.fixes[0].snippet, true);
  });

  it('copies only contract fields: internal ones (suppressed, extra keys) do not leak', () => {
    const f = { ...finding({ ruleId: 'pii/phone', line: 1, column: 1 }), suppressed: { by: 'directive' as const }, secretThing: 'x' };
    const input: FileResult[] = [{ path: 'a.prompt', format: 'dotprompt', findings: [f], notes: ['n'] }];
    const parsed = JSON.parse(json(input, {}));
    assert.deepEqual(Object.keys(parsed.files[0]), ['path', 'format', 'findings']);
    assert.deepEqual(Object.keys(parsed.files[0].findings[0]), [
      'ruleId', 'severity', 'message', 'offset', 'endOffset', 'line', 'column', 'endLine', 'endColumn', 'fingerprint', 'evidence', 'fixes',
    ]);
  });

  it('an empty run is a valid report with zero counts', () => {
    assert.deepEqual(JSON.parse(json([], {})), {
      version: 1,
      files: [],
      summary: { files: 0, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0, hints: 0, fixable: 0 },
    });
  });

  it('is registered under "json" and ends with a newline', () => {
    assert.equal(getReporter('json'), json);
    assert.ok(json(results, {}).endsWith('}\n'));
  });
});
