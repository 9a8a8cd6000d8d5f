import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import committed from '../../shared/src/policy/policy.schema.json';
import { PRESETS } from '../../shared/src/policy/presets';

const schemaFile = fileURLToPath(new URL('../../shared/src/policy/policy.schema.json', import.meta.url));
const generatorUrl = pathToFileURL(fileURLToPath(new URL('../../scripts/gen-schema.mjs', import.meta.url))).href;

describe('policy JSON Schema', () => {
  it('the committed policy.schema.json equals the schema generated from types.ts', async function () {
    this.timeout(60000);
    const generator = (await import(generatorUrl)) as { policySchemaSource(): string };
    const fresh = generator.policySchemaSource();
    const onDisk = readFileSync(schemaFile, 'utf8');
    assert.ok(fresh === onDisk, 'shared/src/policy/policy.schema.json is out of date: run npm run schema');
  });

  it('has $id, title, a trailing newline and forbids unknown keys', () => {
    const text = readFileSync(schemaFile, 'utf8');
    assert.ok(text.endsWith('}\n'));
    assert.match(committed.$id, /^https:\/\/.+policy\.schema\.json$/);
    assert.match(committed.title, /promptgov/);
    assert.equal(committed.additionalProperties, false);
    for (const key of ['models', 'rules', 'files', 'exceptions', 'overrides', 'tests', 'extends', 'root']) {
      assert.ok(key in committed.properties, `schema lacks ${key}`);
    }
  });

  it('compiles with ajv and accepts both presets', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(committed);
    for (const [name, preset] of PRESETS) {
      assert.equal(validate(preset), true, `${name}: ${JSON.stringify(validate.errors)}`);
    }
    assert.equal(validate({ rules: { 'pii/email': 'eror' } }), false);
  });
});
