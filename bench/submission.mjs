// Time and peak memory to lint a ~100 MB EDGAR complete submission: the fixture's documents
// (scripts/make-edgar-fixtures.mjs) around a very large main document (~80 MB of HTML) and a large
// uuencoded ZIP block (~20 MB), written to a temporary folder. Targets: < 5 s, < 300 MB peak RSS.
//   npm run build && node bench/submission.mjs [MB]
// Runs the lint in a child process so that its peak RSS is its own (read from /proc/self/status
// VmHWM where there is one, else sampled process.memoryUsage().rss).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 5000;
const TARGET_MB = 300;

if (process.argv[2] === '--child') {
  const { lintSubmission } = await import(pathToFileURL(join(root, 'dist/node/submission.js')).href);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const t0 = process.hrtime.bigint();
  const r = await lintSubmission(process.argv[3]);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  let hwm = null;
  try { hwm = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024; } catch {}
  console.log(JSON.stringify({ ms, rss: Math.max(peak, hwm ?? 0), messages: r.messages.map((m) => `${m.ruleId} ${m.document} ${m.line}`), stats: r.stats }));
  process.exit(0);
}

if (!existsSync(join(root, 'dist/node/submission.js'))) {
  console.error('bench/submission.mjs: build first (npm run build)');
  process.exit(2);
}
const { submission } = await import(pathToFileURL(join(root, 'scripts/make-edgar-fixtures.mjs')).href);
const totalMb = Number(process.argv[2] ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'soxlint-bench-submission-'));
const file = join(dir, 'large-submission.txt');

const out = createWriteStream(file);
const put = (s) => new Promise((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
const text = submission({ main: '@@MAIN@@', graphic: '@@GRAPHIC@@' });
const [head, rest] = text.split('@@MAIN@@');
const [middle, tail] = rest.split('@@GRAPHIC@@');
const mainBytes = Math.round(totalMb * 0.8 * 1048576);
const zipBytes = Math.round(totalMb * 0.2 * 1048576);
await put(head);
await put('<html><body>\n<p style="text-align:center"><b>FORM 10-K</b></p>\n<p>For the fiscal year ended December 31, 2025</p>\n' +
  '<p><b>ACME CORP.</b><br>(Exact name of registrant as specified in its charter)</p>\n');
const para = `<p style="font-size:10pt">${'Revenue increased because widgets sold well in every region we serve, and margins held. '.repeat(10)}</p>\n` +
  '<table><tr><td>Net sales</td><td>$&nbsp;1,234</td><td>$&nbsp;1,111</td></tr></table>\n';
for (let n = 0; n < mainBytes; n += para.length) await put(para);
await put('<p><b>SIGNATURES</b></p><p>Date: February 27, 2026</p>\n</body></html>\n');
await put(middle);
await put('</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>ZIP\n<SEQUENCE>7\n<FILENAME>0000999999-26-000012-xbrl.zip\n<DESCRIPTION>IDEA: XBRL DOCUMENT\n<TEXT>\nbegin 644 0000999999-26-000012-xbrl.zip\n');
let seed = 1;
const lines = [];
for (let i = 0; i < 2000; i++) {
  let s = 'M';
  for (let k = 0; k < 60; k++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; s += String.fromCharCode(33 + (seed % 64)); }
  lines.push(s);
}
const block = lines.join('\n') + '\n';
for (let n = 0; n < zipBytes; n += block.length) await put(block);
await put('`\nend\n');
await put(tail);
await new Promise((resolve) => out.end(resolve));
const size = statSync(file).size;

const runs = [];
for (let i = 0; i < 3; i++) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8' });
  if (child.status !== 0) { console.error(child.stderr); process.exit(1); }
  runs.push(JSON.parse(child.stdout));
}
rmSync(dir, { recursive: true, force: true });
runs.sort((a, b) => a.ms - b.ms);
const med = runs[1];
const mb = (n) => (n / 1048576).toFixed(1);
console.log(`submission: ${mb(size)} MB, ${med.stats.lines} lines`);
console.log(`findings: ${med.messages.join('; ')}`);
console.log(`wall time (median of 3): ${med.ms.toFixed(0)} ms (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')}); target < ${TARGET_MS} ms`);
console.log(`peak RSS: ${mb(Math.max(...runs.map((r) => r.rss)))} MB; target < ${TARGET_MB} MB; reader's own peak hold: ${mb(med.stats.peakHeld)} MB`);
const ok = med.ms < TARGET_MS && Math.max(...runs.map((r) => r.rss)) < TARGET_MB * 1048576;
console.log(ok ? 'OK' : 'OVER TARGET');
process.exit(ok ? 0 : 1);
