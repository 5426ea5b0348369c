// The drop-in page in a real browser (Debian's Chromium through playwright-core), opened from
// file:// as a reporting team would open it from an e-mail: findings and redline, no network, markup
// in a document stays text, unreadable files say why, a large file keeps the page responsive, and
// the CLI's HTML report shows the same findings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical, edit, render } from './support/certs.js';
import { chromiumPath, launch } from './support/chromium.js';

const root = join(import.meta.dirname, '..');
const PAGE = pathToFileURL(join(root, 'dist/soxlint.html')).href;
const QUALYS_DOCX = join(root, 'examples/widgetco-10q-2025q3-ex31-2.docx');
const executable = chromiumPath();
let browser: Browser;
let dir: string;

interface Opened { page: Page; context: BrowserContext; requests: string[]; dialogs: string[]; errors: string[] }

async function open(width = 1280): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); }));
  await page.goto(PAGE);
  await page.waitForSelector('body[data-state="ready"]');
  return { page, context, requests, dialogs, errors };
}

async function check(page: Page, files: string[]): Promise<void> {
  await page.setInputFiles('#pick', files);
  await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
}

/** Findings as the page (or report) shows them: rule, paragraph, message. */
async function findings(page: Page): Promise<string[][]> {
  return page.$$eval('tr.finding', (rows) => rows.map((r) => [
    (r as HTMLElement).dataset.rule!, (r as HTMLElement).dataset.paragraph!, r.querySelector('td.msg')!.textContent!,
  ]));
}

function soxlint(args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/soxlint.js'), ...args], { cwd: dir, encoding: 'utf8' });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-page-'));
  if (executable) browser = await launch(executable);
  writeFileSync(join(dir, 'compliant.htm'), render(canonical(), 'html'));
  const hostile = '<script>window.__ran = 1; alert(1)</script> <img src=x onerror="window.__ran = 2; alert(2)"> <a href="javascript:alert(3)">click</a>';
  writeFileSync(join(dir, 'hostile.txt'), render(edit(canonical(), '2', 'this report does', `this ${hostile} report does`), 'text'));
  writeFileSync(join(dir, 'hostile.htm'), render(edit(canonical(), '2', 'this report does', `this ${hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;')} report does`), 'html'));
  writeFileSync(join(dir, 'corrupt.docx'), readFileSync(join(root, 'test/fixtures/docx/corrupt.docx')));
}, 120_000);

afterAll(async () => { await browser?.close(); });

