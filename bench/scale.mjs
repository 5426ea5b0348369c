// Speed at scale (issue 12, issue 8 #13), measured together so that ratios hold on a shared machine:
// certifications per second through the CLI over folders of text, HTML and .docx certifications
// with 1 and 2 workers and by default, the CLI's start-up against `node -e 0`, a shell loop of
// `git diff --no-index --word-diff` against the form, 100,000 tiny files, .docx in-process with what
// reading the package costs beside linting it, and peak RSS of each run. Every row carries the 1-minute load average when it was
// taken. Prints a table; asserts no time (it does check that every worker count gives one output).
// Each figure is one run (a shared machine's load moves more than run-to-run noise; the load is
// printed beside it). Run after a build: node bench/scale.mjs [--quick]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlVariants, textVariants } from './certifications.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/soxlint.js');
const quick = process.argv.includes('--quick');
const COUNT = quick ? 2000 : 20000;
const DOCX_COUNT = quick ? 200 : 1000;
const TINY = quick ? 10000 : 100000;
const LOOP = quick ? 50 : 200;
const base = mkdtempSync(join(tmpdir(), 'soxlint-bench-scale-'));

const rows = [];
function row(what, value, unit, target = '', note = '') {
  const r = [what, String(value), unit, target, note, loadavg()[0].toFixed(2)];
  rows.push(r);
  console.log(`${r[0].padEnd(54)} ${r[1].padStart(9)} ${r[2].padEnd(8)} ${r[3].padEnd(10)} ${r[4].padEnd(22)} load ${r[5]}`);
}

function folder(name, count, write) {
  const dir = join(base, name);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) write(join(dir, `ex31-${String(i).padStart(6, '0')}`), i);
  return dir;
}

