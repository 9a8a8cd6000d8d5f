import rule from '../../../shared/src/rules/retention/unknown-class';
import type { PolicyFile } from '../../../shared/src/policy/types';
import { ruleTester } from '../harness';

const CLASSES: PolicyFile = { data_classes: { public: {}, internal: {}, customer_pii: { max_retention: '30d' } } };

ruleTester(rule, {
  valid: [
    { name: 'the policy defines no classes', path: 'prompts/a.prompt', text: '---\ndata_class: anything\n---\nHi\n' },
    { name: 'a defined class', path: 'prompts/a.prompt', text: '---\ndata_class: customer_pii\n---\nHi\n', policy: CLASSES },
    { name: 'ext namespace in Dotprompt', path: 'prompts/a.prompt', text: '---\next:\n  acme:\n    data_class: public\n---\nHi\n', policy: CLASSES },
    { name: 'no data class', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\nHi\n', policy: CLASSES },
  ],
  invalid: [
    {
      name: 'a typo: the closest class is the first fix',
      path: 'prompts/a.prompt',
      text: '---\ndata_class: customer_pi\n---\nHi\n',
      policy: CLASSES,
      errors: [{ text: 'customer_pi', line: 2, message: "'customer_pi' is not a data class of the policy (data_classes: public, internal, customer_pii). Did you mean 'customer_pii'?" }],
      output: '---\ndata_class: customer_pii\n---\nHi\n',
    },
    {
      name: 'other capitals than the policy',
      path: 'prompts/a.prompty',
      text: '---\nmetadata:\n  data_class: Customer_PII\n---\nsystem:\nHi\n',
      policy: CLASSES,
      errors: [{ text: 'Customer_PII', message: "The data class 'Customer_PII' is written 'customer_pii' in the policy (data_classes)." }],
      output: '---\nmetadata:\n  data_class: customer_pii\n---\nsystem:\nHi\n',
    },
    {
      name: 'a class far from any: every class is offered, in policy order',
      path: '.github/prompts/a.prompt.yml',
      text: 'data_class: top-secret\nmessages:\n  - role: user\n    content: Hi\n',
      policy: CLASSES,
      errors: [{ text: 'top-secret', message: "'top-secret' is not a data class of the policy (data_classes: public, internal, customer_pii)." }],
      output: 'data_class: public\nmessages:\n  - role: user\n    content: Hi\n',
    },
  ],
});
