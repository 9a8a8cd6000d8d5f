import assert from 'node:assert/strict';
import { attr, junit, xmlText } from '../../shared/src/reporters/junit';
import { getReporter } from '../../shared/src/reporters';
import { finding, results } from './fixtures';

/**
 * A strict well-formedness check of the small XML subset the reporter writes: declaration, elements with
 * quoted attributes, text, the five predefined entities and numeric references; tags must nest.
 */
function assertWellFormed(xml: string): void {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
  const body = xml.slice(xml.indexOf('\n') + 1);
  const stack: string[] = [];
  const token = /<\/([A-Za-z][\w-]*)>|<([A-Za-z][\w-]*)((?:\s+[A-Za-z][\w-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(body))) {
    consumed = token.lastIndex;
    if (m[1]) assert.equal(stack.pop(), m[1], `closing </${m[1]}> does not match`);
    else if (m[2]) {
      for (const a of (m[3] ?? '').matchAll(/="([^"]*)"/g)) assertEntities(a[1]);
      if (!m[4]) stack.push(m[2]);
    } else if (m[5]) assertEntities(m[5]);
  }
  assert.equal(consumed, body.length, `unparsable XML at: ${body.slice(consumed, consumed + 40)}`);
  assert.deepEqual(stack, []);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
}

function assertEntities(text: string): void {
  for (const e of text.matchAll(/&([^;\s]*);?/g)) assert.match(e[0], /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/, `bad entity ${e[0]}`);
}

describe('reporters/junit', () => {
  it('is registered as a format', () => {
    assert.equal(getReporter('junit'), junit);
  });

  it('writes one suite per file, one failing case per finding and a passing case for a clean file', () => {
    const xml = junit(results, {});
    assertWellFormed(xml);
    assert.match(xml, /<testsuites name="promptgov" tests="5" failures="4" errors="0">/);
    assert.match(xml, /<testsuite name="prompts\/support\.prompt" tests="2" failures="2" errors="0" skipped="0">/);
    assert.match(xml, /<testcase classname="prompts\/support\.prompt" name="pii\/email at 3:12" file="prompts\/support\.prompt" line="3">\n {6}<failure type="pii\/email" message="error: Email address j\*\*\*@e\*\*\*\.com in the prompt text">error at prompts\/support\.prompt:3:12: Email address/);
    assert.match(xml, /<testcase classname="prompts\/clean\.prompty" name="no problems" file="prompts\/clean\.prompty"\/>/);
    assert.match(xml, /message="info: No owner: add one"/);
  });

  it('escapes markup and replaces characters XML cannot hold', () => {
    const f = finding({ ruleId: 'x/y', line: 1, column: 1, message: 'a <b> & "c" \u0001 \ud800 end' });
    const xml = junit([{ path: 'a&b.prompt', format: 'dotprompt', findings: [f] }], {});
    assertWellFormed(xml);
    assert.ok(xml.includes('name="a&amp;b.prompt"'));
    assert.ok(xml.includes('a &lt;b&gt; &amp; &quot;c&quot; \ufffd \ufffd end'));
    assert.equal(xmlText('x\u0000y'), 'x\ufffdy');
    assert.equal(attr('a\nb'), 'a&#10;b');
    assert.equal(xmlText('😀'), '😀', 'surrogate pairs are kept');
  });

  it('an empty run is a valid, empty report', () => {
    const xml = junit([], {});
    assertWellFormed(xml);
    assert.match(xml, /tests="0" failures="0"/);
  });
});
