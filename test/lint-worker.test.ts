// A pool worker's batch: with a render spec it hands back one text per output for the whole batch
// and the batch's counts (render.ts), a file that could not be read placed as its fatal result.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatters } from '../src/core/formatters/index.js';
import { fatalResult } from '../src/core/formatters/fatal.js';
import { lintInput } from '../src/node/lint-input.js';
import lintBatch from '../src/node/lint-worker.js';
import type { LintResult } from '../src/core/types.js';
import type { RenderedRun } from '../src/node/render.js';
import { freeSlot, outputSlots, placeInSlot, slotBytes } from '../src/node/output-slots.js';
import { lintBytes } from '../src/node/lint-file.js';
import { canonical, render, without } from './support/certs.js';

describe('lintBatch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soxlint-worker-'));
  const good = join(dir, 'good.txt');
  const no4b = join(dir, 'no-4b.txt');
  writeFileSync(good, render(canonical(), 'text'));
  writeFileSync(no4b, render(without(canonical(), '4(b)'), 'text'));
  const item = (name: string, path: string) => ({ name, path, named: false, regular: true });
  const items = [item('good.txt', good), item('gone.txt', join(dir, 'gone.txt')), item('no-4b.txt', no4b)];
  const options = { maxBytes: 1 << 20 };

  it('renders a batch as one text per output, the same bytes as the files one by one', async () => {
    const spec = { outputs: [{ format: 'json', color: false }, { format: 'github', color: false }], quiet: false };
    const run = (await lintBatch({ items, options, render: spec })) as RenderedRun;
    const results = [
      await lintBytes(readFileSync(good), { filePath: 'good.txt', requireCertification: false }),
      fatalResult('gone.txt', 'no such file or directory'),
      await lintBytes(readFileSync(no4b), { filePath: 'no-4b.txt', requireCertification: false }),
    ];
    expect(`[\n${run.texts[0]}\n]\n`).toBe(formatters.json(results, { color: false }));
    // JSON.stringify(array, null, 2)'s elements, whoever made them: the text is its own data so printed.
    const array = JSON.parse(`[\n${run.texts[0]}\n]`) as { filePath: string }[];
    expect(JSON.stringify(array, null, 2)).toBe(`[\n${run.texts[0]}\n]`);
    expect(array.map((e) => e.filePath)).toEqual(['good.txt', 'gone.txt', 'no-4b.txt']);
    expect(run.texts[1]).toBe(formatters.github(results, { color: false }));
    expect(run.told).toEqual([{ index: 1, notes: [], problem: 'no such file or directory' }]);
    expect(run.tally).toEqual({ files: 3, fatal: 1, certifications: 2, errors: results[2].errorCount, warnings: 0, shownWarnings: 0 });
    expect(run.rules).toEqual([['SOX002 missing-paragraph', results[2].errorCount, 0]]);
  });

  it('puts the texts in the shared slots of the spec when it has them: the same bytes, the slot taken until freed', async () => {
    const outputs = [{ format: 'json', color: false }];
    const plain = (await lintBatch({ items, options, render: { outputs, quiet: false } })) as RenderedRun;
    const slots = outputSlots();
    const run = (await lintBatch({ items, options, render: { outputs, quiet: false, slots } })) as RenderedRun;
    expect(run.texts).toEqual(['']);
    const [placed] = run.placed!;
    expect(Buffer.from(slotBytes(slots, placed!)).toString('utf8')).toBe(plain.texts[0]);
    expect({ ...run, texts: plain.texts, placed: undefined }).toEqual({ ...plain, placed: undefined });
    expect(placeInSlot(slots, 'x')![0]).not.toBe(placed![0]);
    freeSlot(slots, placed!);
    expect(placeInSlot(slots, 'x')).toEqual([placed![0], 1]);
  });

  it('leaves a text in the run when it cannot be placed: empty, too long, or every slot taken', () => {
    const slots = outputSlots();
    expect(placeInSlot(slots, '')).toBeNull();
    expect(placeInSlot(slots, 'x'.repeat(40 * 1024))).toBeNull();
    // 20,000 characters of two bytes each (40,000 bytes) do not fit a slot either.
    expect(placeInSlot(slots, '\u00e9'.repeat(20_000))).toBeNull();
    const taken = Array.from({ length: 8 }, () => placeInSlot(slots, 'x'));
    expect(taken.map((p) => p![0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(placeInSlot(slots, 'x')).toBeNull();
  });

  it('returns the outcomes themselves without a render spec (outputs that need every result)', async () => {
    const outcomes = await lintBatch({ items, options });
    expect(Array.isArray(outcomes)).toBe(true);
    expect((outcomes as { problem?: string }[]).map((o) => o.problem)).toEqual([undefined, 'no such file or directory', undefined]);
  });

  it('lints a file read from disk as lintBytes does: an EDGAR submission or wrapped exhibit as one (sniffed as it is read), else as a document', async () => {
    const root = join(import.meta.dirname, '..');
    for (const file of ['test/fixtures/edgar/acme-10k-2025.txt', 'examples/acme-10k-2025-ex31-1.htm', 'examples/acme-10k-2025-ex31-2.txt']) {
      const path = join(root, file);
      const outcome = await lintInput({ name: file, path, named: true, regular: true }, { ...options, syncReads: true });
      // A submission's result from lintBytes also carries its reading statistics; the CLI's does not.
      const { stats: _stats, ...expected } = (await lintBytes(readFileSync(path), { filePath: file, requireCertification: true })) as LintResult & { stats?: unknown };
      expect(outcome.result).toEqual(expected);
      expect(outcome.result!.certifications.length).toBeGreaterThan(0);
    }
  });
});
