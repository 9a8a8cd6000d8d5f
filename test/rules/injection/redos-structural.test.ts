/**
 * Every regular expression of the trust model and the structural injection rules is linear on adversarial
 * input: each module exports its regexes in `PATTERNS` (every regex literal in its source must be there),
 * `recheck` calls each one safe, each one and each scanner completes on 100 KB of adversarial text, and the
 * rules complete on large adversarial prompt files. No wall-clock assertion: a super-linear pattern would
 * hang the run.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import { analyzeText } from '../../../shared/src/analyze';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import { allRules } from '../../../shared/src/rules';
import { findChatTokens } from '../../../shared/src/trust/chatTokens';
import { EXPRESSION_CHAR, findUrls } from '../../../shared/src/trust/urls';
import { regexLiterals } from '../../safety/regexLiterals';

const root = join(__dirname, '..', '..', '..');
const MODULES = [
  'shared/src/trust/trust.ts',
  'shared/src/trust/flow.ts',
  'shared/src/trust/edits.ts',
  'shared/src/trust/chatTokens.ts',
  'shared/src/trust/urls.ts',
  'shared/src/rules/injection/untrusted-in-system-role.ts',
  'shared/src/rules/injection/unfenced-input.ts',
  'shared/src/rules/injection/raw-interpolation.ts',
  'shared/src/rules/injection/role-forgery.ts',
  'shared/src/rules/injection/exfil-url.ts',
  'shared/src/rules/agent/tool-scope.ts',
];
const RULE_IDS = ['injection/untrusted-in-system-role', 'injection/unfenced-input', 'injection/raw-interpolation', 'injection/role-forgery', 'injection/exfil-url', 'agent/tool-scope'];
const SIZE = 100_000;


interface Collected {
  module: string;
  pattern: RegExp;
}
const collected: Collected[] = [];

/** Runs of the characters a pattern mentions (each alone, and adjacent pairs), 100 KB each. */
function adversarialTexts(source: string): string[] {
  const chars = new Set<string>();
  for (const ch of source.replace(/\\[dDwWsSbBpPu]\{?[^}]*\}?|\\./g, (e) => (e.length === 2 && !/[dDwWsSbBpPu]/.test(e[1]) ? e[1] : ''))) {
    if (!'()[]{}|^$*+?'.includes(ch)) chars.add(ch);
  }
  for (const ch of ['a', 'A', '0', ' ', '.', '-', ':', '_', '<', '|', '[', '{', '/', '\n', EXPRESSION_CHAR]) chars.add(ch);
  const list = [...chars].slice(0, 40);
  const units = [...list, ...list.slice(0, 20).map((c, i) => c + list[(i + 1) % list.length])];
  return units.map((u) => u.repeat(Math.ceil(SIZE / u.length)).slice(0, SIZE));
}

