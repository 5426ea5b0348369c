// The inputs a command line names: files as named, folders walked, "-" for standard input. Each one
// is told as soon as it is found (`found`), so that workers can lint the first files of a large
// folder while the rest of it is still being walked.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../core/extract/errors.js';
import type { Io } from './cli.js';
import { exists, isDirectory, tooLarge } from './files.js';
import type { WorkItem } from './lint-input.js';
import { walk } from './walk.js';

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

type Complain = (name: string, why: string) => void;
/** Told of the inputs found so far, of which those from index `from` on are new. */
export type FoundInputs = (inputs: readonly Input[], from: number) => void;

export async function gather(files: string[], io: Io, complain: Complain, found: FoundInputs = () => {}): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const f of files) {
    if (f === '-') { inputs.push({ name: '-', path: null, named: true }); continue; }
    const abs = isAbsolute(f) ? f : resolve(io.cwd, f);
    if (!(await exists(abs))) { complain(f, f.includes('\ufffd') ? 'no such file; its name was not valid UTF-8 on the command line, so it cannot be opened by it: rename the file, or name its folder' : 'no such file or directory'); continue; }
    if (!(await isDirectory(abs))) {
      inputs.push({ name: f, path: abs, named: true });
      found(inputs, inputs.length - 1);
      continue;
    }
    let skipped = 0;
    const name = namesBelow(abs, io.cwd);
    const first = inputs.length;
    // The walk tells what it found every few hundred files: each becomes an input at once.
    const paths = await walk(abs, (path, why) => { skipped++; complain(displayName(path, io.cwd), why); }, (all, from) => {
      for (let i = from; i < all.length; i++) inputs.push({ name: name(all[i]), path: all[i], named: false, regular: true });
      found(inputs, first + from);
    });
    if (inputs.length - first !== paths.length) throw new Error('internal error: a folder walk did not tell every file it found');
    if (paths.length === 0 && skipped === 0) complain(f, 'folder holds no .htm, .html, .txt or .docx file');
  }
  return inputs;
}

export function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * displayName for the paths a walk of `dir` found, with `relative` worked out once for the folder
 * rather than for each file: two path resolutions per file were ~80 ms of a 20,000-file folder,
 * spent before any worker starts. Gives displayName's answer for every path.
 */
function namesBelow(dir: string, cwd: string): (path: string) => string {
  const base = relative(cwd, dir);
  const under = dir + sep;
  if (base.startsWith('..')) {
    // A folder out of the working folder: its files are too, and keep their full paths; unless the
    // working folder is inside it (then some of its files are below the working folder).
    if ((resolve(cwd) + sep).startsWith(under)) return (p) => displayName(p, cwd);
    return (p) => (p.startsWith(under) ? p : displayName(p, cwd));
  }
  const prefix = base ? base + sep : '';
  // A walk's path is its folder joined with entry names: never "." or "..", so no resolution is needed.
  return (p) => (p.startsWith(under) ? prefix + p.slice(under.length) : displayName(p, cwd));
}

/** The inputs as work items: standard input read (or a fatal result said for it); the others as they are. */
export async function withStdin(inputs: Input[], name: string, maxBytes: number, io: Io, complain: Complain): Promise<WorkItem[]> {
  if (inputs.every((input) => input.path || input.bytes)) return inputs; // no standard input: ~20,000 copied for nothing
  const items: WorkItem[] = [];
  for (const input of inputs) {
    if (input.path || input.bytes) { items.push(input); continue; }
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
