import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { at, expr } from './helpers';

function delimiterOf(text: string, source: string, n = 0): string | undefined {
  const doc = parseDocument('a.prompt', text);
  const e = expr(doc, source, n);
  return e.delimiter ? `${e.delimiter.kind}:${e.delimiter.name}=${at(doc, e.delimiter.span)}` : undefined;
}

describe('formats/delimiters', () => {
  it('finds the innermost XML-like tag pair', () => {
    assert.equal(delimiterOf('<doc><q>{{x}}</q></doc>', 'x'), 'tag:q=<q>{{x}}</q>');
    assert.equal(delimiterOf('<doc id="1">\n{{x}}\n</doc>', 'x'), 'tag:doc=<doc id="1">\n{{x}}\n</doc>');
    assert.equal(delimiterOf('<doc>{{x}}', 'x'), undefined, 'an unclosed tag fences nothing');
    assert.equal(delimiterOf('<br/>{{x}}<br/>', 'x'), undefined);
    assert.equal(delimiterOf('a < b {{x}} > c', 'x'), undefined);
  });

  it('finds Markdown fences (``` and ~~~) and triple quotes', () => {
    assert.equal(delimiterOf('Review:\n```diff\n{{x}}\n```\nDone', 'x'), 'fence:```=```diff\n{{x}}\n```');
    assert.equal(delimiterOf('~~~~\n{{x}}\n~~~~', 'x'), 'fence:~~~~=~~~~\n{{x}}\n~~~~');
    assert.equal(delimiterOf('"""\n{{x}}\n"""', 'x'), 'quotes:"""="""\n{{x}}\n"""');
    assert.equal(delimiterOf("'''{{x}}'''", 'x'), "quotes:'''='''{{x}}'''");
    assert.equal(delimiterOf('```\ncode\n```\n{{x}}', 'x'), undefined);
  });

  it('finds same-line double quotes, ignoring quotes inside template tags', () => {
    assert.equal(delimiterOf('Say "{{x}}" now', 'x'), 'quotes:"="{{x}}"');
    assert.equal(delimiterOf('Say "hi {{x}} there" now', 'x'), 'quotes:"="hi {{x}} there"');
    assert.equal(delimiterOf('"a" {{x}} "b"', 'x'), undefined);
    assert.equal(delimiterOf('Say "\n{{x}}"', 'x'), undefined, 'quotes must be on the same line');
    assert.equal(delimiterOf('{{json y "a"}} {{x}} "', 'x'), undefined, 'quotes inside tags do not count');
  });

  it('prefers same-line quotes over an enclosing tag', () => {
    assert.equal(delimiterOf('<doc>Title: "{{x}}"</doc>', 'x'), 'quotes:"="{{x}}"');
  });

  it('stays within the expression\'s message', () => {
    const text = '{{role "system"}}<data>\n{{role "user"}}{{x}}\n</data>';
    assert.equal(delimiterOf(text, 'x'), undefined);
  });
});
