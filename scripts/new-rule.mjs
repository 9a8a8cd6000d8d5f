#!/usr/bin/env node
// `npm run new:rule <category>/<rule-name>`: scaffolds a rule file, its docs page and its table-driven test,
// then rewrites the rule registry. The scaffolded rule works (it reports an optional phrase) so that its test
// passes at once; replace its check with the real one.
// PROMPTGOV_ROOT=<dir> writes into another tree (the repository test uses a temporary folder).
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registrySource } from './gen-registry.mjs';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Why `id` cannot be a new rule id, or undefined when it can. */
export function idProblem(id, root) {
  if (!id) return 'Give the rule id as <category>/<rule-name>, e.g. `npm run new:rule -- pii/passport-number`.';
  if (!ID.test(id)) {
    return `'${id}' is not a valid rule id: use <category>/<rule-name> in lower-case kebab-case (letters, digits, single dashes), e.g. pii/passport-number.`;
  }
  if (existsSync(join(root, 'shared/src/rules', `${id}.ts`))) {
    return `The rule ${id} already exists (shared/src/rules/${id}.ts): pick another name or edit that file.`;
  }
  return undefined;
}

export function scaffold(id, root) {
  const [category, name] = id.split('/');
  const files = [
    [join(root, 'shared/src/rules', category, `${name}.ts`), ruleSource(id)],
    [join(root, 'docs/rules', category, `${name}.md`), docsSource(id)],
    [join(root, 'test/rules', category, `${name}.test.ts`), testSource(id)],
  ];
  for (const [file] of files) {
    if (existsSync(file)) throw new Error(`${relative(root, file)} already exists: remove it or pick another rule name.`);
  }
  for (const [file, text] of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const ids = ruleIdsIn(join(root, 'shared/src/rules'));
  writeFileSync(join(root, 'shared/src/rules/index.ts'), registrySource(ids));
  return files.map(([file]) => relative(root, file));
}

/** The rule ids under a rules folder (the same walk as gen-registry.mjs, for any root). */
export function ruleIdsIn(rulesDir) {
  const ids = [];
  for (const category of readdirSync(rulesDir).sort()) {
    const dir = join(rulesDir, category);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts')) ids.push(`${category}/${file.slice(0, -3)}`);
    }
  }
  return ids.sort();
}

function ruleSource(id) {
  return `import { defineRule } from '../rule';

/**
 * ${id}: describe in one paragraph what this rule reports and why it matters.
 * The check below is a working starting point (it reports the \`phrase\` option wherever it appears in the
 * body); replace it with the real check and update the docs page and the test with it.
 */
export default defineRule({
  meta: {
    id: '${id}',
    description: 'Reports the configured phrase in the prompt body.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {
      phrase: { type: 'string', default: '', description: 'Text to report in the body; empty reports nothing.' },
    },
  },
  check({ document, options, report }) {
    const phrase = String(options.phrase ?? '');
    if (!phrase) return;
    const body = document.text.slice(document.body.offset, document.body.endOffset);
    for (let at = body.indexOf(phrase); at >= 0; at = body.indexOf(phrase, at + phrase.length)) {
      const offset = document.body.offset + at;
      report({ span: { offset, endOffset: offset + phrase.length }, message: \`The body contains '\${phrase}'.\` });
    }
  },
});
`;
}

function docsSource(id) {
  return `# ${id}

Reports the configured phrase in the prompt body.

## What it reports

Every occurrence of the \`phrase\` option in the body of a prompt file.

## Why

Explain the risk this rule guards against, for the person who meets the finding in a pull request.

## Examples

### Bad

\`\`\`
---
model: googleai/gemini-2.5-flash
---
Say the forbidden word.
\`\`\`

with \`rules: { "${id}": [warning, { phrase: forbidden }] }\`.

### Good

\`\`\`
---
model: googleai/gemini-2.5-flash
---
Say hello.
\`\`\`

## Fix

No automatic fix.

## Options

| option | type | default | meaning |
|---|---|---|---|
| \`phrase\` | string | \`""\` | Text to report in the body; empty reports nothing. |
`;
}

function testSource(id) {
  const [category, name] = id.split('/');
  return `import rule from '../../../shared/src/rules/${category}/${name}';
import { ruleTester } from '../harness';

ruleTester(rule, {
  valid: [
    { name: 'no phrase configured', path: 'prompts/a.prompt', text: '---\\nmodel: googleai/gemini-2.5-flash\\n---\\nSay the forbidden word.\\n' },
    { name: 'phrase absent', path: 'prompts/a.prompt', text: '---\\nmodel: googleai/gemini-2.5-flash\\n---\\nSay hello.\\n', options: { phrase: 'forbidden' } },
  ],
  invalid: [
    {
      name: 'phrase present',
      path: 'prompts/a.prompt',
      text: '---\\nmodel: googleai/gemini-2.5-flash\\n---\\nSay the forbidden word.\\n',
      options: { phrase: 'forbidden' },
      errors: [{ text: 'forbidden', line: 4, column: 9 }],
      output: null,
    },
  ],
});
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.env.PROMPTGOV_ROOT || join(dirname(fileURLToPath(import.meta.url)), '..');
  const id = process.argv[2];
  const problem = idProblem(id, root);
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
  try {
    const written = scaffold(id, root);
    console.log(`Created ${written.join(', ')} and updated shared/src/rules/index.ts.`);
    console.log(`Next: write the check, the docs page and the test cases, then run \`npx mocha ${written[2]}\`.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
