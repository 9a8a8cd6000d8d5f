import rule from '../../../shared/src/rules/pii/credit-card';
import { ruleTester } from '../harness';

const P = (body: string) => `---\nmodel: googleai/gemini-2.5-flash\n---\n${body}`;
// Luhn-valid numbers with real issuer prefixes (check digits computed with the Luhn algorithm).
const VISA = '4539 1488 0343 6467';
const AMEX = '3714 496353 98431';

ruleTester(rule, {
  valid: [
    { name: 'Luhn fails', path: 'prompts/a.prompt', text: P('Card 4539 1488 0343 6468.\n') },
    { name: 'unknown issuer prefix', path: 'prompts/a.prompt', text: P('Card 1234 5678 9012 3452.\n') },
    { name: 'mixed separators', path: 'prompts/a.prompt', text: P('Card 4539-1488 0343 6467.\n') },
    { name: 'part of a longer number', path: 'prompts/a.prompt', text: P('Tracking 45391488034364671.\n') },
    { name: 'test cards ignored when asked', path: 'prompts/a.prompt', text: P('Use 4242 4242 4242 4242.\n'), options: { reportPlaceholders: false } },
  ],
  invalid: [
    {
      name: 'grouped Visa in a system message',
      path: 'prompts/a.prompt',
      text: P(`{{role "system"}}\nThe card on file is ${VISA}.\n{{role "user"}}\n{{q}}\n`),
      errors: [{ text: VISA, line: 5, severity: 'error', entity: 'credit-card', message: 'Card number **** **** **** 6467 (visa) in a system message' }],
      output: P('{{role "system"}}\nThe card on file is [REDACTED_CREDIT_CARD].\n{{role "user"}}\n{{q}}\n'),
    },
    {
      name: 'Amex 4-6-5 and a contiguous Mastercard (Prompty)',
      path: 'prompts/a.prompty',
      text: `---\nname: x\n---\nsystem:\nCards ${AMEX} and 5425233430109903 are blocked.\n`,
      errors: [{ text: AMEX, message: /\(amex\)/ }, { text: '5425233430109903', severity: 'info' }],
    },
    {
      name: 'published test number is a placeholder at info',
      path: '.github/prompts/a.prompt.md',
      text: 'Use 4111-1111-1111-1111 in the demo.\n',
      errors: [{ text: '4111-1111-1111-1111', severity: 'info', message: /documentation or test value/ }],
      output: null,
    },
    {
      name: 'mask style',
      path: 'prompts/a.prompt',
      policy: { redaction: { style: 'mask' } },
      text: P(`Card ${VISA}.\n`),
      errors: [{ text: VISA }],
      output: P('Card **** **** **** 6467.\n'),
    },
  ],
});
