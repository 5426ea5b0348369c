// `soxlint hook install|uninstall`: the git pre-commit hook that runs `soxlint --staged`.
// It goes into the hooks folder git really uses (`git rev-parse --git-path hooks`: core.hooksPath,
// worktrees). A hook soxlint did not write is never overwritten: it is moved aside byte for byte
// (rename keeps bytes and mode) to pre-commit.soxlint-previous and called first; uninstall moves it
// back. Anything unexpected stops the command with exit 2 and nothing changed.
import { existsSync } from 'node:fs';
import { chmod, lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forTerminal } from '../core/terminal.js';
import { errorReason as reason } from './files.js';
import { GitError, hooksDir } from './git.js';
import { workTree } from './staged.js';

export const HOOK_NAME = 'pre-commit';
export const ASIDE_NAME = 'pre-commit.soxlint-previous';
/** The line that marks a hook as soxlint's. */
export const HOOK_MARKER = '# soxlint-managed-hook: written by "soxlint hook install"; remove with "soxlint hook uninstall"';

export const SKIP_ADVICE = 'To commit anyway: git commit --no-verify, or SOXLINT_SKIP=1 git commit';

interface HookIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Single-quoted for sh. */
function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** bin/soxlint.js of this installation. */
export function launcherPath(): string {
  return fileURLToPath(new URL('../../bin/soxlint.js', import.meta.url));
}

/** The hook script: embeds this node and this soxlint; falls back to the repository's or npx's. */
export function renderHook(nodePath: string, binPath: string): string {
  return `#!/bin/sh
${HOOK_MARKER}
# Lints the certifications staged for this commit (soxlint --staged); errors block the commit.
# Configure in .soxlintrc.json at the repository root. Skip once: git commit --no-verify, or SOXLINT_SKIP=1.

# A pre-commit hook that was here before soxlint's runs first; if it fails, the commit fails.
previous="$(dirname "$0")/${ASIDE_NAME}"
if [ -x "$previous" ]; then
  "$previous" "$@" || exit $?
fi

if [ "\${SOXLINT_SKIP:-}" = "1" ]; then
  echo "soxlint: skipped (SOXLINT_SKIP=1)" >&2
  exit 0
fi

SOXLINT_NODE=${shQuote(nodePath)}
SOXLINT_BIN=${shQuote(binPath)}
if [ -x "$SOXLINT_NODE" ] && [ -f "$SOXLINT_BIN" ]; then
  "$SOXLINT_NODE" "$SOXLINT_BIN" --staged
elif [ -x node_modules/.bin/soxlint ]; then
  node_modules/.bin/soxlint --staged
elif command -v npx >/dev/null 2>&1; then
  npx --no-install soxlint --staged
else
  echo "soxlint: cannot find soxlint (install it, or run: soxlint hook install)" >&2
  false
fi
status=$?
if [ $status -ne 0 ]; then
  echo "soxlint: commit blocked. ${SKIP_ADVICE}" >&2
fi
exit $status
`;
}

export function isSoxlintHook(bytes: Buffer): boolean {
  return bytes.toString('utf8').split(/\r?\n/).some((l) => l.startsWith('# soxlint-managed-hook'));
}

class HookError extends Error {}

interface Entry {
  kind: 'none' | 'file' | 'symlink' | 'other';
  bytes?: Buffer;
  mode?: number;
}

async function entry(path: string): Promise<Entry> {
  let st;
  try {
    st = await lstat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw err;
  }
  if (st.isSymbolicLink()) return { kind: 'symlink', mode: st.mode };
  if (!st.isFile()) return { kind: 'other', mode: st.mode };
  return { kind: 'file', bytes: await readFile(path), mode: st.mode & 0o7777 };
}

async function locate(io: HookIo): Promise<{ dir: string; hook: string; aside: string }> {
  const tree = await workTree(io.cwd, io.env);
  const dir = await hooksDir(tree.root, io.env);
  return { dir, hook: join(dir, HOOK_NAME), aside: join(dir, ASIDE_NAME) };
}

