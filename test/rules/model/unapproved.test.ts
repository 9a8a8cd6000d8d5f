import assert from 'node:assert/strict';
import rule, { summarize } from '../../../shared/src/rules/model/unapproved';
import {
  findModelPattern, isConcreteModelId, matchModelPattern, normalizeModelId, type NormalizedModel,
} from '../../../shared/src/models/normalize';
import type { PolicyFile } from '../../../shared/src/policy/types';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import { analyzeText } from '../../../shared/src/analyze';
import type { ModelRef } from '../../../shared/src/types';
import { ruleTester, runRule } from '../harness';

const POLICY: PolicyFile = {
  models: {
    approved: ['openai/gpt-4.1', 'openai/gpt-4.1-mini', 'anthropic/claude-sonnet-4*', 'googleai/gemini-2.5-*'],
    aliases: { 'GPT-4.1': 'openai/gpt-4.1', 'GPT-4.1 mini': 'openai/gpt-4.1-mini', 'Claude Sonnet 4.5': 'anthropic/claude-sonnet-4-5' },
  },
};
const APPROVED_TEXT = 'openai/gpt-4.1, openai/gpt-4.1-mini, anthropic/claude-sonnet-4* and 1 more';

ruleTester(rule, {
  valid: [
    {
      name: 'no approved list: every model is approved',
      path: 'prompts/a.prompt',
      text: '---\nmodel: acme/any-model\n---\nHi\n',
    },
    {
      name: 'dotprompt: full id matching a glob',
      path: 'prompts/a.prompt',
      text: '---\nmodel: googleai/gemini-2.5-flash\n---\nHi\n',
      policy: POLICY,
    },
    {
      name: 'prompty v2: bare id + provider',
      path: 'prompts/a.prompty',
      text: '---\nmodel:\n  id: gpt-4.1-mini\n  provider: openai\n---\nsystem:\nHi\n',
      policy: POLICY,
    },
    {
      name: 'prompty v1: Azure deployment named after the model; endpoint from the environment',
      path: 'prompts/chat.prompty',
      text: '---\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4.1\n    azure_endpoint: ${ENV:AZURE_OPENAI_ENDPOINT}\n---\nsystem:\nHi\n',
      policy: POLICY,
    },
    {
      name: 'prompty v1: deployment read from the environment is not reported',
      path: 'prompts/chat.prompty',
      text: '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: ${env:AZURE_OPENAI_DEPLOYMENT}\n---\nsystem:\nHi\n',
      policy: POLICY,
    },
    {
      name: 'github: publisher/model and evaluator model',
      path: '.github/prompts/a.prompt.yml',
      text: 'model: openai/gpt-4.1\nmessages:\n  - role: user\n    content: Hi\nevaluators:\n  - name: judge\n    llm:\n      modelId: openai/gpt-4.1-mini\n      prompt: Is it good?\n',
      policy: POLICY,
    },
    {
      name: 'copilot: display names through aliases (any case, suffixes dropped), and a display slug',
      path: '.github/prompts/a.prompt.md',
      text: "---\nmodel: ['claude sonnet 4.5 (copilot)', 'GPT-4.1 (Preview)', 'Gemini 2.5 Pro']\n---\nHi\n",
      policy: POLICY,
    },
    {
      name: 'promptl: bare id with a provider key',
      path: 'prompts/a.promptl',
      text: '---\nprovider: OpenAI\nmodel: gpt-4.1\n---\n<user>Hi</user>\n',
      policy: POLICY,
    },
    {
      name: 'a pattern without provider approves the model part of full ids',
      path: 'prompts/a.prompt',
      text: '---\nmodel: openai/gpt-4o-mini\n---\nHi\n',
      policy: { models: { approved: ['gpt-4o*'] } },
    },
  ],
  invalid: [
    {
      name: 'dotprompt: full id, replaced by the first approved concrete id',
      path: 'prompts/a.prompt',
      text: '---\nmodel: openai/gpt-3.5-turbo\n---\nHi\n',
      policy: POLICY,
      errors: [{ text: 'openai/gpt-3.5-turbo', line: 2, column: 8, severity: 'warning', message: `Model 'openai/gpt-3.5-turbo' is not approved by the policy (approved: ${APPROVED_TEXT}).` }],
      output: '---\nmodel: openai/gpt-4.1\n---\nHi\n',
    },
    {
      name: 'dotprompt: quoted value keeps its quotes',
      path: 'prompts/a.prompt',
      text: '---\nmodel: "googleai/gemini-1.5-pro"\n---\nHi\n',
      policy: POLICY,
      errors: [{ text: 'googleai/gemini-1.5-pro', column: 9 }],
      output: '---\nmodel: "openai/gpt-4.1"\n---\nHi\n',
    },
    {
      name: 'prompty v2: bare id keeps a bare replacement',
      path: 'prompts/a.prompty',
      text: '---\nmodel:\n  id: gpt-35-turbo\n  provider: openai\n---\nsystem:\nHi\n',
      policy: POLICY,
      errors: [{ text: 'gpt-35-turbo', line: 3, column: 7, message: `Model 'gpt-35-turbo' is not approved by the policy (approved: ${APPROVED_TEXT}).` }],
      output: '---\nmodel:\n  id: gpt-4.1\n  provider: openai\n---\nsystem:\nHi\n',
    },
    {
      name: 'prompty v1: Azure deployment of an unapproved model',
      path: 'prompts/chat.prompty',
      text: '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o-mini\n---\nsystem:\nHi\n',
      policy: POLICY,
      errors: [{ text: 'gpt-4o-mini', line: 5, column: 23 }],
      output: '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4.1\n---\nsystem:\nHi\n',
    },
    {
      name: 'github: model and evaluator model, each reported',
      path: '.github/prompts/a.prompt.yml',
      text: 'model: openai/gpt-4o\nmessages:\n  - role: user\n    content: Hi\nevaluators:\n  - name: judge\n    llm:\n      modelId: mistral-ai/mistral-large\n      prompt: Good?\n',
      policy: POLICY,
      errors: [{ text: 'openai/gpt-4o', line: 1 }, { text: 'mistral-ai/mistral-large', line: 8, column: 16 }],
      output: 'model: openai/gpt-4.1\nmessages:\n  - role: user\n    content: Hi\nevaluators:\n  - name: judge\n    llm:\n      modelId: openai/gpt-4.1\n      prompt: Good?\n',
    },
    {
      name: 'copilot: a display name becomes an approved display name (alias)',
      path: '.github/prompts/a.prompt.md',
      text: '---\nmodel: GPT-4o (copilot)\n---\nHi\n',
      policy: POLICY,
      errors: [{ text: 'GPT-4o (copilot)', message: `Model 'GPT-4o (copilot)' is not approved by the policy (approved: ${APPROVED_TEXT}).` }],
      output: '---\nmodel: GPT-4.1\n---\nHi\n',
    },
    {
      name: 'copilot: in a list and in a handoff; no alias, no fix',
      path: 'agents/plan.agent.md',
      text: "---\nmodel: ['GPT-4.1', 'o3-mini']\nhandoffs:\n  - label: Build\n    agent: build\n    model: Grok Code Fast 1\n---\nPlan.\n",
      policy: { models: { approved: ['openai/gpt-4.1'], aliases: {} } },
      errors: [{ text: 'o3-mini', line: 2, column: 21 }, { text: 'Grok Code Fast 1', line: 6, column: 12 }],
      output: null,
    },
    {
      name: 'promptl: another provider than the approved ids: no bare replacement',
      path: 'prompts/a.promptl',
      text: '---\nprovider: anthropic\nmodel: claude-3-haiku\n---\n<user>Hi</user>\n',
      policy: { models: { approved: ['openai/gpt-4.1', 'anthropic/claude-sonnet-4-5'] } },
      errors: [{ text: 'claude-3-haiku', line: 3, column: 8 }],
      output: '---\nprovider: anthropic\nmodel: claude-sonnet-4-5\n---\n<user>Hi</user>\n',
    },
    {
      name: 'only glob patterns: reported without fixes',
      path: 'prompts/a.prompt',
      text: '---\nmodel: openai/gpt-4o\n---\nHi\n',
      policy: { models: { approved: ['anthropic/*', 'googleai/gemini-2.5-*'] } },
      errors: [{ message: "Model 'openai/gpt-4o' is not approved by the policy (approved: anthropic/*, googleai/gemini-2.5-*)." }],
      output: null,
    },
    {
      name: 'an empty approved list approves nothing',
      path: 'prompts/a.prompt',
      text: '---\nmodel: openai/gpt-4o\n---\nHi\n',
      policy: { models: { approved: [] } },
      errors: [{ message: "Model 'openai/gpt-4o' is not approved: the policy approves no model (models.approved is empty)." }],
      output: null,
    },
  ],
});

