// The drop-in page's figures, measured in Chromium (Debian's, through playwright-core):
//   page size (bytes and gzipped), and the time from file selection (the input's change event) to
//   the first result shown and to all shown, for one typical .docx and for 20 files at once.
// Usage: npm run build && node bench/page.mjs [runs=5]      (state the machine's load beside it)
import { readFileSync, writeFileSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const html = readFileSync(join(root, 'dist/soxlint.html'));
console.log(`page: ${html.length} bytes, ${gzipSync(html, { level: 9 }).length} gzipped`);

const typical = join(root, 'examples/widgetco-10q-2025q3-ex31-2.docx');
const dir = mkdtempSync(join(tmpdir(), 'soxlint-bench-page-'));
const twenty = Array.from({ length: 20 }, (_, i) => {
  const p = join(dir, `ex31-${i + 1}.docx`);
  copyFileSync(i % 2 ? typical : join(root, 'examples/acme-10k-2025-ex31-1-draft.docx'), p);
  return p;
});

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Milliseconds from the change event to the first and to the last result shown. */
async function time(files, warm) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(root, 'dist/soxlint.html')).href);
  await page.waitForSelector('body[data-state="ready"]');
  if (warm) await page.waitForSelector('body[data-worker="ready"]');
  await page.evaluate((n) => {
    const w = window;
    w.__t = {};
    document.getElementById('pick').addEventListener('change', () => { w.__t.start = performance.now(); }, { capture: true });
    new MutationObserver(() => {
      const done = document.querySelectorAll('#results section.file:not(.pending)').length;
      if (done >= 1 && !w.__t.first) w.__t.first = performance.now();
      if (done >= n && !w.__t.all) w.__t.all = performance.now();
    }).observe(document.getElementById('results'), { childList: true, subtree: true });
  }, files.length);
  await page.setInputFiles('#pick', files);
  await page.waitForFunction(() => window.__t.all);
  const t = await page.evaluate(() => window.__t);
  await page.close();
  return { first: t.first - t.start, all: t.all - t.start };
}

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

// Cold: files chosen the moment the page is up (the worker still loading the core). Warm: the
// worker has loaded it, as when a user takes a second to find the file.
for (const warm of [false, true]) {
  for (const [label, files] of [['1 typical .docx', [typical]], ['20 .docx files', twenty]]) {
    await time(files, warm); // warm the disk cache
    const got = [];
    for (let i = 0; i < runs; i++) got.push(await time(files, warm));
    console.log(`${warm ? 'warm' : 'cold'}, ${label}: first result ${median(got.map((g) => g.first)).toFixed(0)} ms, all ${median(got.map((g) => g.all)).toFixed(0)} ms (median of ${runs}, a fresh page each run)`);
  }
}
await browser.close();
console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
