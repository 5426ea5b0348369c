// A pool thread's entry (src/node/thread-pool.ts): the bundle's pool-thread chunk, loaded as the
// launcher loads chunks, with their code caches. Its ES module form (dist/bundle/pool-thread.js)
// would compile the same chunks from source in every worker: ~35 ms more CPU per worker here.
'use strict';
require('./chunks.cjs').loadChunk('pool-thread.cjs');
