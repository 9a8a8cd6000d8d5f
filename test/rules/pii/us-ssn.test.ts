import rule from '../../../shared/src/rules/pii/us-ssn';
import { ruleTester } from '../harness';

const P = (body: string) => `---\nmodel: googleai/gemini-2.5-flash\n---\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'area 666 / 000 / 9xx, group 00, serial 0000', path: 'prompts/a.prompt', text: P('666-22-8109 000-22-8109 912-22-8109 536-00-8109 536-22-0000\n') },
    { name: 'inconsistent separators', path: 'prompts/a.prompt', text: P('SSN 536-22 8109\n') },
    { name: 'nine bare digits without context', path: 'prompts/a.prompt', text: P('Value 536228109\n') },
    { name: 'a phone number', path: 'prompts/a.prompt', text: P('Call 415-555-2671\n') },
  ],
  invalid: [
    {
      name: 'dashed SSN in a system message',
      path: 'prompts/a.prompt',
      text: P('{{role "system"}}\nThe member SSN is 536-22-8109.\n{{role "user"}}\n{{q}}\n'),
      errors: [{ text: '536-22-8109', line: 5, severity: 'error', entity: 'us-ssn', message: 'US Social Security number ***-**-8109 in a system message' }],
      output: P('{{role "system"}}\nThe member SSN is [REDACTED_US_SSN].\n{{role "user"}}\n{{q}}\n'),
    },
    {
      name: 'bare digits with "social security"',
      path: 'prompts/a.prompty',
      text: '---\nname: x\n---\nsystem:\nsocial security number 536228109\n',
      errors: [{ text: '536228109' }],
      output: '---\nname: x\n---\nsystem:\nsocial security number [REDACTED_US_SSN]\n',
    },
    {
      name: 'advertised numbers are placeholders',
      path: '.github/prompts/a.prompt.md',
      text: 'Example SSN: 078-05-1120 or 123-45-6789.\n',
      errors: [{ text: '078-05-1120', severity: 'info' }, { text: '123-45-6789', severity: 'info' }],
      output: null,
    },
  ],
});
