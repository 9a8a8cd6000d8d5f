#!/usr/bin/env node
// Bundles the CLI, the language server and the VS Code extension with esbuild (one file each, no
// node_modules needed at run time). Runs on `npm ci` (prepare) so that `npx promptgov` works on a fresh clone.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');

/**
 * `loader`: the file a user runs is a small loader (scripts/codeCacheLoader.cjs) that runs the bundle
 * (`outfile`) with a V8 code cache; the extension host loads its own bundle, so the client has none.
 * A bundle with a loader is one function expression (`WRAPPER`), which the loader compiles from the file's
 * text as it is: wrapping 3 MB of text at start-up copies it.
 */
const targets = [
  { entry: 'cli/src/main.ts', outfile: 'dist/cli/main.js', loader: 'dist/cli/promptgov.js' },
  { entry: 'server/src/main.ts', outfile: 'dist/server/main.js', loader: 'dist/server/server.js' },
  { entry: 'client/src/extension.ts', outfile: 'dist/client/extension.js', external: ['vscode'] },
];
const WRAPPER = { banner: { js: '(function (exports, require, module, __filename, __dirname) {' }, footer: { js: '})' } };

/**
 * The token ranks (js-tiktoken's `o200k_base` and `cl100k_base`, 3.4 MB) are not bundled: they are written
 * once to `dist/tiktoken/<name>.json`, which every bundle reads on the first token count
 * (shared/src/governance/tokens.ts). Bundled, they were read and pre-parsed at every start of the CLI and
 * the server. `dist/tiktoken/` ships in the .vsix next to the bundles (.vscodeignore).
 */
const RANKS = ['o200k_base', 'cl100k_base'];
const RANKS_DIR = 'dist/tiktoken';

function writeRanks() {
  const require = createRequire(join(root, 'shared', 'package.json'));
  mkdirSync(join(root, RANKS_DIR), { recursive: true });
  for (const name of RANKS) {
    const mod = require(`js-tiktoken/ranks/${name}`);
    const data = mod.default ?? mod;
    writeFileSync(join(root, RANKS_DIR, `${name}.json`), JSON.stringify({ pat_str: data.pat_str, special_tokens: data.special_tokens, bpe_ranks: data.bpe_ranks }));
  }
}

/** Resolves `js-tiktoken/ranks/<name>` to a module that reads the side file next to the bundle's folder. */
const ranksAsSideFiles = {
  name: 'ranks-as-side-files',
  setup(b) {
    b.onResolve({ filter: /^js-tiktoken\/ranks\// }, (args) => ({ path: args.path.slice('js-tiktoken/ranks/'.length), namespace: 'side-ranks' }));
    b.onLoad({ filter: /.*/, namespace: 'side-ranks' }, (args) => {
      if (!RANKS.includes(args.path)) return { errors: [{ text: `js-tiktoken ranks '${args.path}' are not written to ${RANKS_DIR} (scripts/build.mjs RANKS)` }] };
      return {
        loader: 'js',
        contents: `module.exports = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '..', 'tiktoken', ${JSON.stringify(`${args.path}.json`)}), 'utf8'));`,
      };
    });
  },
};

/**
 * Node built-ins that bundled libraries `require` when they load but use later, if ever: `crypto`
 * (vscode-jsonrpc, for random pipe names) and `child_process` (vscode-languageserver, for global module
 * folders; the server's git). Loading them at once was ~15 ms of every start of the language server. Each
 * `require` of one becomes a stand-in that loads the real module at the first use of one of its properties
 * (`require` calls only: an `import` needs the module's names up front, so server code that imports one
 * loads it where it uses it).
 */
const LAZY_BUILTINS = /^(node:)?(crypto|child_process)$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: LAZY_BUILTINS }, (args) => {
      if (args.namespace === 'lazy-builtin') return { path: args.path, external: true };
      if (args.kind !== 'require-call') return undefined;
      return { path: `node:${args.path.replace(/^node:/, '')}`, namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      loader: 'js',
      contents: `let real;
const load = () => real || (real = require(${JSON.stringify(args.path)}));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const d = Object.getOwnPropertyDescriptor(load(), key);
    return d && { ...d, configurable: true };
  },
});
`,
    }));
  },
};

/**
 * `charset: 'ascii'` escapes strings but leaves comments and regular expression literals as written: escape
 * what is left (`\uXXXX` means the same code unit in a regular expression, a comment does not care).
 */
function asciiOnly(file) {
  const code = readFileSync(file, 'utf8');
  // eslint-disable-next-line no-control-regex
  const ascii = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== code) writeFileSync(file, ascii);
}

/**
 * The injection phrase tables' word indexes and prefilter (shared/src/detectors/injection/scan.ts `tablesData`),
 * built here from the tables and put in the bundles as JSON: built at run time they were most of the language
 * server's first analysis. scan.ts checks that they match the tables it runs with, else builds them itself.
 */
async function injectionTables() {
  const out = await build({
    absWorkingDir: root,
    stdin: { contents: "import { tablesData } from './shared/src/detectors/injection/scan'; module.exports = JSON.stringify(tablesData());", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  try {
    new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(join(root, 'shared', 'package.json')));
  } catch (e) {
    // A malformed table entry: the bundles build the tables at run time, where the rules report the error.
    console.warn(`build: injection phrase tables not precompiled: ${e.message}`);
    return undefined;
  }
  return module.exports;
}

const started = Date.now();
const built = [];
writeRanks();
const tablesJson = await injectionTables();
for (const t of targets) {
  if (!existsSync(join(root, t.entry))) continue;
  await build({
    absWorkingDir: root,
    entryPoints: [t.entry],
    outfile: t.outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    minify: !watch && process.env.PROMPTGOV_MINIFY === '1',
    external: t.external ?? [],
    logLevel: 'warning',
    legalComments: 'none',
    // ASCII-only output: Node reads an ASCII file as Latin-1 directly; one non-ASCII byte makes it decode
    // the whole bundle to UTF-16 first.
    charset: 'ascii',
    plugins: [ranksAsSideFiles, ...(t.loader ? [lazyBuiltins] : [])],
    define: tablesJson === undefined ? {} : { __PROMPTGOV_INJECTION_TABLES__: JSON.stringify(tablesJson) },
    ...(t.loader ? WRAPPER : {}),
  });
  asciiOnly(join(root, t.outfile));
  built.push(t.outfile);
  if (t.loader) {
    const loader = readFileSync(join(root, 'scripts', 'codeCacheLoader.cjs'), 'utf8').replace('join(__dirname, BUNDLE_FILE)', () => `join(__dirname, ${JSON.stringify(t.outfile.slice(t.outfile.lastIndexOf('/') + 1))})`);
    writeFileSync(join(root, t.loader), loader);
    built.push(t.loader);
  }
}
console.log(`build: ${[...built, `${RANKS_DIR}/*.json`].join(', ') || 'nothing to build'} (${Date.now() - started} ms)`);
