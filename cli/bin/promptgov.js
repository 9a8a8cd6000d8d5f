#!/usr/bin/env node
'use strict';
// The `promptgov` command: runs the esbuild bundle (built by `npm ci` through the root `prepare` script).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bundle = join(__dirname, '..', '..', 'dist', 'cli', 'promptgov.js');
if (!existsSync(bundle)) {
  process.stderr.write('promptgov: the CLI is not built yet. Run `npm run build` in the promptgov checkout.\n');
  process.exit(2);
}
require(bundle);
