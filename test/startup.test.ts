// What starting the CLI loads, and its output through pipes and files (src/node/std-streams.ts).
// Start-up time itself is measured by bench/startup.mjs, not here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonical, edit, render } from './support/certs.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/soxlint.js');
let dir: string;
/** A folder of 151 certifications (150 with a warning), beside the other files of `dir`. */
let certs: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-startup-'));
  certs = join(dir, 'certs');
  mkdirSync(certs);
  writeFileSync(join(certs, 'good.txt'), render(canonical(), 'text'));
  const wrong = render(edit(canonical(), '5', 'officer(s)', 'officers'), 'text');
  for (let i = 0; i < 150; i++) writeFileSync(join(certs, `warn-${String(i).padStart(3, '0')}.txt`), wrong);
  // Records, at exit, the Node modules the process loaded.
  writeFileSync(join(dir, 'loaded.cjs'), "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_OUT, process.moduleLoadList.join('\\n')));");
  // Records, at exit, the files of dist/bundle/ the process read.
  writeFileSync(join(dir, 'reads.cjs'), [
    "const fs = require('node:fs'); const read = fs.readFileSync; const seen = [];",
    "fs.readFileSync = function (f, ...rest) { if (String(f).includes('dist/bundle')) seen.push(require('node:path').basename(String(f))); return read.call(this, f, ...rest); };",
    "process.on('exit', () => fs.writeFileSync(process.env.READS_OUT, seen.join('\\n')));",
  ].join('\n'));
});

