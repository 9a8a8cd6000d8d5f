/** The server's pure pieces: offset ↔ position conversion, settings coercion, snippet text, fix selection. */
import assert from 'node:assert/strict';
import { applyFixes } from '../../shared/src/engine/fixes';
import type { Fix } from '../../shared/src/types';
import { LineMap } from '../../server/src/positions';
import { InitOptions, Settings } from '../../server/src/settings';
import { selectEdits, snippetToText } from '../../server/src/handlers/codeActions';

describe('lsp units: positions', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks, in UTF-16 units', () => {
    const text = 'a\r\nb\rc\n😀x';
    const m = new LineMap(text);
    assert.equal(m.lineCount, 4);
    assert.deepEqual(m.position(text.indexOf('b')), { line: 1, character: 0 });
    assert.deepEqual(m.position(text.indexOf('c')), { line: 2, character: 0 });
    assert.deepEqual(m.position(text.indexOf('x')), { line: 3, character: 2 }, 'an emoji is two UTF-16 units');
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue; // inside a \r\n pair: not a position of its own
      assert.equal(m.offset(m.position(o)), o, `round trip of ${o}`);
    }
  });

  it('clamps positions past a line end, past the last line, negative or malformed', () => {
    const text = 'ab\ncd';
    const m = new LineMap(text);
    assert.equal(m.offset({ line: 0, character: 99 }), 2, 'the end of line 0, before its break');
    assert.equal(m.offset({ line: 9, character: 0 }), text.length);
    assert.equal(m.offset({ line: -1, character: -5 }), 0);
    assert.equal(m.offset({ line: 'x', character: null } as never), 0);
    assert.equal(m.offset(undefined), 0);
    assert.deepEqual(m.span({ start: { line: 1, character: 1 }, end: { line: 0, character: 1 } }), { offset: 1, endOffset: 4 }, 'reversed ranges are ordered');
    assert.deepEqual(m.position(99), { line: 1, character: 2 });
    assert.equal(m.lineText(0), 'ab');
  });
});

describe('lsp units: settings', () => {
  it('coerces whatever a client sends, keeping what is valid', () => {
    assert.deepEqual(Settings.from(undefined), { policyPath: '', baseRef: 'HEAD', run: 'onType', rules: {}, trace: 'off' });
    assert.deepEqual(
      Settings.from({ promptgov: { policyPath: ' p.yaml ', baseRef: 'main', run: 'onSave', rules: { 'pii/email': 'warn', 'pii/*': ['OFF'], bad: 7, 'x y': 'error' }, trace: { server: 'verbose' } } }),
      { policyPath: 'p.yaml', baseRef: 'main', run: 'onSave', rules: { 'pii/email': 'warning', 'pii/*': 'off' }, trace: 'verbose' },
    );
    assert.equal(Settings.from({ baseRef: '--output=/tmp/x' }).baseRef, 'HEAD', 'a revision that git would read as an option is refused');
    assert.equal(Settings.from({ run: 42, rules: 'nope' }).run, 'onType');
  });

  it('reads initialization options', () => {
    assert.deepEqual(InitOptions.from({ debounceMs: 0 }), { debounceMs: 0 });
    assert.equal(InitOptions.from({ debounceMs: -3 }).debounceMs, 150);
    assert.equal(InitOptions.from({ debounceMs: 1e9 }).debounceMs, 10_000);
    assert.equal(InitOptions.from({ now: '2026-01-15' }).now?.toISOString(), '2026-01-15T00:00:00.000Z');
    assert.equal(InitOptions.from({ now: 'soon' }).now, undefined);
  });
});

describe('lsp units: edits', () => {
  it('turns a snippet into plain text', () => {
    assert.equal(snippetToText('-- ${1:reason}; expires: ${3:2026-01-01} \\}\\}'), '-- reason; expires: 2026-01-01 }}');
    assert.equal(snippetToText('a$1b$0 \\$HOME'), 'ab $HOME');
  });

  it('selects the same edits as applyFixes (whole fixes, no overlaps, snippets skipped)', () => {
    const text = 'one two three four';
    const fixes: Fix[] = [
      { title: 'a', edits: [{ offset: 0, endOffset: 3, text: '1' }] },
      { title: 'overlaps a', edits: [{ offset: 2, endOffset: 7, text: 'X' }] },
      { title: 'snippet', snippet: true, edits: [{ offset: 8, endOffset: 13, text: '${1:3}' }] },
      { title: 'two edits', edits: [{ offset: 4, endOffset: 7, text: '2' }, { offset: 14, endOffset: 18, text: '4' }] },
    ];
    const edits = selectEdits(text, fixes);
    assert.deepEqual(edits.map((e) => e.text), ['1', '2', '4']);
    let out = text;
    for (const e of [...edits].reverse()) out = out.slice(0, e.offset) + e.text + out.slice(e.endOffset);
    assert.equal(out, applyFixes(text, fixes).text);
  });
});
