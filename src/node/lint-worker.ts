// A pool worker (see pool.ts): lints a batch of inputs and returns their outcomes in order.
import { lintInput, type InputOptions, type Outcome, type WorkItem } from './lint-input.js';

export interface Batch {
  items: WorkItem[];
  options: InputOptions;
}

/** Test hook (test/pool.test.ts): a file of this name fills the heap as a runaway reader would. */
const EXHAUST = process.env.SOXLINT_TEST_EXHAUST_HEAP;

export default async function lintBatch({ items, options }: Batch): Promise<Outcome[]> {
  // This thread does nothing else: a blocking read stops only this batch, at a third of the CPU, so
  // the files are taken one after the other (no reads to keep in flight).
  const readHere = { ...options, syncReads: true };
  const outcomes: Outcome[] = [];
  for (const item of items) {
    if (EXHAUST && item.name.endsWith(EXHAUST)) exhaustHeap();
    outcomes.push(await lintInput(item, readHere));
  }
  return outcomes;
}

function exhaustHeap(): never {
  const held: object[] = [];
  for (;;) held.push({ at: held.length, text: `paragraph ${held.length}` });
}
