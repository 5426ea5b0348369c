// A fixed number of worker threads running one module, handed tasks as messages. A thread that stops
// (out of memory, or worse) fails only the tasks it held, and a new one takes its place.
//
// Its own rather than a library's: its threads are created the moment it is opened, while the CLI's
// thread walks the folder. tinypool is an ES module, whose asynchronous import finished only after the
// walk; the CommonJS pools take the CLI's thread 31-69 ms (piscina 5) or 11-22 ms (workerpool 10) to
// require, at the start of every large run. The thread side is a few lines (pool-thread.ts).
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Pool to thread: a task. Thread to pool: its answer, or what it threw. */
export interface TaskMessage<T> { id: number; task: T }
export type AnswerMessage<R> = { id: number; value: R } | { id: number; error: unknown };

interface Job<T, R> { id: number; task: T; resolve(value: R): void; reject(reason: unknown): void }
interface Thread<T, R> { worker: Worker; held: Map<number, Job<T, R>> }

export class ThreadPool<T, R> {
  private readonly threads: Thread<T, R>[] = [];
  /** Tasks not yet handed to a thread, from `head` on. */
  private queue: Job<T, R>[] = [];
  private head = 0;
  private ids = 0;
  private closed = false;

  /** `perThread`: tasks a thread holds at once (the next one waits there, not here). */
  constructor(private readonly file: string, size: number, private readonly perThread: number, private readonly options: WorkerOptions) {
    for (let i = 0; i < size; i++) this.threads.push(this.start());
  }

  run(task: T): Promise<R> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.ids++, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; tasks not yet answered fail. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const reason = new Error('the worker pool is closed');
    for (let i = this.head; i < this.queue.length; i++) this.queue[i].reject(reason);
    this.queue = [];
    for (const thread of this.threads) for (const job of thread.held.values()) job.reject(reason);
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  /** Hands queued tasks, in order, to the threads holding the fewest. */
  private dispatch(): void {
    while (this.head < this.queue.length) {
      let free: Thread<T, R> | undefined;
      for (const t of this.threads) if (t.held.size < this.perThread && (!free || t.held.size < free.held.size)) free = t;
      if (!free) return;
      const job = this.queue[this.head++];
      free.held.set(job.id, job);
      free.worker.postMessage({ id: job.id, task: job.task } satisfies TaskMessage<T>);
    }
    this.queue = [];
    this.head = 0;
  }

  private start(): Thread<T, R> {
    const thread: Thread<T, R> = { worker: new Worker(this.file, this.options), held: new Map() };
    thread.worker.on('message', (answer: AnswerMessage<R>) => {
      const job = thread.held.get(answer.id);
      if (!job) return;
      thread.held.delete(answer.id);
      if ('error' in answer) job.reject(answer.error);
      else job.resolve(answer.value);
      this.dispatch();
    });
    thread.worker.on('error', (err) => this.lost(thread, err));
    thread.worker.on('exit', (code) => this.lost(thread, new Error(`exit code ${code}`)));
    return thread;
  }

  /** A thread stopped: its tasks fail with the reason, and (unless closing) a new thread replaces it. */
  private lost(thread: Thread<T, R>, reason: unknown): void {
    const at = this.threads.indexOf(thread);
    if (at < 0 || this.closed) return; // 'exit' after 'error': already replaced
    for (const job of thread.held.values()) job.reject(reason);
    thread.held.clear();
    this.threads[at] = this.start();
    this.dispatch();
  }
}
