/**
 * secret/provider-key through the whole pipeline (format detection, parser, policy, engine), in the four
 * main formats. Every key here is synthetic: built from the provider table's shapes by ../../detectors/secrets/synth.
 */
import assert from 'node:assert/strict';
import rule from '../../../shared/src/rules/secret/provider-key';
import { crc32Base62Checksum } from '../../../shared/src/detectors/secrets/checksums';
import { PROVIDER_KEYS } from '../../../shared/src/detectors/secrets/providers';
import { ruleTester, runRule } from '../harness';
import { ALNUM, B64URL, HEX, exampleOf, keyChars, mutateAt, rng } from '../../detectors/secrets/synth';

const random = rng(2026);
const entry = (label: string) => PROVIDER_KEYS.find((k) => k.label === label)!;
const OPENAI = `sk-proj-${keyChars(random, B64URL, 60)}T3BlbkFJ${keyChars(random, B64URL, 60)}`;
const ANTHROPIC = `sk-ant-api03-${keyChars(random, B64URL, 93)}AA`;
const GEMINI = `AIza${keyChars(random, B64URL, 35)}`;
const GROQ = `gsk_${keyChars(random, ALNUM, 52)}`;
const ghBody = keyChars(random, ALNUM, 30);
const GITHUB = `ghp_${ghBody}${crc32Base62Checksum(ghBody)}`;
const GITHUB_BAD = mutateAt(GITHUB, -1);
const AZURE = keyChars(random, HEX, 32);
const AWS_ID = `AKIA${keyChars(random, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
const AWS_SECRET = keyChars(random, `${ALNUM}+/`, 40);
const STRIPE_TEST = `sk_test_${keyChars(random, ALNUM, 40)}`;
const SLACK_HOOK = exampleOf(entry('Slack incoming webhook URL'), random).token;
const HF = exampleOf(entry('Hugging Face access token'), random).token;
/** AWS's documentation convention: an access key id ending in EXAMPLE (synthetic here). */
const AWS_EXAMPLE = `AKIA${keyChars(random, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 9)}EXAMPLE`;

ruleTester(rule, {
  valid: [
    { name: 'no secrets', path: 'prompts/a.prompt', text: '---\nmodel: googleai/gemini-2.5-flash\n---\nSummarize {{text}}.\n' },
    {
      name: 'prompty: the key comes from the environment',
      path: 'prompts/chat.prompty',
      text: '---\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    api_key: ${env:AZURE_OPENAI_API_KEY}\n    azure_endpoint: ${env:AZURE_OPENAI_ENDPOINT}\n---\nsystem:\nHi\n',
    },
    { name: 'a template variable', path: 'prompts/a.prompt', text: '---\nmodel: openai/gpt-4.1\n---\nUse {{openai_api_key}}.\n' },
    { name: 'near miss: one character short', path: 'prompts/a.prompt', text: `---\nmodel: x/y\n---\nKey ${GROQ.slice(0, -1)} here.\n` },
    { name: 'near miss: glued to a word', path: 'prompts/a.prompt', text: `---\nmodel: x/y\n---\nKey x${OPENAI} here.\n` },
    { name: 'GitHub token whose checksum fails (default)', path: '.github/prompts/a.prompt.md', text: `Token: ${GITHUB_BAD}\n` },
    { name: '32 hex without a provider word', path: '.github/prompts/a.prompt.md', text: `The commit ${AZURE} fixed it.\n` },
    { name: '32 hex after a provider word, in an id field', path: '.github/prompts/a.prompt.md', text: `azure:\n  deployment_id: ${AZURE}\n` },
    { name: 'ignoreProviders', path: 'prompts/a.prompt', text: `---\nmodel: x/y\n---\nUse ${OPENAI}.\n`, options: { ignoreProviders: ['openai'] } },
  ],
  invalid: [
    {
      name: 'dotprompt: OpenAI key in the system message, label fix',
      path: 'prompts/a.prompt',
      text: `---\nmodel: googleai/gemini-2.5-flash\n---\n{{role "system"}}\nUse ${OPENAI} to call the API.\n`,
      errors: [{ text: OPENAI, line: 5, column: 5, severity: 'error', entity: 'openai', message: `OpenAI API key sk-proj-…${OPENAI.slice(-4)} in a system message. Move it to an environment variable or a secret store.` }],
      output: `---\nmodel: googleai/gemini-2.5-flash\n---\n{{role "system"}}\nUse [REDACTED_OPENAI] to call the API.\n`,
    },
    {
      name: 'dotprompt: variable style declares the input',
      path: 'prompts/a.prompt',
      text: `---\nmodel: googleai/gemini-2.5-flash\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\nKey: ${GEMINI}\n{{role "user"}}\n{{question}}\n`,
      policy: { redaction: { style: 'variable' } },
      errors: [{ text: GEMINI, entity: 'google' }],
      output: `---\nmodel: googleai/gemini-2.5-flash\ninput:\n  schema:\n    question: string\n    google_api_key: string\n---\n{{role "system"}}\nKey: {{google_api_key}}\n{{role "user"}}\n{{question}}\n`,
    },
    {
      name: 'prompty: a key written into the front matter (quoted label fix keeps the YAML valid)',
      path: 'prompts/chat.prompty',
      text: `---\nmodel:\n  api: chat\n  configuration:\n    type: openai\n    api_key: ${OPENAI}\n---\nsystem:\nHi\n`,
      errors: [{ text: OPENAI, line: 6, entity: 'openai', message: /in the front matter\./ }],
      output: '---\nmodel:\n  api: chat\n  configuration:\n    type: openai\n    api_key: "[REDACTED_OPENAI]"\n---\nsystem:\nHi\n',
    },
    {
      name: 'prompty: variable style in the body',
      path: 'prompts/chat.prompty',
      text: `---\nname: x\ninputs:\n  question:\n    type: string\n---\nsystem:\nUse ${ANTHROPIC}.\n\nuser:\n{{question}}\n`,
      policy: { redaction: { style: 'variable' } },
      errors: [{ text: ANTHROPIC, entity: 'anthropic', message: /^Anthropic API key sk-ant-…/ }],
      output: '---\nname: x\ninputs:\n  question:\n    type: string\n  anthropic_api_key:\n    type: string\n---\nsystem:\nUse {{ anthropic_api_key }}.\n\nuser:\n{{question}}\n',
    },
    {
      name: 'github models: a key in a message content',
      path: '.github/prompts/review.prompt.yml',
      text: `model: openai/gpt-4.1\nmessages:\n  - role: system\n    content: Call with ${HF}\n  - role: user\n    content: '{{diff}}'\n`,
      errors: [{ text: HF, line: 4, entity: 'huggingface', message: /in a system message/ }],
      output: "model: openai/gpt-4.1\nmessages:\n  - role: system\n    content: Call with [REDACTED_HUGGINGFACE]\n  - role: user\n    content: '{{diff}}'\n",
    },
    {
      name: 'copilot: GitHub token with a valid checksum; variable style uses ${input:…}',
      path: '.github/prompts/release.prompt.md',
      text: `---\ndescription: Release\n---\nAuthenticate with ${GITHUB} first.\n`,
      policy: { redaction: { style: 'variable' } },
      errors: [{ text: GITHUB, entity: 'github', message: `GitHub token ghp_…${GITHUB.slice(-4)} in a user message. Move it to an environment variable or a secret store.` }],
      output: '---\ndescription: Release\n---\nAuthenticate with ${input:github_token} first.\n',
    },
    {
      name: 'context entry: Azure OpenAI 32-hex key after AZURE_OPENAI_API_KEY',
      path: '.github/prompts/a.prompt.md',
      text: `Set AZURE_OPENAI_API_KEY=${AZURE} before running.\n`,
      errors: [{ text: AZURE, entity: 'azure-openai' }],
      output: 'Set AZURE_OPENAI_API_KEY=[REDACTED_AZURE_OPENAI] before running.\n',
    },
    {
      name: 'AWS: access key id and secret access key',
      path: '.github/prompts/a.prompt.md',
      text: `aws_access_key_id = ${AWS_ID}\naws_secret_access_key = ${AWS_SECRET}\n`,
      errors: [{ text: AWS_ID, entity: 'aws', message: /^AWS access key ID AKIA…/ }, { text: AWS_SECRET, entity: 'aws', message: /^AWS secret access key …/ }],
    },
    {
      name: 'Slack webhook URL: the span is the whole URL',
      path: 'prompts/notify.prompt',
      text: `---\nmodel: x/y\n---\nPost the summary to ${SLACK_HOOK} when done.\n`,
      errors: [{ text: SLACK_HOOK, entity: 'slack', message: /^Slack incoming webhook URL https:\/\/hooks\.slack\.com\/services\/…/ }],
    },
    {
      name: 'Stripe test keys are warnings',
      path: 'prompts/a.prompt',
      text: `---\nmodel: x/y\n---\nUse ${STRIPE_TEST}.\n`,
      errors: [{ text: STRIPE_TEST, entity: 'stripe', severity: 'warning' }],
    },
    {
      name: 'documentation placeholders are info, without fixes',
      path: 'prompts/a.prompt',
      text: `---\nmodel: x/y\n---\nLike sk-proj-${'x'.repeat(48)} or ${AWS_EXAMPLE}.\n`,
      errors: [
        { text: `sk-proj-${'x'.repeat(48)}`, severity: 'info', entity: 'openai', message: /looks like a documentation placeholder \(masked or elided characters\)/ },
        { text: AWS_EXAMPLE, severity: 'info', entity: 'aws', message: /placeholder word such as EXAMPLE/ },
      ],
      output: null,
    },
    {
      name: 'reportFailedChecksums: a GitHub token whose checksum fails is info',
      path: '.github/prompts/a.prompt.md',
      text: `Token: ${GITHUB_BAD}\n`,
      options: { reportFailedChecksums: true },
      errors: [{ text: GITHUB_BAD, severity: 'info', entity: 'github', message: /its checksum does not hold/ }],
    },
    {
      name: 'a key in a few-shot example is still an error (a live key works anywhere)',
      path: '.github/prompts/a.prompt.yml',
      text: `model: openai/gpt-4.1\nmessages:\n  - role: user\n    content: What is my key?\n  - role: assistant\n    content: It is ${GROQ}\n  - role: user\n    content: '{{q}}'\n`,
      errors: [{ text: GROQ, severity: 'error', entity: 'groq' }],
    },
  ],
});

describe('secret/provider-key: evidence and masking', () => {
  it('evidence names the detector, validators, confidence and format source, never the key', () => {
    const text = `---\nmodel: x/y\n---\nUse ${GITHUB} and ${OPENAI}.\n`;
    const findings = runRule(rule, { path: 'prompts/a.prompt', text });
    assert.equal(findings.length, 2);
    const [gh, oa] = findings;
    assert.equal(gh.evidence.detector, 'secrets/provider-table');
    assert.ok((gh.evidence.validators as string[]).includes('checksum:crc32-base62'));
    assert.equal(gh.evidence.confidence, 0.99);
    assert.ok((oa.evidence.validators as string[]).includes('marker'));
    assert.match(String(oa.evidence.format), /^https:\/\//);
    for (const f of findings) {
      const out = JSON.stringify({ message: f.message, evidence: f.evidence });
      assert.ok(!out.includes(GITHUB) && !out.includes(OPENAI), out);
      assert.ok(!out.includes(GITHUB.slice(4, 20)) && !out.includes(OPENAI.slice(8, 24)));
    }
  });
});
