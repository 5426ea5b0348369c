// Reading what the user named: files, folders (walked), and standard input. Never writes.
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/extract/errors.js';
import { SUPPORTED_EXTENSIONS, extensionOf } from '../core/extract/index.js';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

/** A one-line reason for a failed file operation. */
export function errorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return (err as Error)?.message?.split('\n')[0] ?? String(err);
  }
}

export async function readInputFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('is a directory');
    if (!info.isFile()) throw new InputError('not a regular file');
    if (info.size > maxBytes) {
      throw new InputError(`file too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB, see --max-file-size)`);
    }
    return new Uint8Array(await handle.readFile());
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(errorReason(err));
  } finally {
    await handle?.close();
  }
}

/** The first `n` bytes of a file (fewer if it is shorter). */
export async function peekFile(path: string, n: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buf = new Uint8Array(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } catch (err) {
    throw new InputError(errorReason(err));
  } finally {
    await handle?.close();
  }
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Supported files below a folder, sorted; skips VCS folders, node_modules and symlink loops. */
export async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  async function visit(d: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(d);
    } catch {
      return;
    }
    if (seen.has(real)) return; // a symlink back up the tree
    seen.add(real);
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const s = await stat(p);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (!SKIP_DIRS.has(e.name)) await visit(p);
      } else if (isFile && SUPPORTED_EXTENSIONS.includes(extensionOf(e.name)) && !e.name.startsWith('~$')) {
        found.push(p);
      }
    }
  }
  await visit(dir);
  return found;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
