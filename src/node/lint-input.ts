// One input (a file, or bytes already read) to one outcome: its result, or the reason it could not be
// linted, plus any notes for stderr. The same function runs in the CLI's thread and in pool workers,
// so it returns what happened instead of printing it.
import { InputError } from '../core/extract/errors.js';
import { isSubmission, SNIFF_BYTES } from '../core/extract/sniff.js';
import type { LintOptions, LintResult } from '../core/types.js';
import { tooLarge } from './files.js';
import { lintDocumentBytes } from './lint-file.js';
import { readInput, readInputSync, type ReadRequest } from './read-input.js';

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
  /** Only lint files up to this size; return `{ heavy }` for the others. */
  light?: number;
  /** Read with blocking calls (a pool worker, where blocking stops only that worker; one input, nothing to overlap). */
  syncReads?: boolean;
}

/**
 * Over this, a file is not linted in the CLI's own thread when a worker can take it (see scheduler.ts):
 * a worker's heap limit ends only that file. A small .docx is linted here like small text: its reader
 * is bounded by construction (docx/bounds.ts counts parts, elements, runs and characters and refuses
 * past their limits), and a worker started for one file costs more than linting it.
 */
export const LIGHT_BYTES = 1024 * 1024;

export async function lintInput(item: WorkItem, options: InputOptions): Promise<Outcome> {
  try {
    const bytes = item.bytes ?? (item.path !== null ? await read(item.path, options, item.regular === true) : null);
    if (bytes === 'heavy') return { heavy: true, notes: [] };
    if (bytes === null || bytes instanceof Array) return await lintStreamed(item, options);
    if (item.bytes) {
      // Bytes in memory get the checks a read from disk makes as it reads (read-input.ts).
      if (item.path === null && bytes.length > options.maxBytes) throw new InputError(tooLarge(NaN, options.maxBytes));
      if (options.light !== undefined && bytes.length > options.light) return { heavy: true, notes: [] };
      if (isSubmission(bytes.subarray(0, SNIFF_BYTES))) return await lintStreamed(item, options, bytes);
    }
    // Not a submission: a read from disk sniffed it (read-input.ts), bytes in memory just above.
    return { result: await lintDocumentBytes(bytes, { ...lintOptionsOf(options), filePath: item.name, requireCertification: item.named }), notes: [] };
  } catch (err) {
    if (err instanceof InputError) return { problem: err.message, notes: [] };
    return { problem: `internal error: ${(err as Error)?.message ?? String(err)}`, notes: [] };
  }
}

/** The LintOptions within InputOptions, kept for the last options object (a worker's batch, a run, share one). */
let stripped: { from: InputOptions; to: LintOptions } | undefined;
function lintOptionsOf(options: InputOptions): LintOptions {
  if (stripped?.from !== options) {
    const { maxBytes: _m, light: _l, syncReads: _s, ...to } = options;
    stripped = { from: options, to };
  }
  return stripped.to;
}

function read(path: string, options: InputOptions, regular: boolean): ReturnType<typeof readInput> | ReturnType<typeof readInputSync> {
  const req: ReadRequest = { path, maxBytes: options.maxBytes, regular, light: options.light };
  return options.syncReads ? readInputSync(req) : readInput(req);
}

/** An EDGAR complete submission, read as a stream (or from the bytes in memory: stdin, a staged file) and linted exhibit by exhibit. */
async function lintStreamed(item: WorkItem, options: InputOptions, bytes?: Uint8Array): Promise<Outcome> {
  const { lintSubmission, lintSubmissionBytes, MAX_EXHIBITS } = await import('./submission.js');
  const { maxBytes: _m, light: _l, syncReads: _s, ...lintOptions } = options;
  const submissionOptions = { ...lintOptions, requireCertification: item.named };
  const { stats, ...result } = bytes ? lintSubmissionBytes(bytes, { ...submissionOptions, filePath: item.name }) : await lintSubmission(item.path!, submissionOptions);
  // Told, not failed: the findings stand for what was read.
  const notes = stats.truncated.map((doc) => `warning: document ${doc} is over 8 MB; only its first 8 MB were checked`);
  // Documents left unchecked fail the run (exit 2), with the findings of those checked.
  const problem = stats.unchecked ? `${stats.unchecked} more certification documents not checked: soxlint checks at most ${MAX_EXHIBITS} in one submission` : undefined;
  return { result: { ...result, filePath: item.name }, notes, ...(problem ? { problem } : {}) };
}
