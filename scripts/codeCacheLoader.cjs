'use strict';
/**
 * Entry point of a bundle (dist/server/server.js, dist/cli/promptgov.js), written by scripts/build.mjs:
 * runs the bundle next to it (`BUNDLE_FILE`, replaced by the build) with a V8 code cache, so that a
 * start does not compile the bundle's 2.6 MB again (bench/RESULTS.md, "LSP" and "Start-up").
 *
 * The cache is `<bundle>.<node version>-<arch>.cache` next to the bundle, written when there was none or V8
 * rejected it (another bundle, another V8): when the process exits, or 20 s after the start if it is still
 * running (a server that is killed never exits); by then it holds every function the run compiled, the
 * first check included. It goes through a temporary file and a rename, so that concurrent processes never
 * read half a file. V8 checks the source and its own version and flags before using a
 * cache. A folder that cannot be written, or any other failure, only means no cache: the bundle runs as a
 * plain `require` would run it.
 */
const { readFileSync, renameSync, writeFileSync, unlinkSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');

const file = join(__dirname, BUNDLE_FILE);
const cacheFile = `${file}.${process.version}-${process.arch}.cache`;

function compile() {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  try {
    // The bundles are ASCII-only (scripts/build.mjs): latin1 is the cheapest exact decoding.
    const script = new Script(Module.wrap(readFileSync(file, 'latin1')), { filename: file, cachedData });
    if (!cachedData || script.cachedDataRejected) {
      let written = false;
      const write = () => {
        if (!written) writeCache(script);
        written = true;
      };
      process.once('exit', write);
      setTimeout(write, 20_000).unref();
    }
    return script.runInThisContext();
  } catch {
    return undefined;
  }
}

function writeCache(script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
  }
}

const wrapper = compile();
if (wrapper) wrapper.call(module.exports, module.exports, require, module, file, __dirname);
else require(file);
