// Workers started, and the first batches sent, while a folder is still being walked (early-start.ts):
// only when the work found so far asks for as many workers as the run will choose in the end, never
// left running, and batches taken over only when they are the run's own.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { EarlyStart, type Task } from '../src/node/early-start.js';
import type { WorkItem } from '../src/node/lint-input.js';
import { render, canonical } from './support/certs.js';

const items = (n: number, ext = '.txt'): WorkItem[] => Array.from({ length: n }, (_, i) => ({ name: `f/ex31-${i}${ext}`, path: `/nowhere/f/ex31-${i}${ext}`, named: false }));
/** Inputs with their content, as a staged file carries it: a worker lints them without a disk. */
const certs = (n: number): WorkItem[] => {
  const bytes = new TextEncoder().encode(render(canonical(), 'text'));
  return Array.from({ length: n }, (_, i) => ({ name: `c${i}.txt`, path: null, named: false, bytes }));
};
const task = (): Task => ({ options: { maxBytes: 1 << 20 }, render: null });
/** Lets the lazy imports (node:os, the pool) and a re-check settle. */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('EarlyStart', () => {
  it('a number of workers given by the user starts at once, and lintAll can take the pool over', async () => {
    const early = new EarlyStart(2, {});
    expect(early.takeOver(3, [], task())).toBeUndefined();
    const taken = early.takeOver(2, [], task());
    expect(taken).toBeDefined();
    expect(taken!.sent).toEqual([]); // no task given: nothing sent early
    expect(early.takeOver(2, [], task())).toBeUndefined(); // taken over once
    const pool = await taken!.pools.get(2, true);
    const [outcome] = await pool.run({ options: task().options, items: certs(1) });
    expect(outcome.result?.errorCount).toBe(0);
    await taken!.pools.close();
  });

  it('sends whole batches of 32 of the inputs found, in order, and lintAll takes them over when they are its inputs', async () => {
    const t = task();
    const early = new EarlyStart(2, {}, t);
    const found = certs(100);
    early.found(found.slice(0, 40), 0);
    await settle(); // the pool's module loads; the first batch goes out then
    early.found(found, 40);
    const taken = early.takeOver(2, found, t)!;
    expect(taken.sent.map((s) => [s.start, s.items.length])).toEqual([[0, 32], [32, 32], [64, 32]]);
    expect(taken.sent[1].items[0]).toBe(found[32]);
    for (const s of taken.sent) {
      const outcomes = (await s.got) as { result?: { errorCount: number } }[];
      expect(outcomes.map((o) => o.result?.errorCount)).toEqual(Array(32).fill(0));
    }
    await taken.pools.close();
  });

  it('keeps no batch sent for other inputs or another task, and sends none past an input read later', async () => {
    const t = task();
    const found = certs(64);
    const other = new EarlyStart(1, {}, t);
    other.found(found, 0);
    await settle();
    other.found(found, 64);
    const moved = [...found.slice(0, 40), { ...found[40] }, ...found.slice(41)];
    const partly = other.takeOver(1, moved, t)!;
    expect(partly.sent.map((s) => s.start)).toEqual([0]); // the second batch holds another input
    await partly.pools.close();
    const another = new EarlyStart(1, {}, t);
    another.found(found, 0);
    await settle();
    another.found(found, 64);
    const taken = another.takeOver(1, found, task())!; // an equal task, not the same one
    expect(taken.sent).toEqual([]);
    await taken.pools.close();
    const stdin = new EarlyStart(1, {}, t);
    const withStdin = [...found.slice(0, 40), { name: '-', path: null, named: true }, ...found.slice(40)];
    stdin.found(withStdin, 0);
    await settle();
    stdin.found(withStdin, 65);
    const halted = stdin.takeOver(1, withStdin, t)!;
    expect(halted.sent.map((s) => s.start)).toEqual([0]);
    await halted.pools.close();
  });

  it('auto starts as many workers as cores once the files found are worth that many, not before', async () => {
    const cores = availableParallelism();
    const early = new EarlyStart('auto', {});
    // 3,000 text files per worker; below two workers' worth it waits (a pool of one may grow).
    const found = items(3000 * Math.max(2, cores) - 1);
    early.found(found, 0);
    await settle();
    for (let n = 1; n <= cores; n++) expect(early.takeOver(n, found, task())).toBeUndefined();
    found.push({ name: 'f/last.txt', path: '/nowhere/f/last.txt', named: false });
    early.found(found, found.length - 1);
    await settle();
    expect(early.takeOver(cores - 1 || 99, found, task())).toBeUndefined();
    const taken = early.takeOver(cores, found, task());
    expect(taken).toBeDefined();
    await taken!.pools.close();
  });

  it('auto weighs files by kind (an HTML file counts 2.5 text files), and "off" never starts', async () => {
    const cores = availableParallelism();
    const html = new EarlyStart('auto', {});
    html.found(items(Math.ceil((3000 * Math.max(2, cores)) / 2.5), '.htm'), 0);
    await settle();
    const taken = html.takeOver(cores, [], task());
    expect(taken).toBeDefined();
    await taken!.pools.close();
    const off = new EarlyStart('off', {});
    off.found(items(100000), 0);
    await settle();
    expect(off.takeOver(cores, [], task())).toBeUndefined();
    await off.close();
  });

  it('close stops workers nobody took over', async () => {
    const early = new EarlyStart(1, {});
    await early.close();
    expect(early.takeOver(1, [], task())).toBeUndefined();
  });
});
