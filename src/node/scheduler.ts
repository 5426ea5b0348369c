// Lints many inputs: in the CLI's own thread when the work is small (nothing to start), over a pool of
// worker threads when it is not; reads pipelined either way. Outcomes are handed on in input order, so
// the output is the same whatever the number of workers.
import { batchSize, POOL_WORK, weight } from './batches.js';
import { Pools, type Concurrency, type EarlyStart, type Got, type Sent, type Task } from './early-start.js';
import { LIGHT_BYTES, lintInput, type InputOptions, type Outcome, type WorkItem } from './lint-input.js';
import type { LintPool } from './pool.js';
import type { RenderedRun, RenderSpec } from './render.js';

export type { Concurrency } from './early-start.js';

export interface ScheduleOptions {
  concurrency: Concurrency;
  env: Record<string, string | undefined>;
  /** Called once per input, in input order: its outcome, or (below) the run a worker rendered it in. */
  onOutcome(item: WorkItem, outcome: Outcome): void;
  /** Called for inputs a worker rendered together (render.ts), in input order among onOutcome's. */
  onRun(items: WorkItem[], run: RenderedRun): void;
  /** Called as inputs finish (in any order): inputs done so far and certifications found. */
  onProgress?(done: number, certifications: number): void;
  /** Workers hand results back rendered so (render.ts) when set. */
  render?: RenderSpec | null;
  /** Workers started, and batches sent, while the inputs were still being found (early-start.ts). */
  early?: EarlyStart;
}

/** Reads in flight at once in this thread. */
const IN_FLIGHT = 16;

export async function lintAll(items: WorkItem[], options: InputOptions, sched: ScheduleOptions): Promise<void> {
  const inOrder = orderedSink(items, sched);
  const threads = await workerCount(items, sched.concurrency);
  const task: Task = { options, render: sched.render };
  const early = sched.early?.takeOver(threads, items, task);
  const pools = early?.pools ?? new Pools(sched.env);
  // A file is blamed for a stopped worker only when it stopped while linting that file alone.
  const alone = async (item: WorkItem): Promise<Got> => {
    const pool = await pools.get(1, false);
    try {
      return await pool.run({ items: [item], options, render: sched.render });
    } catch (err) {
      return [{ problem: pool.describe(err), notes: [] }];
    }
  };
  try {
    if (threads === 0) {
      // Small work: here, except files over LIGHT_BYTES (their memory is bounded by a worker's heap limit).
      const light = sched.concurrency === 'off' ? undefined : LIGHT_BYTES;
      await inThisThread(items, { ...options, light, syncReads: items.length === 1 }, inOrder, (i) => alone(items[i]));
    } else {
      await overPool(items, task, await pools.get(threads, true), { threads, sent: early?.sent ?? [] }, inOrder, alone);
    }
  } finally {
    await pools.close();
    await sched.early?.close();
  }
}

async function workerCount(items: WorkItem[], concurrency: Concurrency): Promise<number> {
  if (concurrency === 'off') return 0;
  if (typeof concurrency === 'number') return concurrency;
  let work = 0;
  for (const item of items) work += weight(item.name);
  if (work < POOL_WORK) return 0;
  // node:os only when the work is large: a one-file lint need not load it.
  const { availableParallelism } = await import('node:os');
  return Math.max(1, Math.min(availableParallelism(), Math.floor(work / POOL_WORK)));
}

type Sink = (start: number, count: number, got: Got) => void;

/** Collects what comes back as it comes and hands it on in input order. */
function orderedSink(items: WorkItem[], sched: ScheduleOptions): Sink {
  const held: ([number, Got] | undefined)[] = new Array(items.length);
  let next = 0;
  let done = 0;
  let certifications = 0;
  return (start, count, got) => {
    held[start] = [count, got];
    done += count;
    if (Array.isArray(got)) for (const o of got) certifications += o.result?.certifications.length ?? 0;
    else certifications += got.tally.certifications;
    for (let part = held[next]; part !== undefined; part = held[next]) {
      held[next] = undefined;
      const [n, g] = part;
      if (Array.isArray(g)) for (let k = 0; k < n; k++) sched.onOutcome(items[next + k], g[k]);
      else sched.onRun(items.slice(next, next + n), g);
      next += n;
    }
    sched.onProgress?.(done, certifications);
  };
}

async function inThisThread(items: WorkItem[], options: InputOptions, sink: Sink, elsewhere: (i: number) => Promise<Got>): Promise<void> {
  let next = 0;
  const isolated: Promise<void>[] = [];
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      const outcome = await lintInput(items[i], options);
      if (outcome.heavy) isolated.push(elsewhere(i).then((got) => sink(i, 1, got)));
      else sink(i, 1, [outcome]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, lane));
  await Promise.all(isolated);
}

/** `task`: the options and render spec each batch carries; `sent`: the batches sent before the inputs were all found. */
async function overPool(items: WorkItem[], task: Task, pool: LintPool, { threads, sent }: { threads: number; sent: Sent[] }, sink: Sink, alone: (item: WorkItem) => Promise<Got>): Promise<void> {
  const tasks: Promise<void>[] = [];
  const settle = (start: number, batch: WorkItem[], got: Promise<Got>) => tasks.push(got.then(
    (answer) => sink(start, batch.length, answer),
    // The worker stopped (out of memory, or worse): each file of the batch alone, to find which.
    () => Promise.all(batch.map((item, k) => alone(item).then((answer) => sink(start + k, 1, answer)))).then(() => undefined),
  ));
  let from = 0;
  for (const s of sent) {
    settle(s.start, s.items, s.got);
    from = s.start + s.items.length;
  }
  const size = batchSize(items.length - from, threads);
  for (let start = from; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    settle(start, batch, pool.run({ ...task, items: batch }));
  }
  await Promise.all(tasks);
}
