// What a fresh thread pays before it lints at full speed (issue 12): every pool worker starts with
// the linter cold, runs it in V8's slower tiers and compiles it again with TurboFan (on V8's helper
// threads, which share the machine's cores with the workers). Lints N bench certifications in a fresh
// process through the pool thread's own entry in the bundle (dist/bundle/pool-thread.js: read, lint,
// render as JSON, as a worker of `--concurrency` does), and prints the cost per file in slices of 250,
// the CPU of the whole run (all threads) and what the same files cost once warm; the difference is the
// warm-up a worker adds to a folder run. Run after a build: node bench/warmup.mjs [text|html] [N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lintBatch from '../dist/bundle/pool-thread.js';
import { htmlVariants, textVariants } from './certifications.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kind = process.argv[2] === 'html' ? 'html' : 'text';
const count = Number(process.argv[3] ?? 10000);
const SLICE = 250;

const variants = kind === 'text' ? textVariants() : htmlVariants();
const dir = mkdtempSync(join(tmpdir(), 'soxlint-bench-warmup-'));
const files = variants.map((s, i) => {
  const file = join(dir, `v${i}.${kind === 'text' ? 'txt' : 'htm'}`);
  writeFileSync(file, s);
  return file;
});

const options = { maxBytes: 64 << 20 };
const render = { outputs: [{ format: 'json', color: false }], quiet: false };
/** One file as a batch of one: what the worker hands back is its rendered JSON (a run of one). */
const lintOne = async (i) => {
  const run = await lintBatch({ items: [{ name: files[i % 10], path: files[i % 10], named: false, regular: true }], options, render });
  const failed = run.told.find((t) => t.problem !== undefined);
  if (failed) throw new Error(`bench/warmup.mjs: ${files[i % 10]}: ${failed.problem}`);
  return run;
};

const slices = [];
const cpu0 = process.cpuUsage();
let t = performance.now();
for (let i = 0; i < count; i++) {
  await lintOne(i);
  if ((i + 1) % SLICE === 0) {
    const now = performance.now();
    slices.push(Math.round(((now - t) * 1000) / SLICE));
    t = now;
  }
}
const cold = process.cpuUsage(cpu0);
// The same count again, warm: what the files cost once the linter is compiled.
const cpu1 = process.cpuUsage();
for (let i = 0; i < count; i++) await lintOne(i);
const warm = process.cpuUsage(cpu1);
rmSync(dir, { recursive: true, force: true });

const ms = (u) => (u.user + u.system) / 1000;
console.log(`${kind}, ${count} certifications in a fresh process (load ${loadavg()[0].toFixed(2)})`);
console.log(`us per file, slices of ${SLICE}: ${slices.slice(0, 20).join(' ')}${slices.length > 20 ? ` ... ${slices.slice(-3).join(' ')}` : ''}`);
console.log(`CPU, all threads: first pass ${ms(cold).toFixed(0)} ms, same files warm ${ms(warm).toFixed(0)} ms: warm-up ${(ms(cold) - ms(warm)).toFixed(0)} ms`);
