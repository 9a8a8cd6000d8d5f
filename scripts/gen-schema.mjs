#!/usr/bin/env node
// Writes shared/src/policy/policy.schema.json: the JSON Schema of `.promptgov.yaml`, generated from the
// `PolicyFile` type in shared/src/policy/types.ts (its doc comments become the descriptions editors show).
// `npm run schema` rewrites it; `--check` exits 1 when the committed file is out of date, and
// test/policy/schema.test.ts compares `policySchemaSource()` with the committed file.
//
// ts-json-schema-generator brings its own TypeScript (5.x) while the project builds with TypeScript 7, so
// the generator reads the types file alone, without our tsconfig, and does not type-check it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SCHEMA_PATH = join(root, 'shared/src/policy/policy.schema.json');
export const SCHEMA_ID = 'https://raw.githubusercontent.com/promptgov/promptgov/main/shared/src/policy/policy.schema.json';
export const SCHEMA_TITLE = 'promptgov policy file (.promptgov.yaml)';

/** The schema as a plain object, with `$id` and `title`, keys in a stable order. */
export function generatePolicySchema() {
  const { createGenerator } = require('ts-json-schema-generator');
  const generator = createGenerator({
    path: join(root, 'shared/src/policy/types.ts'),
    type: 'PolicyFile',
    skipTypeCheck: true,
    additionalProperties: false,
    topRef: false,
    expose: 'export',
    jsDoc: 'extended',
    sortProps: true,
  });
  const schema = generator.createSchema('PolicyFile');
  const { $schema, ...rest } = schema;
  return sortKeys({
    $schema,
    $id: SCHEMA_ID,
    title: SCHEMA_TITLE,
    ...rest,
    description:
      'The policy of a repository for promptgov: which prompt files to check, approved models, required metadata, ' +
      'rule settings, exceptions. Found by walking up from each prompt file; see docs/policy.md.',
  });
}

/** The exact text of the committed file: two-space JSON and a trailing newline. */
export function policySchemaSource() {
  return `${JSON.stringify(generatePolicySchema(), null, 2)}\n`;
}

const HEAD = ['$schema', '$id', 'title', 'description', 'type'];

/** Objects get their keys sorted (a few well-known keys first) so the output never depends on the generator's order. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => {
    const ia = HEAD.indexOf(a);
    const ib = HEAD.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? HEAD.length : ia) - (ib === -1 ? HEAD.length : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out = {};
  for (const k of keys) out[k] = sortKeys(value[k]);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = policySchemaSource();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {
      // a missing file is out of date too
    }
    if (current !== source) {
      console.error('shared/src/policy/policy.schema.json is out of date: run `npm run schema`.');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_PATH, source);
    console.log(`schema: wrote ${SCHEMA_PATH.slice(root.length + 1)}`);
  }
}
