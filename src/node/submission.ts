// EDGAR complete submission text files read from disk: the file streamed through the core's scanner
// (core/extract/submission/), never held whole, and linted by the core (core/filing/submission.ts).
// Only the file I/O is here.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../core/extract/errors.js';
import { SubmissionScanner } from '../core/extract/submission/scanner.js';
import type { SubmissionHandlers } from '../core/extract/submission/types.js';
import { SubmissionLinter, submissionRead, type SubmissionRead, type SubmissionResult } from '../core/filing/submission.js';
import type { LintOptions } from '../core/types.js';
import { errorReason } from './files.js';

export { isSubmission } from '../core/extract/sniff.js';
export { MAX_EXHIBIT_BYTES, MAX_EXHIBITS, type KeptDocument, type SubmissionDocument, type SubmissionHandlers, type SubmissionHeader, type SubmissionStats } from '../core/extract/submission/types.js';
export { lintSubmissionBytes, type SubmissionRead, type SubmissionResult } from '../core/filing/submission.js';

/** Read size of the stream. */
const CHUNK = 1024 * 1024;

/**
 * Streams a complete submission file. Certification exhibits go to `handlers.onExhibit` one at a
 * time, as each ends; the main document's cover page is read on the way.
 */
export async function readSubmission(path: string, handlers: SubmissionHandlers, chunkSize = CHUNK): Promise<SubmissionRead> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a directory');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(errorReason(err));
  }
  const scanner = new SubmissionScanner(handlers);
  for await (const chunk of createReadStream(path, { highWaterMark: chunkSize })) scanner.write(chunk as Buffer);
  scanner.end();
  return submissionRead(scanner);
}

/** Options of lintSubmission. */
export interface SubmissionOptions extends LintOptions {
  /** Bytes read at a time (tests use small ones to cut lines and tags across chunks). */
  chunkSize?: number;
}

/**
 * Lints an EDGAR complete submission text file: every certification exhibit in it, then the
 * filing-level rules. One result for the file; messages name their document (`document`) and give
 * lines of the submission file.
 */
export async function lintSubmission(path: string, options: SubmissionOptions = {}): Promise<SubmissionResult> {
  const { chunkSize, ...lintOptions } = options;
  const linter = new SubmissionLinter(path, lintOptions);
  return linter.finish(await readSubmission(path, linter, chunkSize));
}
