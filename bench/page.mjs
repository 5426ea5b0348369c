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

/** Starts timing the next file selection on this page: resolves with ms to the first and to the n-th new result. */
function timeNext(page, n) {
  return page.evaluate((n) => new Promise((resolve) => {
    const shown = () => document.querySelectorAll('#results section.file:not(.pending)').length;
    const before = shown();
    let start = 0;
    let first = 0;
    document.getElementById('pick').addEventListener('change', () => { start = performance.now(); }, { capture: true, once: true });
    new MutationObserver((_, obs) => {
      if (!start) return;
      const done = shown() - before;
      if (done >= 1 && !first) first = performance.now() - start;
      if (done >= n) { obs.disconnect(); resolve({ first, all: performance.now() - start }); }
    }).observe(document.getElementById('results'), { childList: true, subtree: true });
  }), n);
}

/** A fresh page; the files chosen once (`cold`: at once, else after the worker has loaded), then again. */
async function time(files, warm) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(root, 'dist/soxlint.html')).href);
  await page.waitForSelector('body[data-state="ready"]');
  if (warm) await page.waitForSelector('body[data-worker="ready"]');
  const once = timeNext(page, files.length);
  await page.setInputFiles('#pick', files);
  const first = await once;
  const twice = timeNext(page, files.length);
  await page.setInputFiles('#pick', files);
  const again = await twice;
  await page.close();
  return { first, again };
}

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

// First choice: the files chosen the moment the page is up (cold: the worker still loading the
// core) or once it has loaded it (warm). Again: the same files chosen a second time on that page.
const fmt = (xs, k) => median(xs.map((x) => x[k])).toFixed(0);
for (const warm of [false, true]) {
  for (const [label, files] of [['1 typical .docx', [typical]], ['20 .docx files', twenty]]) {
    await time(files, warm); // warm the disk cache
    const got = [];
    for (let i = 0; i < runs; i++) got.push(await time(files, warm));
    const first = got.map((g) => g.first);
    const again = got.map((g) => g.again);
    console.log(`${label}, ${warm ? 'worker loaded' : 'chosen at once'}: first result ${fmt(first, 'first')} ms, all ${fmt(first, 'all')} ms; chosen again: first ${fmt(again, 'first')} ms, all ${fmt(again, 'all')} ms (median of ${runs})`);
  }
}
await browser.close();
console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
