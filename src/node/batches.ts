// How linting work is split: what an input weighs, how much work is worth starting workers for, and
// how many files go to a worker at once.
import { extensionOf } from '../core/extract/index.js';

/** Estimated work (in text-certification units) worth starting workers for: about half a second of CPU. */
export const POOL_WORK = 3000;

/** Rough cost of an input (its name) relative to a text certification: CPU per read + lint, text ~180 us, HTML ~390 us, .docx 0.7-2 ms (docs/scale.md). */
export function weight(name: string): number {
  const extension = extensionOf(name);
  return extension === '.txt' ? 1 : extension === '.docx' ? 8 : 2.5;
}

/**
 * Largest batch. A task costs the pool a message each way, but a worker holds a batch's outcomes until
 * it hands them back: past about a young-generation collection's worth of files they are promoted,
 * and the old generation grows (page faults, a full collection) with what dies right after. 20,000
 * files in batches of 32 rather than 625: 7-18% less CPU, 15-25% fewer page faults (interleaved runs).
 */
export const MAX_BATCH = 32;

/** Batches small enough to keep every worker busy to the end (16 each), large enough to make tasks cheap. */
export function batchSize(count: number, threads: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(count / (threads * 16))));
}
