/**
 * Repository checks on the rule set: the registry is generated and current, every rule has its docs page
 * and its test, ids match file paths and are sorted, docs pages have the expected shape, and
 * `npm run new:rule` scaffolds a working rule.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRules, ruleIds, rulesById } from '../../shared/src/rules';
import { ruleDocsUrl, type Rule } from '../../shared/src/rules/rule';
import { runRule } from '../rules/harness';

const root = join(__dirname, '..', '..');
const REQUIRED_SECTIONS = ['## What it reports', '## Why', '## Examples', '## Fix', '## Options'];
/** Rules whose behaviour is tested elsewhere than a table-driven rule test would place it. */
const TESTED_ELSEWHERE = new Map<string, string>([['internal/rule-error', 'test/rules/internal/rule-error.test.ts']]);

describe('repository: rules', () => {
  it('the registry (shared/src/rules/index.ts) is up to date', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/gen-registry.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `gen-registry --check failed: ${run.stderr}`);
  });

  it('lists at least the rules written so far', () => {
    for (const id of ['internal/rule-error', 'model/unapproved', 'template/missing-partial', 'template/undefined-variable', 'template/unused-input']) {
      assert.ok(ruleIds.has(id), `${id} is not in the registry`);
    }
  });

  it('ids are unique and sorted', () => {
    const ids = allRules.map((r) => r.meta.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(rulesById.size, ids.length);
  });

  for (const rule of allRules) {
    const { id } = rule.meta;
    describe(id, () => {
      it('meta.id equals the file path under shared/src/rules', () => {
        assert.match(id, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
        const source = readFileSync(join(root, 'shared/src/rules', `${id}.ts`), 'utf8');
        assert.ok(source.includes(`id: '${id}'`), `shared/src/rules/${id}.ts does not declare id '${id}'`);
      });

      it('has a complete meta', () => {
        assert.ok(rule.meta.description.trim().length > 10, 'description is too short');
        assert.ok(rule.meta.description.trim().endsWith('.'), 'description is one sentence ending with a period');
        assert.ok(['error', 'warning', 'info', 'hint', 'off'].includes(rule.meta.defaultSeverity));
        assert.equal(typeof rule.meta.fixable, 'boolean');
        for (const [name, option] of Object.entries(rule.meta.options ?? {})) {
          assert.ok(option.description, `option ${name} has no description`);
          assert.ok('default' in option, `option ${name} has no default`);
          if (option.type === 'string[]') assert.ok(Array.isArray(option.default), `option ${name} default is not an array`);
          else assert.equal(typeof option.default, option.type, `option ${name} default is not a ${option.type}`);
        }
      });

      it('has a docs page starting with its id and with every section', () => {
        const file = join(root, 'docs/rules', `${id}.md`);
        assert.ok(existsSync(file), `docs/rules/${id}.md is missing: run \`npm run new:rule\` for new rules or write it`);
        const text = readFileSync(file, 'utf8');
        assert.ok(text.startsWith(`# ${id}\n`), `docs/rules/${id}.md must start with "# ${id}"`);
        for (const section of REQUIRED_SECTIONS) {
          assert.ok(text.split('\n').includes(section), `docs/rules/${id}.md has no "${section}" section`);
        }
        for (const name of Object.keys(rule.meta.options ?? {})) {
          assert.ok(text.includes(`\`${name}\``), `docs/rules/${id}.md does not document option ${name}`);
        }
      });

      it('its docs URL points at that page', () => {
        const url = ruleDocsUrl(id);
        const marker = '/blob/main/';
        assert.ok(url.includes(marker), url);
        const path = url.slice(url.indexOf(marker) + marker.length);
        assert.equal(path, `docs/rules/${id}.md`);
        assert.ok(existsSync(join(root, path)), `${path} does not exist`);
      });

      it('has a test file', () => {
        const test = TESTED_ELSEWHERE.get(id) ?? `test/rules/${id}.test.ts`;
        assert.ok(existsSync(join(root, test)), `${test} is missing`);
        assert.ok(readFileSync(join(root, test), 'utf8').includes(id) || readFileSync(join(root, test), 'utf8').includes(`rules/${id}'`), `${test} does not mention ${id}`);
      });
    });
  }
});

