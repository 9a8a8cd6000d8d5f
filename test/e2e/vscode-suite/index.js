// Entry of the extension test suite, loaded by the extension host through `extensionTestsPath` (code-server
// or VS Code desktop via @vscode/test-electron). Runs every *.suite.js of this folder with Mocha and settles
// when they are done: resolved = all passed.
const path = require('node:path');
const fs = require('node:fs');

exports.run = async function run() {
  // mocha 12 is an ES module
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const dir = __dirname;
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.suite.js')) mocha.addFile(path.join(dir, f));
  await mocha.loadFilesAsync();
  const failures = await new Promise((resolve) => mocha.run(resolve));
  console.log(`[suite] ${failures === 0 ? 'all passed' : `${failures} failed`}`);
  if (failures) throw new Error(`${failures} extension test(s) failed`);
};
