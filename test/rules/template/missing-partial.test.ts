/**
 * template/missing-partial needs `env.knownFiles`, which the shared harness does not pass: the cases run
 * through the same pipeline (analyzeText with only this rule) with a list of known files. The harness
 * itself checks that without `knownFiles` nothing is reported.
 */
import assert from 'node:assert/strict';
import rule, { candidatePaths, normalizePosix } from '../../../shared/src/rules/template/missing-partial';
import { analyzeText } from '../../../shared/src/analyze';
import { parseDocument } from '../../../shared/src/formats';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import { DEFAULT_NOW, ruleTester } from '../harness';

interface Case {
  name: string;
  path: string;
  text: string;
  known: string[];
  errors?: Array<{ text: string; line: number; column: number; message?: string }>;
}

function check(c: Case) {
  const policy = resolveFromObjects({ rules: { [rule.meta.id]: 'error' } });
  const analysis = analyzeText(c.path, c.text, policy, { rules: [rule], env: { now: new Date(DEFAULT_NOW), knownFiles: new Set(c.known) } });
  assert.ok(analysis, `${c.path} is not a prompt file`);
  return analysis.output.findings.map((f) => ({
    text: c.text.slice(f.offset, f.endOffset),
    line: f.line,
    column: f.column,
    message: f.message,
    severity: f.severity,
    fixes: f.fixes.length,
  }));
}

const cases: Case[] = [
  {
    name: 'dotprompt: partial beside the file',
    path: 'prompts/story.prompt',
    text: '---\nmodel: googleai/gemini-2.5-flash\n---\n{{> style}} Tell a story.\n',
    known: ['prompts/story.prompt', 'prompts/_style.prompt'],
  },
  {
    name: 'dotprompt: partial in a partials/ folder, with arguments',
    path: 'prompts/story.prompt',
    text: '{{> header title="x"}}\n',
    known: ['prompts/partials/_header.prompt'],
  },
  {
    name: 'dotprompt: partial in a sub-folder',
    path: 'story.prompt',
    text: '{{> common/style}}\n',
    known: ['common/_style.prompt'],
  },
  {
    name: 'dotprompt: a partial block is a partial too',
    path: 'prompts/story.prompt',
    text: '{{#> layout}}body{{/layout}}\n',
    known: ['prompts/_layout.prompt'],
  },
  {
    name: 'promptl: relative include, extension added',
    path: 'prompts/parent.promptl',
    text: '<system>\n<prompt path="shared" />\n</system>\n',
    known: ['prompts/shared.promptl'],
  },
  {
    name: 'promptl: parent folder, extension written',
    path: 'prompts/agents/a.promptl',
    text: '<prompt path="../common/rules.promptl" />\n',
    known: ['prompts/common/rules.promptl'],
  },
  {
    name: 'promptl: root-relative path',
    path: 'prompts/agents/a.promptl',
    text: '<prompt path="/lib/base" />\n',
    known: ['lib/base.promptl'],
  },
  {
    name: 'dotprompt: missing partial',
    path: 'prompts/story.prompt',
    text: '---\nmodel: googleai/gemini-2.5-flash\n---\n{{> style}} Tell a story.\n',
    known: ['prompts/story.prompt', 'prompts/style.prompt', 'other/_style.prompt'],
    errors: [{ text: 'style', line: 4, column: 5, message: "Partial 'style' not found: expected 'prompts/_style.prompt' or 'prompts/partials/_style.prompt'." }],
  },
  {
    name: 'dotprompt: missing partial in a sub-folder, at the file root',
    path: 'story.prompt',
    text: 'x {{> common/style}}\n',
    known: [],
    errors: [{ text: 'common/style', line: 1, column: 7, message: "Partial 'common/style' not found: expected 'common/_style.prompt' or 'partials/common/_style.prompt'." }],
  },
  {
    name: 'promptl: missing include',
    path: 'prompts/parent.promptl',
    text: '<system>\n<prompt path="shared" />\n</system>\n',
    known: ['shared.promptl', 'prompts/shared.md'],
    errors: [{ text: 'shared', line: 2, column: 15, message: "Included prompt 'shared' not found: expected 'prompts/shared.promptl'." }],
  },
  {
    name: 'promptl: missing parent-folder include',
    path: 'prompts/agents/a.promptl',
    text: '<prompt path="../common/rules" />\n',
    known: ['prompts/agents/common/rules.promptl'],
    errors: [{ text: '../common/rules', line: 1, column: 15 }],
  },
];

describe('template/missing-partial', () => {
  for (const c of cases) {
    it(`${c.errors ? 'invalid' : 'valid'}: ${c.name}`, () => {
      const findings = check(c);
      const expected = c.errors ?? [];
      assert.equal(findings.length, expected.length, JSON.stringify(findings));
      expected.forEach((e, i) => {
        assert.equal(findings[i].text, e.text);
        assert.equal(findings[i].line, e.line);
        assert.equal(findings[i].column, e.column);
        if (e.message) assert.equal(findings[i].message, e.message);
        assert.equal(findings[i].severity, 'error');
        assert.equal(findings[i].fixes, 0);
      });
    });
  }

  it('reports each missing reference once per occurrence, with a fingerprint by name', () => {
    const c: Case = { name: 'twice', path: 'p/a.prompt', text: '{{> x}}\n{{> x}}\n', known: [] };
    assert.deepEqual(check(c).map((f) => f.line), [1, 2]);
  });

  it('skips names built at run time', () => {
    const doc = parseDocument('prompts/a.promptl', '<prompt path="{{ name }}" />\n');
    for (const ref of doc.references) assert.equal(candidatePaths(doc, ref), undefined);
    assert.deepEqual(check({ name: 'dynamic', path: 'prompts/a.promptl', text: '<prompt path="{{ name }}" />\n', known: [] }), []);
  });

  it('normalizes POSIX paths', () => {
    assert.equal(normalizePosix('a/./b//c/../d'), 'a/b/d');
    assert.equal(normalizePosix('../x'), '../x');
    assert.equal(normalizePosix('a/../../x'), '../x');
    assert.equal(normalizePosix('/a/../../x'), '/x');
  });
});

// Without `env.knownFiles` (the harness passes none) the rule cannot know and reports nothing.
ruleTester(rule, {
  valid: [
    { name: 'dotprompt: unknown file list', path: 'prompts/story.prompt', text: '{{> style}}\n' },
    { name: 'promptl: unknown file list', path: 'prompts/a.promptl', text: '<prompt path="nowhere" />\n' },
  ],
  invalid: [],
});
