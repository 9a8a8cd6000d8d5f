import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/suppression/expired';
import { ruleTester } from '../harness';
import { brief, runWith } from './helpers';

ruleTester(rule, {
  valid: [
    { name: 'no expiry', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline }}\nCall\n' },
    { name: 'expires later', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline; expires: 2026-12-31 }}\nCall\n' },
    { name: 'expires today (valid through its day)', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline; expires: 2026-01-15 }}\nCall\n' },
    {
      name: 'policy file: a current exception',
      path: '.promptgov.yaml',
      text: 'exceptions:\n  - rule: pii/phone\n    reason: hotline\n    expires: 2026-06-30\n',
      format: 'policy',
    },
  ],
  invalid: [
    {
      name: 'an expired directive, with who approved it',
      path: 'prompts/a.prompt',
      text: '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline; approved-by: @security; expires: 2025-12-31 }}\nCall\n',
      errors: [
        {
          text: '2025-12-31',
          line: 4,
          severity: 'error',
          message: 'This suppression of pii/phone expired on 2025-12-31 (approved by @security): it no longer silences anything. Fix the finding, or renew the date with a new approval.',
        },
      ],
    },
    {
      name: 'a date that is not a date never expires',
      path: '.github/prompts/a.prompt.md',
      text: '<!-- promptgov-disable-next-line pii/phone -- hotline; expires: March 2027 -->\nCall\n',
      errors: [{ text: 'March 2027', message: "'March 2027' is not a date (write YYYY-MM-DD): as written, this suppression of pii/phone never expires." }],
    },
    {
      name: 'policy file: an expired exception, at its date',
      path: '.promptgov.yaml',
      text: 'exceptions:\n  - rule: pii/phone\n    files: ["prompts/support.prompt"]\n    reason: published hotline\n    approved_by: "@security"\n    expires: 2025-10-01\n',
      format: 'policy',
      errors: [
        {
          text: '2025-10-01',
          line: 6,
          message: 'The exception for pii/phone (approved by @security; reason: "published hotline") expired on 2025-10-01: it no longer silences findings. Renew it with a new expiry and approval, or remove it and fix the findings.',
        },
      ],
      output: null,
    },
  ],
});

describe('suppression/expired: findings an expired exception no longer covers', () => {
  const policy = {
    exceptions: [
      { rule: 'test/*', files: ['prompts/support.prompt'], reason: 'published hotline', approved_by: '@security', expires: '2025-12-31' },
      { rule: 'test/forbidden-word', files: ['prompts/other.prompt'], reason: 'current', expires: '2026-12-31' },
    ],
  };
  const text = '---\nmodel: x/y\n---\nCall FORBIDDEN now.\n';

  it('reports next to the finding who approved the exception, when it expired and what to do', () => {
    const run = runWith(rule, 'prompts/support.prompt', text, policy);
    assert.deepEqual(brief(text, run.findings), ['4:6 suppression/expired FORBIDDEN', '4:6 test/forbidden-word FORBIDDEN']);
    assert.equal(
      run.findings[0].message,
      'test/forbidden-word is reported again: the policy exception that covered it (approved by @security; reason: "published hotline") expired on 2025-12-31. Renew the exception (exceptions[0] of <inline>) with a new expiry date and approval, or fix the finding.',
    );
  });

  it('says nothing where the exception does not apply or has not expired', () => {
    assert.deepEqual(brief(text, runWith(rule, 'prompts/elsewhere.prompt', text, policy).findings), ['4:6 test/forbidden-word FORBIDDEN']);
    const current = runWith(rule, 'prompts/other.prompt', text, policy);
    assert.deepEqual(current.findings, []);
    assert.equal(current.suppressed.length, 1);
  });

  it('cannot be silenced by an inline directive', () => {
    const withDirective = '---\nmodel: x/y\n---\n{{! promptgov-disable-file -- whatever }}\nCall FORBIDDEN now.\n';
    const run = runWith(rule, 'prompts/a.prompt', '---\nmodel: x/y\n---\n{{! promptgov-disable-file -- old; expires: 2020-01-01 }}\nFORBIDDEN\n');
    assert.deepEqual(run.findings.map((f) => f.ruleId), ['suppression/expired', 'test/forbidden-word']);
    assert.equal(runWith(rule, 'prompts/a.prompt', withDirective).findings.length, 0);
  });
});
