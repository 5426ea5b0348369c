// `soxlint --staged`: staged bytes from the index, odd names, Git LFS pointers. Real git in
// temporary repositories; soxlint in-process through main() (the hook tests run the built CLI).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { isLfsPointer } from '../src/node/staged.js';
import { certText, cleanup, makeRepo, snapshot, tempDir, runMain, type Repo } from './support/git.js';

afterAll(cleanup);

const GOOD = certText();
const BAD = certText({ drop: ['4(b)'] });

const soxlint = runMain;

function write(repo: Repo, path: string, data: string | Buffer): void {
  mkdirSync(join(repo.dir, path, '..'), { recursive: true });
  writeFileSync(join(repo.dir, path), data);
}

async function docx(text: string): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(doc);
}

describe('soxlint --staged', () => {
  it('reads the index, not the working tree, and never writes', async () => {
    const repo = makeRepo('soxlint-staged-');
    write(repo, 'ex31-a.txt', BAD);
    write(repo, 'ex31-b.txt', GOOD);
    repo.git(['add', '-A']);
    write(repo, 'ex31-a.txt', GOOD); // unstaged fix: must not hide the finding
    write(repo, 'ex31-b.txt', BAD); // unstaged damage: must not cause one
    write(repo, 'ex31-c.txt', BAD); // untracked: not staged, not linted
    const before = snapshot(repo);
    const r = await soxlint(['--staged', '--format', 'json'], repo.dir, repo.env);
    expect(r.stderr).toBe('soxlint: checked 2 of 2 staged files\n'); // the closing count (issue 11)
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; paragraph: string }[] }[];
    expect(results.map((x) => x.filePath).sort()).toEqual(['ex31-a.txt', 'ex31-b.txt']);
    const a = results.find((x) => x.filePath === 'ex31-a.txt')!;
    expect(a.messages).toMatchObject([{ ruleId: 'SOX002', paragraph: '4(b)' }]);
    expect(results.find((x) => x.filePath === 'ex31-b.txt')!.messages).toEqual([]);
    expect(snapshot(repo)).toBe(before);
  });

  it('handles odd file names, renames, deletions and a subfolder', async () => {
    const repo = makeRepo('soxlint-staged-');
    const odd = ['with space ex31.txt', 'new\nline-ex31.txt', 'quote"\'ex31.txt', '-dash-ex31.txt', '1:ex31.txt', 'ünïcødé-EX31.TXT', 'sub/dir/ex-32.txt'];
    write(repo, 'old-ex31.txt', GOOD);
    write(repo, 'gone-ex31.txt', GOOD);
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '-m', 'init']);
    for (const name of odd) write(repo, name, BAD);
    repo.git(['add', '-A']);
    repo.git(['mv', 'old-ex31.txt', 'renamed-ex31.txt']);
    repo.git(['rm', '-q', 'gone-ex31.txt']);
    const r = await soxlint(['--staged', '--format', 'json'], repo.dir, repo.env);
    expect(r.stderr).toBe('soxlint: checked 8 of 8 staged files\n');
    const results = JSON.parse(r.stdout) as { filePath: string; errorCount: number }[];
    expect(results.map((x) => x.filePath).sort()).toEqual([...odd, 'renamed-ex31.txt'].sort());
    for (const x of results) expect([x.filePath, x.errorCount]).toEqual([x.filePath, x.filePath === 'renamed-ex31.txt' ? 0 : 1]);

    const sub = await soxlint(['--staged', '--format', 'json'], join(repo.dir, 'sub'), repo.env);
    expect(JSON.parse(sub.stdout).map((x: { filePath: string }) => x.filePath)).toContain('dir/ex-32.txt');
  });

  it('gives the same answer for the hook\'s bare --staged (no argument parser) as for parsed flags', async () => {
    const repo = makeRepo('soxlint-staged-');
    write(repo, 'ex31.txt', BAD);
    repo.git(['add', '-A']);
    const fast = await soxlint(['--staged'], repo.dir, repo.env);
    const parsed = await soxlint(['--staged', '--format', 'stylish', '--no-quiet'], repo.dir, repo.env);
    expect(fast).toEqual(parsed);
    expect(fast.code).toBe(1);
  });

  it('passes with nothing staged, refuses file names, and says so outside a repository', async () => {
    const repo = makeRepo('soxlint-staged-');
    const empty = await soxlint(['--staged'], repo.dir, repo.env);
    expect([empty.code, empty.stderr]).toEqual([0, 'soxlint: checked 0 of 0 staged files\n']);
    const named = await soxlint(['--staged', 'x.txt'], repo.dir, repo.env);
    expect(named.code).toBe(2);
    const outside = await soxlint(['--staged'], repo.home, repo.env);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe('soxlint: --staged: not in a git repository\n');
  });

  it('lints a staged .docx', async () => {
    const repo = makeRepo('soxlint-staged-');
    write(repo, 'Exhibit 31.1.docx', await docx(BAD));
    repo.git(['add', '-A']);
    const r = await soxlint(['--staged'], repo.dir, repo.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Exhibit 31.1.docx');
    expect(r.stdout).toMatch(/Paragraph 4\(b\) is missing/);
  });
});

