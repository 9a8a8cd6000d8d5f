import assert from 'node:assert/strict';
import { computeChanges, contentSignature } from '../../shared/src/governance/changes';
import { lineDelta } from '../../shared/src/governance/diff';
import { describeChange } from '../../shared/src/governance/versionNotes';
import { parseDocument } from '../../shared/src/formats';

const BASE = [
  '---',
  'model: googleai/gemini-2.5-flash',
  'version: 1.2.0',
  'owner: "@support"',
  '---',
  '{{role "system"}}',
  'You help customers of Acme.',
  'Be brief.',
  '{{role "user"}}',
  '{{question}}',
  '',
].join('\n');

const doc = (text: string, path = 'prompts/a.prompt') => parseDocument(path, text);

describe('governance: computeChanges', () => {
  it('a new file: everything added, version and model as they are now', () => {
    const c = computeChanges(doc(BASE), null);
    assert.equal(c.isNew, true);
    assert.deepEqual(c.version, { after: '1.2.0', changed: true, direction: 'unknown' });
    assert.deepEqual(c.models, { before: [], after: ['googleai/gemini-2.5-flash'], changed: true, added: ['googleai/gemini-2.5-flash'], removed: [] });
    assert.deepEqual(c.messages.map((m) => [m.role, m.status, m.added]), [['system', 'added', 2], ['user', 'added', 1]]);
    assert.equal(c.contentChanged, true);
  });

  it('identical text: nothing changed', () => {
    const c = computeChanges(doc(BASE), BASE);
    assert.equal(c.isNew, false);
    assert.deepEqual(c.version, { before: '1.2.0', after: '1.2.0', changed: false, direction: 'same' });
    assert.equal(c.models.changed, false);
    assert.equal(c.contentChanged, false);
    assert.equal(c.textChanged, false);
    assert.deepEqual(c.metadata, []);
    assert.ok(c.messages.every((m) => m.status === 'unchanged'));
  });

  it('version, model, one message and the owner changed', () => {
    const now = BASE.replace('1.2.0', '1.3.0').replace('gemini-2.5-flash', 'gemini-2.5-pro').replace('Be brief.', 'Be brief and kind.\nNever guess.').replace('@support', '@care');
    const c = computeChanges(doc(now), BASE);
    assert.deepEqual(c.version, { before: '1.2.0', after: '1.3.0', changed: true, direction: 'up' });
    assert.deepEqual(c.models, {
      before: ['googleai/gemini-2.5-flash'],
      after: ['googleai/gemini-2.5-pro'],
      changed: true,
      added: ['googleai/gemini-2.5-pro'],
      removed: ['googleai/gemini-2.5-flash'],
    });
    assert.deepEqual(
      c.messages.map((m) => ({ index: m.index, baseIndex: m.baseIndex, status: m.status, added: m.added, removed: m.removed })),
      [
        { index: 0, baseIndex: 0, status: 'changed', added: 2, removed: 1 },
        { index: 1, baseIndex: 1, status: 'unchanged', added: 0, removed: 0 },
      ],
    );
    assert.deepEqual(c.metadata, [
      { key: 'version', before: '1.2.0', after: '1.3.0' },
      { key: 'owner', before: '@support', after: '@care' },
    ]);
    assert.equal(c.contentChanged, true);
    assert.deepEqual(c.lines, { added: 5, removed: 4 });
    assert.equal(describeChange(c), 'The model changed (googleai/gemini-2.5-flash → googleai/gemini-2.5-pro) and message 1 (system) changed (+2 −1)');
  });

  it('a version going down, and versions that are not semver', () => {
    assert.equal(computeChanges(doc(BASE.replace('1.2.0', '1.1.9')), BASE).version.direction, 'down');
    assert.equal(computeChanges(doc(BASE.replace('1.2.0', '1.10.0')), BASE.replace('1.2.0', '1.9.0')).version.direction, 'up');
    assert.equal(computeChanges(doc(BASE.replace('1.2.0', 'two')), BASE).version.direction, 'unknown');
    assert.equal(computeChanges(doc(BASE.replace('1.2.0', 'two')), BASE.replace('1.2.0', 'two')).version.direction, 'same');
  });

  it('messages added and removed are paired by content, then by role', () => {
    const base = '---\nname: x\n---\nsystem:\nRules.\nuser:\nQ1\nassistant:\nA1\nuser:\n{{q}}\n';
    const now = '---\nname: x\n---\nsystem:\nRules.\nuser:\n{{q}}\n';
    const c = computeChanges(doc(now, 'a.prompty'), base);
    assert.deepEqual(
      c.messages.map((m) => [m.index, m.baseIndex, m.role, m.status]),
      [
        [0, 0, 'system', 'unchanged'],
        [1, 3, 'user', 'unchanged'],
        [-1, 1, 'user', 'removed'],
        [-1, 2, 'assistant', 'removed'],
      ],
    );
  });

  it('content ignores governance metadata, YAML comments, key order and line endings', () => {
    const same = BASE.replace('owner: "@support"', 'owner: "@care" # moved teams\ndescription: Support bot\nchangelog: ["1.2.0: x"]').replace(/\n/g, '\r\n');
    assert.equal(contentSignature(doc(same)), contentSignature(doc(BASE)));
    const setting = BASE.replace('owner:', 'config:\n  temperature: 0.3\nowner:');
    assert.notEqual(contentSignature(doc(setting)), contentSignature(doc(BASE)));
  });

  it('a model respelled through an alias is the same model', () => {
    const base = '---\nversion: 1.0.0\nmodel: openai/gpt-4.1\n---\nReview.\n';
    const now = '---\nversion: 1.0.0\nmodel: GPT-4.1\n---\nReview.\n';
    const policy = { models: { aliases: { 'GPT-4.1': 'openai/gpt-4.1' } } };
    const c = computeChanges(doc(now, '.github/prompts/r.prompt.md'), base, { policy });
    assert.equal(c.models.changed, false);
    assert.equal(c.contentChanged, false);
    assert.equal(computeChanges(doc(now, '.github/prompts/r.prompt.md'), base).models.changed, true);
  });

  it('GitHub prompt files compare their YAML, not their text', () => {
    const base = 'name: x\nversion: 1.0.0\nmodel: openai/gpt-4.1\nmessages:\n  - role: user\n    content: Hi\n';
    const reordered = 'version: 1.0.0\nname: x\nmessages:\n  - content: Hi\n    role: user\nmodel: openai/gpt-4.1\n';
    assert.equal(computeChanges(doc(reordered, 'a.prompt.yml'), base).contentChanged, false);
    assert.equal(computeChanges(doc(reordered.replace('Hi', 'Hello'), 'a.prompt.yml'), base).contentChanged, true);
  });
});

describe('governance: lineDelta', () => {
  const table: [string, string, number, number][] = [
    ['', '', 0, 0],
    ['a\nb\nc', 'a\nb\nc\n', 0, 0],
    ['a\nb\nc', 'a\nx\nc', 1, 1],
    ['a\nb\nc', 'a\nb\nc\nd\ne', 2, 0],
    ['a\nb\nc', 'c', 0, 2],
    ['a\nb\na\nb', 'b\na\nb\na', 1, 1],
  ];
  for (const [a, b, added, removed] of table) {
    it(`${JSON.stringify(a)} → ${JSON.stringify(b)}: +${added} −${removed}`, () => assert.deepEqual(lineDelta(a, b), { added, removed }));
  }

  it('large inputs stay fast and exact for pure insertions', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n');
    const b = Array.from({ length: 5000 }, (_, i) => (i % 2 ? `line ${i}` : `changed ${i}`)).join('\n');
    const d = lineDelta(a, b);
    assert.deepEqual(d, { added: 2500, removed: 2500 });
  });
});
