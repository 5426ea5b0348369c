// Reading what the user named: files, folders (walked), and standard input. Never writes.
import { closeSync, constants, lstatSync, statSync, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open, stat } from './fs-async.js';
import { InputError } from '../core/extract/errors.js';

/**
 * Largest file read by default. A certification is a few KB (the real exhibits filed are 4 to 15 KB);
 * 4 MB leaves room for styled HTML and .docx images, and keeps every shape of file under it within
 * about 3 s and 400 MB (bench/hostile.mjs; 60 MB of short lines took 1.7 GB).
 */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/** Closes a descriptor whose work is done (its bytes read or written): a failed close loses nothing. */
export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // nothing is lost
  }
}

/** A one-line reason for a failed file operation. */
export function errorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR': return 'not a directory';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on the device';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return (err as Error)?.message?.split('\n')[0] ?? String(err);
  }
}

/** The one "too large" message; `size` NaN when it is not known (standard input stops at the limit). */
export function tooLarge(size: number, maxBytes: number): string {
  const limit = `a certification is a few KB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB, see --max-file-size`;
  return Number.isFinite(size) ? `file too large (${(size / 1048576).toFixed(1)} MB; ${limit})` : `too large (stopped reading at the limit; ${limit})`;
}

export async function readInputFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    handle = await openRegular(path);
    const info = await handle.stat();
    if (info.size > maxBytes) throw new InputError(tooLarge(info.size, maxBytes));
    return new Uint8Array(await handle.readFile());
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(errorReason(err));
  } finally {
    await handle?.close();
  }
}

/** A stream read whole, stopping (and destroying it) past `maxBytes`: `cat /dev/zero | soxlint -` ends at the cap. */
export async function readStream(stream: NodeJS.ReadableStream & { destroy(): void }, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      stream.destroy();
      throw new InputError(tooLarge(NaN, maxBytes));
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** What a path that is not a regular file is, for the message. */
export function notRegular(info: Stats): string {
  if (info.isDirectory()) return 'is a directory';
  if (info.isFIFO()) return 'not a regular file (a named pipe): soxlint reads files, or "-" for standard input';
  if (info.isSocket()) return 'not a regular file (a socket)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'not a regular file (a device)';
  return 'not a regular file';
}

/**
 * Opens a regular file for reading. The type is checked before opening (opening a FIFO waits for a
 * writer, forever), and the open is non-blocking in case the path changes in between.
 */
export async function openRegular(path: string): Promise<FileHandle> {
  const before = await stat(path);
  if (!before.isFile()) throw new InputError(notRegular(before));
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw new InputError(notRegular(info));
  }
  return handle;
}

/** The first `n` bytes of a file (fewer if it is shorter). */
export async function peekFile(path: string, n: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await openRegular(path);
    const buf = new Uint8Array(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } catch (err) {
    throw new InputError(errorReason(err));
  } finally {
    await handle?.close();
  }
}

// Direct system calls: these are asked one at a time, and a trip through libuv's thread pool (its
// threads started on first use) costs more than the call itself.
export async function isDirectory(path: string): Promise<boolean> {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
