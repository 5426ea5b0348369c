// Workers started while a folder is still being walked (scheduler.ts, EarlyStart): only when the work
// found so far asks for as many workers as the run will choose in the end, and never left running.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { EarlyStart } from '../src/node/scheduler.js';
import { render, canonical } from './support/certs.js';

const names = (n: number, ext = '.txt') => Array.from({ length: n }, (_, i) => `f/ex31-${i}${ext}`);
/** Lets the lazy import of node:os (and a re-check) settle. */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('EarlyStart', () => {
  it('a number of workers given by the user starts at once, and lintAll can take the pool over', async () => {
    const early = new EarlyStart(2, {});
    expect(early.pools(3)).toBeUndefined();
    const pools = early.pools(2);
    expect(pools).toBeDefined();
    expect(early.pools(2)).toBeUndefined(); // taken over once
    const pool = await pools!.get(2, true);
    const bytes = new TextEncoder().encode(render(canonical(), 'text'));
    const [outcome] = await pool.run({ items: [{ name: 'a.txt', path: null, named: true, bytes }], options: { maxBytes: 1 << 20 } });
    expect(outcome.result?.errorCount).toBe(0);
    await pools!.close();
  });

  it('auto starts as many workers as cores once the files found are worth that many, not before', async () => {
    const cores = availableParallelism();
    const early = new EarlyStart('auto', {});
    // 3,000 text files per worker; below two workers' worth it waits (a pool of one may grow).
    const found = names(3000 * Math.max(2, cores) - 1);
    early.found(found, 0);
    await settle();
    for (let n = 1; n <= cores; n++) expect(early.pools(n)).toBeUndefined();
    found.push('f/last.txt');
    early.found(found, found.length - 1);
    await settle();
    expect(early.pools(cores - 1 || 99)).toBeUndefined();
    const pools = early.pools(cores);
    expect(pools).toBeDefined();
    await pools!.close();
  });

  it('auto weighs files by kind (an HTML file counts 2.5 text files), and "off" never starts', async () => {
    const cores = availableParallelism();
    const html = new EarlyStart('auto', {});
    html.found(names(Math.ceil((3000 * Math.max(2, cores)) / 2.5), '.htm'), 0);
    await settle();
    const pools = html.pools(cores);
    expect(pools).toBeDefined();
    await pools!.close();
    const off = new EarlyStart('off', {});
    off.found(names(100000), 0);
    await settle();
    expect(off.pools(cores)).toBeUndefined();
    await off.close();
  });

  it('close stops workers nobody took over', async () => {
    const early = new EarlyStart(1, {});
    await early.close();
    expect(early.pools(1)).toBeUndefined();
  });
});