const POINTER = (oid: string, size: number) => `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;
const lfsInstalled = spawnSync('git', ['lfs', 'version']).status === 0;

describe('Git LFS pointers', () => {
  it('recognises a pointer', () => {
    expect(isLfsPointer(Buffer.from(POINTER('a'.repeat(64), 10)))).toBe(true);
    expect(isLfsPointer(Buffer.from(GOOD))).toBe(false);
  });

  it('without git-lfs: one clear line naming the file, exit 2', async () => {
    const repo = makeRepo('soxlint-lfs-');
    write(repo, '.gitattributes', '*.docx filter=lfs diff=lfs merge=lfs -text\n');
    write(repo, 'ex31.docx', POINTER('b'.repeat(64), 12345));
    repo.git(['add', '-A']);
    // A PATH with git but without git-lfs (on a machine that has it, hide it).
    const bare = tempDir('soxlint-nolfs-');
    symlinkSync(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), join(bare, 'git'));
    const r = await soxlint(['--staged'], repo.dir, { ...repo.env, PATH: bare });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soxlint: ex31.docx: staged as a Git LFS pointer, and git-lfs is not installed: install git-lfs and run "git lfs install" to lint the real file\nsoxlint: checked 0 of 2 staged files\n');
  });

  it.runIf(lfsInstalled)('with git-lfs: lints the real content through the smudge filter', async () => {
    const repo = makeRepo('soxlint-lfs-');
    repo.git(['lfs', 'install', '--local']);
    write(repo, '.gitattributes', '*.docx filter=lfs diff=lfs merge=lfs -text\n');
    write(repo, 'ex31.docx', await docx(BAD));
    repo.git(['add', '-A']);
    expect(isLfsPointer(execFileSync('git', ['cat-file', 'blob', ':ex31.docx'], { cwd: repo.dir, env: repo.env }))).toBe(true);
    const before = snapshot(repo);
    const r = await soxlint(['--staged'], repo.dir, repo.env);
    expect(r.stderr).toBe('soxlint: checked 1 of 2 staged files\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Paragraph 4\(b\) is missing/);
    expect(snapshot(repo)).toBe(before);

    // A pointer whose object is not here: one line, exit 2.
    write(repo, 'ex32.docx', POINTER('c'.repeat(64), 999));
    repo.git(['add', 'ex32.docx']);
    const missing = await soxlint(['--staged'], repo.dir, repo.env);
    expect(missing.code).toBe(2);
    const lines = missing.stderr.trim().split('\n');
    expect(lines).toHaveLength(2); // the reason, then the closing count (issue 11)
    expect(lines[1]).toBe('soxlint: checked 1 of 3 staged files');
    expect(lines[0]).toMatch(/^soxlint: ex32\.docx: staged as a Git LFS pointer whose content git-lfs could not read/);
    expect(readFileSync(join(repo.dir, 'ex32.docx'), 'utf8')).toBe(POINTER('c'.repeat(64), 999));
  });
});

describe('which staged files are checked (issue 11: a hook that misses nothing)', () => {
  it('by exhibit name (ex, exh, exhibit; 31, 32, 302, 906) and by content; a name alone without a certification is no error', async () => {
    const repo = makeRepo('soxlint-select-');
    write(repo, 'Ex. 31.1 CEO.docx', await docx(BAD));
    write(repo, 'Exh 31.2 CFO.docx', await docx(GOOD));
    write(repo, 'signed/Section 302 Certification - CEO.docx', await docx(BAD));
    write(repo, 'drafts/cfo-cert.txt', BAD);
    write(repo, 'site/index31.htm', '<html><body><p>Investor relations: contact us.</p></body></html>');
    write(repo, 'notes.txt', 'Filing calendar: 10-K due March 2.\n');
    write(repo, 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    repo.git(['add', '-A']);
    const r = await soxlint(['--staged', '-f', 'json'], repo.dir, repo.env);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string; paragraph: string }[] }[];
    expect(results.map((x) => [x.filePath, x.errorCount]).sort()).toEqual([
      ['Ex. 31.1 CEO.docx', 1],
      ['Exh 31.2 CFO.docx', 0],
      ['drafts/cfo-cert.txt', 1],
      ['signed/Section 302 Certification - CEO.docx', 1],
      ['site/index31.htm', 0],
    ]);
    for (const x of results.filter((y) => y.errorCount)) expect(x.messages.map((m) => [m.ruleId, m.paragraph])).toEqual([['SOX002', '4(b)']]);
    expect(r.stderr).toBe('soxlint: checked 5 of 7 staged files (2 found by content)\n');
  });

  it('the broader exhibit names', async () => {
    const { CERTIFICATION_NAME } = await import('../src/node/staged-select.js');
    const yes = ['Ex. 31.1 CEO.docx', 'Exh 31.2 CFO.docx', 'exhibit_302.txt', 'EX-906.htm', 'd123456dex311.htm', 'a/b/Exhibit 32.html', 'ex.32-1.TXT'];
    const no = ['Section 302 Certification - CEO.docx', 'ex31.pdf', 'ex31/readme.md', 'exhibit 99.htm', 'annual-report.htm', 'ex33.htm'];
    expect(yes.filter((n) => !CERTIFICATION_NAME.test(n))).toEqual([]);
    expect(no.filter((n) => CERTIFICATION_NAME.test(n))).toEqual([]);
  });
});
