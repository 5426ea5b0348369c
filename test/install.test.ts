// The README's "Install" section, command by command, on a copy of this checkout: a clone installed
// with `npm install` and `npm install -g .`; `npm pack` and its tarball installed globally and into a
// project; a project installing soxlint from a git URL. Each installed soxlint lints a certification
// and prints its own version (not the project's). Real npm; packages come from npm's cache or registry.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certText } from './support/git.js';
import { packageRepo, run, version, type PackageRepo } from './support/package-repo.js';

let repo: PackageRepo;
let clone: string;
const tarball = `soxlint-${version}.tgz`;

beforeAll(() => {
  repo = packageRepo('soxlint-install-');
  clone = join(repo.base, 'clone');
  expect(run('git', ['clone', '-q', repo.dir, clone], repo.base, repo.env).code).toBe(0);
  writeFileSync(join(repo.base, 'ex31-bad.txt'), certText({ drop: ['4(b)'] }));
  writeFileSync(join(repo.base, 'ex31-good.txt'), certText());
}, 120_000);
afterAll(() => rmSync(repo.base, { recursive: true, force: true }));

/** A project of its own, with a version soxlint must not report as its own. */
function project(name: string): string {
  const dir = join(repo.base, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '9.9.9', private: true }));
  return dir;
}

/** An installed soxlint, run the ways the README says: its version, a defective and a good file. */
function exercise(cmd: string, args: string[], cwd: string) {
  expect(run(cmd, [...args, '--version'], cwd, repo.env)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  expect(run(cmd, [...args, '-v'], cwd, repo.env).stdout).toBe(`${version}\n`);
  const bad = run(cmd, [...args, join(repo.base, 'ex31-bad.txt')], cwd, repo.env);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/Paragraph 4\(b\) is missing/);
  const good = run(cmd, [...args, join(repo.base, 'ex31-good.txt')], cwd, repo.env);
  expect(good).toEqual({ code: 0, stdout: '\u2714 1 file, 1 certification, no problems\n', stderr: '' });
}

describe('Install (README), each command run', () => {
  it('a clone: npm install builds it without engine or peer-dependency warnings on this Node', () => {
    const r = run('npm', ['install'], clone, repo.env);
    expect(r.code, r.stderr).toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/EBADENGINE|ERESOLVE|peer dep|Unsupported engine|deprecated|install-scripts/i);
    expect(existsSync(join(clone, 'dist/bundle/cli.js'))).toBe(true);
  }, 600_000);

  it('npm install -g . from the clone', () => {
    const prefix = join(repo.base, 'global-clone');
    const r = run('npm', ['install', '-g', '--prefix', prefix, '.'], clone, repo.env);
    expect(r.code, r.stderr).toBe(0);
    exercise(join(prefix, 'bin/soxlint'), [], project('elsewhere-1'));
  }, 600_000);

  it('npm pack prints only the package file name (the pre-commit framework reads it)', () => {
    const r = run('npm', ['pack'], clone, repo.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${tarball}\n`);
    expect(existsSync(join(clone, tarball))).toBe(true);
  }, 600_000);

  it('npm install -g of the package file', () => {
    const prefix = join(repo.base, 'global-tgz');
    const r = run('npm', ['install', '-g', '--prefix', prefix, join(clone, tarball)], repo.base, repo.env);
    expect(r.code, r.stderr).toBe(0);
    exercise(join(prefix, 'bin/soxlint'), [], project('elsewhere-2'));
  }, 600_000);

  it('npm install --save-dev of the package file; npx soxlint in the project', () => {
    const dir = project('with-tgz');
    const r = run('npm', ['install', '--save-dev', join(clone, tarball)], dir, repo.env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies.soxlint).toMatch(/soxlint-.*\.tgz$/);
    exercise('npx', ['--no-install', 'soxlint'], dir);
  }, 600_000);

  it('npm install --save-dev of a git URL pinned to a commit (npm builds it)', () => {
    const dir = project('with-git');
    const r = run('npm', ['install', '--save-dev', `git+file://${repo.dir}#${repo.commit}`], dir, repo.env);
    expect(r.code, r.stderr).toBe(0);
    exercise('npx', ['--no-install', 'soxlint'], dir);
  }, 900_000);
});
