#!/usr/bin/env node
// Thin launcher: the work is in src/, built by `npm install` / `npm run build` into dist/ and
// bundled into one script, dist/bundle/soxlint.cjs (see scripts/bundle.js). Start-up is most of a
// one-file lint, so this file is CommonJS (bin/package.json: no ES module loader to start) and
// compiles the script with the V8 code cache made at build time; a cache that does not fit this
// Node (another V8) is ignored and the script compiled as usual.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const file = join(__dirname, '..', 'dist', 'bundle', 'soxlint.cjs');
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache: compile as usual
}
const wrapped = `(function (exports, require, module, __filename, __dirname, __soxlintImport) {${readFileSync(file, 'utf8')}\n})`;
const script = new vm.Script(wrapped, { filename: file, cachedData });
const cli = { exports: {} };
// The script's one ES module import (tinypool, for the worker pool) goes through this module's import().
script.runInThisContext()(cli.exports, createRequire(file), cli, file, join(__dirname, '..', 'dist', 'bundle'), (id) => import(id));

cli.exports.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // scripts/bundle.js: the cache, after a run, holds the functions a lint compiles.
    if (process.env.SOXLINT_WRITE_CODE_CACHE === cacheFile) writeFileSync(cacheFile, script.createCachedData());
  },
  (err) => {
    process.stderr.write(`soxlint: internal error: ${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
