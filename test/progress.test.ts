// Progress on a terminal (a real pseudo-terminal through script(1)), never in pipes, CI logs or a
// format's output; and the --stats table.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonical, edit, render } from './support/certs.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/soxlint.js');
let dir: string;
// Shown from the start instead of after a second, so that a fast machine shows it too.
const env = { PATH: process.env.PATH ?? '', TERM: 'xterm', SOXLINT_PROGRESS_AFTER_MS: '0' };
const PROGRESS = /\d+\/1000 files \| [\d,]+ certifications\/s \| \S+ left/;

/** Runs soxlint with stdin, stdout and stderr on a pseudo-terminal; returns what the terminal got. */
function onTerminal(args: string, extraEnv: Record<string, string> = {}): string {
  const r = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${args}`, '/dev/null'], {
    cwd: dir, env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 60000,
  });
  expect(r.status).not.toBeNull();
  return r.stdout;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-progress-'));
  mkdirSync(join(dir, 'many'));
  const text = render(canonical(), 'text');
  for (let i = 0; i < 1000; i++) writeFileSync(join(dir, 'many', `ex31-${String(i).padStart(4, '0')}.txt`), text);
  mkdirSync(join(dir, 'few'));
  writeFileSync(join(dir, 'few', 'a.txt'), text);
  writeFileSync(join(dir, 'few', 'b.txt'), render(edit(canonical(), '2', 'untrue', 'false'), 'text'));
  writeFileSync(join(dir, 'few', 'c.txt'), render(edit(edit(canonical(), '5', 'officer(s)', 'officers'), '2', 'untrue', 'false'), 'text'));
  writeFileSync(join(dir, 'few', 'd.txt'), '');
});

describe('progress', () => {
  it('shows files done, certifications/s and time left on a terminal, and erases it at the end', () => {
    const screen = onTerminal('many --concurrency off');
    expect(screen).toMatch(PROGRESS);
    const last = screen.lastIndexOf('files |');
    expect(screen.indexOf('\u001b[0J', last)).toBeGreaterThan(last); // cleared below the cursor
    expect(screen.slice(screen.indexOf('\u001b[0J', last))).not.toMatch(/files \|/);
  });

  it('never under CI, in a pipe, or in JSON output', () => {
    expect(onTerminal('many --concurrency off', { CI: 'true' })).not.toMatch(/files \|/);
    const piped = spawnSync(process.execPath, [bin, 'many', '--concurrency', 'off'], { cwd: dir, env, encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    // JSON to a file while stderr is the terminal: the bar stays on the terminal, the file is JSON.
    const screen = onTerminal('many --concurrency off -f json > out.json');
    expect(screen).toMatch(PROGRESS);
    const results = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as unknown[];
    expect(results).toHaveLength(1000);
  });
});

describe('--stats', () => {
  it('closes with files, certifications, time and findings by rule on stderr', () => {
    const r = spawnSync(process.execPath, [bin, 'few', '--stats', '-f', 'json'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toHaveLength(4);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('soxlint: few/d.txt: empty file');
    expect(lines.slice(1, 3)).toEqual(['files            4', 'certifications   3']);
    expect(lines[3]).toMatch(/^time {13}\d+\.\d\d s \([\d,]+ certifications\/s\)$/);
    expect(lines.slice(4)).toEqual([
      '',
      'rule                      errors  warnings',
      'SOX004 altered-wording         2         0',
      'SOX013 officer-plural          0         1',
      'could not be linted            1          ',
      'total                          3         1',
      '',
    ]);
  });
});