/** Writes the hook through a temporary file and a rename, so a reader never sees half a hook. */
async function writeHook(dir: string, hook: string, text: string): Promise<void> {
  const tmp = join(dir, `.${HOOK_NAME}.soxlint-${process.pid}.tmp`);
  try {
    await writeFile(tmp, text, { mode: 0o755, flag: 'wx' });
    await chmod(tmp, 0o755); // whatever the umask
    await rename(tmp, hook);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export async function install(io: HookIo, nodePath = process.execPath, binPath = launcherPath()): Promise<string> {
  if (!existsSync(binPath)) throw new HookError(`cannot find soxlint's launcher at ${binPath}`);
  const { dir, hook, aside } = await locate(io);
  const text = renderHook(nodePath, binPath);
  const current = await entry(hook);
  const previous = await entry(aside);
  if (current.kind === 'other') throw new HookError(`${hook} is not a file; nothing changed`);
  if (current.kind === 'file' && isSoxlintHook(current.bytes!)) {
    if (current.bytes!.toString('utf8') === text && current.mode === 0o755) return `soxlint's pre-commit hook is already installed in ${dir}; nothing changed`;
    await writeHook(dir, hook, text);
    return `updated soxlint's pre-commit hook in ${dir}`;
  }
  if (current.kind === 'none') {
    if (previous.kind !== 'none') {
      throw new HookError(
        `${aside} is there but no soxlint hook is: it was kept by an earlier install. Move it back to ${HOOK_NAME} or delete it, then run "soxlint hook install" again; nothing changed`,
      );
    }
    await mkdir(dir, { recursive: true });
    await writeHook(dir, hook, text);
    return `installed soxlint's pre-commit hook in ${dir}`;
  }
  // Someone else's hook: keep it, moved aside, and call it first.
  if (previous.kind !== 'none') {
    throw new HookError(`${aside} already exists, so the existing ${HOOK_NAME} hook cannot be kept beside soxlint's; nothing changed`);
  }
  await rename(hook, aside);
  try {
    await writeHook(dir, hook, text);
  } catch (err) {
    await rename(aside, hook); // put the user's hook back
    throw err;
  }
  return `installed soxlint's pre-commit hook in ${dir}; the hook that was there is kept as ${ASIDE_NAME} and runs first`;
}

export async function uninstall(io: HookIo): Promise<string> {
  const { dir, hook, aside } = await locate(io);
  const current = await entry(hook);
  const previous = await entry(aside);
  const ours = current.kind === 'file' && isSoxlintHook(current.bytes!);
  if (!ours) {
    if (previous.kind !== 'none') {
      throw new HookError(`${hook} is not soxlint's hook but ${aside} is there; left both alone`);
    }
    return current.kind === 'none'
      ? `no pre-commit hook in ${dir}; nothing to uninstall`
      : `the pre-commit hook in ${dir} is not soxlint's; left it alone`;
  }
  if (previous.kind !== 'none') {
    await rename(aside, hook); // back byte for byte, mode kept
    return `removed soxlint's pre-commit hook from ${dir} and restored the hook that was there before`;
  }
  await rm(hook);
  return `removed soxlint's pre-commit hook from ${dir}`;
}

const USAGE = 'Usage: soxlint hook install|uninstall\n\n' +
  '  install    Write a git pre-commit hook that runs "soxlint --staged" (an existing hook is kept and runs first)\n' +
  '  uninstall  Remove it and restore the hook that was there before\n';

/** `soxlint hook ...`: returns the exit code (0 done, 2 could not). */
export async function hookMain(args: string[], io: HookIo): Promise<number> {
  const action = args[0];
  if (action === '--help' || action === '-h') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (action === undefined) {
    io.stderr.write(`soxlint: hook: say install or uninstall\n${USAGE}`);
    return 2;
  }
  if (action !== 'install' && action !== 'uninstall') {
    io.stderr.write(`soxlint: unknown hook command '${forTerminal(action)}' (install, uninstall)\n`);
    return 2;
  }
  if (args.length > 1) {
    io.stderr.write(`soxlint: hook ${action} takes nothing more, not '${forTerminal(args.slice(1).join(' '))}'\n`);
    return 2;
  }
  try {
    const said = action === 'install' ? await install(io) : await uninstall(io);
    io.stdout.write(`soxlint: ${said}\n`);
    return 0;
  } catch (err) {
    if (err instanceof HookError || err instanceof GitError) {
      io.stderr.write(`soxlint: hook ${action}: ${forTerminal(err.message)}\n`);
      return 2;
    }
    // A file system error: its reason once, and the path it was about ("EACCES: EACCES: ..." before).
    const path = (err as NodeJS.ErrnoException).path;
    io.stderr.write(`soxlint: hook ${action}: ${forTerminal(path ? `${path}: ${reason(err)}` : reason(err))}\n`);
    return 2;
  }
}
