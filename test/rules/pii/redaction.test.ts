/** engine/redact.ts: the variable style's input declaration and YAML-safe replacements. */
import assert from 'node:assert/strict';
import { inputDeclaration, redactionFixes } from '../../../shared/src/engine/redact';
import { applyFixes } from '../../../shared/src/engine/fixes';
import { parseDocument } from '../../../shared/src/formats';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';

function declare(path: string, text: string, name = 'email'): string | undefined {
  const edit = inputDeclaration(parseDocument(path, text), name);
  return edit && applyFixes(text, [{ title: 'd', edits: [edit] }]).text;
}

describe('engine/redact', () => {
  describe('inputDeclaration', () => {
    it('Dotprompt: appends to a Picoschema', () => {
      assert.equal(
        declare('a.prompt', '---\ninput:\n  schema:\n    question: string\n    n?: integer, count\nmodel: x\n---\nHi\n'),
        '---\ninput:\n  schema:\n    question: string\n    n?: integer, count\n    email: string\nmodel: x\n---\nHi\n',
      );
    });
    it('Dotprompt: appends to JSON Schema properties', () => {
      assert.equal(
        declare('a.prompt', '---\ninput:\n  schema:\n    type: object\n    properties:\n      q:\n        type: string\n---\nHi\n'),
        '---\ninput:\n  schema:\n    type: object\n    properties:\n      q:\n        type: string\n      email:\n        type: string\n---\nHi\n',
      );
    });
    it('Dotprompt: adds schema under input, or input at the end, or a front matter', () => {
      assert.equal(declare('a.prompt', '---\ninput:\n  default:\n    q: hi\n---\nHi\n'), '---\ninput:\n  default:\n    q: hi\n  schema:\n    email: string\n---\nHi\n');
      assert.equal(declare('a.prompt', '---\nmodel: x\n---\nHi\n'), '---\nmodel: x\ninput:\n  schema:\n    email: string\n---\nHi\n');
      assert.equal(declare('a.prompt', 'Hi\n'), '---\ninput:\n  schema:\n    email: string\n---\nHi\n');
    });
    it('Prompty: mapping, list, or a new inputs key', () => {
      assert.equal(declare('a.prompty', '---\ninputs:\n  q:\n    type: string\n---\nHi\n'), '---\ninputs:\n  q:\n    type: string\n  email:\n    type: string\n---\nHi\n');
      assert.equal(declare('a.prompty', '---\ninputs:\n  - name: q\n    kind: string\n---\nHi\n'), '---\ninputs:\n  - name: q\n    kind: string\n  - name: email\n    kind: string\n---\nHi\n');
      assert.equal(declare('a.prompty', '---\nname: x\n---\nHi\n'), '---\nname: x\ninputs:\n  email:\n    type: string\n---\nHi\n');
    });
    it('nothing when already declared, for flow collections, or for formats without declarations', () => {
      assert.equal(declare('a.prompt', '---\ninput:\n  schema:\n    email: string\n---\nHi\n'), undefined);
      assert.equal(declare('a.prompt', '---\ninput:\n  schema: {q: string}\n---\nHi\n'), undefined);
      assert.equal(declare('a.prompt.md', 'Hi\n'), undefined);
      assert.equal(declare('a.promptl', '<user>Hi</user>\n'), undefined);
    });
  });

  describe('redactionFixes', () => {
    const fixesFor = (path: string, text: string, value: string, style: 'label' | 'mask' | 'variable' = 'label') => {
      const doc = parseDocument(path, text);
      const offset = text.indexOf(value);
      return redactionFixes(doc, resolveFromObjects({ redaction: { style } }), { offset, endOffset: offset + value.length }, { entity: 'credit-card', maskKind: 'number', variableName: 'card_number' });
    };
    it('offers the policy style first, then the others', () => {
      const fixes = fixesFor('a.prompt', 'Card 4539148803436467 ok\n', '4539148803436467', 'mask');
      assert.deepEqual(fixes.map((f) => f.edits[f.edits.length - 1].text), ['************6467', '[REDACTED_CREDIT_CARD]', '{{card_number}}']);
    });
    it('in YAML, a whole plain scalar is quoted; mid-scalar labels lose their brackets; variable is not offered outside messages', () => {
      const text = '---\nmetadata:\n  card: 4539148803436467\n  note: 4539148803436467 on file\n---\nHi\n';
      const whole = fixesFor('a.prompt', text, '4539148803436467');
      assert.deepEqual(whole.map((f) => f.edits[0].text), ['"[REDACTED_CREDIT_CARD]"', '"************6467"']);
      const doc = parseDocument('a.prompt', text);
      const offset = text.lastIndexOf('4539148803436467');
      const partial = redactionFixes(doc, resolveFromObjects({}), { offset, endOffset: offset + 16 }, { entity: 'credit-card', maskKind: 'number' });
      assert.deepEqual(partial.map((f) => f.edits[0].text), ['REDACTED_CREDIT_CARD']);
    });
  });
});
