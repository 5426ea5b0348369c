// Results printed as they come (stylish, json, github) are the same bytes as the whole-array
// formatters give, are written before the run ends (so they need not be held), and a run with an
// output that needs every result first (sarif) holds them and prints at the end.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fatalResult } from '../src/core/formatters/fatal.js';
import { formatters } from '../src/core/formatters/index.js';
import type { LintResult } from '../src/core/types.js';
import { inSlots, RunRenderer, renderedOne } from '../src/node/render.js';
import { ResultSink } from '../src/node/result-sink.js';
import { canonical, edit, lintSource, toText, without } from './support/certs.js';

const results: LintResult[] = [
  { ...lintSource(toText(canonical()), 'text'), filePath: 'good.txt' },
  { ...lintSource(toText(without(canonical(), '4(b)')), 'text'), filePath: 'no-4b.txt' },
  fatalResult('gone.txt', 'no such file or directory'),
  { ...lintSource(toText(edit(canonical(), '2', 'untrue', 'false')), 'text'), filePath: 'false.txt' },
];

function capture() {
  const writes: string[] = [];
  return { writes, stdout: { write: (s: string) => writes.push(s) } };
}

describe('ResultSink', () => {
  for (const format of ['stylish', 'json', 'github']) {
    for (const quiet of [false, true]) {
      it(`prints ${format}${quiet ? ' --quiet' : ''} result by result, the same bytes as at the end`, async () => {
        const { writes, stdout } = capture();
        const sink = new ResultSink({ specs: [{ format, path: null }], stdout, cwd: '/', quiet, stream: true }, { color: false, cwd: '/' });
        for (const r of results) sink.add(r);
        expect(await sink.finish({ color: false, cwd: '/' })).toEqual([]);
        const shown = quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2) })) : results;
        expect(writes.join('')).toBe(formatters[format](shown, { color: false, cwd: '/' }));
      });
    }
  }

  it('prints results rendered in a worker (render spec, a copy between threads) as the same bytes and counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soxlint-sink-'));
    for (const quiet of [false, true]) {
      const specs = [{ format: 'stylish', path: null }, { format: 'json', path: `r-${quiet}.json` }, { format: 'github', path: `g-${quiet}.txt` }];
      const here = capture();
      const there = capture();
      const local = new ResultSink({ specs, stdout: here.stdout, cwd: dir, quiet, stream: true }, { color: true, cwd: dir });
      for (const r of results) local.add(r);
      await local.finish({ color: true, cwd: dir });
      const json = readFileSync(join(dir, `r-${quiet}.json`), 'utf8');
      const github = readFileSync(join(dir, `g-${quiet}.txt`), 'utf8');
      const sink = new ResultSink({ specs, stdout: there.stdout, cwd: dir, quiet, stream: true }, { color: true, cwd: dir });
      expect(sink.renderSpec).toEqual({ outputs: [{ format: 'stylish', color: true }, { format: 'json', color: false }, { format: 'github', color: false }], quiet });
      const spec = structuredClone(sink.renderSpec!);
      for (const r of results) sink.addRun(structuredClone(renderedOne(spec, structuredClone(r))));
      await sink.finish({ color: true, cwd: dir });
      expect(there.writes.join('')).toBe(here.writes.join(''));
      expect(there.writes.join('')).toContain('\u001b[31merror');
      expect(readFileSync(join(dir, `r-${quiet}.json`), 'utf8')).toBe(json);
      expect(readFileSync(join(dir, `g-${quiet}.txt`), 'utf8')).toBe(github);
      expect(sink.stats.table(1000)).toBe(local.stats.table(1000));
      expect(sink.stats.table(1000)).toContain('SOX004 altered-wording');
    }
  });

  it('prints runs a worker rendered (pieces joined, counts summed, a problem as its fatal result) as the same bytes and counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soxlint-sink-'));
    const partly = 'more certification documents not checked';
    for (const quiet of [false, true]) {
      const specs = [{ format: 'stylish', path: null }, { format: 'json', path: `r-${quiet}.json` }, { format: 'github', path: `g-${quiet}.txt` }];
      const here = capture();
      const there = capture();
      // What the CLI's thread does with outcomes one by one: a problem first places the fatal result.
      const local = new ResultSink({ specs, stdout: here.stdout, cwd: dir, quiet, stream: true }, { color: true, cwd: dir });
      for (const r of [results[0], results[1], results[2], fatalResult('false.txt', partly), results[3]]) local.add(r);
      await local.finish({ color: true, cwd: dir });
      const json = readFileSync(join(dir, `r-${quiet}.json`), 'utf8');
      const github = readFileSync(join(dir, `g-${quiet}.txt`), 'utf8');
      const sink = new ResultSink({ specs, stdout: there.stdout, cwd: dir, quiet, stream: true }, { color: true, cwd: dir });
      const first = new RunRenderer(structuredClone(sink.renderSpec!));
      first.add('good.txt', results[0], []);
      first.add('no-4b.txt', results[1], ['a note']);
      const second = new RunRenderer(structuredClone(sink.renderSpec!));
      second.add('gone.txt', undefined, [], 'no such file or directory');
      second.add('false.txt', results[3], [], partly);
      const runs = [structuredClone(first.done()), structuredClone(second.done())];
      expect(runs.map((r) => r.told)).toEqual([
        [{ index: 1, notes: ['a note'] }],
        [{ index: 0, notes: [], problem: 'no such file or directory' }, { index: 1, notes: [], problem: partly }],
      ]);
      expect(runs[1].tally).toEqual({ files: 3, fatal: 2, certifications: 1, errors: results[3].errorCount, warnings: 0, shownWarnings: 0 });
      for (const run of runs) sink.addRun(run);
      await sink.finish({ color: true, cwd: dir });
      expect(there.writes.join('')).toBe(here.writes.join(''));
      expect(readFileSync(join(dir, `r-${quiet}.json`), 'utf8')).toBe(json);
      expect(readFileSync(join(dir, `g-${quiet}.txt`), 'utf8')).toBe(github);
      expect(sink.stats.table(1000)).toBe(local.stats.table(1000));
      expect([sink.stats.files, sink.stats.unreadable, sink.stats.errors]).toEqual([5, 2, results[1].errorCount + 2 + results[3].errorCount]);
    }
  });

  it('places a run with nothing to show (stylish, clean files) as the files one by one do', async () => {
    const clean = [results[0], { ...results[0], filePath: 'also-good.txt' }];
    const { writes, stdout } = capture();
    const sink = new ResultSink({ specs: [{ format: 'stylish', path: null }, { format: 'json', path: null }], stdout, cwd: '/', quiet: false, stream: true }, { color: false, cwd: '/' });
    const run = new RunRenderer(sink.renderSpec!);
    for (const r of clean) run.add(r.filePath, r, []);
    const done = run.done();
    expect(done.texts[0]).toBe('');
    sink.addRun(done);
    await sink.finish({ color: false, cwd: '/' });
    const stylish = formatters.stylish(clean, { color: false, cwd: '/' });
    expect(stylish).toBe('\u2714 2 files, 2 certifications, no problems\n');
    expect(writes.join('')).toBe(stylish + formatters.json(clean, { color: false }));
  });

  it('has no render spec when the results are held (workers then hand back the results themselves)', () => {
    const { stdout } = capture();
    expect(new ResultSink({ specs: [{ format: 'sarif', path: null }], stdout, cwd: '/', quiet: false, stream: true }, { color: false }).renderSpec).toBeNull();
    expect(new ResultSink({ specs: [{ format: 'json', path: null }], stdout, cwd: '/', quiet: false, stream: false }, { color: false }).renderSpec).toBeNull();
  });

  it('writes as results come (64 KB at a time), so they are not held to the end', async () => {
    const { writes, stdout } = capture();
    const sink = new ResultSink({ specs: [{ format: 'json', path: null }], stdout, cwd: '/', quiet: false, stream: true }, { color: false });
    const many = Array.from({ length: 200 }, (_, i) => ({ ...results[1], filePath: `f${i}.txt` }));
    for (const r of many) sink.add(r);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.slice(0, -1).every((w) => w.length >= 64 * 1024)).toBe(true);
    const before = writes.length;
    await sink.finish({ color: false });
    expect(writes.length).toBe(before + 1);
    expect(writes.join('')).toBe(formatters.json(many, { color: false }));
  });

  it("writes a worker's long run (16K characters or more: a batch as JSON) on its own, after what was pending: the same bytes", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soxlint-sink-'));
    const { writes, stdout } = capture();
    const specs = [{ format: 'json', path: null }, { format: 'github', path: 'g.txt' }];
    const sink = new ResultSink({ specs, stdout, cwd: dir, quiet: false, stream: true }, { color: false, cwd: dir });
    const all: LintResult[] = [];
    const runs = [2, 32, 1, 32].map((count, k) => {
      const run = new RunRenderer(structuredClone(sink.renderSpec!));
      for (let i = 0; i < count; i++) {
        const r = { ...results[(i + k) % 4], filePath: `r${k}-${i}.txt` };
        all.push(r);
        run.add(r.filePath, r.fatal === undefined ? r : undefined, [], r.fatal === undefined ? undefined : 'no such file or directory');
      }
      return structuredClone(run.done());
    });
    expect(runs.map((r) => r.texts[0].length >= 16 * 1024)).toEqual([false, true, false, true]);
    for (const run of runs) sink.addRun(run);
    await sink.finish({ color: false, cwd: dir });
    expect(writes).toContain(runs[1].texts[0]);
    expect(writes).toContain(runs[3].texts[0]);
    expect(writes.join('')).toBe(formatters.json(all, { color: false, cwd: dir }));
    expect(readFileSync(join(dir, 'g.txt'), 'utf8')).toBe(formatters.github(all, { color: false, cwd: dir }));
  });

  it("writes a worker's texts from the shared slots (outputs written at once: a file, a descriptor), the same bytes, and frees each slot", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soxlint-sink-'));
    const writes: string[] = [];
    const stdout = { write: (s: string) => writes.push(s), writeBytes: (b: Uint8Array) => writes.push(Buffer.from(b).toString('utf8')) };
    const specs = [{ format: 'json', path: null }, { format: 'stylish', path: 'r.txt' }];
    const sink = new ResultSink({ specs, stdout, cwd: dir, quiet: false, stream: true }, { color: false, cwd: dir });
    expect(sink.renderSpec!.slots).toBeInstanceOf(SharedArrayBuffer);
    const all: LintResult[] = [];
    // More runs than slots: each is freed once written, so every run finds one.
    for (let k = 0; k < 20; k++) {
      const run = new RunRenderer(sink.renderSpec!);
      for (let i = 0; i < 3; i++) {
        const r = { ...results[(i + k) % 4], filePath: `r${k}-${i}.txt` };
        all.push(r);
        run.add(r.filePath, r.fatal === undefined ? r : undefined, [], r.fatal === undefined ? undefined : 'no such file or directory');
      }
      const placed = inSlots(run.done(), sink.renderSpec!.slots!);
      expect(placed.placed!.every((p) => p !== null)).toBe(true);
      expect(placed.texts).toEqual(['', '']);
      sink.addRun(structuredClone(placed));
    }
    await sink.finish({ color: false, cwd: dir });
    expect(writes.join('')).toBe(formatters.json(all, { color: false, cwd: dir }));
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(formatters.stylish(all, { color: false, cwd: dir }));
  });

  it('names a file output that fails once, and goes on with the others', async () => {
    const { writes, stdout } = capture();
    const sink = new ResultSink({ specs: [{ format: 'json', path: '/dev/full' }, { format: 'json', path: null }], stdout, cwd: '/', quiet: false, stream: true }, { color: false, cwd: '/' });
    const long = Array.from({ length: 40 }, (_, i) => ({ ...results[1], filePath: `f${i}.txt` }));
    for (let k = 0; k < 2; k++) {
      const run = new RunRenderer(sink.renderSpec!);
      for (const r of long) run.add(r.filePath, r, []);
      // A long text: its lead is written first, then the text on its own.
      sink.addRun(run.done());
    }
    expect(await sink.finish({ color: false, cwd: '/' })).toEqual([['/dev/full', 'cannot write json output: ENOSPC']]);
    expect(writes.join('')).toBe(formatters.json([...long, ...long], { color: false }));
  });

  it('gives workers no slots when an output is written as a string (a terminal, a stream)', () => {
    const { stdout } = capture();
    const sink = new ResultSink({ specs: [{ format: 'json', path: null }], stdout, cwd: '/', quiet: false, stream: true }, { color: false });
    expect(sink.renderSpec).toEqual({ outputs: [{ format: 'json', color: false }], quiet: false });
  });

  it('writes a file output and counts what --stats and the exit code need', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soxlint-sink-'));
    const { writes, stdout } = capture();
    const sink = new ResultSink({ specs: [{ format: 'stylish', path: null }, { format: 'json', path: 'out/r.json' }], stdout, cwd: dir, quiet: false, stream: true }, { color: false, cwd: dir });
    for (const r of results) sink.add(r);
    expect(await sink.finish({ color: false, cwd: dir })).toEqual([]);
    expect(readFileSync(join(dir, 'out/r.json'), 'utf8')).toBe(formatters.json(results, { color: false }));
    expect(writes.join('')).toBe(formatters.stylish(results, { color: false }));
    expect([sink.stats.files, sink.stats.certifications, sink.stats.unreadable]).toEqual([4, 3, 1]);
    expect([sink.stats.errors, sink.stats.warnings]).toEqual([results[1].errorCount + 1 + results[3].errorCount, 0]);
  });

  it('holds the results when an output needs them all (sarif), and names a file it cannot write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soxlint-sink-'));
    const { writes, stdout } = capture();
    const sink = new ResultSink({ specs: [{ format: 'stylish', path: null }, { format: 'sarif', path: 'x.sarif' }], stdout, cwd: dir, quiet: false, stream: true }, { color: false, cwd: dir });
    for (const r of results) sink.add(r);
    expect(writes).toEqual([]);
    await sink.finish({ color: false, cwd: dir });
    expect(writes.join('')).toBe(formatters.stylish(results, { color: false }));

    const blocked = new ResultSink({ specs: [{ format: 'json', path: 'x.sarif/r.json' }], stdout, cwd: dir, quiet: false, stream: true }, { color: false, cwd: dir });
    blocked.add(results[0]);
    expect(await blocked.finish({ color: false, cwd: dir })).toEqual([['x.sarif/r.json', 'cannot write json output: EEXIST']]);
  });

  it('holds the results when told not to print as it goes (a progress bar on the same terminal)', async () => {
    const { writes, stdout } = capture();
    const sink = new ResultSink({ specs: [{ format: 'json', path: null }], stdout, cwd: '/', quiet: false, stream: false }, { color: false });
    for (const r of results) sink.add(r);
    expect(writes).toEqual([]);
    await sink.finish({ color: false });
    expect(writes.join('')).toBe(formatters.json(results, { color: false }));
  });
});
