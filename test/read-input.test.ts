// One read, two ways (blocking in pool workers, in flight in the CLI's thread): the same bytes and the
// same one-line reasons for every kind of path, and a named pipe is refused, never waited on.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInput, readInputSync, type ReadOutcome, type ReadRequest } from '../src/node/read-input.js';

let dir: string;
const big = 'x'.repeat(40 * 1024);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-read-'));
  writeFileSync(join(dir, 'small.txt'), 'I, Jane Doe, certify that:');
  writeFileSync(join(dir, 'other.txt'), 'I, John Roe, certify that:');
  writeFileSync(join(dir, 'big.txt'), big);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'full.txt'), '<SEC-DOCUMENT>0000950170-26-000001.txt : 20260227\n<SEC-HEADER>\n');
  mkdirSync(join(dir, 'folder'));
  execFileSync('mkfifo', [join(dir, 'pipe')]);
});

type Outcome = { bytes: string } | { kind: 'submission' | 'heavy' } | { error: string };

function describeOutcome(out: ReadOutcome): Outcome {
  if (out === 'heavy') return { kind: 'heavy' };
  if (Array.isArray(out)) return { kind: 'submission' };
  return { bytes: Buffer.from(out).toString('utf8') };
}

/** Both ways of reading `name`, as comparable values. */
async function both(name: string, extra: Partial<ReadRequest> = {}): Promise<[Outcome, Outcome]> {
  const req: ReadRequest = { path: join(dir, name), maxBytes: 1 << 20, regular: false, ...extra };
  const sync = (() => {
    try {
      return describeOutcome(readInputSync(req));
    } catch (err) {
      return { error: (err as Error).message };
    }
  })();
  const async = await readInput(req).then(describeOutcome, (err: Error) => ({ error: err.message }));
  return [sync, async];
}

describe('readInput and readInputSync', () => {
  it('read a small file, a file longer than the first read, and an empty one whole', async () => {
    expect(await both('small.txt')).toEqual([{ bytes: 'I, Jane Doe, certify that:' }, { bytes: 'I, Jane Doe, certify that:' }]);
    expect(await both('big.txt')).toEqual([{ bytes: big }, { bytes: big }]);
    expect(await both('big.txt', { regular: true })).toEqual([{ bytes: big }, { bytes: big }]);
    expect(await both('empty.txt')).toEqual([{ bytes: '' }, { bytes: '' }]);
  });

  it('give the same one-line reasons', async () => {
    expect(await both('missing.txt')).toEqual([{ error: 'no such file or directory' }, { error: 'no such file or directory' }]);
    expect(await both('folder')).toEqual([{ error: 'is a directory' }, { error: 'is a directory' }]);
    const pipe = 'not a regular file (a named pipe): soxlint reads files, or "-" for standard input';
    expect(await both('pipe')).toEqual([{ error: pipe }, { error: pipe }]);
    const tooLarge = 'file too large (0.0 MB; a certification is a few KB; the limit is 0 MB, see --max-file-size)';
    expect(await both('big.txt', { maxBytes: 1000 })).toEqual([{ error: tooLarge }, { error: tooLarge }]);
  });

  it('keep the bytes of each file its own when read one after another (the blocking reader reads into one slab)', () => {
    const names = ['small.txt', 'other.txt', 'full.txt', 'big.txt', 'empty.txt', 'missing.txt', 'small.txt', 'other.txt'];
    const read: ReadOutcome[] = [];
    for (const name of names) {
      try {
        read.push(readInputSync({ path: join(dir, name), maxBytes: 1 << 20, regular: true }));
      } catch {
        read.push('heavy'); // stands for the missing file: nothing was kept
      }
    }
    const [small, other] = [{ bytes: 'I, Jane Doe, certify that:' }, { bytes: 'I, John Roe, certify that:' }];
    expect(read.map(describeOutcome)).toEqual([small, other, { kind: 'submission' }, { bytes: big }, { bytes: '' }, { kind: 'heavy' }, small, other]);
  });

  it('hand an EDGAR complete submission on to be streamed, and a heavy file back unread', async () => {
    expect(await both('full.txt')).toEqual([{ kind: 'submission' }, { kind: 'submission' }]);
    expect(await both('big.txt', { light: 1000 })).toEqual([{ kind: 'heavy' }, { kind: 'heavy' }]);
    expect(await both('small.txt', { light: 1000 })).toEqual([{ bytes: 'I, Jane Doe, certify that:' }, { bytes: 'I, Jane Doe, certify that:' }]);
  });
});
