// Workers started, and the first batches sent to them, while the inputs are still being found: a
// folder of thousands takes the CLI's thread ~0.1-0.2 s to walk, and without this the workers (whose
// own start takes about as long) would wait for the walk's end. Workers start only when the work found
// so far already asks for as many as `workerCount` will choose at the end: a number given by the
// user, or (auto) this machine's cores once enough files are found for all of them. lintAll takes the
// pool and the batches sent over when they agree with what it would do; the caller closes the rest
// on every path (`close`).
import { MAX_BATCH, POOL_WORK, weight } from './batches.js';
import type { Batch } from './lint-worker.js';
import type { Outcome, WorkItem } from './lint-input.js';
import type { LintPool } from './pool.js';
import type { RenderedRun } from './render.js';

/** 'off': all in this thread; a number: that many workers; 'auto': chosen by the amount of work. */
export type Concurrency = number | 'auto' | 'off';
/** What every batch carries besides its inputs. */
export type Task = Omit<Batch, 'items'>;
/** What came back for a batch: an outcome each, or a worker's rendered run of them. */
export type Got = Outcome[] | RenderedRun;
/** A batch sent early: the inputs from index `start` on. */
export interface Sent { start: number; items: WorkItem[]; got: Promise<Got> }

export class EarlyStart {
  private started: { threads: number; pools: Pools; pool?: LintPool } | undefined;
  private work = 0;
  private cores: number | undefined;
  /** The inputs found so far, of which those before `next` are in `sent`. */
  private items: readonly WorkItem[] = [];
  private next = 0;
  private sent: Sent[] = [];
  /** An input that is read later (standard input) was found: nothing more is sent early. */
  private halted = false;

  /** Without `task`, workers start early but batches wait for lintAll. */
  constructor(private concurrency: Concurrency, private env: Record<string, string | undefined>, private task?: Task) {
    if (typeof concurrency === 'number' && concurrency > 0) this.start(concurrency);
  }

  /** The inputs found so far, of which those from `from` on are new. */
  found(items: readonly WorkItem[], from = 0): void {
    this.items = items;
    if (!this.started && this.concurrency === 'auto') this.count(from);
    this.send();
  }

  /** The pool and the batches sent, when started with `threads` workers for the same task and inputs; otherwise undefined (lintAll opens its own). */
  takeOver(threads: number, items: readonly WorkItem[], task: Task): { pools: Pools; sent: Sent[] } | undefined {
    const started = this.started;
    if (started?.threads !== threads) return undefined;
    this.started = undefined;
    const same = this.task?.options === task.options && (this.task.render ?? null) === (task.render ?? null);
    // Sent in order from the first input; kept while they are the inputs lintAll has at their places.
    const sent: Sent[] = [];
    for (const s of same ? this.sent : []) {
      if (!s.items.every((item, k) => items[s.start + k] === item)) break;
      sent.push(s);
    }
    this.sent = [];
    return { pools: started.pools, sent };
  }

  async close(): Promise<void> {
    const started = this.started;
    this.started = undefined;
    await started?.pools.close();
  }

  /** auto: starts one worker per core once the work found is worth that many. */
  private count(from: number): void {
    const items = this.items;
    for (let i = from; i < items.length; i++) this.work += weight(items[i].name);
    if (this.work < 2 * POOL_WORK) return; // a pool of one worker may still become one of more
    if (this.cores === undefined) {
      void import('node:os').then(({ availableParallelism }) => {
        this.cores = availableParallelism();
        if (!this.started) this.count(this.items.length);
        this.send();
      });
      return;
    }
    if (Math.floor(this.work / POOL_WORK) >= this.cores) this.start(this.cores);
  }

  private start(threads: number): void {
    const pools = new Pools(this.env);
    const started: NonNullable<EarlyStart['started']> = { threads, pools };
    this.started = started;
    // A failure to start shows where lintAll or close awaits the pool, not as an unhandled rejection.
    pools.get(threads, true).then((pool) => { started.pool = pool; this.send(); }, () => {});
  }

  /** Sends each whole batch of the inputs found so far to the started pool. */
  private send(): void {
    const pool = this.started?.pool;
    if (!pool || !this.task || this.halted) return;
    while (this.items.length - this.next >= MAX_BATCH) {
      const items = this.items.slice(this.next, this.next + MAX_BATCH);
      if (!items.every((item) => item.path !== null || item.bytes)) { this.halted = true; return; }
      const got = pool.run({ ...this.task, items });
      got.catch(() => {}); // settled by lintAll, or dropped with the pool on close
      this.sent.push({ start: this.next, items, got });
      this.next += MAX_BATCH;
    }
  }
}

/** Opened when first needed: the shared pool for batches, and a one-task pool for files alone. */
export class Pools {
  private opened = new Map<boolean, Promise<LintPool>>();
  constructor(private env: Record<string, string | undefined>) {}
  get(threads: number, shared: boolean): Promise<LintPool> {
    let pool = this.opened.get(shared);
    if (!pool) this.opened.set(shared, (pool = import('./pool.js').then((m) => m.openPool(threads, this.env, shared))));
    return pool;
  }
  async close(): Promise<void> {
    await Promise.all([...this.opened.values()].map(async (p) => (await p).close()));
  }
}
