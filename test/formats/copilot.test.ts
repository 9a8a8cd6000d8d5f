import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { at, expr, problemLines } from './helpers';

describe('formats/copilot', () => {
  it('reads a prompt file: variant, user message, display-name model, ${} variables and inputs', () => {
    const text = `---
agent: agent
description: 'Review SQL'
model: 'Claude Sonnet 4.5'
tested_with: 'GPT-4o'
---

# SQL review

Review \${selection} for \${input:dialect:e.g. PostgreSQL} issues.
Then write "\${input:dialect}" in \${file}.
<!-- promptgov-disable-next-line injection/unfenced-input -- reviewed -->
\`\`\`js
const q = \`SELECT * FROM t WHERE id = \${userId}\`; <!-- not a comment -->
\`\`\`
`;
    const doc = parseDocument('.github/prompts/sql-review.prompt.md', text);
    assert.deepEqual([doc.format, doc.variant, doc.engine], ['copilot', 'prompt', 'copilot']);
    assert.deepEqual(doc.messages.map((m) => [m.role, m.kind]), [['user', 'instructions']]);
    assert.ok(at(doc, doc.messages[0].content).startsWith('# SQL review'));
    assert.deepEqual(doc.models.map((m) => [m.id, m.source, at(doc, m.span)]), [['Claude Sonnet 4.5', 'model', 'Claude Sonnet 4.5']]);
    assert.deepEqual(doc.expressions.filter((e) => e.kind === 'variable').map((e) => [at(doc, e.span), e.variable, e.raw]), [
      ['${selection}', 'selection', true],
      ['${input:dialect:e.g. PostgreSQL}', 'dialect', true],
      ['${input:dialect}', 'dialect', true],
      ['${file}', 'file', true],
    ]);
    assert.equal(expr(doc, 'input:dialect').delimiter?.kind, 'quotes');
    assert.deepEqual(doc.inputs.map((i) => [i.name, i.source, at(doc, i.span)]), [['dialect', 'copilot', 'dialect']]);
    assert.deepEqual(doc.comments.map((c) => at(doc, c.span)), ['<!-- promptgov-disable-next-line injection/unfenced-input -- reviewed -->']);
    assert.equal(doc.comments[0].text, ' promptgov-disable-next-line injection/unfenced-input -- reviewed ');
    assert.equal(doc.metadata.description?.value, 'Review SQL');
  });

  it('reads agents: system instructions, model lists and handoff models', () => {
    const text = `---
name: Planner
model: ['GPT-4.1', 'Claude Sonnet 4']
handoffs:
  - label: Implement
    agent: agent
    model: GPT-5 (copilot)
---
Plan the work.
`;
    const doc = parseDocument('.github/agents/planner.agent.md', text);
    assert.equal(doc.variant, 'agent');
    assert.deepEqual(doc.messages.map((m) => [m.role, at(doc, m.content)]), [['system', 'Plan the work.']]);
    assert.deepEqual(doc.models.map((m) => [m.id, m.source, at(doc, m.span)]), [
      ['GPT-4.1', 'model[0]', 'GPT-4.1'],
      ['Claude Sonnet 4', 'model[1]', 'Claude Sonnet 4'],
      ['GPT-5 (copilot)', 'handoffs[0].model', 'GPT-5 (copilot)'],
    ]);
  });

  it('reads instruction files without front matter and with CRLF', () => {
    const doc = parseDocument('.github/copilot-instructions.md', 'Use tabs.\r\nNever log secrets.\r\n');
    assert.deepEqual([doc.variant, doc.frontMatter, doc.messages[0].role], ['instructions', undefined, 'system']);
    assert.equal(at(doc, doc.messages[0].content), 'Use tabs.\r\nNever log secrets.');
  });

  it('reports an unclosed front matter', () => {
    const doc = parseDocument('x.chatmode.md', '---\ndescription: a\nBe helpful.\n');
    assert.deepEqual(problemLines(doc), ['format/invalid-front-matter@1']);
    assert.equal(doc.variant, 'chatmode');
  });
});
