// A pool worker (see pool.ts): lints a batch of inputs and returns their outcomes in order.
import { lintInput, type InputOptions, type Outcome, type WorkItem } from './lint-input.js';

export interface Batch {
  items: WorkItem[];
  options: InputOptions;
}

/** Reads in flight at once per batch: enough to hide I/O latency, few enough to bound held bytes. */
const IN_FLIGHT = 8;

/** Test hook (test/pool.test.ts): a file of this name fills the heap as a runaway reader would. */
const EXHAUST = process.env.SOXLINT_TEST_EXHAUST_HEAP;

export default async function lintBatch({ items, options }: Batch): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(items.length);
  // This thread does nothing else: a blocking read stops only this batch, at a third of the CPU.
  const readHere = { ...options, syncReads: true };
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      if (EXHAUST && items[i].name.endsWith(EXHAUST)) exhaustHeap();
      outcomes[i] = await lintInput(items[i], readHere);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, lane));
  return outcomes;
}

function exhaustHeap(): never {
  const held: object[] = [];
  for (;;) held.push({ at: held.length, text: `paragraph ${held.length}` });
}