/** Wall time (ms), peak RSS (MB, the process with its worker threads) and JSON output of one CLI run. */
function cli(args) {
  const out = join(base, 'out.json');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', '/usr/bin/time -f "%M %U %S" "$@" > "$0"', out, process.execPath, bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null || r.status > 1) throw new Error(`soxlint ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const [rss, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  // CPU seconds (all threads): on a loaded machine, wall time says more about the others than us.
  return { ms, rss: rss / 1024, cpu: user + sys, output: () => readFileSync(out, 'utf8') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`soxlint scale benchmark: ${process.version}, ${execFileSync('nproc').toString().trim()} cores, ${COUNT} text and HTML and ${DOCX_COUNT} .docx certifications`);
console.log(`uptime: ${execFileSync('uptime').toString().trim()}`);

const text = textVariants();
const html = htmlVariants();
const docx = ['examples/acme-10k-2025-ex31-1-draft.docx', 'test/fixtures/docx/auto-numbered.docx', 'test/fixtures/docx/manual-numbers.docx'].map((p) => join(root, p));
const kinds = [
  { kind: 'text', count: COUNT, target: '>= 10,000', dir: folder('text', COUNT, (p, i) => writeFileSync(`${p}.txt`, text[i % text.length])) },
  { kind: 'HTML', count: COUNT, target: '>= 4,000', dir: folder('html', COUNT, (p, i) => writeFileSync(`${p}.htm`, html[i % html.length])) },
  { kind: '.docx', count: DOCX_COUNT, target: '>= 400', dir: folder('docx', DOCX_COUNT, (p, i) => copyFileSync(docx[i % docx.length], `${p}.docx`)) },
];

// The folders just written are still being written back to disk by the kernel (its CPU, and the
// disk's): settled first, so that the runs measure the linter.
execFileSync('sync');

// Each folder with one worker, two, and the default; JSON output (to a file), which must be the same
// whatever the workers and hold one certification per file.
const perFile = {};
for (const { kind, count, target, dir } of kinds) {
  let first = null;
  for (const c of ['1', '2', 'auto']) {
    const run = cli([dir, '-f', 'json', '--concurrency', c]);
    const output = run.output();
    if (first === null) {
      first = output;
      const results = JSON.parse(output);
      const found = results.reduce((n, r) => n + r.certifications.length, 0);
      if (found !== count) throw new Error(`${kind}: ${found} certifications found in ${count} files`);
      // The text and HTML variants 3 and 7 carry one defect each (a word replaced, the ICFR clause omitted).
      const defective = results.filter((r) => r.errorCount > 0).length;
      if (kind !== '.docx' && defective !== 2 * Math.floor(count / 10)) throw new Error(`${kind}: ${defective} files with errors, not ${count / 5}`);
    } else if (output !== first) throw new Error(`${kind}: the output with --concurrency ${c} differs from one worker's`);
    if (c === 'auto') perFile[kind] = run.ms / count;
    row(`${kind}: folder of ${count}, --concurrency ${c}`, Math.round(count / (run.ms / 1000)), 'certs/s', c === '1' ? '' : target, `peak RSS ${run.rss.toFixed(0)} MB`);
    // What the same run would reach with the machine's cores to itself: CPU time per certification.
    const cores = c === '1' ? 1 : Number(execFileSync('nproc').toString());
    row(`  CPU-bound rate on ${cores} idle core${cores > 1 ? 's' : ''} (${((run.cpu * 1e6) / count).toFixed(0)} us CPU each)`, Math.round((count * cores) / run.cpu), 'certs/s', '', 'derived, not measured');
  }
}

// Start-up: one certification through the CLI against bare node, interleaved, median of 21.
const one = join(kinds[0].dir, 'ex31-000000.txt');
const bare = [];
const lint = [];
for (let i = 0; i < 21; i++) {
  let t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
  t0 = process.hrtime.bigint();
  spawnSync(process.execPath, [bin, one], { stdio: 'ignore' });
  lint.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
row('`node -e 0`, median of 21', median(bare).toFixed(1), 'ms');
row('`soxlint <one .txt>`, median of 21 (interleaved)', median(lint).toFixed(1), 'ms', '<= 1.3x', `${(median(lint) / median(bare)).toFixed(2)}x node -e 0`);
row('`soxlint <one .txt>` peak RSS', cli([one]).rss.toFixed(0), 'MB');

// What a user would script instead: git's word diff of each file against the form's text.
const form = join(base, 'form.txt');
writeFileSync(form, text[0]);
const list = join(base, 'loop-files.txt');
writeFileSync(list, Array.from({ length: LOOP }, (_, i) => join(kinds[0].dir, `ex31-${String(i).padStart(6, '0')}.txt`)).join('\n') + '\n');
let t0 = process.hrtime.bigint();
execFileSync('bash', ['-c', 'while read -r f; do git diff --no-index --word-diff "$1" "$f" > /dev/null; done < "$2"; true', 'loop', form, list]);
const gitPerFile = Number(process.hrtime.bigint() - t0) / 1e6 / LOOP;
row(`shell loop of git diff --no-index --word-diff, ${LOOP} files`, gitPerFile.toFixed(2), 'ms/file');
row('soxlint, text folder (default), per file', perFile.text.toFixed(3), 'ms/file', '>= 20x', `${(gitPerFile / perFile.text).toFixed(0)}x faster than git`);

// 100,000 tiny files (a line each, none a certification).
const tiny = folder('tiny', TINY, (p, i) => writeFileSync(`${p}.txt`, `note ${i}\n`));
execFileSync('sync'); // written back before the run (still in the page cache: a warm read, as above)
const tinyRun = cli([tiny]);
row(`${TINY} tiny files`, (tinyRun.ms / 1000).toFixed(2), 's', '< 10', `peak RSS ${tinyRun.rss.toFixed(0)} MB`);
row(`  CPU time of that run (all threads)`, tinyRun.cpu.toFixed(2), 's', '', `${(tinyRun.cpu / 2).toFixed(2)} s on 2 idle cores`);

// .docx in-process, one core, and the share of it that is reading the package (zip directory, the
// parts inflated, one XML pass over each); the rest is linting the text.
const { extract } = await import('../dist/core/extract/index.js');
const { lintExtracted } = await import('../dist/core/lint.js');
const bytes = new Uint8Array(readFileSync(docx[0]));
/** Wall and CPU milliseconds per call (CPU is the figure that holds on a loaded machine). */
async function perCall(fn, ms = 3000) {
  for (let i = 0; i < 20; i++) await fn();
  let n = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < ms) { await fn(); n++; }
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / n, cpu: (used.user + used.system) / 1000 / n };
}
const whole = await perCall(async () => lintExtracted(await extract(bytes, 'd.docx'), 'd.docx'));
const read = await perCall(() => extract(bytes, 'd.docx'));
row('.docx in-process, one core (read + lint)', Math.round(1000 / whole.wall), 'certs/s', '>= 500', `reading ${((read.cpu / whole.cpu) * 100).toFixed(0)}% of the CPU`);
row(`  CPU-bound rate on 1 idle core (${(whole.cpu * 1000).toFixed(0)} us CPU each)`, Math.round(1000 / whole.cpu), 'certs/s', '', `read ${(read.cpu * 1000).toFixed(0)} us, lint the rest`);

rmSync(base, { recursive: true, force: true });
console.log(`uptime: ${execFileSync('uptime').toString().trim()}`);
