// soxlint as a user gets it: the files of this checkout (tracked, and new ones not ignored) committed
// in a temporary git repository, so that installs from git and the pre-commit framework (which pins a
// commit: `rev:`) see exactly the code under test, committed or not. npm runs with a clean
// environment: none of the npm_* variables `npm test` sets may steer the nested npm.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const version = (JSON.parse(execFileSync('git', ['show', 'HEAD:package.json'], { cwd: root, encoding: 'utf8' })) as { version: string }).version;

/** The environment for npm, git and pre-commit in these tests. */
export function cleanEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(npm_|NPM_|GIT_|INIT_CWD$|PRE_COMMIT)/.test(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    // npm's cache stays the user's (installs come from it when it holds the packages).
    npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? home, '.npm'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t',
    NO_COLOR: '1',
    ...extra,
  };
}

export interface Run { code: number | null; stdout: string; stderr: string }

export function run(cmd: string, args: string[], cwd: string, env: Record<string, string>, timeout = 600_000): Run {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout });
  return { code: r.status, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

export interface PackageRepo { base: string; dir: string; commit: string; env: Record<string, string> }

/** A temporary git repository holding this checkout's files in one commit. */
export function packageRepo(prefix: string): PackageRepo {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(base, 'soxlint');
  const home = join(base, 'home');
  mkdirSync(home);
  const env = cleanEnv(home);
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0').filter((f) => f !== '');
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      copyFileSync(join(root, f), join(dir, f));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err; // deleted, not yet staged
    }
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'soxlint under test');
  return { base, dir, commit: git('rev-parse', 'HEAD'), env };
}
