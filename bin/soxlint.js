#!/usr/bin/env node
// Thin launcher: the work is in src/, built by `npm install` / `npm run build` into dist/ and
// bundled into a few CommonJS chunks, dist/bundle/*.cjs (see scripts/bundle.js). Start-up is most of
// a one-file lint, so this file is CommonJS (bin/package.json: no ES module loader to start) and
// loads each chunk when first required, compiled with the V8 code cache made for it at build time;
// a cache that does not fit this Node (another V8) is ignored and the chunk compiled as usual.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const dir = join(__dirname, '..', 'dist', 'bundle');
const nodeRequire = createRequire(join(dir, 'cli.cjs'));
/** Chunk file -> { module, script }, in the order loaded. */
const chunks = new Map();

// The chunks' one ES module import (tinypool, for the worker pool) goes through this module's import().
const importModule = (id) => import(id);

/** A chunk's exports, by file name ("chunk-X.cjs"); loaded and run on first use, as require() does. */
function loadChunk(name) {
  const file = join(dir, name);
  const known = chunks.get(file);
  if (known) return known.module.exports;
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // no cache: compile as usual
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname, __soxlintImport, __soxlintUrl) {${readFileSync(file, 'utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  chunks.set(file, { module, script });
  script.runInThisContext()(module.exports, requireFromChunk, module, file, dir, importModule, pathToFileURL(file).href);
  return module.exports;
}

/** require() inside a chunk: another chunk ("./chunk-X.js" in the ES module form), else Node's. */
function requireFromChunk(id) {
  return id.startsWith('./') ? loadChunk(`${id.slice(2, -3)}.cjs`) : nodeRequire(id);
}

/** scripts/bundle.js: after a run, each chunk's cache holds the functions the run compiled. */
function writeCodeCaches() {
  for (const [file, { script }] of chunks) writeFileSync(`${file}.cache`, script.createCachedData());
}

loadChunk('cli.cjs').main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    if (process.env.SOXLINT_WRITE_CODE_CACHE === dir) writeCodeCaches();
  },
  (err) => {
    process.stderr.write(`soxlint: internal error: ${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
