import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import schema from '../../shared/src/policy/policy.schema.json';
import { POLICY_RULE } from '../../shared/src/policy/load';

const root = fileURLToPath(new URL('../../', import.meta.url));
const policyDoc = readFileSync(`${root}docs/policy.md`, 'utf8');
const headings = new Set([...policyDoc.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim().toLowerCase()));

describe('docs/policy.md', () => {
  it('has a section (anchor) for every top-level key of the schema', () => {
    for (const key of Object.keys(schema.properties).filter((k) => k !== '$schema')) {
      assert.ok(headings.has(key), `docs/policy.md has no "## ${key}" section`);
    }
  });

  it('has the sections that messages link to', () => {
    for (const anchor of ['discovery', 'presets', 'merging', 'globs', 'patterns', 'problems']) {
      assert.ok(headings.has(anchor), `docs/policy.md has no "## ${anchor}" section`);
    }
    // Every `docs/policy.md#x` mentioned in the loader's messages exists.
    const loader = readFileSync(`${root}shared/src/policy/load.ts`, 'utf8');
    for (const m of loader.matchAll(/docs\/policy\.md#([a-z_]+)/g)) assert.ok(headings.has(m[1]), `missing anchor #${m[1]}`);
  });
});

describe('policy rules', () => {
  it('each policy/* problem id has its rule file, docs page and test', () => {
    const ruleFiles = readdirSync(`${root}shared/src/rules/policy`).filter((f) => f.endsWith('.ts')).map((f) => `policy/${f.slice(0, -3)}`).sort();
    assert.deepEqual(ruleFiles, Object.values(POLICY_RULE).sort());
    for (const id of ruleFiles) {
      const name = id.slice('policy/'.length);
      assert.ok(existsSync(`${root}docs/rules/policy/${name}.md`), `docs/rules/${id}.md is missing`);
      assert.ok(existsSync(`${root}test/rules/policy/${name}.test.ts`), `test/rules/${id}.test.ts is missing`);
      const page = readFileSync(`${root}docs/rules/policy/${name}.md`, 'utf8');
      for (const section of ['## What it reports', '## Why', '## Examples', '## Fix', '## Options']) {
        assert.ok(page.split('\n').includes(section), `${id}: docs page lacks "${section}"`);
      }
    }
  });
});
