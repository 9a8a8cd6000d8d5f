/**
 * TextMate grammar tests: the cases in test/grammar/cases/ carry scope assertions (`vscode-tmgrammar-test`
 * syntax: a `// SYNTAX TEST "<scope>"` header, then `^^^ scope` lines under the source lines). The
 * grammars are loaded from the root package.json's `contributes.grammars` (so a wrong path or scope name
 * there fails too); `source.yaml` is a small stub (stubs/yaml.tmLanguage.json) standing in for VS Code's
 * YAML grammar. A negative control proves that a wrong scope makes the run fail.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const tool = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
const yamlStub = join(here, 'stubs', 'yaml.tmLanguage.json');

function runTool(globs: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [tool, '--compact', '-g', yamlStub, ...globs], {
    cwd: root,
    encoding: 'utf8',
    // The tool's assertion parser backtracks badly on malformed assertions: never wait forever.
    timeout: 60_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
  embeddedLanguages?: Record<string, string>;
}

describe('TextMate grammars', function () {
  this.timeout(90_000);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const grammars: GrammarContribution[] = pkg.contributes.grammars;

  it('every contributed grammar and language configuration exists and names its scope', () => {
    assert.ok(grammars.length >= 4);
    for (const g of grammars) {
      const file = join(root, g.path);
      assert.ok(existsSync(file), `${g.path} is missing`);
      const json = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(json.scopeName, g.scopeName, `${g.path}: scopeName`);
      if (g.injectTo) assert.ok(json.injectionSelector, `${g.path}: an injection grammar needs an injectionSelector`);
    }
    for (const lang of pkg.contributes.languages) {
      assert.ok(grammars.some((g) => g.language === lang.id), `no grammar for language ${lang.id}`);
      const conf = JSON.parse(readFileSync(join(root, lang.configuration), 'utf8'));
      assert.ok(conf.comments?.blockComment?.length === 2, `${lang.configuration}: block comment`);
      assert.ok(conf.autoClosingPairs.some((p: { open: string }) => p.open === '{'), `${lang.configuration}: {{ }} auto-closing`);
    }
  });

  it('never redefines VS Code\'s own prompt, instructions or chatmode languages', () => {
    const ids = pkg.contributes.languages.map((l: { id: string }) => l.id);
    for (const builtIn of ['prompt', 'instructions', 'chatmode', 'yaml', 'markdown']) assert.ok(!ids.includes(builtIn), builtIn);
  });

  it('every case passes its scope assertions', () => {
    const cases = readdirSync(join(here, 'cases'));
    assert.ok(cases.length >= 6, `expected the grammar cases, found ${cases.length}`);
    const { status, output } = runTool(['test/grammar/cases/*']);
    assert.equal(status, 0, output);
    for (const c of cases) assert.match(output, new RegExp(`✓ test/grammar/cases/${c.replace(/\./g, '\\.')} run successfuly`), output);
  });

  it('fails on a wrong scope (negative control)', () => {
    const { status, output } = runTool(['test/grammar/negative/wrong-scope.prompty']);
    assert.notEqual(status, 0, output);
    assert.match(output, /Missing required scopes: \[ entity\.name\.section\.role\.dotprompt \]/);
    assert.match(output, /Missing required scopes: \[ comment\.block\.jinja \]/);
  });
});
