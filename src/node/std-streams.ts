// Standard output and error of the command line. Creating process.stdout or process.stderr loads
// node:stream (and node:net or node:tty): about a tenth of a one-file lint's start-up. So when the
// descriptor is not a terminal (a pipe, a file, /dev/null: a hook, CI, `soxlint ... > out.json`),
// text is written straight to it with fs.writeSync, as Node itself writes to files and, on Linux,
// to pipes: synchronously. A terminal gets Node's own stream (the progress bar needs a real one).
import { fstatSync, writeSync } from 'node:fs';

export interface StdWriter {
  write(s: string): unknown;
  /** Writes at once, synchronously (the bytes may be reused after); only where the descriptor is written directly. */
  writeBytes?(bytes: Uint8Array): unknown;
  isTTY?: boolean;
}

/**
 * Whether a descriptor might be a terminal. Only a character device can be one; of those, Linux's
 * memory devices (major number 1: /dev/null, /dev/zero, ...) never are. Asking node:tty would load
 * what this module avoids.
 */
function mightBeTerminal(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    return info.isCharacterDevice() && !(process.platform === 'linux' && ((info.rdev >> 8) & 0xfff) === 1);
  } catch {
    return true; // unknown: leave it to Node's stream
  }
}

function nodeStream(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  // EPIPE (the reader has gone) and the like: nowhere left to tell, and no reason to stop the lint.
  stream.on('error', () => {});
  return stream;
}

/**
 * A writer for descriptor 1 or 2. When the reader has gone (EPIPE: output piped into `head`), later
 * text is dropped; the exit code stays the lint's.
 */
export function stdWriter(fd: 1 | 2): StdWriter {
  if (mightBeTerminal(fd)) return nodeStream(fd);
  let stream: NodeJS.WriteStream | null = null;
  let closed = false;
  const writeBytes = (bytes: Uint8Array) => {
    // A copy: a stream may write later, and the caller may reuse the bytes' memory once this returns.
    if (stream) return stream.write(Buffer.from(bytes));
    if (closed) return false;
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking descriptor (shared with a parent that set it so) that is full: Node's
        // stream waits for it to drain; everything after goes through it too, in order.
        stream = nodeStream(fd);
        return stream.write(Buffer.from(bytes.subarray(done)));
      }
      if (code !== 'EPIPE') throw err;
      closed = true;
    }
    return true;
  };
  return {
    isTTY: false,
    write: (s: string) => (stream ? stream.write(s) : writeBytes(Buffer.from(s))),
    writeBytes,
  };
}
