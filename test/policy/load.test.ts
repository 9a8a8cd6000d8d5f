import assert from 'node:assert/strict';
import { parsePolicy, formatKeyPath } from '../../shared/src/policy/load';
import { KNOWN_IDS, meta, problemsOf, type SeenProblem } from './helpers';

interface Case {
  name: string;
  yaml: string;
  expected: SeenProblem[];
}

/** One case per kind of problem: rule id, the exact text at the span, the exact message. */
const cases: Case[] = [
  {
    name: 'unknown top-level key with a suggestion',
    yaml: 'modles:\n  approved: []\n',
    expected: [{ ruleId: 'policy/invalid-schema', text: 'modles', message: 'modles: unknown key. Did you mean "models"? (see docs/policy.md)' }],
  },
  {
    name: 'unknown nested key',
    yaml: 'models:\n  aproved: ["openai/*"]\n',
    expected: [{ ruleId: 'policy/invalid-schema', text: 'aproved', message: 'models.aproved: unknown key. Did you mean "approved"? (see docs/policy.md#models)' }],
  },
  {
    name: 'unknown key without a close match lists the valid keys',
    yaml: 'redaction:\n  colour: red\n',
    expected: [{ ruleId: 'policy/invalid-schema', text: 'colour', message: 'redaction.colour: unknown key. Write one of: style. (see docs/policy.md#redaction)' }],
  },
  {
    name: 'invalid model glob',
    yaml: 'models:\n  approved: ["openai/gpt-4.1*", "anthropic/*", "gpt-4o["]\n',
    expected: [
      {
        ruleId: 'policy/invalid-pattern',
        text: '"gpt-4o["',
        message: `models.approved[2]: 'gpt-4o[' is not a valid RE2/glob pattern: missing ]. Write a glob such as "openai/gpt-4o*". (see docs/policy.md#globs)`,
      },
    ],
  },
  {
    name: 'unknown rule id with a Levenshtein suggestion',
    yaml: 'rules:\n  pii/emial: error\n',
    expected: [{ ruleId: 'policy/unknown-rule', text: 'pii/emial', message: 'rules["pii/emial"]: unknown rule id. Did you mean "pii/email"?' }],
  },
  {
    name: 'unknown rule id without a suggestion',
    yaml: 'rules:\n  totally/different: off\n',
    expected: [
      { ruleId: 'policy/unknown-rule', text: 'totally/different', message: 'rules["totally/different"]: unknown rule id. See docs/rules/ for the list of rules, or run `promptgov explain`.' },
    ],
  },
  {
    name: 'a rule glob that matches no rule',
    yaml: 'rules:\n  "pi/*": warning\n',
    expected: [{ ruleId: 'policy/unknown-rule', text: '"pi/*"', message: `rules["pi/*"]: 'pi/*' matches no known rule. Did you mean "pii/*"?` }],
  },
  {
    name: 'a bare * explains rule categories',
    yaml: 'rules:\n  "*": warning\n',
    expected: [
      { ruleId: 'policy/unknown-rule', text: '"*"', message: `rules["*"]: '*' matches no known rule. Rule ids have a category: write "**" for every rule, or "pii/*" for one category.` },
    ],
  },
  {
    name: 'bad severity says which severities exist',
    yaml: 'rules:\n  pii/email: eror\n',
    expected: [
      {
        ruleId: 'policy/invalid-schema',
        text: 'eror',
        message: `rules["pii/email"]: 'eror' is not a severity. Write one of error, warning, info, hint, off. Did you mean "error"? (see docs/policy.md#rules)`,
      },
    ],
  },
  {
    name: 'bad severity inside [severity, options]',
    yaml: 'rules:\n  pii/email: [critical, { a: 1 }]\n',
    expected: [
      {
        ruleId: 'policy/invalid-schema',
        text: '[critical, { a: 1 }]',
        message: `rules["pii/email"]: 'critical' is not a severity. Write one of error, warning, info, hint, off as the first item. (see docs/policy.md#rules)`,
      },
    ],
  },
  {
    name: 'rule ids under non_suppressible, exceptions, overrides and tests',
    yaml: [
      'non_suppressible: ["secrets/*"]',
      'exceptions:',
      '  - { rule: pii/phnoe, reason: hotline }',
      'overrides:',
      '  - files: ["tests/**"]',
      '    rules: { model/unpined: off }',
      'tests:',
      '  - { text: hello, expect: [injection/overide-phrase] }',
      '',
    ].join('\n'),
    expected: [
      { ruleId: 'policy/unknown-rule', text: '"secrets/*"', message: `non_suppressible[0]: 'secrets/*' matches no known rule. Did you mean "secret/*"?` },
      { ruleId: 'policy/unknown-rule', text: 'pii/phnoe', message: 'exceptions[0].rule: unknown rule id. Did you mean "pii/phone"?' },
      { ruleId: 'policy/unknown-rule', text: 'model/unpined', message: 'overrides[0].rules["model/unpined"]: unknown rule id. Did you mean "model/unpinned"?' },
      { ruleId: 'policy/unknown-rule', text: 'injection/overide-phrase', message: 'tests[0].expect[0]: unknown rule id. Did you mean "injection/override-phrase"?' },
    ],
  },
  {
    name: 'invalid RE2 in blocked_phrases',
    yaml: 'blocked_phrases:\n  - "(?i)ignore (all )?previous"\n  - "(?i)ignore (all"\n',
    expected: [
      {
        ruleId: 'policy/invalid-pattern',
        text: '"(?i)ignore (all"',
        message: `blocked_phrases[1]: '(?i)ignore (all' is not a valid RE2 pattern: missing closing ) at \`(?i)ignore (all\`. Write a phrase such as "(?i)ignore (all )?previous instructions". (see docs/policy.md#patterns)`,
      },
    ],
  },
  {
    name: 'lookbehind is refused with an RE2 explanation',
    yaml: 'metadata:\n  owner_pattern: "(?<=@)team"\n',
    expected: [
      {
        ruleId: 'policy/invalid-pattern',
        text: '"(?<=@)team"',
        message: `metadata.owner_pattern: '(?<=@)team' is not a valid RE2 pattern: invalid named capture at \`(?<=@)team\`. RE2 has no lookahead, lookbehind or backreferences: rewrite the pattern without them. (see docs/policy.md#patterns)`,
      },
    ],
  },
  {
    name: 'invalid file glob',
    yaml: 'files:\n  include: ["prompts/{a,b"]\n',
    expected: [
      {
        ruleId: 'policy/invalid-pattern',
        text: '"prompts/{a,b"',
        message: `files.include[0]: 'prompts/{a,b' is not a valid glob: missing }. Write a glob such as "prompts/**/*.prompt". (see docs/policy.md#globs)`,
      },
    ],
  },
  {
    name: 'date that is not YYYY-MM-DD',
    yaml: 'exceptions:\n  - { rule: pii/phone, reason: hotline, expires: 2027-3-31 }\n',
    expected: [
      { ruleId: 'policy/invalid-schema', text: '2027-3-31', message: `exceptions[0].expires: '2027-3-31' is not a date. Write YYYY-MM-DD, e.g. 2027-03-31. (see docs/policy.md#exceptions)` },
    ],
  },
  {
    name: 'date that is not on the calendar',
    yaml: 'models:\n  deprecated:\n    - { id: openai/gpt-4-0314, sunset: 2026-02-30 }\n',
    expected: [
      {
        ruleId: 'policy/invalid-schema',
        text: '2026-02-30',
        message: `models.deprecated[0].sunset: '2026-02-30' is not a calendar date. Write a real date as YYYY-MM-DD, e.g. 2027-03-31. (see docs/policy.md#models)`,
      },
    ],
  },
  {
    name: 'duration',
    yaml: 'data_classes:\n  customer_pii: { max_retention: 30 days }\n',
    expected: [
      {
        ruleId: 'policy/invalid-schema',
        text: '30 days',
        message: `data_classes.customer_pii.max_retention: '30 days' is not a duration. Write a number and a unit: 30d (days), 12w (weeks), 6m (months) or 1y (years). (see docs/policy.md#data_classes)`,
      },
    ],
  },
  {
    name: 'model both approved and deprecated',
    yaml: 'models:\n  approved: ["openai/gpt-4-0314", "anthropic/*"]\n  deprecated:\n    - id: "openai/gpt-4-*"\n',
    expected: [
      {
        ruleId: 'policy/conflicting-models',
        text: '"openai/gpt-4-0314"',
        message: `models.approved[0]: 'openai/gpt-4-0314' is approved and also deprecated (models.deprecated[0].id: 'openai/gpt-4-*'); deprecation wins. Remove it from \`approved\`, or from \`deprecated\` if it is still fine to use.`,
      },
    ],
  },
  {
    name: 'wrong type: a string where a list is expected',
    yaml: 'models:\n  approved: openai/gpt-4o\n',
    expected: [
      {
        ruleId: 'policy/invalid-schema',
        text: 'openai/gpt-4o',
        message: `models.approved: expected a list, found the text 'openai/gpt-4o'. Write a list: ["openai/gpt-4o"]. (see docs/policy.md#models)`,
      },
    ],
  },
  {
    name: 'wrong type: a quoted boolean',
    yaml: 'models:\n  require_pinned: "yes"\n',
    expected: [
      { ruleId: 'policy/invalid-schema', text: '"yes"', message: `models.require_pinned: expected true or false, found the text 'yes'. Write true or false (no quotes). (see docs/policy.md#models)` },
    ],
  },
  {
    name: 'enum with a suggestion',
    yaml: 'redaction:\n  style: lable\n',
    expected: [{ ruleId: 'policy/invalid-schema', text: 'lable', message: `redaction.style: 'lable' is not allowed. Write one of label, variable, mask. Did you mean "label"? (see docs/policy.md#redaction)` }],
  },
  {
    name: 'missing required key points at the entry',
    yaml: 'exceptions:\n  - rule: pii/phone\n    files: ["prompts/support.prompt"]\n',
    expected: [
      {
        ruleId: 'policy/invalid-schema',
        text: 'rule: pii/phone',
        message: 'exceptions[0]: missing `reason` (why the exception is acceptable). Add it, or remove this entry. (see docs/policy.md#exceptions)',
      },
    ],
  },
  {
    name: 'number below the minimum',
    yaml: 'budgets:\n  max_prompt_tokens: 0\n',
    expected: [
      { ruleId: 'policy/invalid-schema', text: '0', message: 'budgets.max_prompt_tokens: the number 0 is too small. Write a whole number of at least 1. (see docs/policy.md#budgets)' },
    ],
  },
  {
    name: 'a policy test without text or file',
    yaml: 'tests:\n  - name: nothing to check\n',
    expected: [
      {
        ruleId: 'policy/invalid-schema',
        text: 'name: nothing to check',
        message: 'tests[0]: give the prompt to check as `text:` (inline) or `file:` (a path relative to this policy). (see docs/policy.md#tests)',
      },
    ],
  },
  {
    name: 'unknown preset',
    yaml: 'extends: promptgov:strcit\n',
    expected: [{ ruleId: 'policy/extends-not-found', text: 'promptgov:strcit', message: `extends: unknown preset 'promptgov:strcit'. Did you mean "promptgov:strict"?` }],
  },
  {
    name: 'duplicate key',
    yaml: 'root: true\nroot: false\n',
    expected: [{ ruleId: 'policy/invalid-yaml', text: 'root', message: 'This key appears twice in the same mapping: keep one.' }],
  },
  {
    name: 'not a mapping',
    yaml: '- a\n- b\n',
    expected: [{ ruleId: 'policy/invalid-schema', text: '- a', message: 'A policy file is a mapping of keys such as `rules:`, `models:` and `files:` (see docs/policy.md).' }],
  },
];

