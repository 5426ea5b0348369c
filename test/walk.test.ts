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
});