describe('repository: npm run new:rule', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'promptgov-new-rule-'));
    mkdirSync(join(dir, 'shared/src/rules/internal'), { recursive: true });
    cpSync(join(root, 'shared/src/rules/internal/rule-error.ts'), join(dir, 'shared/src/rules/internal/rule-error.ts'));
    writeFileSync(join(dir, 'shared/src/rules/rule.ts'), '// stand-in\n');
    mkdirSync(join(dir, 'docs/rules'), { recursive: true });
    mkdirSync(join(dir, 'test/rules'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts/new-rule.mjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PROMPTGOV_ROOT: dir },
    });

  it('scaffolds the rule, its docs page and its test, and registers it', () => {
    const out = run('pii/passport-number');
    assert.equal(out.status, 0, out.stderr);
    const rule = readFileSync(join(dir, 'shared/src/rules/pii/passport-number.ts'), 'utf8');
    assert.ok(rule.includes("id: 'pii/passport-number'"));
    assert.ok(!/TODO/.test(rule), 'the scaffold has no TODO');
    const docs = readFileSync(join(dir, 'docs/rules/pii/passport-number.md'), 'utf8');
    assert.ok(docs.startsWith('# pii/passport-number\n'));
    for (const section of REQUIRED_SECTIONS) assert.ok(docs.split('\n').includes(section), section);
    assert.ok(existsSync(join(dir, 'test/rules/pii/passport-number.test.ts')));
    const index = readFileSync(join(dir, 'shared/src/rules/index.ts'), 'utf8');
    assert.ok(index.includes("import piiPassportNumber from './pii/passport-number';"), index);
    assert.ok(index.includes("import internalRuleError from './internal/rule-error';"), index);
  });

  it('refuses a malformed id with a sentence saying what to write', () => {
    for (const bad of ['PassportNumber', 'pii', 'pii/Passport', 'pii/passport--number', 'a/b/c', '../x/y']) {
      const out = run(bad);
      assert.equal(out.status, 2, bad);
      assert.match(out.stderr, /is not a valid rule id: use <category>\/<rule-name>/);
    }
    assert.ok(!existsSync(join(dir, 'shared/src/rules/index.ts')), 'nothing is written');
  });

  it('refuses a missing id', () => {
    const out = run();
    assert.equal(out.status, 2);
    assert.match(out.stderr, /Give the rule id/);
  });

  it('refuses an existing rule', () => {
    const out = run('internal/rule-error');
    assert.equal(out.status, 2);
    assert.match(out.stderr, /The rule internal\/rule-error already exists/);
  });
});

describe('repository: a scaffolded rule works', () => {
  it('reports what its generated test expects, through the real pipeline', async () => {
    const id = 'zz-scaffold/sample-check';
    const dir = mkdtempSync(join(tmpdir(), 'promptgov-scaffold-'));
    try {
      mkdirSync(join(dir, 'shared/src/rules'), { recursive: true });
      mkdirSync(join(dir, 'docs/rules'), { recursive: true });
      mkdirSync(join(dir, 'test/rules'), { recursive: true });
      // The scaffold imports `../rule`: point it at the real contract.
      writeFileSync(join(dir, 'shared/src/rules/rule.ts'), `export * from ${JSON.stringify(join(root, 'shared/src/rules/rule'))};\n`);
      execFileSync(process.execPath, [join(root, 'scripts/new-rule.mjs'), id], { env: { ...process.env, PROMPTGOV_ROOT: dir } });
      const testText = readFileSync(join(dir, 'test/rules', `${id}.test.ts`), 'utf8');
      assert.ok(testText.includes(`'../../../shared/src/rules/${id}'`));
      assert.ok(testText.includes("from '../harness'"));
      const rule = ((await import(join(dir, 'shared/src/rules', `${id}.ts`))) as { default: Rule }).default;
      assert.equal(rule.meta.id, id);
      const text = '---\nmodel: googleai/gemini-2.5-flash\n---\nSay the forbidden word.\n';
      assert.deepEqual(runRule(rule, { path: 'prompts/a.prompt', text }), []);
      const findings = runRule(rule, { path: 'prompts/a.prompt', text, options: { phrase: 'forbidden' } });
      assert.deepEqual(findings.map((f) => [text.slice(f.offset, f.endOffset), f.line, f.column]), [['forbidden', 4, 9]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
