// Searching a folder for certification files. Nothing is skipped in silence: a folder that cannot
// be read, a dangling link, a link leading out of the folder, a name that is not valid UTF-8 are each
// told through `skip` (the command line makes each one a line on stderr and exit 2).
//
// Symbolic links: followed when what they point to lies inside the folder being searched (the
// real path of both is compared), never out of it. A link out of the folder could make soxlint read
// a whole other tree (a link to /usr), or print words of a file the folder's author should not
// see in CI logs (a link named ex31.txt to a key). A file or folder named on the command line is
// read wherever it is: the user named it.
import { readdir, realpath, stat } from './fs-async.js';
import { join, sep } from 'node:path';
import { SUPPORTED_EXTENSIONS, extensionOf } from '../core/extract/index.js';
import { errorReason as reason } from './files.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Files found between two tellings within a folder: workers can start on a large folder's first ones. */
const TELL_EVERY = 256;

/** Told of each candidate left out: its path and why. */
export type Skip = (path: string, why: string) => void;

function isCandidateName(name: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extensionOf(name)) && !name.startsWith('~$');
}

/** Whether a real path is the folder `root` (a real path) or below it. */
export function inside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Told after each folder, and every TELL_EVERY files within one, of what was found so far; those from index `from` on are new. */
export type Found = (found: readonly string[], from: number) => void;

/** One walk: the real path of the folder searched, what was found, the folders seen (real paths). */
interface Walk { root: string; found: string[]; seen: Set<string>; skip: Skip; told: Found; toldUpTo: number }

/** Supported files below a folder, sorted; skips VCS folders and node_modules; tells `skip` of the rest. */
export async function walk(dir: string, skip: Skip = () => {}, told: Found = () => {}): Promise<string[]> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch (err) {
    skip(dir, `cannot read folder: ${reason(err)}`);
    return [];
  }
  const state: Walk = { root, found: [], seen: new Set(), skip, told, toldUpTo: 0 };
  await visit(state, dir, root);
  return state.found;
}

async function visit(state: Walk, d: string, real: string): Promise<void> {
  if (state.seen.has(real)) return; // a link back up the tree
  state.seen.add(real);
  let entries;
  try {
    entries = await readdir(d, { withFileTypes: true });
  } catch (err) {
    state.skip(d, `cannot read folder: ${reason(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // join(d, name) for every entry, its folder part normalised once: an entry's name holds no
  // separator and is never "." or "..", so the join adds nothing else (~40 ms of 20,000 files).
  const prefix = join(d, 'x').slice(0, -1);
  // Indexed: this loop runs once per entry of a folder of thousands, cold (a for-of's iterator costs more).
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const p = prefix + e.name;
    if (e.name.includes('\ufffd') && isCandidateName(e.name)) {
      // The name's bytes were not UTF-8: Node cannot open it by the name it was given.
      try { await stat(p); } catch { state.skip(p, 'file name is not valid UTF-8, so it cannot be opened: rename it'); continue; }
    }
    if (e.isDirectory()) {
      tell(state);
      if (!SKIP_DIRS.has(e.name)) await visit(state, p, join(real, e.name));
    } else if (e.isFile()) {
      if (!isCandidateName(e.name)) continue;
      state.found.push(p);
      if (state.found.length - state.toldUpTo >= TELL_EVERY) tell(state);
    } else if (e.isSymbolicLink()) {
      await followLink(state, p, e.name);
    }
  }
  tell(state);
}

function tell(state: Walk): void {
  if (state.found.length === state.toldUpTo) return;
  state.told(state.found, state.toldUpTo);
  state.toldUpTo = state.found.length;
}

async function followLink(state: Walk, p: string, name: string): Promise<void> {
  let target: string;
  let info;
  try {
    target = await realpath(p);
    info = await stat(target);
  } catch (err) {
    if (isCandidateName(name)) state.skip(p, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'dangling symbolic link' : `symbolic link: ${reason(err)}`);
    return;
  }
  const candidate = info.isDirectory() ? !SKIP_DIRS.has(name) : info.isFile() && isCandidateName(name);
  if (!candidate) return;
  if (!inside(target, state.root)) {
    state.skip(p, `symbolic link to ${target}, outside the folder searched: not followed (name it to lint it)`);
    return;
  }
  if (info.isDirectory()) await visit(state, p, target);
  else state.found.push(p);
}
