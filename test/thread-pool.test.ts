// The worker pool's own mechanics, with real threads running a small entry of their own: answers
// matched to their tasks, work spread over the threads, a task's error and a thread that stops each
// failing only their own tasks, and close.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ThreadPool } from '../src/node/thread-pool.js';

let entry: string;
const pools: ThreadPool<unknown, unknown>[] = [];

beforeAll(() => {
  entry = join(mkdtempSync(join(tmpdir(), 'soxlint-thread-pool-')), 'entry.cjs');
  // A thread as pool-thread.ts is one: answers { id, value } or { id, error }; 'exit' stops it.
  writeFileSync(entry, `const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, task }) => {
  if (task === 'exit') process.exit(3);
  if (task === 'throw') return parentPort.postMessage({ id, error: new RangeError('thrown by the task') });
  const until = Date.now() + (task.ms ?? 0);
  while (Date.now() < until);
  parentPort.postMessage({ id, value: { n: task.n, threadId } });
});
`);
});

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function open(size: number, perThread: number): ThreadPool<unknown, unknown> {
  const pool = new ThreadPool<unknown, unknown>(entry, size, perThread, {});
  pools.push(pool);
  return pool;
}

describe('ThreadPool', () => {
  it('answers every task with its own answer, and spreads the tasks over its threads', async () => {
    const pool = open(2, 1);
    const answers = (await Promise.all(Array.from({ length: 40 }, (_, n) => pool.run({ n, ms: 5 })))) as { n: number; threadId: number }[];
    expect(answers.map((a) => a.n)).toEqual(Array.from({ length: 40 }, (_, n) => n));
    expect(new Set(answers.map((a) => a.threadId)).size).toBe(2);
  });

  it("a task's error fails that task only, with the error the thread sent", async () => {
    const pool = open(1, 2);
    const runs = [pool.run({ n: 1 }), pool.run('throw'), pool.run({ n: 3 })];
    await expect(runs[1]).rejects.toThrow(new RangeError('thrown by the task'));
    expect(await runs[0]).toMatchObject({ n: 1 });
    expect(await runs[2]).toMatchObject({ n: 3 });
  });

  it('a thread that stops fails the tasks it held, and a new thread takes the rest', async () => {
    const pool = open(1, 1);
    const first = (await pool.run({ n: 0 })) as { threadId: number };
    const runs = [pool.run('exit'), pool.run({ n: 2 }), pool.run({ n: 3 })];
    await expect(runs[0]).rejects.toThrow('exit code 3');
    const after = (await Promise.all(runs.slice(1))) as { n: number; threadId: number }[];
    expect(after.map((a) => a.n)).toEqual([2, 3]);
    expect(after[0].threadId).not.toBe(first.threadId);
  });

  it('close fails the tasks not yet answered and refuses new ones', async () => {
    const pool = open(1, 1);
    const held = expect(pool.run({ n: 1, ms: 300 })).rejects.toThrow('the worker pool is closed');
    const queued = expect(pool.run({ n: 2 })).rejects.toThrow('the worker pool is closed');
    await pool.close();
    await Promise.all([held, queued]);
    await expect(pool.run({ n: 3 })).rejects.toThrow('the worker pool is closed');
  });
});
