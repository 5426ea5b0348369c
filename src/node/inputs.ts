// What the command line names, as inputs to lint: files, folders walked (each skipped file complained
// of), and standard input read into bytes.
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../core/extract/errors.js';
import { exists, isDirectory, tooLarge } from './files.js';
import type { WorkItem } from './lint-input.js';
import { walk } from './walk.js';

/** Where the command line's inputs come from. */
export interface InputIo {
  cwd: string;
  /** Standard input, whole; past `maxBytes` reading stops and an InputError says so. */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
}

export interface Input {
  /** As shown in output. */
  name: string;
  /** Path on disk, or null for standard input. */
  path: string | null;
  /** Named by the user (a missing certification is then a finding). */
  named: boolean;
  /** Content already read (a staged file from the index). */
  bytes?: Uint8Array;
  /** Found by a folder walk as a regular file. */
  regular?: boolean;
}

/** The files and folders named, in order; folders walked. */
export async function gather(files: string[], io: InputIo, complain: (name: string, why: string) => void): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const f of files) {
    if (f === '-') { inputs.push({ name: '-', path: null, named: true }); continue; }
    const abs = isAbsolute(f) ? f : resolve(io.cwd, f);
    if (!(await exists(abs))) { complain(f, f.includes('\ufffd') ? 'no such file; its name was not valid UTF-8 on the command line, so it cannot be opened by it: rename the file, or name its folder' : 'no such file or directory'); continue; }
    if (await isDirectory(abs)) {
      let skipped = 0;
      const found = await walk(abs, (path, why) => { skipped++; complain(displayName(path, io.cwd), why); });
      if (found.length === 0 && skipped === 0) complain(f, 'folder holds no .htm, .html, .txt or .docx file');
      for (const p of found) inputs.push({ name: displayName(p, io.cwd), path: p, named: false, regular: true });
    } else {
      inputs.push({ name: f, path: abs, named: true });
    }
  }
  return inputs;
}

/** A path as output shows it: relative to the working folder when inside it. */
export function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** The inputs as work items, standard input ("-") read into bytes. */
export async function withStdin(inputs: Input[], stdinName: string | undefined, io: InputIo, maxBytes: number, complain: (name: string, why: string) => void): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  for (const input of inputs) {
    if (input.path || input.bytes) { items.push(input); continue; }
    const name = stdinName ?? '<stdin>';
    try {
      const bytes = await io.readStdin(maxBytes);
      if (bytes.length > maxBytes) throw new InputError(tooLarge(NaN, maxBytes));
      items.push({ ...input, name, bytes });
    } catch (err) {
      complain(name, (err as Error)?.message ?? String(err));
    }
  }
  return items;
}
