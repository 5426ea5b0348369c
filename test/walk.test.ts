// The folder walk names each file as path.join of the folder named and the names below it, in
// sorted order, whatever form the folder was named in (the CLI shows and opens files by these).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../src/node/walk.js';

describe('walk', () => {
  const root = mkdtempSync(join(tmpdir(), 'soxlint-walk-'));
  mkdirSync(join(root, 'a/b/c'), { recursive: true });
  for (const f of ['a/b/c/z.docx', 'a/b/x.txt', 'a/skip.pdf', 'a/y.htm', 'a/~$lock.docx']) writeFileSync(join(root, f), 'x');
  const below = ['b/c/z.docx', 'b/x.txt', 'y.htm'];

  it('names each file as path.join of the folder as named and the names below it', async () => {
    const forms = [join(root, 'a'), `${root}//a/`, `${root}/a/./b/..`, `${root}/a/b/c/../..`, relative(process.cwd(), join(root, 'a'))];
    for (const dir of forms) expect(await walk(dir)).toEqual(below.map((f) => join(dir, f)));
  });

  it('tells what it found after each folder and every 256 files within one, each file once, in order', async () => {
    const big = join(root, 'big');
    mkdirSync(join(big, 'm'), { recursive: true });
    for (let i = 0; i < 600; i++) writeFileSync(join(big, `f${String(i).padStart(3, '0')}.txt`), 'x');
    writeFileSync(join(big, 'm', 'inner.htm'), 'x');
    const told: [number, number][] = [];
    const found = await walk(big, () => {}, (all, from) => told.push([from, all.length]));
    // f000-f599 sort before "m": 256, 512, then the rest told when the walk reaches the folder m.
    expect(told).toEqual([[0, 256], [256, 512], [512, 600], [600, 601]]);
    expect(found).toHaveLength(601);
    expect(found[600]).toBe(join(big, 'm', 'inner.htm'));
  });
});
