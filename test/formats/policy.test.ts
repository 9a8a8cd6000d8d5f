import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { at } from './helpers';

describe('formats/policyDoc', () => {
  it('reads a policy file as YAML with comments and exact offsets', () => {
    const text = '# team policy\nextends: promptgov:recommended\nrules:\n  pii/phone: off # hotline is public\n';
    const doc = parseDocument('.promptgov.yaml', text);
    assert.deepEqual([doc.format, doc.body, doc.frontMatter?.span], ['policy', { offset: 0, endOffset: text.length }, { offset: 0, endOffset: text.length }]);
    assert.deepEqual(doc.frontMatter?.value, { extends: 'promptgov:recommended', rules: { 'pii/phone': 'off' } });
    assert.deepEqual(doc.comments.map((c) => at(doc, c.span)), ['# team policy', '# hotline is public']);
    assert.deepEqual([doc.messages, doc.expressions, doc.problems], [[], [], []]);
  });

  it('reports broken YAML', () => {
    const doc = parseDocument('.promptgov.yaml', 'rules: {a: b\n');
    assert.equal(doc.problems[0].ruleId, 'format/invalid-front-matter');
  });
});
