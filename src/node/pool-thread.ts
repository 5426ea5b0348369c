// A pool thread's entry (thread-pool.ts): in a worker thread, each task message is answered with its
// batch linted (lint-worker.ts). In the main thread (bench/warmup.mjs) it only hands on the batch
// function. Only types come from thread-pool.ts: a thread loads none of the pool's own code.
import { parentPort } from 'node:worker_threads';
import lintBatch, { type Batch } from './lint-worker.js';
import type { AnswerMessage, TaskMessage } from './thread-pool.js';

export default lintBatch;

if (parentPort) {
  const port = parentPort;
  port.on('message', ({ id, task }: TaskMessage<Batch>) => {
    lintBatch(task).then(
      (value) => port.postMessage({ id, value } satisfies AnswerMessage<unknown>),
      (error: unknown) => port.postMessage({ id, error } satisfies AnswerMessage<unknown>),
    );
  });
}
