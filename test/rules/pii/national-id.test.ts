import rule from '../../../shared/src/rules/pii/national-id';
import { ruleTester } from '../harness';

const P = (body: string) => `---\nmodel: googleai/gemini-2.5-flash\n---\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'weak shapes without a context word', path: 'prompts/a.prompt', text: P('Reference 943 476 5919 and 583920174.\n') },
    { name: 'a wrong check digit', path: 'prompts/a.prompt', text: P('NHS number 943 476 5918, codice fiscale RSSMRA85T10A562T.\n') },
    { name: 'entities option limits the schemes', path: 'prompts/a.prompt', text: P('NHS number 943 476 5919.\n'), options: { entities: ['uk-nino'] } },
  ],
  invalid: [
    {
      name: 'NHS number with context in a system message',
      path: 'prompts/a.prompt',
      text: P('{{role "system"}}\nPatient NHS number 943 476 5919.\n{{role "user"}}\n{{q}}\n'),
      errors: [{ text: '943 476 5919', line: 5, severity: 'error', entity: 'uk-nhs', message: 'UK NHS number *** *** **19 in a system message' }],
      output: P('{{role "system"}}\nPatient NHS number [REDACTED_UK_NHS].\n{{role "user"}}\n{{q}}\n'),
    },
    {
      name: 'schemes with distinctive shapes stand alone (Prompty)',
      path: 'prompts/a.prompty',
      text: '---\nname: x\n---\nsystem:\nRecords: AB 52 74 91 C, RSSMRA85T10A562S, BNZPM2501F, S8206431A.\n',
      errors: [
        { text: 'AB 52 74 91 C', entity: 'uk-nino' },
        { text: 'RSSMRA85T10A562S', entity: 'it-fiscal-code', message: /Italian fiscal code/ },
        { text: 'BNZPM2501F', entity: 'in-pan' },
        { text: 'S8206431A', entity: 'sg-nric' },
      ],
      output: '---\nname: x\n---\nsystem:\nRecords: [REDACTED_UK_NINO], [REDACTED_IT_FISCAL_CODE], [REDACTED_IN_PAN], [REDACTED_SG_NRIC].\n',
    },
    {
      name: 'passport numbers need the word',
      path: '.github/prompts/a.prompt.md',
      text: 'US passport 583920174 expires soon.\n',
      errors: [{ text: '583920174', entity: 'us-passport' }],
      output: 'US passport [REDACTED_US_PASSPORT] expires soon.\n',
    },
    {
      name: 'documentation values are placeholders',
      path: 'prompts/a.prompt',
      text: P('Example NINO QQ 12 34 56 C.\n'),
      errors: [{ text: 'QQ 12 34 56 C', severity: 'info' }],
      output: null,
    },
    {
      name: 'variable style uses the entity as the variable name',
      path: 'prompts/a.prompt',
      policy: { redaction: { style: 'variable' } },
      text: P('codice fiscale RSSMRA85T10A562S\n'),
      errors: [{ text: 'RSSMRA85T10A562S' }],
      output: '---\nmodel: googleai/gemini-2.5-flash\ninput:\n  schema:\n    it_fiscal_code: string\n---\ncodice fiscale {{it_fiscal_code}}\n',
    },
  ],
});
