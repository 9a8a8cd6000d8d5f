// Negative control of the code-server harness: a suite whose run() rejects must make the harness
// report failure (exit code 1), so that a failing extension test can never pass unnoticed.
const assert = require('node:assert/strict');
const vscode = require('vscode');

exports.run = async function run() {
  assert.ok(vscode.workspace.workspaceFolders?.length, 'the workspace is open');
  console.log('[suite] failing on purpose');
  assert.equal(1 + 1, 3, 'this assertion fails on purpose');
};
