// Reading one input file through one descriptor, written once as a sequence of file-system steps and
// run either synchronously (a pool worker: each read blocks only that worker, and a synchronous call
// costs about a third of the CPU of a trip through libuv's thread pool) or asynchronously with many
// reads in flight (the CLI's own thread, which must stay responsive).
// Named imports: a default import of node:fs becomes, in the CLI's CommonJS bundle, a copy of all of
// node:fs's ~100 functions as getters at every start.
import { close, constants, fstat, fstatSync, open, openSync, read, readSync, type Stats } from 'node:fs';
import { InputError } from '../core/extract/errors.js';
import { isSubmission } from '../core/extract/sniff.js';
import { closeQuietly, errorReason, notRegular, tooLarge } from './files.js';

/** What a read gives: the bytes; `[]` for an EDGAR complete submission (streamed instead); 'heavy' for a file over `light`. */
export type ReadOutcome = Uint8Array | [] | 'heavy';

export interface ReadRequest {
  path: string;
  maxBytes: number;
  /** The folder walk saw a regular file (so no fstat is needed to check it). */
  regular: boolean;
  /** Over this many bytes, the file is not read further: 'heavy' (linted elsewhere). */
  light?: number;
}

type Step =
  | { op: 'open'; path: string }
  | { op: 'fstat'; fd: number }
  | { op: 'read'; fd: number; into: Uint8Array; at: number; length: number }
  | { op: 'close'; fd: number };

/** First read: a certification file is a few KB, so one read usually holds all of it. */
const FIRST_READ = 16 * 1024;
/** Non-blocking, so that a FIFO swapped in after the walk is refused instead of waited on. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** `firstRead(n)`: n bytes of memory for the first read, all this file's own (what it reads is kept as a view of it). */
function* readSteps(req: ReadRequest, firstRead: (n: number) => Uint8Array): Generator<Step, ReadOutcome, unknown> {
  let fd: number | undefined;
  try {
    fd = (yield { op: 'open', path: req.path }) as number;
    let size = -1;
    if (!req.regular) {
      const info = (yield { op: 'fstat', fd }) as Stats;
      if (info.isDirectory()) throw new InputError('is a directory');
      if (!info.isFile()) throw new InputError(notRegular(info));
      size = info.size;
    }
    // Not zero-filled: only what was read is kept (copied out below).
    const first = firstRead(size >= 0 ? Math.min(size, FIRST_READ) : FIRST_READ);
    const got = first.length ? ((yield { op: 'read', fd, into: first, at: 0, length: first.length }) as number) : 0;
    if (got < first.length || size === got) size = got; // the whole file
    else if (size < 0) size = ((yield { op: 'fstat', fd }) as Stats).size;
    const head = first.subarray(0, Math.min(got, 4096));
    if (req.light !== undefined && size > req.light) return 'heavy';
    if (isSubmission(head)) return [];
    if (size > req.maxBytes) throw new InputError(tooLarge(size, req.maxBytes));
    if (got === size) return first.subarray(0, got);
    const all = new Uint8Array(size);
    all.set(first.subarray(0, got));
    let at = got;
    while (at < all.length) {
      const n = (yield { op: 'read', fd, into: all, at, length: all.length - at }) as number;
      if (n === 0) break; // shrank while read
      at += n;
    }
    return all.subarray(0, at);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(errorReason(err));
  } finally {
    if (fd !== undefined) yield { op: 'close', fd };
  }
}

function stepSync(step: Step): unknown {
  switch (step.op) {
    case 'open': return openSync(step.path, OPEN_FLAGS);
    case 'fstat': return fstatSync(step.fd);
    case 'read': return readSync(step.fd, step.into, step.at, step.length, step.at);
    case 'close': return closeQuietly(step.fd); // the bytes are read: a failed close must not replace them
  }
}

/** Callback fs rather than FileHandle: at thousands of small files a second it is half the CPU. */
function stepAsync(step: Step): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const done = (err: NodeJS.ErrnoException | null, value?: unknown) => (err ? reject(err) : resolve(value));
    switch (step.op) {
      case 'open': return open(step.path, OPEN_FLAGS, done);
      case 'fstat': return fstat(step.fd, done);
      case 'read': return read(step.fd, step.into, step.at, step.length, step.at, done);
      case 'close': close(step.fd, () => {}); return resolve(undefined); // nothing waits on a close
    }
  });
}

/**
 * The blocking reader's memory: each file is read into the free part of one slab and kept as a view of
 * it, so a worker's file costs no buffer of its own, zero-filled and copied into (the slab is not
 * zero-filled). Only the part a file kept is taken (reads are one at a time per thread); the slab is
 * collected once every file read into it is.
 */
const SLAB = 64 * 1024;
let slab: Uint8Array | undefined;
let slabUsed = 0;

function slabPart(n: number): Uint8Array {
  if (slab === undefined || slab.length - slabUsed < n) {
    slab = new Uint8Array(Buffer.allocUnsafeSlow(SLAB).buffer, 0, SLAB);
    slabUsed = 0;
  }
  return slab.subarray(slabUsed, slabUsed + n);
}

/** Reads in this thread, blocking it (for pool workers). Throws an InputError. */
export function readInputSync(req: ReadRequest): ReadOutcome {
  const steps = readSteps(req, slabPart);
  let next = steps.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = stepSync(next.value);
    } catch (err) {
      next = steps.throw(err);
      continue;
    }
    next = steps.next(value);
  }
  const bytes = next.value;
  // A file read into the slab keeps its part (rounded up to 8 bytes, so that every part starts aligned).
  if (bytes instanceof Uint8Array && bytes.buffer === slab?.buffer) slabUsed = (bytes.byteOffset + bytes.length + 7) & ~7;
  return bytes;
}

/** Reads through libuv's thread pool, so that many reads can be in flight. Throws an InputError. */
export async function readInput(req: ReadRequest): Promise<ReadOutcome> {
  const steps = readSteps(req, (n) => Buffer.allocUnsafe(n));
  let next = steps.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = await stepAsync(next.value);
    } catch (err) {
      next = steps.throw(err);
      continue;
    }
    next = steps.next(value);
  }
  return next.value;
}
