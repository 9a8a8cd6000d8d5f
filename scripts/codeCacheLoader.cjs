'use strict';
/**
 * Entry point of a bundle (dist/server/server.js, dist/cli/promptgov.js), written by scripts/build.mjs:
 * runs the bundle next to it (`BUNDLE_FILE`, replaced by the build) with a V8 code cache, so that a
 * start does not compile the bundle's 3 MB again (bench/RESULTS.md, "LSP" and "Start-up").
 *
 * The bundle is one function expression, `(function (exports, require, module, __filename, __dirname) {...})`
 * (the build wraps it): compiled from the file's text as it is. Wrapping the text here would make a second
 * 3 MB string, which V8 copies into one piece before compiling.
 *
 * The cache is `<bundle>.<node version>-<arch>-v8-<v8 version>.cache` next to the bundle, written when there
 * was none or V8 rejected it (another bundle, another V8): when the process exits, or 20 s after the start if
 * it is still running (a server that is killed never exits); by then it holds every function the run
 * compiled, the first check included. It goes through a temporary file and a rename, so that concurrent
 * processes never read half a file. V8 checks the source and its own version and flags before using a
 * cache. A cache that cannot be read or written only means compiling the bundle.
 *
 * Much of a start's CPU time is memory touched for the first time: each new page is a page fault, which on
 * a virtual machine costs more than the work done on the page (bench/RESULTS.md, "LSP": the server's minor
 * page faults). Hence:
 * - the source and then the cache are read into one buffer;
 * - the young generation does not grow during start-up (`--semi-space-growth-factor=1`). Evaluating the
 *   bundle and the first check keep most of what they allocate, so a bigger young generation only adds
 *   fresh pages that the same objects are copied through on their way to the old generation.
 * Start-up ends when the bundle says so (the language server emits `STARTUP_DONE` after its first check) or
 * after `STARTUP_MS` at the latest; then V8's defaults are back, before typing makes hot loops and
 * short-lived garbage. V8 rejects a cache made under other flags, so the cache is always made and read with
 * the start-up values.
 */
const { closeSync, fstatSync, openSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const file = join(__dirname, BUNDLE_FILE);
// Keyed by the V8 version too: VS Code's Electron may report the same Node version as the `node` on PATH
// with another V8, and the two would replace each other's cache at every start.
const cacheFile = `${file}.${process.version}-${process.arch}-v8-${process.versions.v8}.cache`;
const STARTUP_MS = 3_000;
const STARTUP_FLAGS = '--semi-space-growth-factor=1';
const DEFAULT_FLAGS = '--semi-space-growth-factor=2';
const STARTUP_DONE = 'promptgov:startup-done';
let startingUp = false;

function setFlags(flags) {
  try {
    setFlagsFromString(flags);
  } catch {
    // an engine without the flag: nothing to tune
  }
}

/** Reads the whole file into `buffer` (or a new buffer when it is too small): the buffer and the length read. */
function readInto(path, buffer) {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const into = buffer && buffer.length >= size ? buffer : Buffer.allocUnsafe(Math.max(size, buffer ? buffer.length : 0));
    let done = 0;
    while (done < size) {
      const n = readSync(fd, into, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    return { buffer: into, length: done };
  } finally {
    closeSync(fd);
  }
}

/** The size of a file, or 0 when it cannot be read. */
function sizeOf(path) {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function startUp() {
  startingUp = true;
  setFlags(STARTUP_FLAGS);
  const end = () => {
    if (!startingUp) return;
    startingUp = false;
    clearTimeout(timer);
    process.removeListener(STARTUP_DONE, end);
    setFlags(DEFAULT_FLAGS);
  };
  const timer = setTimeout(end, STARTUP_MS).unref();
  process.on(STARTUP_DONE, end);
}

function load() {
  // One buffer for the source and then the cache, big enough for both: the cache is often the larger.
  const source = readInto(file, Buffer.allocUnsafe(Math.max(sizeOf(file), sizeOf(cacheFile))));
  // The bundles are ASCII-only (scripts/build.mjs): latin1 is the cheapest exact decoding.
  const code = source.buffer.toString('latin1', 0, source.length);
  let cachedData;
  try {
    const cache = readInto(cacheFile, source.buffer);
    cachedData = cache.buffer.subarray(0, cache.length);
  } catch {
    cachedData = undefined;
  }
  startUp();
  const script = new Script(code, { filename: file, cachedData });
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
}

function writeCache(script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    setFlags(STARTUP_FLAGS);
    const data = script.createCachedData();
    if (!startingUp) setFlags(DEFAULT_FLAGS);
    writeFileSync(temporary, data);
    renameSync(temporary, cacheFile);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
  }
}

load().call(module.exports, module.exports, require, module, file, __dirname);
