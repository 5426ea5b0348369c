// Figures for the core (issue 2): certifications per second in-process for text, HTML and .docx on
// one core; wall time of the CLI on one HTML file against bare `node -e 0`; peak memory; and a 10 MB
// file of random words. Run with `npm run bench` (after a build). Prints a table; asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/core/extract/index.js';
import { extractHtml } from '../dist/core/extract/html.js';
import { extractText } from '../dist/core/extract/text.js';
import { lintExtracted } from '../dist/core/lint.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/soxlint.js');
const html = readFileSync(join(root, 'examples/acme-10k-2025-ex31-1.htm'), 'utf8');
const text = readFileSync(join(root, 'examples/acme-10k-2025-ex31-2.txt'), 'utf8');
const defective = readFileSync(join(root, 'examples/widgetco-10q-2025q3-ex31-2.txt'), 'utf8');
const docx = new Uint8Array(readFileSync(join(root, 'test/fixtures/docx/auto-numbered.docx')));

/** Calls per second of a synchronous fn: the best of three 2-second runs after a 1-second warm-up. */
function rate(fn, ms = 2000) {
  const run = (limit) => {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < limit) {
      for (let i = 0; i < 20; i++) fn();
      n += 20;
      now = performance.now();
    }
    return (n * 1000) / (now - start);
  };
  run(1000);
  return Math.max(run(ms), run(ms), run(ms));
}

/** The same for an async fn (the .docx reader). */
async function rateAsync(fn, ms = 3000) {
  for (let i = 0; i < 20; i++) await fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) { await fn(); n++; }
  return (n * 1000) / (performance.now() - start);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeCommand(args, runs = 21) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

const rows = [];
const check = (r, want) => {
  if (r.errorCount !== want) throw new Error(`unexpected result: ${r.errorCount} errors, wanted ${want}`);
};

check(lintExtracted(extractText(text), 't.txt'), 0);
check(lintExtracted(extractText(defective), 't.txt'), 2);
check(lintExtracted(extractHtml(html), 'h.htm'), 0);
const textRate = rate(() => lintExtracted(extractText(text), 't.txt'));
rows.push(['text certifications per second (in-process, one core)', textRate.toFixed(0), '>= 10,000']);
const defectiveRate = rate(() => lintExtracted(extractText(defective), 't.txt'));
rows.push(['  the same, a text certification with two omissions', defectiveRate.toFixed(0), '']);
const htmlRate = rate(() => lintExtracted(extractHtml(html), 'h.htm'));
rows.push(['HTML certifications per second (in-process, one core)', htmlRate.toFixed(0), '>= 3,000']);
const docxRate = await rateAsync(async () => lintExtracted(await extract(docx, 'd.docx'), 'd.docx'));
rows.push(['.docx certifications per second (in-process, one core)', docxRate.toFixed(0), '(no target)']);
rows.push(['peak RSS of this in-process run (MB)', (process.resourceUsage().maxRSS / 1024).toFixed(0), '']);

// One exhibit as a filing agent hands it over (plain HTML), and the same inside EDGAR's <DOCUMENT>
// wrapper (read by the complete-submission reader).
const dir0 = mkdtempSync(join(tmpdir(), 'soxlint-bench-'));
const plainHtml = join(dir0, 'ex31-1.htm');
writeFileSync(plainHtml, html.replace(/^[\s\S]*?<TEXT>\n/, '').replace(/<\/TEXT>[\s\S]*$/, ''));
const nodeBare = timeCommand(['-e', '0']);
const cli = timeCommand([bin, plainHtml]);
const cliWrapped = timeCommand([bin, join(root, 'examples/acme-10k-2025-ex31-1.htm')]);
rows.push(['`node -e 0` wall time, median of 21 (ms)', nodeBare.toFixed(1), '']);
rows.push(['`soxlint <one .htm>` wall time, median of 21 (ms)', cli.toFixed(1), `<= 2x (${(cli / nodeBare).toFixed(2)}x)`]);
rows.push(['  the same file in an EDGAR <DOCUMENT> wrapper (ms)', cliWrapped.toFixed(1), `(${(cliWrapped / nodeBare).toFixed(2)}x)`]);
rmSync(dir0, { recursive: true, force: true });

// 10 MB of random lower-case words: no certification, found quickly.
const dir = mkdtempSync(join(tmpdir(), 'soxlint-bench-'));
const big = join(dir, 'random-words.txt');
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const parts = [];
let size = 0;
while (size < 10 * 1048576) {
  let line = '';
  while (line.length < 78) {
    const len = 2 + Math.floor(rnd() * 9);
    let w = '';
    for (let i = 0; i < len; i++) w += String.fromCharCode(97 + Math.floor(rnd() * 26));
    line += w + ' ';
  }
  parts.push(line);
  size += line.length + 1;
}
writeFileSync(big, parts.join('\n'));
const t0 = process.hrtime.bigint();
const out = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, big, '-f', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const result = JSON.parse(out.stdout);
const rss = Number(out.stderr.trim().split('\n').pop()) / 1024;
rows.push(['10 MB random words: CLI wall time (ms)', ms.toFixed(0), `< 2000 (${result[0].messages.map((m) => m.ruleId).join(',')})`]);
rows.push(['10 MB random words: CLI peak RSS (MB)', rss.toFixed(0), '']);
const cliMem = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, join(root, 'examples/acme-10k-2025-ex31-1.htm')], { encoding: 'utf8' });
rows.push(['`soxlint <one .htm>` peak RSS (MB)', (Number(cliMem.stderr.trim().split('\n').pop()) / 1024).toFixed(0), '']);
rmSync(dir, { recursive: true, force: true });

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`soxlint core benchmark (${process.version}, ${execFileSync('nproc').toString().trim()} cores, load ${(await import('node:os')).loadavg()[0].toFixed(2)})`);
for (const [what, value, target] of rows) console.log(`${what.padEnd(w)}  ${String(value).padStart(8)}  ${target}`);
