// A real word processor reads soxlint's tracked changes: LibreOffice converts a fixed .docx headless
// to .odt, whose text:changed-regions hold the inserted and deleted words, and to PDF.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fix } from '../src/core/fix/index.js';
import { canonical, edit, reletter, without } from './support/certs.js';
import { toDocx } from './support/docx-certs.js';
import { ICFR } from './support/fix-cases.js';
import { APT_LINE, convert, ensureLibreOffice, odtChanges } from './support/libreoffice.js';

const available = ensureLibreOffice();
if (!available) {
  if (process.env.CI === 'true') throw new Error(`LibreOffice (soffice) is missing: ${APT_LINE}`);
  console.warn(`fix-libreoffice.test.ts skipped: LibreOffice (soffice) is missing; install it with: ${APT_LINE}`);
}

describe.skipIf(!available)('LibreOffice reads a fixed .docx', () => {
  it('holds each correction as a tracked change by soxlint, and renders to PDF', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soxlint-lo-'));
    // The Qualys case plus a replaced word: insertions, a new paragraph, relettering, a deletion.
    const paras = reletter(without(edit(edit(canonical(), '4', ICFR, ''), '2', 'covered by this report', 'covered by this annual report'), '4(b)'));
    const r = await fix(await toDocx(paras), { filePath: 'ex31.docx' });
    expect(r.notFixed).toEqual([]);
    const file = join(dir, 'ex31.fixed.docx');
    writeFileSync(file, r.output);

    const changes = await odtChanges(convert(file, 'odt', dir));
    expect(changes.every((c) => c.author === 'soxlint')).toBe(true);
    const ins = changes.filter((c) => c.kind === 'insertion').map((c) => c.text);
    const del = changes.filter((c) => c.kind === 'deletion').map((c) => c.text);
    expect(ins).toContain(ICFR);
    expect(ins.some((t) => t.startsWith('(b)\tDesigned such internal control over financial reporting, or caused'))).toBe(true);
    expect(ins).toEqual(expect.arrayContaining(['c', 'd']));
    expect(del).toEqual(expect.arrayContaining(['annual ', 'b', 'c']));
    expect(changes).toHaveLength(7);

    const pdf = readFileSync(convert(file, 'pdf', dir));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });
});
