// The page's worker: bytes in, the same LintResult as the CLI out (the core's readers and linter,
// redline included). Runs from a Blob URL, so the page stays responsive on a large document.
import { extract } from '../core/extract/index.js';
import { InputError } from '../core/extract/errors.js';
import { lintExtracted } from '../core/lint.js';
import type { LintReply, WorkerReply, WorkerRequest } from './protocol.js';

/** The CLI's size limit for one file (node/files.ts DEFAULT_MAX_BYTES). */
const MAX_BYTES = 64 * 1048576;

async function lint(req: WorkerRequest): Promise<LintReply> {
  try {
    const bytes = new Uint8Array(req.bytes);
    if (bytes.length > MAX_BYTES) throw new InputError(`file too large (over ${MAX_BYTES / 1048576} MB)`);
    const ext = await extract(bytes, req.name);
    const result = lintExtracted(ext, req.name, { profile: req.profile, form: req.form || undefined, redline: true });
    return { type: 'result', id: req.id, result };
  } catch (err) {
    // The CLI's one-line reason for bad input; anything else is ours, said as the CLI says it.
    const reason = err instanceof InputError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    return { type: 'error', id: req.id, reason };
  }
}

// One file at a time, in the order asked: the first file's result is not held up by the others.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  if (e.data?.type !== 'lint') return;
  const req = e.data;
  queue = queue.then(async () => { (self as unknown as Worker).postMessage(await lint(req)); });
};
(self as unknown as Worker).postMessage({ type: 'ready' } satisfies WorkerReply);
