// The pre-commit hook end to end: `soxlint hook install|uninstall` and real `git commit`s in
// temporary repositories, through the built CLI (bin/soxlint.js; test/support/build.ts builds it).
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_FILES, certificationMatcher } from '../src/node/config.js';
import { ASIDE_NAME, HOOK_MARKER } from '../src/node/hook.js';
import { certText, cleanup, makeRepo, root, snapshot, type Repo } from './support/git.js';

afterAll(cleanup);

const GOOD = certText();
const BAD = certText({ drop: ['4(b)'] });
const FILE = 'filings/2025-10k/acme-ex31-1.txt';

function write(repo: Repo, path: string, text: string, cwd = repo.dir): void {
  mkdirSync(join(cwd, path, '..'), { recursive: true });
  writeFileSync(join(cwd, path), text);
}

function commit(repo: Repo, cwd = repo.dir, extraEnv: Record<string, string> = {}, extraArgs: string[] = []) {
  return repo.tryGit(['commit', '-q', '-m', 'test', ...extraArgs], cwd, extraEnv);
}

/** Every file in a folder: name, mode, bytes. */
function folder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    out[name] = `${(statSync(p).mode & 0o7777).toString(8)} ${readFileSync(p).toString('base64')}`;
  }
  return out;
}

function installed(repo: Repo, cwd = repo.dir): void {
  const r = repo.soxlint(['hook', 'install'], cwd);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

describe('commits through the installed hook', () => {
  it('blocks a defective certification, names the file and the paragraph, and changes nothing', () => {
    const repo = makeRepo();
    installed(repo);
    write(repo, 'README.md', 'filings\n');
    write(repo, FILE, BAD);
    repo.git(['add', '-A']);
    const before = snapshot(repo);
    const r = commit(repo);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain(FILE);
    expect(r.out).toMatch(/Paragraph 4\(b\) is missing/);
    expect(r.out).toContain('missing-paragraph');
    expect(r.out).toContain('To commit anyway: git commit --no-verify, or SOXLINT_SKIP=1 git commit');
    expect(snapshot(repo)).toBe(before);
    expect(repo.tryGit(['rev-parse', '--verify', '-q', 'HEAD']).code).not.toBe(0); // nothing committed

    // Fixed, it commits.
    write(repo, FILE, GOOD);
    repo.git(['add', FILE]);
    const ok = commit(repo);
    // Closing lines (issue 11): all is well, and how many staged files were checked.
    expect(ok.out).toBe('\u2714 1 file, 1 certification, no problems\nsoxlint: checked 1 of 2 staged files\n');
    expect(ok.code).toBe(0);
    expect(repo.git(['show', `HEAD:${FILE}`])).toBe(GOOD);
  });

  it('lints the staged version, not the working copy', () => {
    const repo = makeRepo();
    installed(repo);
    write(repo, 'base.txt', 'x\n');
    repo.git(['add', '-A']);
    expect(commit(repo).code).toBe(0);

    // Staged defective, working copy fixed: blocked.
    write(repo, FILE, BAD);
    repo.git(['add', FILE]);
    write(repo, FILE, GOOD);
    const before = snapshot(repo);
    const blocked = commit(repo);
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toMatch(/4\(b\)/);
    expect(snapshot(repo)).toBe(before);

    // Staged fixed, working copy defective: commits, and the working copy keeps its edit.
    repo.git(['add', FILE]);
    write(repo, FILE, BAD);
    const ok = commit(repo);
    expect(ok.code).toBe(0);
    expect(repo.git(['show', `HEAD:${FILE}`])).toBe(GOOD);
    expect(readFileSync(join(repo.dir, FILE), 'utf8')).toBe(BAD);

    // `git commit -a` and `git commit <path>` commit the working copy (git hands the hook a
    // temporary index): blocked, and the real index is left as it was.
    const kept = snapshot(repo);
    expect(commit(repo, repo.dir, {}, ['-a']).code).not.toBe(0);
    expect(commit(repo, repo.dir, {}, ['--', FILE]).code).not.toBe(0);
    expect(snapshot(repo)).toBe(kept);
  });

  it('lets warnings through unless maxWarnings says so, and skips with SOXLINT_SKIP=1 or --no-verify', () => {
    const repo = makeRepo();
    installed(repo);
    write(repo, 'ex31.txt', certText({ openingTitle: true })); // a title-in-opening warning
    repo.git(['add', '-A']);
    writeFileSync(join(repo.dir, '.soxlintrc.json'), '{ "maxWarnings": 0 }\n'); // unstaged, but read from disk
    const strict = commit(repo);
    expect(strict.code).not.toBe(0);
    expect(strict.out).toContain('title-in-opening');
    expect(strict.out).toContain('too many warnings');
    writeFileSync(join(repo.dir, '.soxlintrc.json'), '{}\n');
    const ok = commit(repo);
    expect(ok.out).toContain('title-in-opening');
    expect(ok.code).toBe(0);

    write(repo, 'ex31.txt', BAD);
    repo.git(['add', 'ex31.txt']);
    expect(commit(repo).code).not.toBe(0);
    const skipped = commit(repo, repo.dir, { SOXLINT_SKIP: '1' });
    expect(skipped.code).toBe(0);
    expect(skipped.out).toContain('skipped (SOXLINT_SKIP=1)');
    write(repo, 'ex31.txt', BAD + '\nmore\n');
    repo.git(['add', 'ex31.txt']);
    expect(commit(repo, repo.dir, {}, ['--no-verify']).code).toBe(0);
  });

  it('ignores staged files that are not certifications, even one named like an exhibit (issue 11), unless the config names it', () => {
    const repo = makeRepo();
    installed(repo);
    write(repo, 'notes.txt', 'I have nothing to certify.\n');
    repo.git(['add', '-A']);
    expect(commit(repo).code).toBe(0);
    write(repo, 'site/index31.htm', '<p>Investor relations</p>\n');
    write(repo, 'Exhibit-32.txt', 'Management discussion.\n');
    repo.git(['add', '-A']);
    const r = commit(repo);
    expect(r.code).toBe(0);
    expect(r.out).toBe('\u2714 2 files, 0 certifications, no problems\nsoxlint: checked 2 of 2 staged files\n');
    write(repo, '.soxlintrc.json', JSON.stringify({ files: ['**/Exhibit-*.txt'] }));
    write(repo, 'Exhibit-32.txt', 'Management discussion, revised.\n');
    repo.git(['add', '-A']);
    const named = commit(repo);
    expect(named.code).not.toBe(0);
    expect(named.out).toContain('Exhibit-32.txt');
    expect(named.out).toContain('no-certification');
  });
});

describe('hook subcommand', () => {
  it('an unknown hook command is named, with the ones there are (issue 11)', () => {
    const repo = makeRepo();
    expect(repo.soxlint(['hook', 'foo'])).toEqual({ code: 2, stdout: '', stderr: "soxlint: unknown hook command 'foo' (install, uninstall)\n" });
    expect(repo.soxlint(['hook', 'install', 'now'])).toMatchObject({ code: 2, stderr: "soxlint: hook install takes nothing more, not 'now'\n" });
  });
});

describe('hook install and uninstall', () => {
  const USER_HOOK = '#!/bin/sh\n# the team\'s own checks\necho "user hook ran"\nexit 0\n';

  it('keeps an existing hook byte for byte, calls it first, is idempotent, and uninstall restores it', () => {
    const repo = makeRepo();
    const hooks = join(repo.dir, '.git/hooks');
    mkdirSync(hooks, { recursive: true });
    writeFileSync(join(hooks, 'pre-commit'), USER_HOOK);
    chmodSync(join(hooks, 'pre-commit'), 0o750);
    const original = folder(hooks);

    installed(repo);
    const once = folder(hooks);
    expect(once[ASIDE_NAME]).toBe(original['pre-commit']);
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toContain(HOOK_MARKER);
    const again = repo.soxlint(['hook', 'install']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already installed');
    expect(folder(hooks)).toEqual(once);

    write(repo, 'ex-31.1.txt', GOOD);
    repo.git(['add', '-A']);
    const ok = commit(repo);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('user hook ran');

    // The user's hook failing fails the commit, whatever soxlint says.
    writeFileSync(join(hooks, ASIDE_NAME), '#!/bin/sh\necho "user hook says no"\nexit 3\n');
    write(repo, 'ex-31.1.txt', GOOD.replace('2026', '2027'));
    repo.git(['add', '-A']);
    const no = commit(repo);
    expect(no.code).not.toBe(0);
    expect(no.out).toContain('user hook says no');
    writeFileSync(join(hooks, ASIDE_NAME), USER_HOOK);
    chmodSync(join(hooks, ASIDE_NAME), 0o750);

    const un = repo.soxlint(['hook', 'uninstall']);
    expect(un.code).toBe(0);
    expect(folder(hooks)).toEqual(original);
    const unAgain = repo.soxlint(['hook', 'uninstall']);
    expect(unAgain.code).toBe(0);
    expect(unAgain.stdout).toContain('not soxlint');
    expect(folder(hooks)).toEqual(original);
  });

  it('removes its hook on uninstall when there was none', () => {
    const repo = makeRepo();
    const hooks = join(repo.dir, '.git/hooks');
    const before = folder(hooks);
    installed(repo);
    expect(statSync(join(hooks, 'pre-commit')).mode & 0o777).toBe(0o755);
    expect(repo.soxlint(['hook', 'uninstall']).code).toBe(0);
    expect(folder(hooks)).toEqual(before);
  });

  it('stops with exit 2 and changes nothing when keeping the existing hook is unsafe', () => {
    const repo = makeRepo();
    const hooks = join(repo.dir, '.git/hooks');
    mkdirSync(hooks, { recursive: true });
    writeFileSync(join(hooks, 'pre-commit'), USER_HOOK, { mode: 0o755 });
    writeFileSync(join(hooks, ASIDE_NAME), '#!/bin/sh\necho older\n', { mode: 0o755 });
    const before = folder(hooks);
    const r = repo.soxlint(['hook', 'install']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(ASIDE_NAME);
    expect(folder(hooks)).toEqual(before);

    const outside = repo.soxlint(['hook', 'install'], repo.home);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/not in a git repository/);
  });

  it('honours core.hooksPath', () => {
    const repo = makeRepo();
    repo.git(['config', 'core.hooksPath', '.githooks']);
    installed(repo);
    expect(readFileSync(join(repo.dir, '.githooks/pre-commit'), 'utf8')).toContain(HOOK_MARKER);
    expect(existsSync(join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);
    write(repo, 'exhibit31.txt', BAD);
    repo.git(['add', 'exhibit31.txt']);
    const r = commit(repo);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('exhibit31.txt');
    expect(repo.soxlint(['hook', 'uninstall']).code).toBe(0);
    expect(existsSync(join(repo.dir, '.githooks/pre-commit'))).toBe(false);
  });

  it('works in a linked worktree', () => {
    const repo = makeRepo();
    write(repo, 'README.md', 'x\n');
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '-m', 'init']);
    const wt = join(repo.dir, '..', 'wt');
    repo.git(['worktree', 'add', '-q', '-b', 'feature', wt]);
    installed(repo, wt);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-commit'), 'utf8')).toContain(HOOK_MARKER);
    write(repo, 'ex_31.txt', BAD, wt);
    repo.git(['add', 'ex_31.txt'], wt);
    const before = snapshot(repo, wt);
    const r = commit(repo, wt);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('ex_31.txt');
    expect(snapshot(repo, wt)).toBe(before);
    write(repo, 'ex_31.txt', GOOD, wt);
    repo.git(['add', 'ex_31.txt'], wt);
    expect(commit(repo, wt).code).toBe(0);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
  const hook = hooks.find((h) => h.id === 'soxlint')!;

  it('defines the soxlint hook with the fields the pre-commit framework needs', () => {
    expect(Array.isArray(hooks)).toBe(true);
    expect(hook).toBeDefined();
    // Issue 11: the hook runs `soxlint --staged`, which picks the certifications by name and content itself.
    expect(hook).toMatchObject({ id: 'soxlint', entry: 'soxlint --staged', language: 'node', pass_filenames: false });
    expect(typeof hook.name).toBe('string');
    expect(typeof hook.files).toBe('string');
  });

  it('runs whenever a staged file could hold a certification (the real run: test/pre-commit.test.ts)', () => {
    // Python's leading (?i) is JavaScript's "i" flag.
    const re = new RegExp((hook.files as string).replace(/^\(\?i\)/, ''), 'i');
    const names = [
      'ex31.htm', 'EX31.1.HTM', 'filings/acme-ex-31_1.html', 'd123456dex311.htm', 'a/b/Exhibit 31.1.docx', 'exhibit_32.txt',
      'Section 302 Certification - CEO.docx', 'report.htm',
      'ex31.pdf', 'notes/ex31/readme.md', 'ex31.htm.bak',
    ];
    expect(names.filter((n) => re.test(n))).toEqual(names.slice(0, 8));
    expect(certificationMatcher({})('ex31.htm')).toBe(true);
    expect(DEFAULT_FILES.length).toBeGreaterThan(0);
  });
});
