import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { at, expr, messageSummary, problemLines } from './helpers';

const SUMMARIZER = `# A comment
name: Text Summarizer
description: Summarizes input text concisely
model: openai/gpt-4o-mini
modelParameters:
  temperature: 0.5
  max_completion_tokens: 300
messages:
  - role: system
    content: You are a text summarizer.
  - role: user
    content: |
      Summarize, beginning with "Summary -":
      <text>
      {{input}}
      </text>
  - role: assistant
    content: 'Summary - ok'
  - role: user
    content: "Now {{ other }}"
testData:
  - input: The quick brown fox.
    expected: Summary - A fox.
evaluators:
  - name: judge
    llm:
      modelId: openai/gpt-4.1
      prompt: Is it good?
`;

describe('formats/githubPrompt', () => {
  const doc = parseDocument('.github/prompts/summarize.prompt.yml', SUMMARIZER);

  it('reads messages with exact content spans (plain, block and quoted scalars)', () => {
    assert.equal(doc.format, 'github-prompt');
    assert.deepEqual(doc.problems, []);
    const chat = doc.messages.filter((m) => m.kind !== 'test-data');
    assert.deepEqual(chat.map((m) => [m.role, m.kind, at(doc, m.content)]), [
      ['system', 'instructions', 'You are a text summarizer.'],
      ['user', 'example', 'Summarize, beginning with "Summary -":\n      <text>\n      {{input}}\n      </text>'],
      ['assistant', 'example', 'Summary - ok'],
      ['user', 'instructions', 'Now {{ other }}'],
      ['assistant', 'example', 'Summary - A fox.'],
    ]);
    assert.equal(at(doc, doc.messages[0].marker), 'role: system');
  });

  it('reads {{var}} as raw plain replacements with their delimiters', () => {
    const input = expr(doc, 'input');
    assert.deepEqual([input.raw, input.variable, input.message], [true, 'input', 1]);
    assert.deepEqual([input.delimiter?.kind, input.delimiter?.name], ['tag', 'text']);
    assert.equal(at(doc, input.delimiter?.span), '<text>\n      {{input}}\n      </text>');
    assert.equal(at(doc, expr(doc, 'other').span), '{{ other }}');
  });

  it('reads test data as inputs with samples and as test-data messages', () => {
    assert.deepEqual(doc.inputs.map((i) => [i.name, i.source, at(doc, i.span), at(doc, i.sample)]), [['input', 'github-test-data', 'input', 'The quick brown fox.']]);
    assert.deepEqual(messageSummary(doc).filter((m) => m.includes('test-data')), ['user/test-data: The quick brown fox.']);
  });

  it('reads models (incl. evaluator judges), metadata and max tokens', () => {
    assert.deepEqual(doc.models.map((m) => [m.id, m.source, at(doc, m.span)]), [
      ['openai/gpt-4o-mini', 'model', 'openai/gpt-4o-mini'],
      ['openai/gpt-4.1', 'evaluators[0].llm.modelId', 'openai/gpt-4.1'],
    ]);
    assert.equal(doc.metadata.name?.value, 'Text Summarizer');
    assert.equal(doc.metadata.maxOutputTokens?.source, 'modelParameters.max_completion_tokens');
    assert.deepEqual(doc.comments.map((c) => at(doc, c.span)), ['# A comment']);
    assert.deepEqual(doc.frontMatter?.value?.name, 'Text Summarizer');
  });

  it('reports files that do not follow the schema but still reads their prompt text', () => {
    const text = 'system: |\n  You review code. {{x}}\nmessages:\n  - role: user\n    content: Review {{diff}}\n';
    const d = parseDocument('security.prompt.yml', text);
    assert.deepEqual(problemLines(d), ['format/invalid-structure@1']);
    assert.match(d.problems[0].message, /^Not a GitHub Models prompt file: the top-level `system` key/);
    assert.equal(at(d, d.problems[0].span), 'system');
    assert.deepEqual(d.messages.map((m) => [m.role, at(d, m.content)]), [['system', 'You review code. {{x}}'], ['user', 'Review {{diff}}']]);
    assert.deepEqual(d.expressions.map((e) => e.variable), ['x', 'diff']);
  });

  it('reports a missing or malformed messages list and unknown roles', () => {
    assert.match(parseDocument('a.prompt.yml', 'name: x\nmodel: m\n').problems[0].message, /`messages` is missing/);
    const notList = parseDocument('a.prompt.yml', 'messages: hello\n');
    assert.match(notList.problems[0].message, /must be a list/);
    assert.equal(at(notList, notList.problems[0].span), 'hello');
    const role = parseDocument('a.prompt.yml', 'messages:\n  - role: narrator\n    content: Once\n  - content: no role\n');
    assert.deepEqual(role.problems.map((p) => p.message), [
      'Not a GitHub Models prompt file: unknown role `narrator` in `messages[0]` (use system, user or assistant).',
      'Not a GitHub Models prompt file: `messages[1]` has no `role`.',
    ]);
    assert.equal(at(role, role.problems[0].span), 'narrator');
    assert.equal(role.messages[0].role, 'unknown');
    assert.equal(parseDocument('a.prompt.yml', '- just\n- a list\n').problems[0].ruleId, 'format/invalid-structure');
  });

  it('reports broken YAML as invalid front matter', () => {
    const d = parseDocument('a.prompt.yml', 'messages:\n  - role: user\n    content: "unclosed\n');
    assert.equal(d.problems[0].ruleId, 'format/invalid-front-matter');
  });

  it('reads `variables` and nested testData `inputs`', () => {
    const text = 'variables:\n  - name: topic\n    description: the topic\nmessages:\n  - role: user\n    content: "About {{topic}}"\ntestData:\n  - inputs:\n      topic: Chickens\n    expected: A joke\n';
    const d = parseDocument('joke.prompt.yaml', text);
    assert.deepEqual(d.inputs.map((i) => [i.name, i.source, at(d, i.span), at(d, i.sample)]), [['topic', 'github-variables', 'topic', 'Chickens']]);
    assert.equal(expr(d, 'topic').delimiter, undefined, 'YAML quotes are not prompt quotes');
  });
});
