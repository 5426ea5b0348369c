// The pool's worker module (src/node/pool.ts, tinypool): the bundle's lint-worker chunk, loaded as
// the launcher loads chunks, with their code caches. Its ES module form (dist/bundle/lint-worker.js)
// would compile the same chunks from source in every worker: ~35 ms more CPU per worker here.
'use strict';
module.exports = require('./chunks.cjs').loadChunk('lint-worker.cjs');
