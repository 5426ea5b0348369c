#!/usr/bin/env node
// Thin launcher: the work is in src/, built by `npm install` / `npm run build` into dist/ and
// bundled into CommonJS chunks (see scripts/bundle.js): the ones every run needs together in
// dist/bundle/boot.cjs, the others one per file, dist/bundle/*.cjs. Start-up is most of a one-file
// lint, so this file is CommonJS (bin/package.json: no ES module loader to start) and loads the
// chunks with their V8 code caches (chunks.cjs).
'use strict';
const { dir, loadChunk, writeCodeCaches } = require('./chunks.cjs');

loadChunk('cli.cjs').main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    if (process.env.SOXLINT_WRITE_CODE_CACHE === dir) writeCodeCaches();
    // With nothing left to run (no pending write, timer, worker), exit now: leaving through the event
    // loop would wait for V8's background work (a GC's sweeper freeing memory) and tear the heap down
    // page by page, ~10 ms of a one-file lint and ~50 ms after a run with workers. The 'exit' event
    // and the exit code are the same.
    else if (nothingLeft()) process.exit();
  },
  (err) => {
    process.stderr.write(`soxlint: internal error: ${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);

/**
 * Whether nothing is left to run. Node's own streams for standard input, output and error hold a
 * handle each once made (a terminal's or a pipe's; starting a worker makes those of output and error,
 * to pass the worker's own output on), but written they hold nothing: on Linux, Node writes to
 * terminals, pipes and files synchronously, so nothing is queued (checked all the same).
 */
function nothingLeft() {
  const left = process.getActiveResourcesInfo();
  if (left.length === 0) return true;
  if (left.length > 3 || !left.every((r) => r === 'PipeWrap' || r === 'TTYWrap')) return false;
  return process.stdout.writableLength === 0 && process.stderr.writableLength === 0;
}
