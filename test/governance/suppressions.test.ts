/** The "suppress with a reason" snippet, directive layouts, and the engine's second pass for suppression rules. */
import assert from 'node:assert/strict';
import { insertDirectiveFix, directiveLayout, commentSyntaxAt } from '../../shared/src/governance/suppressions';
import { parseDirectives } from '../../shared/src/engine/directives';
import { checkDocument } from '../../shared/src/engine/check';
import { parseDocument } from '../../shared/src/formats';
import { resolveFromObjects } from '../../shared/src/policy/resolve';
import { defineRule } from '../../shared/src/rules/rule';
import type { SuppressionResult } from '../../shared/src/rules/rule';
import type { PromptDocument } from '../../shared/src/types';
import { applyFixes } from '../../shared/src/engine/fixes';

const NOW = new Date('2026-01-15T12:00:00Z');

/** The text with the snippet inserted, placeholders replaced by their defaults. */
function inserted(doc: PromptDocument, at: number, ruleId = 'pii/phone', policy = resolveFromObjects()): string | undefined {
  const fix = insertDirectiveFix(doc, ruleId, { offset: at, endOffset: at + 1 }, policy, NOW);
  if (!fix) return undefined;
  assert.equal(fix.snippet, true);
  const plain = { ...fix, snippet: false, edits: fix.edits.map((e) => ({ ...e, text: e.text.replace(/\$\{\d+:([^}]*)\}/g, '$1') })) };
  return applyFixes(doc.text, [plain]).text;
}

describe('governance: insertDirectiveFix', () => {
  const table: { name: string; path: string; text: string; at: string; expected: string }[] = [
    {
      name: 'dotprompt body: a Handlebars comment above the line, indentation kept',
      path: 'prompts/a.prompt',
      text: '---\nmodel: x/y\n---\n  Call 555-0100 now.\n',
      at: '555',
      expected: '---\nmodel: x/y\n---\n  {{! promptgov-disable-next-line pii/phone -- reason }}\n  Call 555-0100 now.\n',
    },
    {
      name: 'prompty body: a Jinja comment',
      path: 'prompts/a.prompty',
      text: '---\nname: x\n---\nsystem:\nCall 555-0100.\n',
      at: '555',
      expected: '---\nname: x\n---\nsystem:\n{# promptgov-disable-next-line pii/phone -- reason #}\nCall 555-0100.\n',
    },
    {
      name: 'front matter key line: a YAML comment',
      path: 'prompts/a.prompt',
      text: '---\nmodel: acme/x\n---\nHi\n',
      at: 'acme',
      expected: '---\n# promptgov-disable-next-line pii/phone -- reason\nmodel: acme/x\n---\nHi\n',
    },
    {
      name: 'copilot markdown: an HTML comment',
      path: '.github/prompts/a.prompt.md',
      text: 'Call 555-0100.\n',
      at: '555',
      expected: '<!-- promptgov-disable-next-line pii/phone -- reason -->\nCall 555-0100.\n',
    },
    {
      name: 'promptl: a block comment',
      path: 'prompts/a.promptl',
      text: '---\nmodel: x\n---\n<user>\nCall 555-0100.\n</user>\n',
      at: '555',
      expected: '---\nmodel: x\n---\n<user>\n/* promptgov-disable-next-line pii/phone -- reason */\nCall 555-0100.\n</user>\n',
    },
    {
      name: 'inside a YAML block of text: a comment there would be prompt text, so the directive covers the file',
      path: '.github/prompts/a.prompt.yml',
      text: 'messages:\n  - role: user\n    content: |\n      Call 555-0100.\n',
      at: '555',
      expected: '# promptgov-disable-file pii/phone -- reason\nmessages:\n  - role: user\n    content: |\n      Call 555-0100.\n',
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      const doc = parseDocument(c.path, c.text);
      const out = inserted(doc, c.text.indexOf(c.at));
      assert.equal(out, c.expected);
      // The inserted directive parses, with its reason.
      const again = parseDocument(c.path, out!);
      const directives = parseDirectives(again);
      assert.equal(directives.length, 1);
      assert.deepEqual([directives[0].rules, directives[0].reason], [['pii/phone'], 'reason']);
    });
  }

  it('asks for an approver and an expiry when the policy requires them', () => {
    const doc = parseDocument('prompts/a.prompt', '---\nmodel: x/y\n---\nCall 555.\n');
    const policy = resolveFromObjects({ suppressions: { require_approver: true, max_days: 30 } });
    const fix = insertDirectiveFix(doc, 'pii/phone', { offset: 22, endOffset: 25 }, policy, NOW)!;
    assert.equal(fix.edits[0].text, '{{! promptgov-disable-next-line pii/phone -- ${1:reason}; approved-by: ${2:@approver}; expires: ${3:2026-02-14} }}\n');
  });

  it('offers nothing for non-suppressible rules and plain-text templates', () => {
    const doc = parseDocument('prompts/a.prompt', '---\nmodel: x/y\n---\nkey\n');
    assert.equal(insertDirectiveFix(doc, 'secret/jwt', { offset: 22, endOffset: 25 }, resolveFromObjects(), NOW, (id) => id.startsWith('secret/')), undefined);
    const txt = parseDocument('prompts/a.txt', 'Plain text.\n', 'template');
    assert.equal(commentSyntaxAt(txt, 0), undefined);
  });

  it('directiveLayout finds the separator and the expiry date', () => {
    const text = '---\nmodel: x/y\n---\n{{! promptgov-disable-next-line pii/phone -- hotline; expires: 2026-03-01 }}\nCall\n';
    const doc = parseDocument('prompts/a.prompt', text);
    const [d] = parseDirectives(doc);
    const layout = directiveLayout(doc, d)!;
    assert.equal(text.slice(layout.separator!, layout.separator! + 2), '--');
    assert.equal(text.slice(layout.expires!.offset, layout.expires!.endOffset), '2026-03-01');
    assert.equal(text.slice(layout.textStart, layout.textEnd), ' promptgov-disable-next-line pii/phone -- hotline; expires: 2026-03-01');
  });
});