describe('structural injection rules: ReDoS', () => {
  before(async () => {
    for (const module of MODULES) {
      const mod = (await import(join(root, module))) as { PATTERNS?: readonly RegExp[] };
      assert.ok(Array.isArray(mod.PATTERNS), `${module} exports no PATTERNS array`);
      for (const pattern of mod.PATTERNS ?? []) collected.push({ module, pattern });
    }
  });

  it('the literal finder sees literals and skips strings and comments', () => {
    assert.deepEqual(regexLiterals("const A = /a+b/g; // /x/\nconst s = '/no/'; f(/c\\/d[/]e/i); return /r/;"), ['/a+b/g', '/c\\/d[/]e/i', '/r/']);
  });

  for (const module of MODULES) {
    it(`${module}: every regex literal is listed in PATTERNS`, async () => {
      const mod = (await import(join(root, module))) as { PATTERNS?: readonly RegExp[] };
      const exported = new Set((mod.PATTERNS ?? []).map((p) => p.toString()));
      const literals = regexLiterals(readFileSync(join(root, module), 'utf8'));
      const missing = literals.filter((l) => !exported.has(new RegExp(l.slice(1, l.lastIndexOf('/')), l.slice(l.lastIndexOf('/') + 1)).toString()));
      assert.deepEqual(missing, [], `${relative(root, join(root, module))} has regexes not listed in PATTERNS`);
    });
  }

  it('collects the patterns', () => {
    assert.ok(collected.length >= 15, `only ${collected.length} patterns collected`);
  });

  it('recheck calls every pattern safe', function () {
    this.timeout(10 * 60_000);
    const unsafe: string[] = [];
    for (const { module, pattern } of collected) {
      const result = checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ''), { timeout: 60_000 });
      if (result.status !== 'safe') unsafe.push(`${module}: ${pattern} → ${result.status}`);
    }
    assert.deepEqual(unsafe, []);
  });

  it('every pattern completes on 100 KB of adversarial text', function () {
    this.timeout(5 * 60_000);
    let runs = 0;
    for (const { pattern } of collected) {
      for (const text of adversarialTexts(pattern.source)) {
        const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        let count = 0;
        for (let m = re.exec(text); m && count < SIZE; m = re.exec(text)) {
          if (m[0].length === 0) re.lastIndex++;
          count++;
        }
        runs++;
      }
    }
    assert.ok(runs > collected.length);
  });

  it('the URL and token scanners complete on 100 KB of adversarial text', function () {
    this.timeout(5 * 60_000);
    const units = ['https://', 'http://a', '[', '(', '<', '?a=[', 'https://a.b/?q=[x ', '<|', '<|a', '[INST', '<s>', '\n\nHuman:', '\uFF5C', '`', EXPRESSION_CHAR, '://'];
    let total = 0;
    for (const u of units) {
      const text = u.repeat(Math.ceil(SIZE / u.length)).slice(0, SIZE);
      total += findUrls(text).length + findChatTokens(text).length;
    }
    assert.ok(total >= 0);
  });

  it('the rules complete on large adversarial prompt files, in every format', function () {
    this.timeout(5 * 60_000);
    const rules = allRules.filter((r) => RULE_IDS.includes(r.meta.id));
    const policy = resolveFromObjects({ delimiters: ['### ... ###', '<<< ... >>>'], urls: { allowed_hosts: ['*.a.io'] }, agents: { require_explicit_tools: true, allowed_mcp_hosts: ['x'], allowed_handoffs: [] } });
    const big = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    const bodies = [
      big('{{ x }}\n'),
      big('{% for a in b %}{{ a }}'),
      big('{% for a in b %}\n{{ a.role }}:\n'),
      big('{{#each x}}{{this}}'),
      big('<x>{{ y }}'),
      big('###{{ q }}'),
      big('![a](https://e.io/?d={{ q }}'),
      big('https://{{h}}/'),
      big('<|im_start|>'),
      big('{{role r}}'),
    ];
    const files: Array<[string, (body: string) => string]> = [
      ['prompts/a.prompty', (b) => `---\nname: a\n---\nsystem:\n${b}`],
      ['prompts/a.prompt', (b) => `---\nmodel: x/y\n---\n{{role "system"}}\n${b}`],
      ['a.prompt.yml', (b) => `messages:\n  - role: system\n    content: |\n      ${b.split('\n').join('\n      ')}\n`],
      ['.github/agents/a.agent.md', (b) => `---\ntools: [${'"*", '.repeat(2000)}"a/*"]\n---\n${b}`],
      ['a.promptl', (b) => `<system>\n${b}\n</system>\n`],
      ['prompts/a.j2', (b) => b],
    ];
    let runs = 0;
    for (const [path, wrap] of files) {
      for (const body of bodies) {
        const analysis = analyzeText(path, wrap(body), policy, { rules });
        assert.ok(analysis);
        assert.ok(!analysis.output.findings.some((f) => f.ruleId === 'internal/rule-error'), `${path}: a rule crashed`);
        runs++;
      }
    }
    assert.equal(runs, files.length * bodies.length);
  });
});
