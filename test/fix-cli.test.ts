// `soxlint fix` as users run it (a child process): where outputs go, never the input, never an
// existing output without --force, a patch that git apply and patch -p1 apply, exit codes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonical, edit, lintSource, reletter, render, without } from './support/certs.js';
import JSZip from 'jszip';
import { documentXml, toDocx } from './support/docx-certs.js';
import { ICFR } from './support/fix-cases.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/soxlint.js');
let dir: string;

function run(cmd: string, args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: dir, input, encoding: 'utf8', timeout: 30000, env: { PATH: process.env.PATH ?? '', HOME: dir, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const soxlint = (...args: string[]) => run(process.execPath, [bin, ...args]);
const sha = (path: string) => createHash('sha256').update(readFileSync(join(dir, path))).digest('hex');
const QUALYS = () => reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)'));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-fix-'));
  writeFileSync(join(dir, 'qualys.txt'), render(QUALYS(), 'text'));
  writeFileSync(join(dir, 'qualys.htm'), render(QUALYS(), 'html'));
  writeFileSync(join(dir, 'unsigned.txt'), render(edit(canonical(), '2', 'this report', 'this annual report'), 'text', { signature: [] }));
});

describe('soxlint fix', () => {
  it('writes NAME.fixed.EXT beside the input, leaves the input alone, and exits 0 when nothing is left', () => {
    const before = sha('qualys.txt');
    const r = soxlint('fix', 'qualys.txt', 'qualys.htm');
    expect(r.stderr).toBe('qualys.txt -> qualys.fixed.txt: 2 fixed, 0 not fixed\nqualys.htm -> qualys.fixed.htm: 2 fixed, 0 not fixed\n');
    expect(r.code).toBe(0);
    expect(sha('qualys.txt')).toBe(before);
    expect(lintSource(readFileSync(join(dir, 'qualys.fixed.txt'), 'utf8'), 'text').messages).toEqual([]);
    expect(lintSource(readFileSync(join(dir, 'qualys.fixed.htm'), 'utf8'), 'html').messages).toEqual([]);
  });

  it('does not overwrite an existing output without --force', () => {
    writeFileSync(join(dir, 'qualys.fixed.txt'), 'mine');
    const r = soxlint('fix', 'qualys.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soxlint fix: qualys.txt: qualys.fixed.txt exists; add --force to overwrite it\n');
    expect(readFileSync(join(dir, 'qualys.fixed.txt'), 'utf8')).toBe('mine');
    expect(soxlint('fix', '--force', 'qualys.txt').code).toBe(0);
    expect(readFileSync(join(dir, 'qualys.fixed.txt'), 'utf8')).toContain('(b) Designed such internal control');
  });

  it('takes -o and --out-dir, and refuses to write the input itself', () => {
    expect(soxlint('fix', 'qualys.txt', '-o', 'out.txt').code).toBe(0);
    expect(existsSync(join(dir, 'out.txt'))).toBe(true);
    mkdirSync(join(dir, 'fixed'));
    expect(soxlint('fix', 'qualys.txt', 'qualys.htm', '--out-dir', 'fixed').code).toBe(0);
    expect(existsSync(join(dir, 'fixed/qualys.htm'))).toBe(true);
    const before = sha('qualys.txt');
    const self = soxlint('fix', 'qualys.txt', '-o', 'qualys.txt', '--force');
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('soxlint fix never writes its input');
    expect(sha('qualys.txt')).toBe(before);
    expect(soxlint('fix', 'a.txt', 'b.txt', '-o', 'x.txt').code).toBe(2);
    symlinkSync(join(dir, 'qualys.txt'), join(dir, 'link.txt'));
    const link = soxlint('fix', 'qualys.txt', '-o', 'link.txt', '--force');
    expect(link.code).toBe(2);
    expect(sha('qualys.txt')).toBe(before);
  });

  it('lists what a person must do and exits 1 while errors remain', () => {
    const r = soxlint('fix', 'unsigned.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^unsigned\.txt -> unsigned\.fixed\.txt: 1 fixed, 2 not fixed\n/);
    expect(r.stderr).toContain('not fixed: the signature block needs the officer\'s own signature, name, title and date');
  });

  it('--diff prints a patch that git apply and patch -p1 apply', () => {
    const r = soxlint('fix', '--diff', 'qualys.txt', 'qualys.htm');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^--- a\/qualys\.txt\n\+\+\+ b\/qualys\.txt\n/m);
    expect(existsSync(join(dir, 'qualys.fixed.txt'))).toBe(false);
    writeFileSync(join(dir, 'fix.patch'), r.stdout);
    copyFileSync(join(dir, 'qualys.txt'), join(dir, 'copy.txt'));
    expect(run('git', ['apply', '--check', 'fix.patch']).code).toBe(0);
    expect(run('patch', ['-p1', '-i', 'fix.patch']).code).toBe(0);
    expect(lintSource(readFileSync(join(dir, 'qualys.txt'), 'utf8'), 'text').messages).toEqual([]);
    expect(lintSource(readFileSync(join(dir, 'qualys.htm'), 'utf8'), 'html').messages).toEqual([]);
  });

  it('names a bad input in one line and goes on with the others', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = soxlint('fix', 'empty.txt', 'missing.txt', 'qualys.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('soxlint fix: empty.txt: empty file\n');
    expect(r.stderr).toContain('soxlint fix: missing.txt: no such file or directory\n');
    expect(existsSync(join(dir, 'qualys.fixed.txt'))).toBe(true);
  });

  it('fills paragraph 1 from another certification of the same filing', () => {
    writeFileSync(join(dir, 'ex31-1.txt'), render(canonical(), 'text'));
    writeFileSync(join(dir, 'ex31-2.txt'), render(without(canonical(), '1'), 'text'));
    expect(soxlint('fix', 'ex31-1.txt', 'ex31-2.txt').code).toBe(0);
    expect(readFileSync(join(dir, 'ex31-2.fixed.txt'), 'utf8')).toContain('I have reviewed this Annual Report on Form 10-K for the fiscal year\n    ended December 31, 2025 of Acme Corp.;');
    // Alone, the slots stay visible placeholders, and stay errors.
    const alone = soxlint('fix', 'ex31-2.txt', '-o', 'alone.txt');
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('not fixed: put back with the form\'s blanks ("[specify report]"): fill them in');
    const text = readFileSync(join(dir, 'alone.txt'), 'utf8');
    expect(text).toContain('I have reviewed this [specify report] of [identify registrant];');
    expect(lintSource(text, 'text').messages.map((m) => m.ruleId)).toEqual(['SOX011', 'SOX011']);
  });

  it('reads its flags from the option table: --help lists them, a wrong flag or value is one usage line and exit 2', () => {
    const help = soxlint('fix', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^soxlint fix <files\.\.>\n/);
    for (const flag of ['-o, --output', '--out-dir', '--diff', '--force', '--profile', '--form', '-h, --help']) expect(help.stdout).toContain(flag);
    expect(soxlint('fix', '-h').stdout).toBe(help.stdout);
    expect(soxlint('fix', '--bogus', 'qualys.txt')).toEqual({ code: 2, stdout: '', stderr: 'soxlint fix: unknown option "--bogus"\nRun "soxlint fix --help" for usage.\n' });
    expect(soxlint('fix', '--profile', 'nope', 'qualys.txt').stderr).toBe('soxlint fix: --profile must be one of standard, transition, amendment, not "nope"\nRun "soxlint fix --help" for usage.\n');
    expect(soxlint('fix', 'qualys.txt', '--out-dir').stderr).toBe('soxlint fix: --out-dir needs a value\nRun "soxlint fix --help" for usage.\n');
    expect(soxlint('fix', '-o', 'a.txt', 'qualys.txt', 'qualys.htm').stderr).toBe('soxlint fix: -o names one output: give one FILE, or use --out-dir\nRun "soxlint fix --help" for usage.\n');
    expect(existsSync(join(dir, 'qualys.fixed.txt'))).toBe(false);
    // --form takes the form filed as lint's --form does (the row is shared): 10-K is served by 601b31i.
    expect(soxlint('fix', '--form', '10-K', 'qualys.txt')).toEqual({ code: 0, stdout: '', stderr: 'qualys.txt -> qualys.fixed.txt: 2 fixed, 0 not fixed\n' });
  });

  it('dates a .docx fix by SOURCE_DATE_EPOCH when set, so the same fix gives the same bytes', async () => {
    writeFileSync(join(dir, 'qualys.docx'), await toDocx(QUALYS()));
    const epoch = { SOURCE_DATE_EPOCH: '1796040000' }; // 2026-11-30T12:00:00Z
    const fixed = () => {
      const r = run(process.execPath, [bin, 'fix', '--force', 'qualys.docx'], undefined, epoch);
      expect(r).toEqual({ code: 0, stdout: '', stderr: 'qualys.docx -> qualys.fixed.docx: 2 fixed, 0 not fixed\n' });
      return readFileSync(join(dir, 'qualys.fixed.docx'));
    };
    const first = fixed();
    expect(fixed().equals(first)).toBe(true);
    const xml = await documentXml(first);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="soxlint" w:date="2026-11-30T12:00:00Z"/);
    expect(xml).not.toMatch(/w:date="(?!2026-11-30T12:00:00Z)/);
    // The changed part's zip entry carries the same date (not the time of the run), and no entry is
    // added (a folder entry for word/ would be dated by the clock).
    const fixedZip = await JSZip.loadAsync(first);
    expect(fixedZip.files['word/document.xml'].date.toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(Object.keys(fixedZip.files).sort()).toEqual(Object.keys((await JSZip.loadAsync(readFileSync(join(dir, 'qualys.docx')))).files).sort());
    const bad = run(process.execPath, [bin, 'fix', 'qualys.docx'], undefined, { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'soxlint fix: SOURCE_DATE_EPOCH: not a whole number of seconds since 1970\n' });
  });
});
