import rule from '../../../shared/src/rules/pii/phone';
import { ruleTester } from '../harness';

const P = (body: string) => `---\nmodel: googleai/gemini-2.5-flash\n---\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'dates, times, versions, ids, amounts', path: 'prompts/a.prompt', text: P('Released 2024-01-15 at 10:30:00 as version 10.0.19041.1, order #4155552671, total $1 234 567.\n') },
    { name: 'an IP address and an SSN are not phones', path: 'prompts/a.prompt', text: P('Host 192.168.100.200, SSN 536-22-8109.\n') },
    { name: 'bare digits without a context word', path: 'prompts/a.prompt', text: P('Reference value 4155552671.\n') },
    { name: 'a template variable', path: 'prompts/a.prompt', text: P('Call {{customer.phone}}.\n') },
    { name: 'a national number outside the configured regions', path: 'prompts/a.prompt', text: P('Ruf 030 12345678 an.\n'), options: { regions: ['US'] } },
    { name: 'fictional numbers can be ignored', path: 'prompts/a.prompt', text: P('Call (212) 555-0187.\n'), options: { reportPlaceholders: false } },
  ],
  invalid: [
    {
      name: 'international number in a system message',
      path: 'prompts/a.prompt',
      text: P('{{role "system"}}\nEscalate by calling +1 415-555-2671.\n{{role "user"}}\n{{q}}\n'),
      errors: [{ text: '+1 415-555-2671', line: 5, severity: 'error', entity: 'phone', message: 'Phone number +1 ***-***-**71 (US) in a system message' }],
      output: P('{{role "system"}}\nEscalate by calling [REDACTED_PHONE].\n{{role "user"}}\n{{q}}\n'),
    },
    {
      name: 'national formats of several regions',
      path: 'prompts/a.prompt',
      text: P('US (212) 555-2671, UK 020 7123 4567, FR 01 42 68 53 00.\n'),
      errors: [{ text: '(212) 555-2671' }, { text: '020 7123 4567' }, { text: '01 42 68 53 00' }],
      output: P('US [REDACTED_PHONE], UK [REDACTED_PHONE], FR [REDACTED_PHONE].\n'),
    },
    {
      name: 'bare digits after "phone"',
      path: 'prompts/a.prompty',
      text: '---\nname: x\n---\nsystem:\nThe customer phone: 4155552671\n',
      errors: [{ text: '4155552671', line: 5 }],
      output: '---\nname: x\n---\nsystem:\nThe customer phone: [REDACTED_PHONE]\n',
    },
    {
      name: 'GitHub Models test data at info',
      path: 'prompts/a.prompt.yml',
      text: "name: x\nmodel: openai/gpt-4.1\nmessages:\n  - role: user\n    content: 'Call {{who}}'\ntestData:\n  - who: +44 20 7123 4567\n",
      errors: [{ text: '+44 20 7123 4567', severity: 'info' }],
    },
    {
      name: 'fiction ranges are placeholders',
      path: '.github/prompts/a.prompt.md',
      text: 'Call (212) 555-0187 or 07700 900123 for the demo.\n',
      errors: [{ text: '(212) 555-0187', severity: 'info' }, { text: '07700 900123', severity: 'info' }],
      output: null,
    },
    {
      name: 'a number followed directly by a card line (the next line is not its context)',
      path: 'prompts/a.prompt',
      text: P('Customer phone: 4155552671\nCustomer card: 4532 0151 1283 0366\nJane Doe +1 415 234 5678\ncard number 4532015112830366\n'),
      errors: [{ text: '4155552671', line: 4 }, { text: '+1 415 234 5678', line: 6 }],
      output: P('Customer phone: [REDACTED_PHONE]\nCustomer card: 4532 0151 1283 0366\nJane Doe [REDACTED_PHONE]\ncard number 4532015112830366\n'),
    },
    {
      name: 'mask style keeps the country code and the last two digits',
      path: 'prompts/a.prompt',
      policy: { redaction: { style: 'mask' } },
      text: P('Call +44 20 7123 4567.\n'),
      errors: [{ text: '+44 20 7123 4567' }],
      output: P('Call +44 ** **** **67.\n'),
    },
  ],
});
