import rule from '../../../shared/src/rules/pii/iban';
import { ruleTester } from '../harness';

const P = (body: string) => `---\nmodel: googleai/gemini-2.5-flash\n---\n${body}`;
// Check digits computed with ISO 7064 MOD 97-10.
const DE = 'DE68 3704 0044 0532 0130 87';
const GB = 'GB42NWBK60161331926876';

ruleTester(rule, {
  valid: [
    { name: 'wrong check digits', path: 'prompts/a.prompt', text: P('IBAN DE69 3704 0044 0532 0130 87.\n') },
    { name: 'wrong length', path: 'prompts/a.prompt', text: P('IBAN DE68 3704 0044 0532 0130 8.\n') },
    { name: 'a country without IBANs', path: 'prompts/a.prompt', text: P('Code US12 3456 7890.\n') },
  ],
  invalid: [
    {
      name: 'print format in a system message',
      path: 'prompts/a.prompt',
      text: P(`{{role "system"}}\nRefunds go to ${DE}.\n{{role "user"}}\n{{q}}\n`),
      errors: [{ text: DE, line: 5, severity: 'error', entity: 'iban', message: 'IBAN DE** **** **** **** **30 87 in a system message' }],
      output: P('{{role "system"}}\nRefunds go to [REDACTED_IBAN].\n{{role "user"}}\n{{q}}\n'),
    },
    {
      name: 'electronic format (PromptL)',
      path: 'prompts/a.promptl',
      text: `<system>Pay ${GB} now</system>\n`,
      errors: [{ text: GB }],
      output: '<system>Pay [REDACTED_IBAN] now</system>\n',
    },
    {
      name: 'ISO example IBAN is a placeholder',
      path: 'prompts/a.prompt',
      text: P('For example DE89 3704 0044 0532 0130 00.\n'),
      errors: [{ text: 'DE89 3704 0044 0532 0130 00', severity: 'info' }],
      output: null,
    },
  ],
});
