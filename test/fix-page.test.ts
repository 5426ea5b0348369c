// The page's "Download corrected .docx" in Chromium from file://: the worker runs the same fix() as
// `soxlint fix`, and the saved file is the corrected document with soxlint's tracked changes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/core/extract/index.js';
import { fix } from '../src/core/fix/index.js';
import { lintExtracted } from '../src/core/lint.js';
import { chromiumPath, launch } from './support/chromium.js';
import { acceptAll, documentXml } from './support/docx-certs.js';

const root = join(import.meta.dirname, '..');
const PAGE = pathToFileURL(join(root, 'dist/soxlint.html')).href;
const QUALYS_DOCX = join(root, 'examples/widgetco-10q-2025q3-ex31-2.docx');
const executable = chromiumPath();
let browser: Browser;

beforeAll(async () => { if (executable) browser = await launch(executable); }, 120_000);
afterAll(async () => { await browser?.close(); });

describe.skipIf(!executable)('the page\'s corrected download', () => {
  it('saves NAME.fixed.docx with the corrections as tracked changes, the same as soxlint fix', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.waitForSelector('body[data-state="ready"]');
    await page.setInputFiles('#pick', [QUALYS_DOCX]);
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    const button = page.getByRole('button', { name: 'Download corrected .docx' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('widgetco-10q-2025q3-ex31-2.fixed.docx');
    const saved = join(mkdtempSync(join(tmpdir(), 'soxlint-fix-page-')), 'saved.docx');
    await download.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    const xml = await documentXml(bytes);
    const cli = await fix(new Uint8Array(readFileSync(QUALYS_DOCX)), { filePath: 'x.docx' });
    // The same writer: the same document, but for the dates stamped on the changes.
    const undated = (s: string) => s.replace(/w:date="[^"]*"/g, '');
    expect(undated(xml)).toBe(undated(await documentXml(cli.output)));
    const accepted = await acceptAll(bytes);
    expect(lintExtracted(await extract(accepted, 'x.docx'), 'x.docx').messages).toEqual([]);
    expect(requests.filter((u) => !/^(?:file|blob|data):/.test(u))).toEqual([]);
    await context.close();
  }, 120_000);
});