function loaded(args: string[]): { code: number | null; modules: string[]; stdout: string; stderr: string } {
  const out = join(dir, `loaded-${args.length}.txt`);
  const r = spawnSync(process.execPath, ['-r', join(dir, 'loaded.cjs'), bin, ...args], {
    cwd: dir, env: { PATH: process.env.PATH ?? '', LOADED_OUT: out }, encoding: 'utf8', timeout: 20000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, modules: readFileSync(out, 'utf8').split('\n') };
}

describe('start-up', () => {
  // Each of these costs milliseconds of every run and a one-file lint writing to a pipe needs none.
  const HEAVY = ['NativeModule stream', 'NativeModule fs/promises', 'NativeModule perf_hooks', 'NativeModule net', 'NativeModule tty', 'NativeModule readline'];

  it('a one-file lint into a pipe loads no stream, fs/promises, perf_hooks, tty or readline module', () => {
    const r = loaded(['certs/good.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 file, 1 certification, no problems');
    expect(r.stderr).toBe('');
    expect(r.modules.filter((m) => HEAVY.includes(m))).toEqual([]);
    // node:os is for choosing how many workers a large run starts (scheduler.ts), not for one file.
    expect(r.modules).not.toContain('NativeModule os');
  });

  it('--stats and a file output (-o) load none of them either', () => {
    const r = loaded(['certs/good.txt', '--stats', '-f', 'json', '-o', 'out.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))[0].certifications).toHaveLength(1);
    expect(r.stderr).toMatch(/^files {12}1\ncertifications {3}1\ntime /);
    expect(r.modules.filter((m) => HEAVY.includes(m))).toEqual([]);
  });

  it('a one-file lint reads one script of the bundle and its code cache (scripts/bundle.js: boot.cjs)', () => {
    const out = join(dir, 'reads.txt');
    const r = spawnSync(process.execPath, ['-r', join(dir, 'reads.cjs'), bin, 'certs/good.txt'], {
      cwd: dir, env: { PATH: process.env.PATH ?? '', READS_OUT: out }, encoding: 'utf8', timeout: 20000,
    });
    expect(r.stdout).toContain('1 file, 1 certification, no problems');
    expect(readFileSync(out, 'utf8').split('\n').sort()).toEqual(['boot.cjs', 'boot.cjs.cache']);
  });

  it('this Node accepts every code cache the build made', () => {
    const bundle = join(root, 'dist/bundle');
    const caches = readdirSync(bundle).filter((f) => f.endsWith('.cjs.cache'));
    expect(caches).toContain('boot.cjs.cache');
    for (const cache of caches) {
      const file = join(bundle, cache.slice(0, -'.cache'.length));
      const script = new Script(readFileSync(file, 'utf8'), { filename: file, cachedData: readFileSync(join(bundle, cache)) });
      expect([cache, script.cachedDataRejected]).toEqual([cache, false]);
    }
  });

  it("the pool's thread entry (bin/worker.cjs) loads the linter's chunks with their code cache, in a worker thread, and answers a task", async () => {
    const { Worker } = await import('node:worker_threads');
    // Records each script compiled with a cache and whether V8 took it, then loads the entry as the pool does.
    const probe = `const vm = require('node:vm'); const { parentPort } = require('node:worker_threads');
      const Base = vm.Script; const compiled = [];
      vm.Script = function (source, options) { const s = new Base(source, options); compiled.push([require('node:path').basename(options.filename), options.cachedData ? s.cachedDataRejected : 'no cache']); return s; };
      require(${JSON.stringify(join(root, 'bin/worker.cjs'))});
      parentPort.postMessage({ compiled });`;
    const worker = new Worker(probe, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const next = () => new Promise<unknown>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
    const loaded = await next();
    expect(loaded).toEqual({ compiled: [['boot.cjs', false], ['pool-thread.cjs', 'no cache']] });
    // The entry now serves the pool's messages: a task in, its answer (the batch's outcomes) out.
    const bytes = new TextEncoder().encode(render(canonical(), 'text'));
    worker.postMessage({ id: 7, task: { items: [{ name: 'a.txt', path: null, named: true, bytes }], options: { maxBytes: 1 << 20 } } });
    const answer = (await next()) as { id: number; value: { result: { errorCount: number; certifications: unknown[] } }[] };
    await worker.terminate();
    expect(answer.id).toBe(7);
    expect(answer.value.map((o) => [o.result.errorCount, o.result.certifications.length])).toEqual([[0, 1]]);
  });

  it("with a worker on every core the pool's threads compile on their own thread, and still take the code cache", () => {
    // pool.ts sets --no-concurrent-recompilation before such a pool's threads start: a V8 flag that
    // must leave the caches' flag hash alone, or every thread would compile the linter from source.
    const script = `require('node:v8').setFlagsFromString('--no-concurrent-recompilation');
      const { Worker } = require('node:worker_threads');
      const probe = \`const vm = require('node:vm'); const { parentPort } = require('node:worker_threads');
        const Base = vm.Script; const compiled = [];
        vm.Script = function (source, options) { const s = new Base(source, options); compiled.push([require('node:path').basename(options.filename), options.cachedData ? s.cachedDataRejected : 'no cache']); return s; };
        require(${JSON.stringify(join(root, 'bin/worker.cjs'))});
        parentPort.postMessage(compiled);\`;
      const w = new Worker(probe, { eval: true });
      w.once('message', (m) => { process.stdout.write(JSON.stringify(m)); w.terminate(); });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20000 });
    expect(JSON.parse(r.stdout)).toEqual([['boot.cjs', false], ['pool-thread.cjs', 'no cache']]);
  });

  it('an HTML certification written with named entities reads as the plain one (entity table unpacked at build time)', () => {
    // Between tags only: every comma, period, colon and parenthesis as its HTML5 name (none is part of
    // an entity already there).
    const names: Record<string, string> = { ',': '&comma;', '.': '&period;', ':': '&colon;', '(': '&lpar;', ')': '&rpar;' };
    const html = render(canonical(), 'html').replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(/[,.:()]/g, (c) => names[c])}<`);
    expect(html.match(/&comma;|&period;|&colon;|&lpar;|&rpar;/g)!.length).toBeGreaterThan(50);
    writeFileSync(join(dir, 'named.htm'), html);
    writeFileSync(join(dir, 'plain.htm'), render(canonical(), 'html'));
    const json = (file: string) => {
      const r = spawnSync(process.execPath, [bin, file, '-f', 'json'], { cwd: dir, encoding: 'utf8', timeout: 20000 });
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout)[0].certifications;
    };
    const named = json('named.htm');
    expect(named).toHaveLength(1);
    expect(named).toEqual(json('plain.htm'));
  });

  it('a one-file lint, text or HTML, has V8 optimise no function (a TurboFan compile costs more than it saves there)', () => {
    writeFileSync(join(dir, 'one.htm'), render(canonical(), 'html'));
    const examples = ['acme-10k-2025-ex31-2.txt', 'acme-10k-2025-ex31-1.htm', 'widgetco-10q-2025q3-ex31-2.txt'].map((f) => join(root, 'examples', f));
    for (const file of ['certs/good.txt', 'certs/warn-000.txt', 'one.htm', ...examples]) {
      // --trace-opt makes V8 ignore the code cache; what gets hot enough to optimise is the same.
      const r = spawnSync(process.execPath, ['--trace-opt', bin, file], { cwd: dir, encoding: 'utf8', timeout: 20000 });
      expect(r.status).toBeLessThan(2);
      expect([file, r.stdout.split('\n').filter((l) => /^\[(marking|compiling method|completed)/.test(l))]).toEqual([file, []]);
    }
  });

  it('--version is read from package.json, without yargs', () => {
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
    expect(r.status).toBe(0);
  });
});

describe('leaving', () => {
  // Tells how the process ended: through process.exit, at once, or by running out of work (Node
  // then tears the heap down first: tens of milliseconds after a run with workers).
  const how = () => {
    const file = join(dir, 'leaving.cjs');
    writeFileSync(file, [
      "const fs = require('node:fs'); const exit = process.exit;",
      "process.exit = function (...code) { fs.writeSync(2, 'left through process.exit\\n'); return exit.apply(this, code); };",
      "process.on('beforeExit', () => fs.writeSync(2, 'left by running out of work\\n'));",
    ].join('\n'));
    return file;
  };

  it('after a run with workers into pipes (Node makes its stream for each when a worker starts), at once, with the same output and exit code', () => {
    const run = (c: string) => spawnSync(process.execPath, ['-r', how(), bin, certs, '-f', 'json', '--concurrency', c, '--max-warnings', '10'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 60000 });
    const [alone, pooled] = [run('off'), run('2')];
    expect(pooled.stderr).toBe('soxlint: too many warnings (150); --max-warnings is 10\nleft through process.exit\n');
    expect(pooled.status).toBe(1);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(JSON.parse(pooled.stdout)).toHaveLength(151);
  });
});

describe('standard output written straight to its descriptor', () => {
  it('is the same in a file as through a pipe', () => {
    const piped = spawnSync(process.execPath, [bin, certs, '-f', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    const file = join(dir, 'stdout.json');
    const toFile = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" "${certs}" -f json > "${file}"`], { cwd: dir, encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(toFile.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
    expect(JSON.parse(piped.stdout)).toHaveLength(151);
  });

  it('a reader that stops early (| head) ends the output, not the lint: no stack trace, the exit code of the findings', () => {
    // ~150 results of JSON are far more than a pipe holds, so the writes after head leaves fail (EPIPE).
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" "${certs}" -f json --max-warnings 0 | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: 'utf8', timeout: 20000 });
    expect(r.stderr).toBe('soxlint: too many warnings (150); --max-warnings is 0\nexit 1\n');
  });
});
