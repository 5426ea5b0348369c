// `soxlint --staged`: the certifications staged for the next commit, read as bytes from the index
// (never from the working tree, which may hold unstaged edits). Reads only: nothing here writes to
// the user's files or the index.
import { posix } from 'node:path';
import { InputError } from '../core/extract/errors.js';
import { certificationMatcher, type SoxlintConfig } from './config.js';
import { READABLE, readsLikeCertification, selectByPath } from './staged-select.js';
import { GitError, GitOutputTooLarge, firstLine, git, lfsInstalled, readStagedBlob, readStagedFiltered, stagedBlobSize, stagedEntries, type StagedEntry } from './git.js';
import { tooLarge } from './files.js';

type Env = Record<string, string | undefined>;

export interface WorkTree {
  /** Absolute path of the top of the work tree. */
  root: string;
  /** Where cwd is below root, "" or "sub/dir/". */
  prefix: string;
  /** The staged files, listed while rev-parse ran (one git process less to wait for in the hook). */
  staged?: Promise<StagedEntry[]>;
}

export interface StagedInput {
  /** As shown in output: the path relative to the current folder. */
  name: string;
  /** Path from the top of the work tree. */
  path: string;
  /** Chosen by the config's `files` globs: it must hold a certification (SOX001 otherwise). */
  named: boolean;
  bytes: Uint8Array;
}

/** What --staged looked at, for the closing line. */
export interface StagedCounts {
  /** Staged regular files. */
  staged: number;
  /** Of these, read and checked. */
  checked: number;
  /** Of those, checked because their text reads like a certification (not their name). */
  byContent: number;
}

/** The line that ends the output of --staged (and so of the hook). */
export function closingLine(c: StagedCounts): string {
  const files = `${c.staged} staged file${c.staged === 1 ? '' : 's'}`;
  return `soxlint: checked ${c.checked} of ${files}${c.byContent ? ` (${c.byContent} found by content)` : ''}\n`;
}

/** The work tree holding cwd; a GitError (one line) outside one. */
export async function workTree(cwd: string, env?: Env, listStaged = false): Promise<WorkTree> {
  // `git diff --cached --raw` names paths from the top of the work tree whatever the cwd.
  const staged = listStaged ? stagedEntries(cwd, env) : undefined;
  staged?.catch(() => undefined); // awaited later, or not at all when rev-parse fails
  let out: string;
  try {
    out = (await git(['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix'], cwd, env)).toString('utf8');
  } catch (err) {
    if (err instanceof GitError && /not a git repository/i.test(err.message)) throw new GitError('not in a git repository');
    throw err;
  }
  const lines = out.split('\n');
  if (lines[0] !== 'true' || !lines[1]) throw new GitError('not in a git work tree (a bare repository has no staged files)');
  return { root: lines[1], prefix: lines[2] ?? '', staged };
}

const LFS_SIGNATURES = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];

/** A Git LFS pointer file (the LFS spec: under 1024 bytes, starting with its version line). */
export function isLfsPointer(bytes: Uint8Array): boolean {
  if (bytes.length >= 1024) return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64)).toString('latin1');
  return LFS_SIGNATURES.some((s) => head.startsWith(s));
}

/** The real content behind a staged LFS pointer, through `git cat-file --filters` (the smudge filter). */
async function readLfs(root: string, path: string, maxBytes: number, env?: Env): Promise<Buffer> {
  const r = await readStagedFiltered(root, path, env, maxBytes);
  if (r.code === 0 && !isLfsPointer(r.stdout)) return r.stdout;
  if (!(await lfsInstalled(root, env))) {
    throw new InputError('staged as a Git LFS pointer, and git-lfs is not installed: install git-lfs and run "git lfs install" to lint the real file');
  }
  if (r.code !== 0) {
    // git-lfs says "Downloading x", then the error, then where it logged it: report the error.
    const lines = r.stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const error = lines.find((l) => /error/i.test(l) && !/^errors logged/i.test(l)) ?? firstLine(r.stderr);
    const why = error.replace(/^(fatal|error):\s*/i, '').slice(0, 240) || `git cat-file --filters exited with ${r.code}`;
    throw new InputError(`staged as a Git LFS pointer whose content git-lfs could not read (${why}); run "git lfs pull", or stage the real file again`);
  }
  throw new InputError('staged as a Git LFS pointer, and the LFS filter is not set up in this repository: run "git lfs install", then stage the file again');
}

function displayName(path: string, prefix: string): string {
  if (prefix === '') return path;
  const p = prefix.replace(/\/$/, '');
  return path.startsWith(prefix) ? path.slice(prefix.length) : posix.relative(p, path);
}

/**
 * The staged files to check (see staged-select.ts: the config's globs, else exhibit names; and any
 * readable file whose text reads like a certification), with their staged bytes. A file chosen by
 * name that cannot be read is reported through `complain` and left out.
 */
export async function stagedInputs(
  tree: WorkTree,
  config: SoxlintConfig,
  maxBytes: number,
  complain: (name: string, why: string) => void,
  env?: Env,
  counts: StagedCounts = { staged: 0, checked: 0, byContent: 0 },
): Promise<StagedInput[]> {
  const configured = config.files ? certificationMatcher(config) : null;
  let staged;
  try {
    staged = await (tree.staged ?? stagedEntries(tree.root, env));
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    complain('--staged', `cannot list the staged files: ${err.message}`);
    return [];
  }
  // Regular files only: a symlink's blob is its target, a submodule has none.
  const entries = staged.filter((e) => e.mode === '100644' || e.mode === '100755');
  counts.staged = entries.length;
  const inputs: StagedInput[] = [];
  for (const e of entries) {
    const how = selectByPath(e.path, configured);
    // Configured globs are the user's whole choice; without them, readable files are read for content.
    if (how === null && (configured !== null || !READABLE.test(e.path))) continue;
    const name = displayName(e.path, tree.prefix);
    try {
      let bytes: Buffer;
      try {
        // git stops past the limit, so a huge staged file is never held whole.
        bytes = await readStagedBlob(tree.root, e.path, env, maxBytes);
        if (isLfsPointer(bytes)) bytes = await readLfs(tree.root, e.path, maxBytes, env);
      } catch (err) {
        if (!(err instanceof GitOutputTooLarge)) throw err;
        throw new InputError(tooLarge(await stagedBlobSize(tree.root, e.path, env).catch(() => NaN), maxBytes));
      }
      if (how === null) {
        if (!(await readsLikeCertification(bytes, e.path))) continue;
        counts.byContent++;
      }
      counts.checked++;
      inputs.push({ name, path: e.path, named: how === 'config', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
    } catch (err) {
      if (!(err instanceof InputError || err instanceof GitError)) throw err;
      // A file neither named nor yet read as a certification is not this check's business.
      if (how !== null) complain(name, err.message);
    }
  }
  return inputs;
}
