// Running git: always with an argument array (never a shell string), output as bytes.
// Read-only helpers for the staged check and the locations the hook installer needs.
import { execFile } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Trouble running git: the message is one line. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

/** git wrote more than the caller's limit (the process was stopped there). */
export class GitOutputTooLarge extends GitError {}

const MAX_BUFFER = 1 << 30;

/** Runs `git args...` in cwd; resolves with the exit code, never rejects for a non-zero exit. */
export function runGit(args: string[], cwd: string, env?: Record<string, string | undefined>, maxBuffer = MAX_BUFFER): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      args,
      { cwd, env: env as NodeJS.ProcessEnv | undefined, encoding: 'buffer', maxBuffer, windowsHide: true },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
        if (e?.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') { reject(new GitOutputTooLarge(`git ${args[0]}: output over ${maxBuffer} bytes`)); return; }
        if (e && typeof e.code === 'string') {
          // The process could not start (ENOENT: git is not installed) or its output was too large.
          reject(new GitError(e.code === 'ENOENT' ? 'git is not installed (not found on PATH)' : `git ${args[0]}: ${firstLine(e.message)}`));
          return;
        }
        const code = e ? (typeof e.code === 'number' ? e.code : 1) : 0;
        resolvePromise({ code, stdout: stdout as Buffer, stderr: (stderr as Buffer).toString('utf8') });
      },
    );
  });
}

export function firstLine(s: string): string {
  const line = s.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  return line.replace(/^(fatal|error):\s*/, '');
}

/** Like runGit, but a non-zero exit is a GitError carrying git's first line of stderr. */
export async function git(args: string[], cwd: string, env?: Record<string, string | undefined>, maxBuffer?: number): Promise<Buffer> {
  const r = await runGit(args, cwd, env, maxBuffer);
  if (r.code !== 0) throw new GitError(firstLine(r.stderr) || `git ${args[0]} exited with ${r.code}`);
  return r.stdout;
}

function trimNewline(b: Buffer): string {
  return b.toString('utf8').replace(/\r?\n$/, '');
}

/** The top of the work tree holding cwd; a GitError outside a work tree. */
export async function workTreeRoot(cwd: string, env?: Record<string, string | undefined>): Promise<string> {
  const r = await runGit(['rev-parse', '--show-toplevel'], cwd, env);
  const top = trimNewline(r.stdout);
  if (r.code !== 0 || top === '') {
    const why = firstLine(r.stderr);
    if (/not a git repository/i.test(why)) throw new GitError('not in a git repository');
    if (r.code === 0) throw new GitError('not in a git work tree (a bare repository has no staged files)');
    throw new GitError(why || 'not in a git work tree');
  }
  return top;
}

/** The hooks folder git really uses (core.hooksPath, worktrees), absolute. */
export async function hooksDir(root: string, env?: Record<string, string | undefined>): Promise<string> {
  const p = trimNewline(await git(['rev-parse', '--git-path', 'hooks'], root, env));
  return isAbsolute(p) ? p : resolve(root, p);
}

export interface StagedEntry {
  /** Path from the top of the work tree, as git stores it ("/" separators). */
  path: string;
  /** Mode in the index, e.g. "100644"; "120000" is a symlink, "160000" a submodule. */
  mode: string;
  /** Blob id in the index. */
  blob: string;
}

/**
 * Files staged for the next commit: added, copied, modified or renamed against HEAD (or against the
 * empty tree before the first commit). Paths are taken NUL-separated, so any name works.
 */
export async function stagedEntries(root: string, env?: Record<string, string | undefined>): Promise<StagedEntry[]> {
  // --raw adds the mode and blob id to what `--name-only -z --diff-filter=ACMR` lists.
  const out = await git(['diff', '--cached', '--raw', '-z', '--no-renames', '--no-ext-diff', '--diff-filter=ACMR', '--abbrev=40'], root, env);
  const parts = out.toString('utf8').split('\0');
  const entries: StagedEntry[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    // ":100644 100644 <old> <new> M" then the path
    const meta = parts[i].replace(/^:/, '').split(' ');
    const path = parts[i + 1];
    if (meta.length < 5 || path === undefined) break;
    entries.push({ path, mode: meta[1], blob: meta[3] });
  }
  return entries;
}

/**
 * The staged bytes of a path: `git cat-file blob :0:<path>` (stage 0 named, so "1:x" stays a path).
 * Past `maxBytes` git is stopped and GitOutputTooLarge thrown: a huge blob is never held whole.
 */
export function readStagedBlob(root: string, path: string, env?: Record<string, string | undefined>, maxBytes?: number): Promise<Buffer> {
  return git(['cat-file', 'blob', `:0:${path}`], root, env, maxBytes);
}

/** The staged bytes of a path through its filters (the Git LFS smudge filter, for one); bounded like readStagedBlob. */
export function readStagedFiltered(root: string, path: string, env?: Record<string, string | undefined>, maxBytes?: number): Promise<GitResult> {
  return runGit(['cat-file', '--filters', `:0:${path}`], root, env, maxBytes);
}

/** Size in bytes of the staged blob of a path. */
export async function stagedBlobSize(root: string, path: string, env?: Record<string, string | undefined>): Promise<number> {
  return Number((await git(['cat-file', '-s', `:0:${path}`], root, env)).toString('utf8').trim());
}

/** Whether `git lfs` runs here. */
export async function lfsInstalled(root: string, env?: Record<string, string | undefined>): Promise<boolean> {
  try {
    return (await runGit(['lfs', 'version'], root, env)).code === 0;
  } catch {
    return false;
  }
}
