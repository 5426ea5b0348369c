// With workers, V8's helper threads compile (TurboFan) and collect for every worker, and each compile
// frees its zone memory when it ends. glibc gives memory freed at the top of a thread's arena back to
// the kernel once it passes the trim threshold (128 KB), so the next compile faults the same pages in
// again: ~12,000 of a 20,000-file run's ~47,000 page faults, each dear on this kind of VM. glibc
// raises that threshold to twice the largest block it served by mmap and got back, up to 32 MB
// (mallopt(3), "dynamic mmap threshold"): one such block, never touched and let go, makes it 64 MB
// for the process. Elsewhere (another libc) it is only an untouched block.

/** glibc's DEFAULT_MMAP_THRESHOLD_MAX on 64-bit systems (the block with its header must not pass it). */
const DYNAMIC_MMAP_MAX = 32 * 1024 * 1024;

let raised = false;

/** Lets go of one large untouched block (freed at this thread's next collection); once per thread. */
export function raiseTrimThreshold(): void {
  if (raised) return;
  raised = true;
  Buffer.allocUnsafeSlow(DYNAMIC_MMAP_MAX - 64 * 1024);
}
