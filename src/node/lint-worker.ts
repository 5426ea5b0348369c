// A pool worker (see pool.ts): lints a batch of inputs and returns their outcomes in order.
import { lintInput, type InputOptions, type Outcome, type WorkItem } from './lint-input.js';
import { renderer, type Rendered, type RenderSpec } from './render.js';

export interface Batch {
  items: WorkItem[];
  options: InputOptions;
  /** Results handed back rendered (the CLI prints them as they come) instead of as objects. */
  render?: RenderSpec | null;
}

/** This worker's renderer, kept while the spec is the same one (a run has one). */
let rendering: { key: string; render: (r: NonNullable<Outcome['result']>) => Rendered } | undefined;

/** Test hook (test/pool.test.ts): a file of this name fills the heap as a runaway reader would. */
const EXHAUST = process.env.SOXLINT_TEST_EXHAUST_HEAP;

export default async function lintBatch({ items, options, render: spec }: Batch): Promise<Outcome[]> {
  const render = spec ? rendererFor(spec) : null;
  // This thread does nothing else: a blocking read stops only this batch, at a third of the CPU, so
  // the files are taken one after the other (no reads to keep in flight).
  const readHere = { ...options, syncReads: true };
  const outcomes: Outcome[] = [];
  for (const item of items) {
    if (EXHAUST && item.name.endsWith(EXHAUST)) exhaustHeap();
    const outcome = await lintInput(item, readHere);
    if (render && outcome.result) {
      outcome.rendered = render(outcome.result);
      delete outcome.result;
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

function rendererFor(spec: RenderSpec) {
  const key = JSON.stringify(spec);
  if (rendering?.key !== key) rendering = { key, render: renderer(spec) };
  return rendering.render;
}

function exhaustHeap(): never {
  const held: object[] = [];
  for (;;) held.push({ at: held.length, text: `paragraph ${held.length}` });
}