describe('model/unapproved: severity by preset', () => {
  const text = '---\nmodel: openai/gpt-3.5-turbo\n---\nHi\n';
  const severities = (policy: PolicyFile) => {
    const analysis = analyzeText('prompts/a.prompt', text, resolveFromObjects(policy), { rules: [rule] });
    assert.ok(analysis);
    return analysis.output.findings.map((f) => f.severity);
  };

  it('is a warning in promptgov:recommended', () => {
    assert.equal(rule.meta.defaultSeverity, 'warning');
    assert.deepEqual(severities({ models: POLICY.models }), ['warning']);
  });

  it('is an error in promptgov:strict', () => {
    assert.deepEqual(severities({ extends: 'promptgov:strict', models: POLICY.models }), ['error']);
  });
});

describe('model/unapproved: fixes', () => {
  it('offers at most three concrete approved ids, in policy order', () => {
    const findings = runRule(rule, {
      path: 'prompts/a.prompt',
      text: '---\nmodel: openai/gpt-3.5-turbo\n---\nHi\n',
      policy: { models: { approved: ['openai/gpt-4.1', 'openai/*-mini', 'openai/gpt-4.1-mini', 'openai/o3', 'openai/o4-mini'] } },
    });
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].fixes.map((f) => f.edits[0].text), ['openai/gpt-4.1', 'openai/gpt-4.1-mini', 'openai/o3']);
    assert.deepEqual(findings[0].fixes.map((f) => f.title), ['Use the approved model openai/gpt-4.1', 'Use the approved model openai/gpt-4.1-mini', 'Use the approved model openai/o3']);
  });

  it('the fingerprint follows the normalized model, not its position', () => {
    const policy: PolicyFile = { models: { approved: ['openai/gpt-4.1'] } };
    const a = runRule(rule, { path: 'p/a.prompt', text: '---\nmodel: openai/gpt-4o\n---\nHi\n', policy });
    const b = runRule(rule, { path: 'p/a.prompt', text: '---\nname: x\nmodel: openai/gpt-4o\n---\nHello there\n', policy });
    assert.equal(a[0].fingerprint, b[0].fingerprint);
  });
});

