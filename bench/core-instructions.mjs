// Instructions per certification linted in-process, counted by cachegrind: unlike a rate, the count
// does not move with the machine's load (on a shared 2-core machine rates moved 2-5x run to run).
// Each input: 200 and 600 lints after a 400-lint warm-up, the difference divided by 400. Needs
// valgrind (apt-get install valgrind) and a build; takes a few minutes. Asserts nothing.
//   node bench/core-instructions.mjs [text|defective|html ...]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = {
  text: 'examples/acme-10k-2025-ex31-2.txt',
  defective: 'examples/widgetco-10q-2025q3-ex31-2.txt',
  html: 'examples/acme-10k-2025-ex31-1.htm',
};

if (process.argv[2] === '--lint') {
  // The counted child: warm up, then lint N times.
  const [, , , kind, n] = process.argv;
  const { lintExtracted } = await import('../dist/core/lint.js');
  const { extractText } = await import('../dist/core/extract/text.js');
  const { extractHtml } = await import('../dist/core/extract/html.js');
  const source = readFileSync(join(root, INPUTS[kind]), 'utf8');
  const run = kind === 'html' ? () => lintExtracted(extractHtml(source), { filePath: 'h.htm' }) : () => lintExtracted(extractText(source), { filePath: 't.txt' });
  for (let i = 0; i < 400 + Number(n); i++) run();
} else {
  if (spawnSync('valgrind', ['--version']).error) {
    console.log('valgrind is not installed: apt-get install valgrind');
    process.exit(0);
  }
  const count = (kind, n) => {
    const out = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
      process.execPath, '--single-threaded', fileURLToPath(import.meta.url), '--lint', kind, String(n)], { encoding: 'utf8' });
    const m = /I\s+refs:\s+([\d,]+)/.exec(out.stderr);
    if (!m) throw new Error(`no instruction count from valgrind:\n${out.stderr.slice(-500)}`);
    return Number(m[1].replace(/,/g, ''));
  };
  for (const kind of process.argv.length > 2 ? process.argv.slice(2) : Object.keys(INPUTS)) {
    const perLint = (count(kind, 600) - count(kind, 200)) / 400;
    console.log(`${kind.padEnd(10)} ${Math.round(perLint).toLocaleString('en-US').padStart(10)} instructions per certification (${INPUTS[kind]})`);
  }
}
