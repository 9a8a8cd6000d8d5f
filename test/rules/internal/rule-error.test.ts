/**
 * internal/rule-error is reported by the engine, not by a check: a crashing rule becomes one finding for
 * the file, and every other rule still reports.
 */
import assert from 'node:assert/strict';
import ruleError from '../../../shared/src/rules/internal/rule-error';
import { defineRule, type Rule } from '../../../shared/src/rules/rule';
import { analyzeText } from '../../../shared/src/analyze';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';

const crashing = defineRule({
  meta: { id: 'test/crashing', description: 'Always throws.', defaultSeverity: 'warning', fixable: false },
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'length')");
  },
});

const crashingWithString = defineRule({
  meta: { id: 'test/crashing-string', description: 'Throws a non-Error value.', defaultSeverity: 'warning', fixable: false },
  check() {
    throw 'x'.repeat(500); // eslint-disable-line no-throw-literal
  },
});

const reportsHello = defineRule({
  meta: { id: 'test/hello', description: 'Reports the word hello.', defaultSeverity: 'warning', fixable: false },
  check({ document, report }) {
    const at = document.text.indexOf('Hello');
    if (at >= 0) report({ span: { offset: at, endOffset: at + 5 }, message: 'Found hello.' });
  },
});

const TEXT = '---\nmodel: googleai/gemini-2.5-flash\n---\n{{! promptgov-disable-file }}\nHello {{name}}\n';

function run(rules: Rule[], text = TEXT) {
  const policy = resolveFromObjects({ rules: { 'test/*': 'warning' } });
  const analysis = analyzeText('prompts/a.prompt', text, policy, { rules, env: { now: new Date('2026-01-15T12:00:00Z') } });
  assert.ok(analysis);
  return analysis.output;
}

describe('internal/rule-error', () => {
  it('is a rule of its own with a check that reports nothing', () => {
    assert.equal(ruleError.meta.id, 'internal/rule-error');
    assert.equal(ruleError.meta.defaultSeverity, 'error');
    const output = run([ruleError], TEXT.replace('{{! promptgov-disable-file }}\n', ''));
    assert.deepEqual(output.findings, []);
  });

  it('turns a crash into one finding while the other rules still report', () => {
    const output = run([crashing, reportsHello], TEXT.replace('{{! promptgov-disable-file }}\n', ''));
    const ids = output.findings.map((f) => f.ruleId);
    assert.deepEqual(ids, ['internal/rule-error', 'test/hello']);
    const [error] = output.findings;
    assert.equal(error.severity, 'error');
    assert.equal(error.offset, 0);
    assert.equal(error.endOffset, 0);
    assert.equal(error.line, 1);
    assert.match(error.message, /^Rule test\/crashing failed on this file and was skipped: Cannot read properties of undefined \(reading 'length'\)\. Please report it\.$/);
    assert.deepEqual(error.fixes, []);
    assert.equal(error.evidence.rule, 'test/crashing');
  });

  it('reports one finding per crashing rule, with a stable fingerprint per rule', () => {
    const first = run([crashing, crashingWithString, reportsHello]);
    const errors = first.findings.filter((f) => f.ruleId === 'internal/rule-error');
    assert.equal(errors.length, 2);
    assert.deepEqual(errors.map((e) => e.evidence.rule).sort(), ['test/crashing', 'test/crashing-string']);
    assert.notEqual(errors[0].fingerprint, errors[1].fingerprint);
    const long = errors.find((e) => e.evidence.rule === 'test/crashing-string')!;
    assert.ok(long.message.length < 300, 'a long error text is shortened');
    const again = run([crashing, crashingWithString, reportsHello], `${TEXT}more text\n`);
    assert.deepEqual(
      again.findings.filter((f) => f.ruleId === 'internal/rule-error').map((f) => f.fingerprint),
      errors.map((e) => e.fingerprint),
      'the fingerprint does not depend on the file content',
    );
  });

  it('cannot be silenced by an inline directive, unlike ordinary findings', () => {
    const output = run([crashing, reportsHello]);
    assert.deepEqual(output.findings.map((f) => f.ruleId), ['internal/rule-error']);
    assert.deepEqual(output.suppressed.map((f) => f.ruleId), ['test/hello']);
  });

  it('is not reported when the crashing rule is off', () => {
    const policy = resolveFromObjects({ rules: { 'test/crashing': 'off', 'test/hello': 'warning' } });
    const analysis = analyzeText('prompts/a.prompt', TEXT.replace('{{! promptgov-disable-file }}\n', ''), policy, { rules: [crashing, reportsHello] });
    assert.ok(analysis);
    assert.deepEqual(analysis.output.findings.map((f) => f.ruleId), ['test/hello']);
  });
});
