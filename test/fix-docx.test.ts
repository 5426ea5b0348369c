// soxlint fix on Word documents: every correction a tracked change by "soxlint"; accepted, the
// document lints clean of fixable rules; rejected, it is the input again; every other part of the
// package unchanged.
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/extract/index.js';
import { fix } from '../src/core/fix/index.js';
import { isFixable } from '../src/core/fix/plan.js';
import { lintExtracted } from '../src/core/lint.js';
import { canonical, edit, reletter, without } from './support/certs.js';
import { acceptAll, documentXml, rejectAll, toDocx, type Numbering } from './support/docx-certs.js';
import { FIX_CASES, ICFR } from './support/fix-cases.js';

const DATE = new Date('2026-11-30T12:00:00Z');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function lintDocx(bytes: Uint8Array) {
  return lintExtracted(await extract(bytes, 'ex31.docx'), 'ex31.docx');
}

describe.each(['typed', 'auto'] as Numbering[])('fix .docx (%s numbering)', (style) => {
  it.each(FIX_CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const bytes = await toDocx(c.paras(), style);
    const hash = sha(bytes);
    const before = await lintDocx(bytes);
    expect(before.messages.length).toBeGreaterThan(0);
    const r = await fix(bytes, { filePath: 'ex31.docx', date: DATE });
    expect(sha(bytes)).toBe(hash);
    expect(r.notFixed).toEqual([]);
    expect(r.changed).toBe(true);
    // Word shows each correction in its Review pane: tracked changes by soxlint, dated.
    const xml = await documentXml(r.output);
    expect(xml).toMatch(/<w:(ins|del) w:id="\d+" w:author="soxlint" w:date="2026-11-30T12:00:00Z"/);
    // Accepted: nothing left for a fixable rule (and no tracked change left).
    const accepted = await lintDocx(await acceptAll(r.output));
    expect(accepted.messages.map((m) => `${m.ruleId} ${m.paragraph}`)).toEqual([]);
    // As read with the changes pending: soxlint's own changes are all that is reported.
    const pending = await lintDocx(r.output);
    expect(pending.messages.filter((m) => isFixable(m.ruleId))).toEqual([]);
    expect(pending.messages.every((m) => m.ruleId === 'SOX014' && / by soxlint\)/.test(m.message))).toBe(true);
    // Rejected: the input's text again.
    const rejected = await extract(await rejectAll(r.output), 'ex31.docx');
    expect(rejected.source).toBe((await extract(bytes, 'ex31.docx')).source);
  });

  it('carries every other part of the package byte for byte', async () => {
    const bytes = await toDocx(reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), style);
    const r = await fix(bytes, { filePath: 'ex31.docx', date: DATE });
    const a = await JSZip.loadAsync(bytes);
    const b = await JSZip.loadAsync(r.output);
    const parts = (z: JSZip) => Object.keys(z.files).filter((n) => !z.files[n].dir).sort();
    expect(parts(b)).toEqual(parts(a));
    for (const name of Object.keys(a.files)) {
      if (name === 'word/document.xml' || a.files[name].dir) continue;
      expect(sha(await b.file(name)!.async('uint8array')), name).toBe(sha(await a.file(name)!.async('uint8array')));
    }
  });

  it('puts 4(b) back with its sibling\'s paragraph properties and numbering, its mark a tracked insertion', async () => {
    const bytes = await toDocx(reletter(without(canonical(), '4(b)')), style);
    const r = await fix(bytes, { filePath: 'ex31.docx', date: DATE });
    const xml = await documentXml(r.output);
    const inserted = /<w:p><w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr><w:ins [^>]*>(.*?)<\/w:ins><\/w:p>/s.exec(xml)!;
    expect(inserted[2]).toContain('Designed such internal control over financial reporting, or caused');
    const sibling = /<w:p>(?:(?!<\/w:p>).)*?Designed such disclosure controls/s.exec(xml)![0];
    const props = /<w:pPr>(.*?)<\/w:pPr>/s.exec(sibling)![1];
    expect(inserted[1]).toBe(`${props.replace(/<w:rPr>.*<\/w:rPr>/s, '')}<w:rPr><w:ins w:id="${/<w:rPr><w:ins w:id="(\d+)"/.exec(inserted[1])![1]}" w:author="soxlint" w:date="2026-11-30T12:00:00Z"/></w:rPr>`);
    if (style === 'auto') expect(props).toContain('<w:numPr>');
    if (style === 'typed') {
      expect(inserted[2]).toMatch(/<w:t xml:space="preserve">\(b\)<\/w:t><w:tab\/>/);
      // (c) and (d) get their letters back: only the letter is a change.
      expect(xml).toMatch(/\(<\/w:t><\/w:r><w:del [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">b<\/w:delText>/);
    }
  });

  it('leaves a reviewer\'s pending change to the reviewer', async () => {
    const bytes = await toDocx(edit(canonical(), '2', 'statement of a material fact or', 'statement of material fact or'), style);
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('word/document.xml')!.async('string')).replace('statement of material', 'statement of </w:t></w:r><w:del w:id="900" w:author="Reviewer" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>an important</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">material');
    zip.file('word/document.xml', xml);
    const r = await fix(await zip.generateAsync({ type: 'uint8array' }), { filePath: 'ex31.docx', date: DATE });
    expect(r.notFixed.map((f) => [f.ruleId, f.reason])).toContainEqual(['SOX004', 'the paragraph holds a tracked change not yet accepted or rejected']);
  });
});

describe('fix .docx', () => {
  it('fixes the Qualys-shaped fixture and leaves a compliant one unchanged', async () => {
    const { readFileSync } = await import('node:fs');
    const fixture = (n: string) => new Uint8Array(readFileSync(new URL(`./fixtures/docx/${n}`, import.meta.url)));
    const r = await fix(fixture('manual-numbers.docx'), { filePath: 'manual-numbers.docx', date: DATE });
    expect(r.fixed.map((f) => `${f.ruleId} ${f.paragraph}`)).toEqual(['SOX003 4', 'SOX002 4(b)']);
    const good = fixture('auto-numbered.docx');
    const same = await fix(good, { filePath: 'auto-numbered.docx' });
    expect(same.changed).toBe(false);
    expect(same.output).toBe(good);
  });
});
