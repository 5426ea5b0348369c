// The hostile-input table (issue 8): each input generated into a temporary folder, linted by the
// built CLI in a child process under /usr/bin/time; per input the exit code, the wall time, the peak
// RSS and the first line of stderr. Targets: any text or HTML shape up to the default size cap
// < 3 s and < 400 MB; any 100 MB submission < 5 s and < 300 MB; the rest refused at once.
//   npm run build && node bench/hostile.mjs [scale] [filter]   (scale 0.1 for a quick look; filter: a
//   regular expression on the input names, e.g. 'EX-31|tiny|div' for the submission rows)
// State the machine's load (uptime) beside the figures: 8 engineers share this machine's 2 cores.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as gen from './hostile-inputs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/soxlint.js');
const scale = Number(process.argv[2] ?? 1);
const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
const MB = 1048576;
const dir = mkdtempSync(join(tmpdir(), 'soxlint-hostile-bench-'));
const cert = readFileSync(join(root, 'test/fixtures/filing-10k/ex31-1.htm'), 'latin1');
const certText = cert.replace(/<[^>]+>/g, '').replace(/&#\d+;|&[a-z]+;/g, ' ');

/** [name, setup returning the shell command's arguments after `soxlint`, or a whole shell line] */
const cases = [
  ['baseline: one real certification (8 KB HTML)', async () => { writeFileSync(join(dir, 'base.htm'), cert); return ['base.htm']; }],
  ['.docx 2,000,000 runs (112 KB)', async () => { writeFileSync(join(dir, 'runs.docx'), await gen.docxRuns(2_000_000 * scale)); return ['runs.docx']; }],
  ['.docx 250,000 runs', async () => { writeFileSync(join(dir, 'runs2.docx'), await gen.docxRuns(250_000 * scale)); return ['runs2.docx']; }],
  ['.docx 9,900 runs (under the limit)', async () => { writeFileSync(join(dir, 'runs3.docx'), await gen.docxRuns(9_900)); return ['runs3.docx']; }],
  ['.docx 2,000,000 empty paragraphs', async () => { writeFileSync(join(dir, 'paras.docx'), await gen.docxEmptyParagraphs(2_000_000 * scale)); return ['paras.docx']; }],
  ['.docx one 60 MB paragraph', async () => { writeFileSync(join(dir, 'long.docx'), await gen.docxLongParagraph(60 * MB * scale)); return ['long.docx']; }],
  ...[['ab<br>', 'br.htm'], ['a\n\n', 'paras.txt'], ['<p>a</p>', 'p.htm'], ['a', 'line.txt'], ['I certify that:\n\n', 'certify.txt']].flatMap(([unit, file]) => [
    [`${JSON.stringify(unit)} x 4 MB (the default cap)`, async () => { writeFileSync(join(dir, `4-${file}`), gen.repeated(unit, 4 * MB - 64)); return [`4-${file}`]; }],
    [`${JSON.stringify(unit)} x 60 MB`, async () => { writeFileSync(join(dir, `60-${file}`), gen.repeated(unit, 60 * MB * scale)); return [`60-${file}`]; }],
  ]),
  ['a certification x 1,000 copies (under 4 MB)', async () => { writeFileSync(join(dir, 'copies.txt'), certText.repeat(Math.floor(4 * MB / certText.length) - 1)); return ['copies.txt']; }],
  ['stdin: /dev/zero', async () => `head -c ${Math.round(4096 * MB * scale)} /dev/zero | node ${bin} -`],
  ['.soxlintrc.json of 300 MB (sparse)', async () => { mkdirSync(join(dir, 'cfg')); execFileSync('truncate', ['-s', `${Math.round(300 * scale)}M`, join(dir, 'cfg/.soxlintrc.json')]); return `cd cfg && node ${bin} x.txt`; }],
  ['a FIFO named on the command line', async () => { execFileSync('mkfifo', [join(dir, 'fifo.txt')]); return ['fifo.txt']; }],
  ['submission: 100 MB of tiny documents', async () => { writeFileSync(join(dir, 'tiny.txt'), gen.submissionTinyDocuments(100 * MB * scale)); return ['tiny.txt']; }],
  ['submission: 200,000 filer lines', async () => { writeFileSync(join(dir, 'filers.txt'), gen.submissionManyFilers(200_000 * scale)); return ['filers.txt']; }],
  ['submission: 100 MB of EX-31 exhibits', async () => { writeFileSync(join(dir, 'ex31s.txt'), gen.submissionExhibits(100 * MB * scale, cert)); return ['ex31s.txt']; }],
  ['submission: 100 MB unclosed <div> main document', async () => { writeFileSync(join(dir, 'div.txt'), gen.submissionUnclosedDiv(100 * MB * scale)); return ['div.txt']; }],
  ['submission: 100 MB amended report (10-K/A searched for financial statements)', async () => { writeFileSync(join(dir, 'amended.txt'), gen.submissionAmendedReport(100 * MB * scale)); return ['amended.txt']; }],
  ['folder with a link to /usr', async () => { mkdirSync(join(dir, 'linked')); execFileSync('ln', ['-s', '/usr', join(dir, 'linked/usr')]); return ['linked']; }],
];

function measure(args) {
  const line = typeof args === 'string' ? args : `node ${bin} ${args.map((a) => `'${a}'`).join(' ')}`;
  const r = spawnSync('/usr/bin/time', ['-f', '\n%e %U %S %M', 'timeout', '120', 'sh', '-c', `${line} >/dev/null`], { cwd: dir, encoding: 'utf8' });
  const lines = r.stderr.trim().split('\n');
  const [secs, user, sys, kb] = lines.pop().split(' ').map(Number);
  const said = lines.find((l) => l.startsWith('soxlint:')) ?? '';
  return { code: r.status, secs, cpu: user + sys, mb: kb / 1024, said: said.length > 110 ? `${said.slice(0, 109)}\u2026` : said };
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; scale ${scale}; ${new Date().toISOString()}`);
console.log('| input | exit | wall s | CPU s | peak RSS MB | stderr |');
console.log('|---|---|---|---|---|---|');
for (const [name, setup] of cases) {
  if (only && !only.test(name)) continue;
  const args = await setup();
  const m = measure(args);
  console.log(`| ${name} | ${m.code === 124 ? 'timeout' : m.code} | ${m.secs.toFixed(2)} | ${m.cpu.toFixed(2)} | ${m.mb.toFixed(0)} | ${m.said.replace(/\|/g, '\\|')} |`);
}

// Same input, eight runs at once: budgets count work, so every run gives the same verdict (#16).
if (!only || only.test('eight parallel runs')) {
  const shuffled = certText.split(/\s+/).reverse().join(' ');
  writeFileSync(join(dir, 'busy.txt'), Array.from({ length: 150 }, () => `I, Jane Doe, certify that:\n\n${shuffled}\n\n`).join(''));
  const runs = Array.from({ length: 8 }, () => spawnSync('bash', ['-o', 'pipefail', '-c', `node ${bin} busy.txt -f json | md5sum`], { cwd: dir, encoding: 'utf8' }));
  const outcomes = new Set(runs.map((r) => `${r.status} ${r.stdout.trim()}`));
  console.log(`\neight parallel runs of one hard file: ${outcomes.size} distinct outcome(s): ${[...outcomes].join('; ')}`);
}
rmSync(dir, { recursive: true, force: true });
console.log(`load average after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