describe('parsePolicy: problems', () => {
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(problemsOf(c.yaml), c.expected);
    });
  }

  it('an expired exception is not reported here (the governance rules do that)', () => {
    assert.deepEqual(problemsOf('exceptions:\n  - { rule: pii/phone, reason: old, expires: 2001-01-01 }\n'), []);
  });

  it('a family glob approved with one deprecated member is not a conflict', () => {
    assert.deepEqual(problemsOf('models:\n  approved: ["openai/gpt-4*"]\n  deprecated: [{ id: openai/gpt-4-0314 }]\n'), []);
  });

  it('an empty file and a comment-only file are empty policies', () => {
    for (const text of ['', '# nothing yet\n']) {
      const r = parsePolicy('/r/.promptgov.yaml', text, KNOWN_IDS);
      assert.deepEqual(r.problems, []);
      assert.deepEqual(r.policy, {});
    }
  });

  it('with an empty registry, rule ids are not checked', () => {
    assert.deepEqual(problemsOf('rules: { anything/goes: off }\n', new Set()), []);
  });
});

describe('parsePolicy: the policy without its invalid parts', () => {
  it('drops invalid values and keeps the valid ones', () => {
    const yaml = [
      'models:',
      '  approved: ["openai/*", "gpt-4o["]',
      '  require_pinned: maybe',
      'rules:',
      '  pii/email: eror',
      '  pii/phone: warning',
      'blocked_phrases: ["(?i)ok", "(bad"]',
      'exceptions:',
      '  - { rule: pii/phone, reason: hotline, expires: 2027-02-30 }',
      '  - { rule: pii/email, reason: test data }',
      '',
    ].join('\n');
    const { policy } = parsePolicy('/r/.promptgov.yaml', yaml, KNOWN_IDS);
    assert.deepEqual(policy, {
      models: { approved: ['openai/*'] },
      rules: { 'pii/phone': 'warning' },
      blocked_phrases: ['(?i)ok'],
      // An exception whose expiry cannot be read is dropped whole: it must not become permanent.
      exceptions: [{ rule: 'pii/email', reason: 'test data' }],
    });
  });

  it('an exception whose expires has the wrong type is dropped whole; YAML 1.1 dates become text', () => {
    const yaml = '%YAML 1.1\n---\nexceptions:\n  - { rule: pii/phone, reason: a, expires: 2027-03-31 }\n  - { rule: pii/email, reason: b, expires: [2027] }\n';
    const r = parsePolicy('/r/.promptgov.yaml', yaml, KNOWN_IDS);
    assert.deepEqual(r.policy.exceptions, [{ rule: 'pii/phone', reason: 'a', expires: '2027-03-31' }]);
    assert.deepEqual(r.problems.map((p) => p.message.split(':')[0]), ['exceptions[1].expires']);
  });

  it('spanOf finds keys and values, and parses dates as text', () => {
    const yaml = 'models:\n  deprecated:\n    - { id: x/y, sunset: 2026-06-01 }\n';
    const r = parsePolicy('/r/.promptgov.yaml', yaml, KNOWN_IDS);
    assert.equal(r.policy.models?.deprecated?.[0].sunset, '2026-06-01');
    const span = r.spanOf(['models', 'deprecated', 0, 'sunset']);
    assert.ok(span);
    assert.equal(yaml.slice(span.offset, span.endOffset), '2026-06-01');
    const key = r.spanOf(['models', 'deprecated'], 'key');
    assert.ok(key);
    assert.equal(yaml.slice(key.offset, key.endOffset), 'deprecated');
  });

  it('checks rule options against the rule meta when given', () => {
    const yaml = 'rules:\n  pii/email: [warning, { alow: ["example.com"], threshold: high }]\n';
    const r = parsePolicy('/r/.promptgov.yaml', yaml, KNOWN_IDS, {
      ruleMeta: (id) =>
        id === 'pii/email'
          ? meta('pii/email', 'error', {
              allow: { type: 'string[]', default: [], description: 'domains' },
              threshold: { type: 'number', default: 1, description: 'x' },
            })
          : undefined,
    });
    assert.deepEqual(
      r.problems.map((p) => [yaml.slice(p.span.offset, p.span.endOffset), p.message]),
      [
        ['alow', 'rules["pii/email"][1].alow: unknown option. Did you mean "allow"?'],
        ['high', `rules["pii/email"][1].threshold: expected a number, found the text 'high'.`],
      ],
    );
    assert.deepEqual(r.policy.rules, { 'pii/email': ['warning', {}] });
  });
});

describe('formatKeyPath', () => {
  it('writes identifiers with dots, other keys in brackets, indexes in brackets', () => {
    assert.equal(formatKeyPath(['models', 'approved', 2]), 'models.approved[2]');
    assert.equal(formatKeyPath(['rules', 'pii/email']), 'rules["pii/email"]');
    assert.equal(formatKeyPath(['overrides', 0, 'rules', 'pii/*']), 'overrides[0].rules["pii/*"]');
    assert.equal(formatKeyPath([]), '');
  });
});
