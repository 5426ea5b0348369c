// Worker threads for linting (thread-pool.ts), each with a heap limit, so that a file that exhausts
// memory ends only its own task: the worker is replaced and the other files go on.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { Batch } from './lint-worker.js';
import type { Outcome } from './lint-input.js';
import type { RenderedRun } from './render.js';
import { ThreadPool } from './thread-pool.js';

/** Heap a worker may use (MB) before it is stopped; SOXLINT_WORKER_HEAP_MB overrides it. */
export const DEFAULT_WORKER_HEAP_MB = 2048;

export interface LintPool {
  /** The batch's outcomes; with a render spec, the batch rendered. */
  run(batch: Batch & { render?: null }): Promise<Outcome[]>;
  run(batch: Batch): Promise<Outcome[] | RenderedRun>;
  /** The reason for the one line shown when a worker stopped while linting a file. */
  describe(err: unknown): string;
  close(): Promise<void>;
}

/**
 * The worker module: run from the TypeScript sources (tests), the built one; loaded by the launcher
 * (a .cjs chunk of dist/bundle), the launcher's worker entry, which loads the same chunks with their
 * code caches; otherwise the one beside this module.
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return join(dirname(here), '../../dist/node/pool-thread.js');
  if (here.endsWith('.cjs')) return join(dirname(here), '../../bin/worker.cjs');
  return join(dirname(here), 'pool-thread.js');
}

export function heapLimitMb(env: Record<string, string | undefined>): number {
  const asked = Number(env.SOXLINT_WORKER_HEAP_MB);
  return Number.isFinite(asked) && asked >= 16 ? Math.floor(asked) : DEFAULT_WORKER_HEAP_MB;
}

/** `shared`: two batches per worker (the next one already there when one ends, so no worker waits on a message); else one, so a failure is that batch's own. */
export function openPool(threads: number, env: Record<string, string | undefined>, shared: boolean): LintPool {
  const heapMb = heapLimitMb(env);
  if (threads >= availableParallelism()) compileInWorkersThemselves();
  const pool = new ThreadPool<Batch, Outcome[] | RenderedRun>(workerFile(), threads, shared ? 2 : 1, {
    // A larger young generation than the default: a lint allocates many short-lived strings, and
    // frequent scavenges cost a fifth of a text run's CPU. 16 MB runs as fast as 48 (20,000 text
    // files, interleaved, quiet machine) with ~37 MB less peak memory and fewer page faults.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 },
    // Workers read no environment variables but the test hook's; this spares copying the parent's.
    env: env.SOXLINT_TEST_EXHAUST_HEAP ? { SOXLINT_TEST_EXHAUST_HEAP: env.SOXLINT_TEST_EXHAUST_HEAP } : {},
  });
  return {
    // lintBatch's own overloads: outcomes for a batch without a render spec (lint-worker.ts).
    run: ((batch: Batch) => pool.run(batch)) as LintPool['run'],
    describe(err) {
      const code = (err as NodeJS.ErrnoException)?.code;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `out of memory: linting it needs more than ${heapMb} MB`;
      return `internal error: worker stopped (${(err as Error)?.message ?? String(err)})`;
    },
    close: () => pool.close(),
  };
}

/**
 * With a worker on every core, V8's background compiles (TurboFan, on its helper threads) have no idle
 * core: they take turns with the workers and their code arrives late, while the function runs on in
 * a slower tier. Compiled on the worker's own thread instead, the code is used at once: 20,000 text
 * files with 2 workers on 2 cores, 1.81-1.84 s against 1.90-2.00 s (CPU 3.39-3.45 s against
 * 3.52-3.72 s), HTML 3.08-3.17 against 3.21-3.29 s (interleaved, quiet machine). The flag is read when
 * an isolate is made: it reaches the workers made from now on, while this thread keeps its own
 * background compiler. It does not change the code caches' flag hash (the caches are still taken).
 */
function compileInWorkersThemselves(): void {
  setFlagsFromString('--no-concurrent-recompilation');
}
