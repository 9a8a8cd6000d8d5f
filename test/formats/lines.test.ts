import assert from 'node:assert/strict';
import { computeLineStarts, offsetToLineColumn } from '../../shared/src/formats';

describe('formats/lines', () => {
  it('starts a line after \\n, \\r\\n and a lone \\r', () => {
    assert.deepEqual(computeLineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
  });

  it('has one line for empty text and a trailing empty line after a final break', () => {
    assert.deepEqual(computeLineStarts(''), [0]);
    assert.deepEqual(computeLineStarts('x\n'), [0, 2]);
  });

  it('converts offsets to 0-based line and column', () => {
    const text = 'ab\r\ncd\nef';
    const starts = computeLineStarts(text);
    assert.deepEqual(offsetToLineColumn(starts, 0), { line: 0, column: 0 });
    assert.deepEqual(offsetToLineColumn(starts, 2), { line: 0, column: 2 }); // the \r
    assert.deepEqual(offsetToLineColumn(starts, 4), { line: 1, column: 0 });
    assert.deepEqual(offsetToLineColumn(starts, 8), { line: 2, column: 1 });
    assert.deepEqual(offsetToLineColumn(starts, text.length), { line: 2, column: 2 });
  });

  it('counts columns in UTF-16 code units', () => {
    const text = '😀x\ny';
    const starts = computeLineStarts(text);
    assert.deepEqual(offsetToLineColumn(starts, text.indexOf('x')), { line: 0, column: 2 });
  });
});