describe('models/normalize', () => {
  const ref = (id: string, provider?: string, extra: Partial<ModelRef> = {}): ModelRef => ({ id, span: { offset: 0, endOffset: id.length }, source: 'model', ...(provider ? { provider } : {}), ...extra });
  const policy = resolveFromObjects({ models: { aliases: { 'GPT-4o': 'openai/gpt-4o', 'sonnet': 'anthropic/claude-sonnet-4-5' } } });

  it('normalizes full ids, bare ids, providers, aliases and display names', () => {
    const cases: Array<[ModelRef, NormalizedModel]> = [
      [ref('googleai/gemini-2.5-flash'), { id: 'googleai/gemini-2.5-flash', provider: 'googleai' }],
      [ref('gpt-4o-mini'), { id: 'gpt-4o-mini' }],
      [ref('gpt-4', 'openai'), { id: 'openai/gpt-4', provider: 'openai' }],
      [ref('gpt-4', 'OpenAI'), { id: 'openai/gpt-4', provider: 'openai' }],
      [ref('my-deployment', 'azure_openai'), { id: 'my-deployment', provider: 'azure' }],
      [ref('gpt-4o (copilot)'), { id: 'openai/gpt-4o', provider: 'openai', display: 'gpt-4o', alias: 'GPT-4o' }],
      [ref('GPT-4o'), { id: 'openai/gpt-4o', provider: 'openai', display: 'GPT-4o', alias: 'GPT-4o' }],
      [ref('SONNET'), { id: 'anthropic/claude-sonnet-4-5', provider: 'anthropic', display: 'SONNET', alias: 'sonnet' }],
      [ref('Claude Sonnet 4.5 (copilot)'), { id: 'claude-sonnet-4.5', display: 'Claude Sonnet 4.5' }],
      [ref('Gemini 2.5 Pro (Preview)'), { id: 'gemini-2.5-pro', display: 'Gemini 2.5 Pro' }],
      [ref('${env:MODEL}'), { id: '${env:MODEL}', unresolved: true }],
      [ref('{{ model }}'), { id: '{{ model }}', unresolved: true }],
      [ref('x', undefined, { indirect: true }), { id: 'x', unresolved: true }],
    ];
    for (const [input, expected] of cases) assert.deepEqual(normalizeModelId(input, policy), expected, input.id);
  });

  it('works without a policy', () => {
    assert.deepEqual(normalizeModelId(ref('GPT-4o')), { id: 'gpt-4o', display: 'GPT-4o' });
  });

  it('matches globs: case-insensitively, bare ids with any provider, 4.5 as 4-5', () => {
    const m = (id: string, provider?: string) => normalizeModelId(ref(id, provider));
    assert.ok(matchModelPattern(m('openai/GPT-4o'), 'openai/gpt-4o*'));
    assert.ok(matchModelPattern(m('gpt-4o'), 'openai/gpt-4o*'), 'bare id, known family');
    assert.ok(matchModelPattern(m('acme-model'), 'acme/acme-*'), 'bare id, pattern names the model');
    assert.ok(!matchModelPattern(m('acme-model'), 'acme/*'), 'a wildcard-only model part does not approve unknown bare ids');
    assert.ok(matchModelPattern(m('gpt-4o'), 'openai/*'), 'family guess: gpt → openai');
    assert.ok(!matchModelPattern(m('claude-3-haiku'), 'openai/*'));
    assert.ok(matchModelPattern(m('Claude Sonnet 4.5'), 'anthropic/claude-sonnet-4-5'), 'display name, dotted version as dashes');
    assert.ok(matchModelPattern(m('gemini-2.5-pro'), 'googleai/gemini-2.5-*'));
    assert.ok(matchModelPattern(m('gemini-2.5-pro'), 'vertexai/gemini-2.5-*'));
    assert.ok(matchModelPattern(m('my-gpt', 'azure_openai'), 'azure/*'), 'Azure deployment under azure/');
    assert.ok(!matchModelPattern(m('openai/gpt-4o'), 'anthropic/*'));
    assert.ok(!matchModelPattern(m('openai/gpt-4o'), 'gpt-4.1*'));
    assert.ok(!matchModelPattern(m('${env:X}'), '*'));
    assert.equal(findModelPattern(m('openai/gpt-4.1-mini'), ['anthropic/*', 'openai/gpt-4.1*', 'openai/*']), 'openai/gpt-4.1*');
  });

  it('tells concrete ids from globs', () => {
    assert.ok(isConcreteModelId('openai/gpt-4.1'));
    assert.ok(isConcreteModelId('anthropic/claude-sonnet-4-5@20250929'));
    for (const glob of ['openai/*', 'gpt-4?', 'openai/{a,b}', 'openai/[ab]', '!openai/x', '']) assert.ok(!isConcreteModelId(glob), glob);
  });

  it('summarizes long pattern lists', () => {
    assert.equal(summarize(['a']), 'a');
    assert.equal(summarize(['a', 'b', 'c']), 'a, b, c');
    assert.equal(summarize(['a', 'b', 'c', 'd', 'e']), 'a, b, c and 2 more');
  });
});
