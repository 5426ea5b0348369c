// Node's way into the core: a file, bytes or a string, through a reader, to a LintResult.
import { extract } from '../core/extract/index.js';
import { isSubmission, SNIFF_BYTES } from '../core/extract/sniff.js';
import { UNNAMED, lintExtracted } from '../core/lint.js';
import type { LintInputOptions, LintOptions, LintResult } from '../core/types.js';
import { DEFAULT_MAX_BYTES, readInputFile } from './files.js';

/** Options of `lintFile`: LintOptions and the size limit. */
export interface LintFileOptions extends LintOptions {
  /** Largest file read, in bytes (default 64 MB); a larger one is an InputError. */
  maxBytes?: number;
}

// Loaded when first needed, as extract() loads its HTML and .docx readers (core/extract/index.ts).
let submissionReader: Promise<typeof import('../core/filing/submission.js')> | undefined;

/**
 * Lints a file's bytes (HTML, text in any encoding soxlint reads, or .docx), as read from disk or
 * stdin. `options.filePath` names the result and chooses the reader when the bytes do not tell.
 * Throws an InputError (one line, the reason) for input that cannot be linted.
 */
export async function lintBytes(bytes: Uint8Array, options?: LintInputOptions): Promise<LintResult>;
/** @deprecated Give the file's name as `options.filePath`. */
export async function lintBytes(bytes: Uint8Array, filePath: string, options?: LintOptions): Promise<LintResult>;
export async function lintBytes(bytes: Uint8Array, nameOrOptions?: string | LintInputOptions, legacy: LintOptions = {}): Promise<LintResult> {
  const { filePath = UNNAMED, ...options } = typeof nameOrOptions === 'string' ? { ...legacy, filePath: nameOrOptions } : (nameOrOptions ?? {});
  // An EDGAR submission is a filing of its own: each exhibit, then the filing rules (a SubmissionResult).
  if (isSubmission(bytes.subarray(0, SNIFF_BYTES))) {
    const { lintSubmissionBytes } = await (submissionReader ??= import('../core/filing/submission.js'));
    return lintSubmissionBytes(bytes, { ...options, filePath });
  }
  return lintDocumentBytes(bytes, { ...options, filePath });
}

/** lintBytes for bytes already known not to be an EDGAR submission (read-input.ts sniffs as it reads). */
export async function lintDocumentBytes(bytes: Uint8Array, options: LintOptions & { filePath: string }): Promise<LintResult> {
  return lintExtracted(await extract(bytes, options.filePath), options);
}

/** Reads a file and lints it; the result is named by `path`. Throws an InputError when it cannot be read or linted. */
export async function lintFile(path: string, options: LintFileOptions = {}): Promise<LintResult> {
  const { maxBytes = DEFAULT_MAX_BYTES, ...rest } = options;
  const bytes = await readInputFile(path, maxBytes);
  return lintBytes(bytes, { ...rest, filePath: path });
}

/** The string reader (with the HTML reader), loaded on the first lintText. */
let stringReader: Promise<typeof import('../core/extract/string.js')> | undefined;

/**
 * Lints text already in memory (HTML or plain text; by `options.filePath`'s extension, else by
 * content). Throws an InputError for empty text.
 */
export async function lintText(text: string, options: LintInputOptions = {}): Promise<LintResult> {
  const { filePath = UNNAMED, ...rest } = options;
  const { extractString } = await (stringReader ??= import('../core/extract/string.js'));
  return lintExtracted(extractString(text, filePath), { ...rest, filePath });
}