describe.skipIf(!executable)('the drop-in page in Chromium, from file://', () => {
  it('the Qualys-shaped .docx: two findings with data-rule and data-paragraph, 4(b) struck in place; a finding leads to its place', async () => {
    const { page, context, errors } = await open();
    await check(page, [QUALYS_DOCX]);
    const shown = await findings(page);
    expect(shown.map(([rule, para]) => [rule, para])).toEqual([['SOX003', '4'], ['SOX002', '4(b)']]);
    // 4(b) is a struck block between the form's 4(a) and 4(c).
    const order = await page.$$eval('.redline > [data-paragraph]', (ps) => ps.map((p) => (p as HTMLElement).dataset.paragraph));
    expect(order.slice(order.indexOf('4(a)'), order.indexOf('4(a)') + 3)).toEqual(['4(a)', '4(b)', '4(c)']);
    const struck = page.locator('del.block[data-paragraph="4(b)"][data-rule="SOX002"]');
    expect(await struck.textContent()).toContain('Designed such internal control over financial reporting');
    expect(await struck.evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('line-through');
    expect(await page.locator('del[data-paragraph="4"][data-rule="SOX003"]').textContent()).toBe('and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))');
    // The certification's facts.
    expect(await page.locator('dl.cert').first().innerText()).toMatch(/Officer\s+Robert M\. Smith[\s\S]*Registrant\s+WidgetCo, Inc\.[\s\S]*Form\s+601b31i/);
    // Click: scrolled to and highlighted. Enter on the focused row: the same.
    await page.locator('tr.finding[data-rule="SOX002"]').click();
    expect(await struck.evaluate((e) => e.classList.contains('hl'))).toBe(true);
    await expect.poll(() => struck.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    await page.locator('tr.finding[data-rule="SOX003"]').focus();
    await page.keyboard.press('Enter');
    const clause = page.locator('del[data-paragraph="4"][data-rule="SOX003"]');
    expect(await clause.evaluate((e) => e.classList.contains('hl') && document.activeElement === e)).toBe(true);
    expect(await struck.evaluate((e) => e.classList.contains('hl'))).toBe(false);
    // The rule's explanation is in the page.
    expect(await page.locator('#rule-SOX002').count()).toBe(1);
    expect(await page.locator('tr.finding[data-rule="SOX002"] a[href="#rule-SOX002"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a compliant certification shows "no problems"; no request leaves file:, blob: or data:', async () => {
    const { page, context, requests, errors } = await open();
    await check(page, [join(dir, 'compliant.htm')]);
    expect(await page.locator('.file .ok').innerText()).toBe('No problems found.');
    expect(await page.locator('#status').innerText()).toBe('1 file checked: 0 errors, 0 warnings.');
    await check(page, [QUALYS_DOCX, join(dir, 'corrupt.docx')]);
    expect(requests.length).toBeGreaterThan(0); // the page itself and its worker
    expect(requests.filter((u) => !/^(?:file|blob|data):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('markup in a document (<script>, <img onerror>, javascript:) is shown as text and nothing runs', async () => {
    const { page, context, dialogs, errors } = await open();
    await check(page, [join(dir, 'hostile.txt'), join(dir, 'hostile.htm')]);
    const added = await page.$$eval('.redline ins', (els) => els.map((e) => e.textContent));
    expect(added.filter((t) => t!.includes('<script>window.__ran = 1; alert(1)</script>'))).toHaveLength(1);
    expect(await page.locator('.file').first().innerText()).toContain('<img src=x onerror="window.__ran = 2; alert(2)">');
    expect(await page.locator('#results script, #results img, #results a[href^="javascript:"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an EDGAR complete submission shows the CLI\'s findings for it (its exhibits and the filing rules), not one HTML document\'s', async () => {
    const submission = join(root, 'test/fixtures/edgar/acme-10k-2025.txt');
    const cli = JSON.parse(soxlint([submission, '-f', 'json']).stdout)[0];
    expect(cli.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['SOX018', 'SOX018']);
    const { page, context, errors } = await open();
    await check(page, [submission]);
    // The page names the document a finding is in, as the CLI's stylish and HTML outputs do.
    expect(await findings(page)).toEqual(cli.messages.map((m: { ruleId: string; paragraph: string; message: string; document: string }) => [m.ruleId, m.paragraph, `[${m.document}] ${m.message}`]));
    expect(await page.locator('#status').innerText()).toBe('1 file checked: 2 errors, 0 warnings.');
    // Each Section 302 certification of the submission gets its redline, as in the CLI's HTML report.
    expect(await page.locator('.redline').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a corrupt .docx shows the CLI\'s one-line reason; the other files are still shown', async () => {
    const cli = soxlint(['corrupt.docx']);
    const reason = /^soxlint: corrupt\.docx: (.*)\n$/.exec(cli.stderr)![1];
    const { page, context } = await open();
    await check(page, [join(dir, 'corrupt.docx'), join(dir, 'compliant.htm')]);
    expect(await page.locator('.file.unreadable .reason').innerText()).toBe(`Could not be checked: ${reason}`);
    expect(await page.locator('.file .ok').count()).toBe(1);
    await context.close();
  });

  it('a 5 MB .docx: the page answers input while the worker lints it', async () => {
    const zip = await JSZip.loadAsync(readFileSync(QUALYS_DOCX));
    const xml = await zip.file('word/document.xml')!.async('string');
    // 1,500 long paragraphs of prose after the certification (the reader refuses over 2,000
    // paragraphs or a million characters), and a
    // 5 MB picture's bytes.
    const sentence = "Management's discussion of results, liquidity and capital resources for the period. ";
    const filler = Array.from({ length: 1_500 }, (_, i) => `<w:p><w:r><w:t>Annex paragraph ${i}: ${sentence.repeat(6)}</w:t></w:r></w:p>`).join('');
    zip.file('word/document.xml', xml.replace('<w:sectPr', `${filler}<w:sectPr`));
    const noise = new Uint8Array(5 * 1048576);
    for (let i = 0; i < noise.length; i += 65536) crypto.getRandomValues(noise.subarray(i, i + 65536));
    zip.file('word/media/image1.png', noise, { compression: 'STORE' });
    const big = join(dir, 'big.docx');
    writeFileSync(big, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(readFileSync(big).length).toBeGreaterThan(5 * 1048576);

    const { page, context } = await open();
    await page.setInputFiles('#pick', big);
    await page.waitForSelector('body[data-state="busy"]');
    // While the worker lints: a key press moves the focus, and the main thread answers at once.
    await page.locator('#profile').focus();
    const t0 = Date.now();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.id);
    const answered = Date.now() - t0;
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('busy');
    expect(focused).toBe('form');
    expect(answered).toBeLessThan(1000);
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    expect((await findings(page)).map(([rule, para]) => `${rule} ${para}`)).toEqual(['SOX003 4', 'SOX002 4(b)']);
    await context.close();
  }, 120_000);

  it('the CLI\'s --format html report shows the same findings in Chromium; "Download report" saves it from the page', async () => {
    const out = join(dir, 'report.html');
    const cli = soxlint([QUALYS_DOCX, join(dir, 'compliant.htm'), '-f', 'html', '-o', out]);
    expect(cli.status).toBe(1);
    const { page, context, requests } = await open();
    await check(page, [QUALYS_DOCX, join(dir, 'compliant.htm')]);
    const inPage = await findings(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const saved = join(dir, 'downloaded.html');
    await download.saveAs(saved);

    const report = await context.newPage();
    for (const file of [out, saved]) {
      await report.goto(pathToFileURL(file).href);
      expect(await findings(report)).toEqual(inPage);
      expect(await report.locator('del.block[data-paragraph="4(b)"]').count()).toBe(1);
      expect(await report.locator('.file .ok').innerText()).toBe('No problems found.');
      expect(await report.locator('script').count()).toBe(0);
    }
    expect(requests.filter((u) => !/^(?:file|blob|data):/.test(u))).toEqual([]);
    await context.close();
  });

  it('files dropped on the window are checked like picked ones', async () => {
    const { page, context } = await open();
    const bytes = [...readFileSync(join(dir, 'compliant.htm'))];
    const transfer = await page.evaluateHandle((b) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b)], 'dropped.htm', { type: 'text/html' }));
      return dt;
    }, bytes);
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await page.waitForSelector('body[data-state="done"]');
    expect(await page.locator('.file h2').innerText()).toBe('dropped.htm');
    expect(await page.locator('.file .ok').innerText()).toBe('No problems found.');
    await context.close();
  });
});
