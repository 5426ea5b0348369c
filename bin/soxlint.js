#!/usr/bin/env node
// Thin launcher: the work is in src/, built by `npm install` / `npm run build` into dist/ and
// bundled into CommonJS chunks (see scripts/bundle.js): the ones every run needs together in
// dist/bundle/boot.cjs, the others one per file, dist/bundle/*.cjs. Start-up is most of a one-file
// lint, so this file is CommonJS (bin/package.json: no ES module loader to start) and compiles each
// script with the V8 code cache made for it at build time; a cache that does not fit this Node
// (another V8) is ignored and the script compiled as usual. A chunk runs when first required.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join, sep } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const dir = join(__dirname, '..', 'dist', 'bundle');
const nodeRequire = createRequire(join(dir, 'cli.cjs'));
/** Chunk name -> its module. */
const chunks = new Map();
/** Scripts compiled, for writeCodeCaches. */
const scripts = new Map();

// The chunks' one ES module import (tinypool, for the worker pool) goes through this module's import().
const importModule = (id) => import(id);

/** Compiles and runs one script of dist/bundle/ with its code cache, if there is one. */
function runScript(file) {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // no cache: compile as usual
  }
  const script = new vm.Script(readFileSync(file, 'utf8'), { filename: file, cachedData });
  scripts.set(file, script);
  return script.runInThisContext();
}

/** The chunks every run loads, by name: one script (see scripts/bundle.js). */
const boot = runScript(join(dir, 'boot.cjs'));

/** A chunk's exports, by file name ("chunk-X.cjs"); loaded and run on first use, as require() does. */
function loadChunk(name) {
  const known = chunks.get(name);
  if (known) return known.exports;
  const file = dir + sep + name;
  const fn = Object.hasOwn(boot, name) ? boot[name] : runScript(file);
  const module = { exports: {} };
  chunks.set(name, module);
  // import.meta.url, made when read (by the few chunks that read it), not for every chunk at start.
  const url = { get href() { return pathToFileURL(file).href; } };
  fn(module.exports, requireFromChunk, module, file, dir, importModule, url);
  return module.exports;
}

/** require() inside a chunk: another chunk ("./chunk-X.js" in the ES module form), else Node's. */
function requireFromChunk(id) {
  return id.startsWith('./') ? loadChunk(`${id.slice(2, -3)}.cjs`) : nodeRequire(id);
}

/** scripts/bundle.js: after a run, each script's cache holds the functions the run compiled. */
function writeCodeCaches() {
  for (const [file, script] of scripts) writeFileSync(`${file}.cache`, script.createCachedData());
}

loadChunk('cli.cjs').main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    if (process.env.SOXLINT_WRITE_CODE_CACHE === dir) writeCodeCaches();
    // With nothing left to run (no pending write, timer, worker), exit now: leaving through the event
    // loop would wait for V8's background work (a GC's sweeper freeing memory) and tear the heap down
    // page by page, ~10 ms of a one-file lint. The 'exit' event and the exit code are the same.
    else if (process.getActiveResourcesInfo().length === 0) process.exit();
  },
  (err) => {
    process.stderr.write(`soxlint: internal error: ${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
