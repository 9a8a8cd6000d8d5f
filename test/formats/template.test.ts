import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { at, expr, problemLines } from './helpers';

describe('formats/template', () => {
  it('reads a Jinja template: filters, | safe, autoescape regions, set/with/macro locals, comments', () => {
    const text = `{# promptgov-disable-next-line pii/email #}
Hi {{ user.name | upper }} {{ bio | safe }} {{- note | e -}}
{% set greeting = "Hello " ~ user.first %}{{ greeting }}
{% with tone = style.tone %}{{ tone }}{% endwith %}{{ tone }}
{% macro card(title, body="x") %}{{ title }} {{ body }} {{ extra }}{% endmacro %}
{% autoescape false %}{{ raw_html }}{% endautoescape %}{{ after }}
{% raw %}{{ not_an_expression }}{% endraw %}
{% include "footer.j2" %}
{{ range(3) | join(sep) }} {{ d["k"].v }} {{ x if cond else y }}`;
    const doc = parseDocument('prompts/system.j2', text, 'template');
    assert.deepEqual([doc.format, doc.engine, doc.variant], ['template', 'jinja', 'jinja']);
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.messages.map((m) => m.role), ['unknown']);
    assert.deepEqual(doc.comments.map((c) => c.text), ['promptgov-disable-next-line pii/email']);
    assert.deepEqual([expr(doc, 'user.name | upper').raw, expr(doc, 'user.name | upper').path], [false, 'user.name']);
    assert.equal(expr(doc, 'bio | safe').raw, true);
    assert.equal(at(doc, expr(doc, 'note | e').span), '{{- note | e -}}');
    assert.deepEqual(expr(doc, 'set greeting = "Hello " ~ user.first').references, ['user']);
    assert.equal(expr(doc, 'greeting').local, true);
    assert.equal(expr(doc, 'tone').local, true);
    assert.equal(expr(doc, 'tone', 1).local, undefined, 'with-bindings end with the block');
    assert.equal(expr(doc, 'title').local, true);
    assert.deepEqual(expr(doc, 'extra').references, ['extra']);
    assert.equal(expr(doc, 'raw_html').raw, true);
    assert.equal(expr(doc, 'after').raw, false);
    assert.ok(!doc.expressions.some((e) => e.source.includes('not_an_expression')));
    assert.deepEqual(doc.references.map((r) => [r.kind, r.name]), [['include', 'footer.j2']]);
    assert.deepEqual(expr(doc, 'range(3) | join(sep)').references, ['sep']);
    assert.deepEqual([expr(doc, 'd["k"].v').path, expr(doc, 'd["k"].v').references], ['d.k.v', ['d']]);
    assert.deepEqual(expr(doc, 'x if cond else y').references, ['x', 'cond', 'y']);
  });

  it('reads a Handlebars template: escaped by default, {{{ }}} and {{& }} raw', () => {
    const doc = parseDocument('card.hbs', '{{name}} {{{bio}}} {{& note}} {{#with user}}{{email}}{{/with}} {{lookup map key}}', 'template');
    assert.equal(doc.engine, 'handlebars');
    assert.deepEqual(doc.expressions.map((e) => [e.source, e.kind, e.raw, e.local ?? false]), [
      ['name', 'variable', false, false],
      ['bio', 'variable', true, false],
      ['& note', 'variable', true, false],
      ['#with user', 'block', false, false],
      ['email', 'variable', false, true],
      ['/with', 'block', false, false],
      ['lookup map key', 'helper', false, false],
    ]);
    assert.deepEqual(expr(doc, 'lookup map key').references, ['map', 'key']);
  });

  it('reads a Mustache template: sections, inverted sections, comments, {{.}}', () => {
    const doc = parseDocument('t.mustache', '{{! note }}{{#items}}{{.}} {{name}}{{/items}}{{^items}}none{{/items}}', 'template');
    assert.equal(doc.engine, 'mustache');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.comments.map((c) => c.text), [' note ']);
    assert.equal(expr(doc, '.').local, true);
    assert.deepEqual(expr(doc, 'name').references, ['name'], 'mustache looks names up the whole context stack');
    assert.deepEqual(expr(doc, '^items').references, ['items']);
  });

  it('guesses the engine of .txt/.md templates from the text', () => {
    assert.equal(parseDocument('a.txt', '{% if a %}x{% endif %}', 'template').engine, 'jinja');
    assert.equal(parseDocument('a.md', 'Hi {{name}}', 'template').engine, 'handlebars');
    const plain = parseDocument('a.md', 'Just text.', 'template');
    assert.deepEqual([plain.engine, plain.expressions.length], ['text', 0]);
  });

  it('reads a closed front matter block and ignores an unclosed `---` (a Markdown rule)', () => {
    const closed = parseDocument('a.md', '---\nowner: "@me"\n---\nHi {{x}}', 'template');
    assert.equal(closed.metadata.owner?.value, '@me');
    const rule = parseDocument('a.md', '---\nJust a rule above.\n', 'template');
    assert.deepEqual([rule.problems, rule.frontMatter], [[], undefined]);
  });

  it('reports Jinja block errors at their place', () => {
    const doc = parseDocument('a.j2', '{% for x in xs %}\n{% endif %}\n{% elif y %}\n{# open', 'template');
    assert.deepEqual(problemLines(doc), ['format/template-syntax@1', 'format/template-syntax@2', 'format/template-syntax@3', 'format/template-syntax@4']);
  });
});
