// Linting over worker threads: the same output as in one thread, in the same order, and a file that
// exhausts its worker's memory ends only that file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonical, edit, render, without } from './support/certs.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/soxlint.js');
let dir: string;
let badInputs = 0;

function soxlint(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60000,
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-pool-'));
  const mixed = join(dir, 'mixed');
  mkdirSync(mixed);
  const good = canonical();
  const variants = [
    good,
    edit(good, '4', ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))', ''),
    without(good, '4(b)'),
    edit(good, '5', 'officer(s)', 'officers'),
    edit(good, '2', 'untrue', 'false'),
  ];
  // 300 files, enough for the pool to batch them, with bad inputs and .docx scattered through.
  for (let i = 0; i < 300; i++) {
    const name = `ex31-${String(i).padStart(4, '0')}`;
    const paras = variants[i % variants.length];
    const bad = i % 97 === 13 || i % 89 === 7;
    if (bad) badInputs++;
    if (i % 97 === 13) writeFileSync(join(mixed, `${name}.txt`), ''); // empty: exit 2, one line
    else if (i % 89 === 7) writeFileSync(join(mixed, `${name}.docx`), 'PK\u0003\u0004not a zip');
    else if (i % 101 === 50) copyFileSync(join(root, 'test/fixtures/docx/tracked-change.docx'), join(mixed, `${name}.docx`));
    else writeFileSync(join(mixed, `${name}.${i % 3 === 0 ? 'htm' : 'txt'}`), render(paras, i % 3 === 0 ? 'html' : 'text'));
  }
  const oom = join(dir, 'oom');
  mkdirSync(oom);
  // Enough files around it that the pool batches them, so the batch's other files must survive too.
  for (let i = 0; i < 20; i++) writeFileSync(join(oom, `a${String(i).padStart(2, '0')}-good.txt`), render(good, 'text'));
  // Over 1 MB, so that it goes to a worker even when the rest is linted in the CLI's thread.
  writeFileSync(join(oom, 'b-huge.txt'), 'The registrant certifies.\n\n'.repeat(1.5 * 1048576 / 27));
  for (let i = 0; i < 20; i++) writeFileSync(join(oom, `c${String(i).padStart(2, '0')}-defective.htm`), render(variants[1], 'html'));
});

describe('worker pool', () => {
  it('gives the same output, in the same order, with no worker, one, two and by default', () => {
    // Workers hand results back rendered for stylish, json and github (render.ts): the same bytes.
    for (const args of [['-f', 'stylish'], ['-f', 'json'], ['-f', 'github', '--quiet']]) {
      const runs = ['off', '1', '2', 'auto'].map((c) => soxlint(['mixed', ...args, '--concurrency', c]));
      expect(runs[0].code).toBe(2);
      expect(runs[0].stderr.split('\n').filter(Boolean)).toHaveLength(badInputs);
      expect(runs[0].stdout).toContain(args[1] === 'github' ? '::error ' : 'error');
      for (const r of runs.slice(1)) expect(r).toEqual(runs[0]);
    }
  }, 180000);

  it('--concurrency takes a number, auto or off', () => {
    const r = soxlint(['mixed', '--concurrency', 'many']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'soxlint: --concurrency takes a number of workers, "auto" or "off", not "many" (see "soxlint --help")\n' });
  });
});

describe('a file that exhausts its worker\'s memory', () => {
  // The worker's real heap limit, lowered, and a real V8 out-of-memory: the test hook fills the heap
  // as a runaway reader would (the readers' own bounds, issue 8, keep real inputs from doing it).
  const env = { SOXLINT_WORKER_HEAP_MB: '64', SOXLINT_TEST_EXHAUST_HEAP: 'b-huge.txt' };
  const expected = 'soxlint: oom/b-huge.txt: out of memory: linting it needs more than 64 MB\n';

  it.each(['auto', '1', '2'])('ends only that file (--concurrency %s): one line, exit 2, the others printed', (c) => {
    const r = soxlint(['oom', '-f', 'json', '--concurrency', c], env);
    expect(r.stderr).toBe(expected);
    expect(r.code).toBe(2);
    const results = JSON.parse(r.stdout) as { filePath: string; errorCount: number; messages: { message: string }[] }[];
    expect(results.map((x) => x.filePath)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `oom/a${String(i).padStart(2, '0')}-good.txt`),
      'oom/b-huge.txt', // JSON holds every file: this one as a fatal result with the same reason
      ...Array.from({ length: 20 }, (_, i) => `oom/c${String(i).padStart(2, '0')}-defective.htm`),
    ]);
    expect(results[20].messages.map((m) => m.message)).toEqual(['out of memory: linting it needs more than 64 MB']);
    expect(results.map((x) => x.errorCount)).toEqual([...Array(20).fill(0), 1, ...Array(20).fill(1)]);
  });
});
