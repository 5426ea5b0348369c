// .pre-commit-hooks.yaml with the real pre-commit framework (Debian package `pre-commit`), in a
// temporary repository whose .pre-commit-config.yaml names a copy of this checkout by path and a
// commit found with `pre-commit autoupdate --bleeding-edge --freeze` (the way the docs pin a commit
// until there are tags). pre-commit clones it, builds it with npm, `npm pack`s it (reading the file
// name from npm's stdout) and installs the package file; a defective staged certification then
// blocks the commit and a fixed one passes.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certText } from './support/git.js';
import { packageRepo, run, type PackageRepo } from './support/package-repo.js';
import { systemTool } from './support/system-tool.js';

const hasPreCommit = systemTool('pre-commit', 'pre-commit');
let repo: PackageRepo;
let work: string;

beforeAll(() => {
  if (!hasPreCommit) return;
  repo = packageRepo('soxlint-pre-commit-');
  repo.env.PRE_COMMIT_HOME = join(repo.base, 'pre-commit-cache');
  work = join(repo.base, 'filings');
  mkdirSync(work);
  expect(run('git', ['-c', 'init.defaultBranch=main', 'init', '-q'], work, repo.env).code).toBe(0);
}, 120_000);
afterAll(() => { if (repo) rmSync(repo.base, { recursive: true, force: true }); });

function git(...args: string[]) {
  return run('git', args, work, repo.env);
}

describe.skipIf(!hasPreCommit)('pre-commit framework', () => {
  it('pins a commit with autoupdate --freeze, installs, blocks a defective certification, passes a fixed one', () => {
    writeFileSync(join(work, '.pre-commit-config.yaml'), `repos:\n  - repo: ${repo.dir}\n    rev: unpinned\n    hooks:\n      - id: soxlint\n`);
    const pin = run('pre-commit', ['autoupdate', '--bleeding-edge', '--freeze'], work, repo.env);
    expect(pin.code, pin.stdout + pin.stderr).toBe(0);
    expect(readFileSync(join(work, '.pre-commit-config.yaml'), 'utf8')).toContain(`rev: ${repo.commit}`);
    expect(run('pre-commit', ['install'], work, repo.env).code).toBe(0);
    writeFileSync(join(work, 'README.md'), 'filings\n');
    expect(git('add', '-A').code).toBe(0);
    expect(git('commit', '-q', '-m', 'config').code).toBe(0); // no certification staged: the hook is skipped

    mkdirSync(join(work, '2025-10k'));
    writeFileSync(join(work, '2025-10k/ex31-1.txt'), certText({ drop: ['4(b)'] }));
    git('add', '-A');
    const blocked = git('commit', '-m', 'certification');
    const said = blocked.stdout + blocked.stderr;
    expect(blocked.code, said).not.toBe(0);
    expect(said).toMatch(/soxlint \(SOX 302 certifications\)\.+Failed/);
    expect(said).toContain('2025-10k/ex31-1.txt');
    expect(said).toMatch(/Paragraph 4\(b\) is missing/);
    expect(git('rev-list', '--count', 'HEAD').stdout.trim()).toBe('1');

    writeFileSync(join(work, '2025-10k/ex31-1.txt'), certText());
    git('add', '-A');
    const passed = git('commit', '-m', 'certification');
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout + passed.stderr).toMatch(/soxlint \(SOX 302 certifications\)\.+Passed/);
    expect(git('rev-list', '--count', 'HEAD').stdout.trim()).toBe('2');
  }, 900_000);
});
