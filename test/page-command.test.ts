// `soxlint page [-o FILE]` writes the built page, byte for byte, where the user asks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function soxlint(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/soxlint.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('soxlint page', () => {
  const built = readFileSync(join(root, 'dist/soxlint.html'), 'utf8');

  it('writes soxlint.html in the current folder, or where -o/--output-file says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soxlint-pagecmd-'));
    const r = soxlint(['page'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote soxlint\.html \(\d+ KB\)\. Open it in a browser and drop a certification on it\.\n$/);
    expect(readFileSync(join(dir, 'soxlint.html'), 'utf8')).toBe(built);
    expect(soxlint(['page', '-o', 'team.html'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'team.html'), 'utf8')).toBe(built);
    expect(soxlint(['page', '--output-file=x.html'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'x.html'), 'utf8')).toBe(built);
  });

  it('the page is one file with a policy that loads nothing from anywhere', () => {
    expect(built).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; worker-src blob:;/);
    expect(built.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
    expect(built).not.toMatch(/<(?:script|link|img|iframe)\b[^>]*\s(?:src|href)=/);
  });

  it('bad arguments: one line, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soxlint-pagecmd-'));
    expect(soxlint(['page', '-o'], dir)).toEqual({ code: 2, stdout: '', stderr: 'soxlint: page: -o needs a file name (see "soxlint page --help")\n' });
    expect(soxlint(['page', 'extra'], dir)).toEqual({ code: 2, stdout: '', stderr: 'soxlint: page: unexpected argument "extra" (see "soxlint page --help")\n' });
    expect(soxlint(['page', '-o', 'no-such/dir/p.html'], dir).stderr).toBe('soxlint: no-such/dir/p.html: cannot write the page: ENOENT\n');
    expect(soxlint(['page', '--help'], dir).stdout).toContain('soxlint page [-o FILE]');
  });
});
