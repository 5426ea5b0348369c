// A pool worker (see pool.ts): lints a batch of inputs and returns their outcomes in order, or, with a
// render spec, the whole batch rendered (render.ts).
import { lintInput, type InputOptions, type Outcome, type WorkItem } from './lint-input.js';
import { raiseTrimThreshold } from './malloc-trim.js';
import { inSlots, RunRenderer, type RenderedRun, type RenderSpec } from './render.js';

export interface Batch {
  items: WorkItem[];
  options: InputOptions;
  /** Results handed back rendered (the CLI prints them as they come) instead of as objects. */
  render?: RenderSpec | null;
}

/** Test hook (test/pool.test.ts): a file of this name fills the heap as a runaway reader would. */
const EXHAUST = process.env.SOXLINT_TEST_EXHAUST_HEAP;

raiseTrimThreshold();

export default async function lintBatch({ items, options, render }: Batch): Promise<Outcome[] | RenderedRun> {
  // This thread does nothing else: a blocking read stops only this batch, at a third of the CPU, so
  // the files are taken one after the other (no reads to keep in flight).
  const readHere = { ...options, syncReads: true };
  if (!render) {
    const outcomes: Outcome[] = [];
    for (const item of items) outcomes.push(await lintOne(item, readHere));
    return outcomes;
  }
  const run = new RunRenderer(render);
  // A plain loop: a for-of's iterator protocol (a try/finally across the await) would be compiled too.
  for (let k = 0; k < items.length; k++) {
    const { result, notes, problem } = await lintOne(items[k], readHere);
    run.add(items[k].name, result, notes, problem);
  }
  return render.slots ? inSlots(run.done(), render.slots) : run.done();
}

function lintOne(item: WorkItem, options: InputOptions): Promise<Outcome> {
  if (EXHAUST && item.name.endsWith(EXHAUST)) exhaustHeap();
  return lintInput(item, options);
}

function exhaustHeap(): never {
  const held: object[] = [];
  for (;;) held.push({ at: held.length, text: `paragraph ${held.length}` });
}
