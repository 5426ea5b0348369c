// Node's way into the core: bytes from disk or stdin, through a reader, to a LintResult.
import { extract } from '../core/extract/index.js';
import { lintExtracted } from '../core/lint.js';
import type { LintOptions, LintResult } from '../core/types.js';
import { DEFAULT_MAX_BYTES, readInputFile } from './files.js';

export async function lintBytes(bytes: Uint8Array, filePath: string, options: LintOptions = {}): Promise<LintResult> {
  const ext = await extract(bytes, filePath);
  return lintExtracted(ext, filePath, options);
}

export async function lintFile(path: string, options: LintOptions & { maxBytes?: number } = {}): Promise<LintResult> {
  const bytes = await readInputFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return lintBytes(bytes, path, options);
}

export async function lintText(text: string, options: LintOptions & { filePath?: string } = {}): Promise<LintResult> {
  return lintBytes(new TextEncoder().encode(text), options.filePath ?? '<text>', options);
}
