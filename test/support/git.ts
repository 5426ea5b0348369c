// Shared by the hook, staged and config tests: real git in temporary repositories (no mocks), a
// compliant certification built from templates/601b31i.tpl, and the built CLI run as a child process.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main, type Io } from '../../src/node/cli.js';
import { canonicalFor, toText } from './certs.js';

export const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin/soxlint.js');

/** A certification in the words of templates/601b31i.tpl; `drop` leaves paragraphs out ("4(b)"). */
export function certText(options: { drop?: string[]; openingTitle?: boolean; date?: string } = {}): string {
  const fill = {
    officer: options.openingTitle ? 'Jane Doe, Chief Executive Officer' : 'Jane Doe',
    report: 'Annual Report on Form 10-K',
    registrant: 'Acme Corp.',
  };
  return toText(canonicalFor('601b31i', fill, options.drop ?? []), {
    signature: [`Date: ${options.date ?? 'February 24, 2026'}`, '', '/s/ Jane Doe', 'Jane Doe', 'Chief Executive Officer'],
  });
}

/** The environment for git in a test: no user or system config, no GIT_* from a surrounding hook. */
export function gitEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_') && k !== 'SOXLINT_SKIP') env[k] = v;
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@t',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@t',
    NO_COLOR: '1',
    ...extra,
  };
}

export interface Repo {
  dir: string;
  home: string;
  env: Record<string, string>;
  /** git, throwing on failure; stdout as text. */
  git(args: string[], cwd?: string): string;
  /** git, never throwing. */
  tryGit(args: string[], cwd?: string, extraEnv?: Record<string, string>): { code: number | null; out: string };
  /** node bin/soxlint.js args, in cwd (default: the repository). */
  soxlint(args: string[], cwd?: string): { code: number | null; stdout: string; stderr: string };
}

const made: string[] = [];

/** Temporary folders made by makeRepo (and tempDir) so far, removed. Call from afterAll. */
export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export function makeRepo(prefix = 'soxlint-hook-'): Repo {
  const base = tempDir(prefix);
  const dir = join(base, 'repo');
  const home = join(base, 'home');
  execFileSync('mkdir', ['-p', dir, home]);
  const env = gitEnv(home);
  const repo: Repo = {
    dir,
    home,
    env,
    git: (args, cwd = dir) => execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    tryGit: (args, cwd = dir, extraEnv = {}) => {
      const r = spawnSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 30000 });
      return { code: r.status, out: `${r.stdout}${r.stderr}` };
    },
    soxlint: (args, cwd = dir) => {
      const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 30000 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
  repo.git(['init', '-q']);
  return repo;
}

/** What a commit attempt must not change: the index entries and every work-tree file's bytes. */
export function snapshot(repo: Repo, cwd = repo.dir): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(`${relative(cwd, p)} ${statSync(p).mode.toString(8)} ${readFileSync(p).toString('base64')}`);
    }
  };
  walk(cwd);
  return `${repo.git(['ls-files', '-s'], cwd)}\n${repo.git(['diff', '--cached', '--name-status'], cwd)}\n${files.sort().join('\n')}`;
}

/** Runs the CLI in-process in `cwd` and collects what it prints. */
export async function runMain(argv: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => new Uint8Array(),
    cwd,
    env,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
