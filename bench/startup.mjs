// Start-up of the CLI (issue 12: one certification <= 1.3x `node -e 0`): bare node, soxlint on one
// text and one HTML exhibit, and `soxlint --version`, run interleaved so that the machine's load
// falls on each alike. Prints the median wall time and the mean CPU time (user+sys) of each, and
// their ratios to bare node; asserts nothing. `node bench/startup.mjs [runs] [other/bin/soxlint.js ...]`
// also times other builds (another worktree's launcher) in the same loop, for before/after figures.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 21);
const bins = [join(root, 'bin/soxlint.js'), ...process.argv.slice(3)];
const dir = mkdtempSync(join(tmpdir(), 'soxlint-startup-'));
const text = join(dir, 'ex31.txt');
const html = join(dir, 'ex31.htm');
writeFileSync(text, readFileSync(join(root, 'examples/acme-10k-2025-ex31-2.txt')));
// A plain exhibit, as fetched from EDGAR (the example holds the <DOCUMENT> wrapper of a submission).
writeFileSync(html, readFileSync(join(root, 'examples/acme-10k-2025-ex31-1.htm'), 'utf8').replace(/^[\s\S]*?<TEXT>\n/, '').replace(/<\/TEXT>[\s\S]*$/, ''));

const cases = [{ name: '`node -e 0`', args: ['-e', '0'] }];
for (const [i, bin] of bins.entries()) {
  const tag = i === 0 ? '' : ` [${bin}]`;
  cases.push({ name: `soxlint one .txt${tag}`, args: [bin, text] });
  cases.push({ name: `soxlint one .htm${tag}`, args: [bin, html] });
  cases.push({ name: `soxlint --version${tag}`, args: [bin, '--version'] });
}

/** CPU seconds of this process's waited-for children so far (Linux: cutime + cstime, in clock ticks). */
const ticks = Number(execFileSync('getconf', ['CLK_TCK']).toString());
function childCpu() {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / ticks; // fields 16 and 17 of proc(5)
}

for (const c of cases) Object.assign(c, { wall: [], cpu: 0 });
for (let i = 0; i < runs; i++) {
  for (const c of cases) {
    const cpu0 = childCpu();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, c.args, { stdio: 'ignore' });
    c.wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    c.cpu += childCpu() - cpu0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${c.name}: exit ${r.status}`);
  }
}
// Garbage collections during each lint: a one-file lint that fits in V8's first young generation
// (1 MB semi-space) makes none, and a scavenge costs 3-8 ms here, all of it on the main thread's path.
// --trace-gc makes V8 ignore the code cache, which changes no young allocation (code is old space).
for (const c of cases.slice(1)) {
  const r = spawnSync(process.execPath, ['--trace-gc', ...c.args], { encoding: 'utf8' });
  c.gcs = r.stdout.split('\n').filter((l) => /: (Scavenge|Mark-Compact|Mark-sweep|Minor)/.test(l)).length;
}
rmSync(dir, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [bare] = cases;
const bareWall = median(bare.wall);
const bareCpu = (bare.cpu / runs) * 1000;
console.log(`soxlint start-up: ${process.version}, ${runs} interleaved runs; uptime: ${execFileSync('uptime').toString().trim()}`);
console.log('| command | median wall (ms) | ratio | mean CPU (ms) | ratio | GCs |');
console.log('|---|---|---|---|---|---|');
for (const c of cases) {
  const wall = median(c.wall);
  const cpu = (c.cpu / runs) * 1000;
  console.log(`| ${c.name} | ${wall.toFixed(1)} | ${(wall / bareWall).toFixed(2)}x | ${cpu.toFixed(1)} | ${(cpu / bareCpu).toFixed(2)}x | ${c.gcs ?? ''} |`);
}