describe('engine: afterSuppressions', () => {
  it('runs after directives were applied, sees what they did, and its findings are final', () => {
    let seen: SuppressionResult | undefined;
    const marker = defineRule({
      meta: { id: 'test/marker', description: 'Reports the word X (tests only).', defaultSeverity: 'error', fixable: false },
      check({ document, report }) {
        const at = document.text.indexOf(' X');
        if (at >= 0) report({ span: { offset: at + 1, endOffset: at + 2 }, message: 'X' });
      },
    });
    const late = defineRule({
      meta: { id: 'test/late', description: 'Reports once per directive, after suppressions.', defaultSeverity: 'warning', fixable: false },
      check() {},
      afterSuppressions({ report }, result) {
        seen = result;
        for (const d of result.directives) report({ span: d.rulesSpan, message: `used: ${d.used}` });
      },
    });
    const text = '---\nmodel: x/y\n---\n{{! promptgov-disable-file -- all of it }}\nA X\n';
    const out = checkDocument(parseDocument('a.prompt', text), resolveFromObjects(), { rules: [marker, late], env: { now: NOW } });
    assert.ok(seen);
    assert.deepEqual([...seen.ranRules].sort(), ['test/late', 'test/marker']);
    assert.deepEqual(seen.findings, []);
    assert.equal(seen.suppressed.length, 1);
    // The file-wide directive silenced the marker but not the late finding about itself.
    assert.deepEqual(out.findings.map((f) => [f.ruleId, f.message]), [['test/late', 'used: true']]);
  });

  it('a crash in the second pass becomes one internal/rule-error finding', () => {
    const crashing = defineRule({
      meta: { id: 'test/crash', description: 'Crashes after suppressions (tests only).', defaultSeverity: 'warning', fixable: false },
      check() {},
      afterSuppressions() {
        throw new Error('boom');
      },
    });
    const out = checkDocument(parseDocument('a.prompt', '---\nmodel: x/y\n---\nHi\n'), resolveFromObjects(), { rules: [crashing] });
    assert.deepEqual(out.findings.map((f) => [f.ruleId, f.message]), [['internal/rule-error', 'Rule test/crash failed on this file and was skipped: boom. Please report it.']]);
  });
});
