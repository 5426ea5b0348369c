// Loads the bundle's CommonJS chunks (dist/bundle/, see scripts/bundle.js) for the launcher
// (soxlint.js) and the pool's workers (worker.cjs): each script compiled with the V8 code cache made
// for it at build time; a cache that does not fit this Node (another V8) is ignored and the script
// compiled as usual. A chunk runs when first required.
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
  fn(module.exports, requireFromChunk, module, file, dir, url);
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

module.exports = { dir, loadChunk, writeCodeCaches };
