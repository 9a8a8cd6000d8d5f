import rule from '../../../shared/src/rules/retention/exceeds-class';
import type { PolicyFile } from '../../../shared/src/policy/types';
import { ruleTester } from '../harness';

const CLASSES: PolicyFile = {
  data_classes: {
    public: { max_retention: '1y' },
    customer_pii: { max_retention: '30d' },
    internal: { max_retention: '6m' },
    unlimited: {},
  },
};

ruleTester(rule, {
  valid: [
    { name: 'within the class limit', path: 'prompts/a.prompt', text: '---\ndata_class: customer_pii\nretention: 30d\n---\nHi\n', policy: CLASSES },
    { name: '12 months equals one year', path: 'prompts/a.prompt', text: '---\ndata_class: public\nretention: 12m\n---\nHi\n', policy: CLASSES },
    { name: 'weeks and long unit words', path: 'prompts/a.prompty', text: '---\nmetadata:\n  data_class: internal\n  retention: 26 weeks\n---\nsystem:\nHi\n', policy: CLASSES },
    { name: 'a class without a limit', path: 'prompts/a.prompt', text: '---\ndata_class: unlimited\nretention: forever\n---\nHi\n', policy: CLASSES },
    { name: 'an unknown class (retention/unknown-class reports it)', path: 'prompts/a.prompt', text: '---\ndata_class: secret\nretention: 10y\n---\nHi\n', policy: CLASSES },
    { name: 'no retention written', path: 'prompts/a.prompt', text: '---\ndata_class: customer_pii\n---\nHi\n', policy: CLASSES },
  ],
  invalid: [
    {
      name: 'days over a 30-day class, fixed to the class maximum',
      path: 'prompts/a.prompt',
      text: '---\ndata_class: customer_pii\nretention: 90d\n---\nHi\n',
      policy: CLASSES,
      errors: [
        {
          text: '90d',
          line: 3,
          severity: 'error',
          message: "Retention 90d (90 days) is longer than data class 'customer_pii' allows: at most 30d (data_classes.customer_pii.max_retention).",
        },
      ],
      output: '---\ndata_class: customer_pii\nretention: 30d\n---\nHi\n',
    },
    {
      name: '31 days is longer than one month',
      path: '.github/prompts/a.prompt.yml',
      text: 'data_class: monthly\nretention: 31d\nmessages:\n  - role: user\n    content: Hi\n',
      policy: { data_classes: { monthly: { max_retention: '1m' } } },
      errors: [{ text: '31d' }],
      output: 'data_class: monthly\nretention: 1m\nmessages:\n  - role: user\n    content: Hi\n',
    },
    {
      name: 'class matched ignoring case; indefinite exceeds every limit',
      path: 'prompts/a.promptl',
      text: '---\ndata_class: Internal\nretention: indefinite\n---\n<user>Hi</user>\n',
      policy: CLASSES,
      errors: [{ text: 'indefinite', message: /^Retention indefinite \(indefinite\) is longer than data class 'internal' allows: at most 6m/ }],
      output: '---\ndata_class: Internal\nretention: 6m\n---\n<user>Hi</user>\n',
    },
    {
      name: 'not a duration',
      path: '.github/prompts/a.prompt.md',
      text: '---\ndata_class: customer_pii\nretention: "as long as needed"\n---\nHi\n',
      policy: CLASSES,
      errors: [{ text: 'as long as needed', message: "'as long as needed' is not a retention duration (write 30d, 12w, 6m or 1y); data class 'customer_pii' allows at most 30d." }],
      output: '---\ndata_class: customer_pii\nretention: "30d"\n---\nHi\n',
    },
  ],
});
