/** Hand-made results for the reporter tests: no parser, no rule, no policy involved. */
import type { FileResult, Finding } from '../../shared/src/types';

export function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'line' | 'column'>): Finding {
  return {
    severity: 'error',
    message: 'A message',
    offset: 0,
    endOffset: 1,
    endLine: partial.line,
    endColumn: partial.column + 1,
    fingerprint: '0123456789abcdef',
    evidence: {},
    fixes: [],
    ...partial,
  };
}

export const results: FileResult[] = [
  {
    path: 'prompts/support.prompt',
    format: 'dotprompt',
    findings: [
      finding({
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
        evidence: { detector: 'email', validators: ['domain'] },
        fixes: [{ title: 'Replace with [REDACTED_EMAIL]', edits: [{ offset: 40, endOffset: 56, text: '[REDACTED_EMAIL]' }] }],
      }),
      finding({
        ruleId: 'model/deprecated',
        severity: 'warning',
        message: 'Model openai/gpt-4 is deprecated',
        offset: 120,
        endOffset: 132,
        line: 10,
        column: 8,
        fixes: [{ title: 'Add an exception', edits: [{ offset: 0, endOffset: 0, text: '${1:reason}' }], snippet: true }],
      }),
    ],
  },
  { path: 'prompts/clean.prompty', format: 'prompty', findings: [] },
  {
    path: 'b.prompt.yml',
    format: 'github-prompt',
    findings: [
      finding({ ruleId: 'governance/missing-owner', severity: 'info', message: 'No owner:\nadd one', line: 1, column: 1 }),
      finding({ ruleId: 'template/unused-input', severity: 'hint', message: 'Input x is never used', line: 12, column: 3 }),
    ],
  },
];
