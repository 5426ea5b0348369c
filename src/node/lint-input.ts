// One input (a file, or bytes already read) to one outcome: its result, or the reason it could not be
// linted, plus any notes for stderr. The same function runs in the CLI's thread and in pool workers,
// so it returns what happened instead of printing it.
import fs from 'node:fs';
import { InputError } from '../core/extract/errors.js';
import { extensionOf } from '../core/extract/index.js';
import type { LintOptions, LintResult } from '../core/types.js';
import { isSubmission } from '../core/extract/sniff.js';
import { errorReason, notRegular, tooLarge } from './files.js';
import { lintBytes } from './lint-file.js';

export interface WorkItem {
  /** As shown in output. */
  name: string;
  /** Path on disk, or null when `bytes` holds the content (standard input, a staged blob). */
  path: string | null;
  /** Named by the user (a missing certification is then a finding). */
  named: boolean;
  bytes?: Uint8Array;
  /** Found by the folder walk as a regular file (so reading it need not check again). */
  regular?: boolean;
}

export interface Outcome {
  result?: LintResult;
  /** Why the input could not be linted (one line; the run exits 2). */
  problem?: string;
  /** Lines for stderr that do not fail the run (e.g. a document checked only in part). */
  notes: string[];
  /** Set instead of anything else when the caller chose `light` and the file is not: lint it elsewhere. */
  heavy?: true;
}

export interface InputOptions extends LintOptions {
  maxBytes: number;
  /** Only lint files below this size that are not .docx; return `{ heavy }` for the others. */
  light?: number;
}

/** Over this, a file is not linted in the CLI's own thread when a worker can take it (see scheduler.ts). */
export const LIGHT_BYTES = 1024 * 1024;

export async function lintInput(item: WorkItem, options: InputOptions): Promise<Outcome> {
  try {
    const bytes = item.bytes ?? (item.path !== null ? await readFor(item.path, options, item.regular === true) : null);
    if (bytes === 'heavy') return { heavy: true, notes: [] };
    if (bytes === null || bytes instanceof Array) return await lintStreamed(item, options);
    if (item.path === null && bytes.length > options.maxBytes) throw new InputError(tooLarge(NaN, options.maxBytes));
    if (options.light !== undefined && isHeavy(item.name, bytes.length, bytes, options.light)) return { heavy: true, notes: [] };
    const { maxBytes: _m, light: _l, ...lintOptions } = options;
    return { result: await lintBytes(bytes, { ...lintOptions, filePath: item.name, requireCertification: item.named }), notes: [] };
  } catch (err) {
    if (err instanceof InputError) return { problem: err.message, notes: [] };
    return { problem: `internal error: ${(err as Error)?.message ?? String(err)}`, notes: [] };
  }
}

function isHeavy(name: string, size: number, head: Uint8Array | null, light: number): boolean {
  const zip = head !== null && head[0] === 0x50 && head[1] === 0x4b;
  return size > light || extensionOf(name) === '.docx' || zip;
}

/** First read: a certification file is a few KB, so one read usually holds all of it. */
const FIRST_READ = 16 * 1024;

/**
 * The file's bytes, read through one descriptor; `[]` when it is an EDGAR complete submission (it is
 * streamed instead, and may be larger than the size limit); 'heavy' when options.light rules it out.
 * Opened non-blocking so that a FIFO is refused instead of waited on. Callback fs, not FileHandle,
 * and no fstat when the folder walk already saw a regular file: at thousands of small files a second,
 * each file-system call is a trip through libuv's thread pool.
 */
async function readFor(path: string, options: InputOptions, regular: boolean): Promise<Uint8Array | [] | 'heavy'> {
  let fd: number | undefined;
  try {
    fd = await call<number>((cb) => fs.open(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK, cb));
    let size = -1;
    if (!regular) {
      const info = await call<fs.Stats>((cb) => fs.fstat(fd!, cb));
      if (info.isDirectory()) throw new InputError('is a directory');
      if (!info.isFile()) throw new InputError(notRegular(info));
      size = info.size;
    }
    // Not zero-filled: only what was read is kept (copied out below).
    const first = Buffer.allocUnsafe(size >= 0 ? Math.min(size, FIRST_READ) : FIRST_READ);
    const got = first.length ? await call<number>((cb) => fs.read(fd!, first, 0, first.length, 0, cb)) : 0;
    if (got < first.length || size === got) size = got; // the whole file
    else if (size < 0) size = (await call<fs.Stats>((cb) => fs.fstat(fd!, cb))).size;
    const head = first.subarray(0, Math.min(got, 4096));
    if (options.light !== undefined && isHeavy(path, size, head, options.light)) return 'heavy';
    if (isSubmission(head)) return [];
    if (size > options.maxBytes) throw new InputError(tooLarge(size, options.maxBytes));
    if (got === size) return Uint8Array.prototype.slice.call(first, 0, got);
    const all = new Uint8Array(size);
    all.set(first.subarray(0, got));
    let at = got;
    while (at < all.length) {
      const n = await call<number>((cb) => fs.read(fd!, all, at, all.length - at, at, cb));
      if (n === 0) break; // shrank while read
      at += n;
    }
    return all.subarray(0, at);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(errorReason(err));
  } finally {
    if (fd !== undefined) fs.close(fd, () => {});
  }
}

function call<T>(start: (cb: (err: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => start((err, value) => (err ? reject(err) : resolve(value))));
}

/** An EDGAR complete submission, read as a stream and linted exhibit by exhibit. */
async function lintStreamed(item: WorkItem, options: InputOptions): Promise<Outcome> {
  const { lintSubmission, MAX_EXHIBITS } = await import('./submission.js');
  const { maxBytes: _m, light: _l, ...lintOptions } = options;
  const { stats, ...result } = await lintSubmission(item.path!, { ...lintOptions, requireCertification: item.named });
  // Told, not failed: the findings stand for what was read.
  const notes = stats.truncated.map((doc) => `warning: document ${doc} is over 8 MB; only its first 8 MB were checked`);
  // Documents left unchecked fail the run (exit 2), with the findings of those checked.
  const problem = stats.unchecked ? `${stats.unchecked} more certification documents not checked: soxlint checks at most ${MAX_EXHIBITS} in one submission` : undefined;
  return { result: { ...result, filePath: item.name }, notes, ...(problem ? { problem } : {}) };
}
