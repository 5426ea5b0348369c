// The page's worker: bytes in, the same LintResult as the CLI out (the core's readers and linter,
// redline included). Runs from a Blob URL, so the page stays responsive on a large document.
import { extract } from '../core/extract/index.js';
import { InputError } from '../core/extract/errors.js';
import { isSubmission, SNIFF_BYTES } from '../core/extract/sniff.js';
import { lintSubmissionBytes } from '../core/filing/submission.js';
import { lintExtracted } from '../core/lint.js';
import { fix, fixedName, MIME_TYPES } from '../core/fix/index.js';
import type { FixReply, FixRequest, LintReply, LintRequest, WorkerReply, WorkerRequest } from './protocol.js';

/** The CLI's size limit for one file (node/files.ts DEFAULT_MAX_BYTES). */
const MAX_BYTES = 64 * 1048576;

async function lint(req: LintRequest): Promise<LintReply> {
  try {
    const bytes = new Uint8Array(req.bytes);
    if (bytes.length > MAX_BYTES) throw new InputError(`file too large (over ${MAX_BYTES / 1048576} MB)`);
    if (isSubmission(bytes.subarray(0, SNIFF_BYTES))) {
      // A complete submission: each exhibit, then the filing rules, as the CLI reads it.
      const { stats: _stats, ...result } = lintSubmissionBytes(bytes, { filePath: req.name, profile: req.profile, form: req.form || undefined, redline: true });
      return { type: 'result', id: req.id, result };
    }
    const extracted = await extract(bytes, req.name);
    const result = lintExtracted(extracted, req.name, { profile: req.profile, form: req.form || undefined, redline: true });
    return { type: 'result', id: req.id, result };
  } catch (err) {
    // The CLI's one-line reason for bad input; anything else is ours, said as the CLI says it.
    const reason = err instanceof InputError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    return { type: 'error', id: req.id, reason };
  }
}

/** The corrected file, by the same writer as `soxlint fix`. */
async function fixFile(req: FixRequest): Promise<FixReply> {
  try {
    const r = await fix(new Uint8Array(req.bytes), { filePath: req.name, profile: req.profile, form: req.form || undefined });
    const bytes = r.output.slice().buffer;
    return { type: 'fixed', id: req.id, name: fixedName(req.name), mimeType: MIME_TYPES[r.kind], bytes, fixed: r.fixed.length, notFixed: r.notFixed.length };
  } catch (err) {
    const reason = err instanceof InputError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    return { type: 'error', id: req.id, reason };
  }
}

// One file at a time, in the order asked: the first file's result is not held up by the others.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  if (req?.type !== 'lint' && req?.type !== 'fix') return;
  queue = queue.then(async () => { (self as unknown as Worker).postMessage(req.type === 'fix' ? await fixFile(req) : await lint(req)); });
};
(self as unknown as Worker).postMessage({ type: 'ready' } satisfies WorkerReply);
