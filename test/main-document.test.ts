// The main document's cover reader (core/extract/main-document.ts) reads HTML with the same walk,
// element lists and hiding rules as the certification reader (extract/html.ts): both see the same
// text. It takes bytes in chunks and holds a bounded cover page; the financial statements finder
// finds its strings across chunk boundaries.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/core/extract/html.js';
import { COVER_CHARS, MainDocumentReader } from '../src/core/extract/main-document.js';
import { FinancialStatementsFinder } from '../src/core/extract/statements.js';
import { readMainDocument } from '../src/core/filing/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);

/** Feeds `html` to a reader in chunks of `size` bytes. */
function read(html: string, size: number, options = { signatures: true }) {
  const reader = new MainDocumentReader(options);
  const all = bytes(html);
  for (let i = 0; i < all.length; i += size) reader.write(all, i, Math.min(all.length, i + size));
  return reader.done();
}

const COVER = `<html><head><title>acme-10k</title><style>.gone { display: none }</style></head><body>
<div style="display:none"><ix:header><ix:hidden>
<ix:nonNumeric name="dei:DocumentType" contextRef="c">10-K</ix:nonNumeric>
<ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c">Acme  Corp.</ix:nonNumeric>
</ix:hidden></ix:header></div>
<p style="text-align:center"><b>UNITED STATES</b><br>SECURITIES AND EXCHANGE COMMISSION</p>
<table><tbody><tr><td>FORM</td><td>10-K</td></tr><tr><td>&#9746;</td><td>ANNUAL REPORT</td></tr></tbody></table>
<p>For the fiscal year ended <span class="gone">June 30, 2024</span>December 31, 2025</p>
<p><span style="color:white">Form 10-Q</span><del>QUARTERLY REPORT</del></p>
<form><p>ACME CORP.</p></form>
<p>(Exact name of registrant as specified in its charter)</p>
<pre>line one
line two</pre>
</body></html>`;

describe('the cover reader and the certification reader see the same text', () => {
  it('blocks, cells, <br>, <pre>, hidden and struck text alike, whatever the chunk size', () => {
    const expected = extractHtml(COVER).text;
    for (const size of [1, 7, 64, 4096]) expect(read(COVER, size).text, `chunk ${size}`).toBe(expected);
    // What styles hide or strike is in neither.
    expect(expected).not.toMatch(/June 30, 2024|Form 10-Q|QUARTERLY|acme-10k|DocumentType/);
    expect(expected).toContain('For the fiscal year ended December 31, 2025');
  });

  it('reads the inline XBRL cover facts from the hidden header, and the cover from the visible text', () => {
    const main = readMainDocument(read(COVER, 333));
    expect(main.dei).toEqual({ DocumentType: '10-K', EntityRegistrantName: 'Acme Corp.' });
    expect(main).toMatchObject({ period: 'December 31, 2025', registrant: 'Acme Corp.', form: { base: '10-K', amended: false } });
  });

  it('holds a bounded cover page of a large document, and keeps the date under its last SIGNATURES', () => {
    const para = `<p>${'Widgets sold well in every region. '.repeat(20)}</p>\n`;
    const html = `<html><body><p>FORM 10-K</p>${para.repeat(2000)}<p>TABLE OF CONTENTS SIGNATURES 1</p>${para.repeat(2000)}`
      + `<p>SIGNATURES</p><p>Date: February 27, 2026</p>${para.repeat(10)}</body></html>`;
    const reader = new MainDocumentReader({ signatures: true });
    const all = bytes(html);
    let most = 0;
    for (let i = 0; i < all.length; i += 65536) { reader.write(all, i, Math.min(all.length, i + 65536)); most = Math.max(most, reader.held); }
    const read = reader.done();
    expect(all.length).toBeGreaterThan(2_500_000);
    expect(read.text.length).toBe(COVER_CHARS);
    expect(most).toBeLessThan(COVER_CHARS + 300_000 + 65536);
    expect(readMainDocument(read).signed).toBe('February 27, 2026');
  });
});

describe('FinancialStatementsFinder', () => {
  it('finds a fact cut across two chunks at any point, and both headings in different chunks', () => {
    const text = bytes('<ix:nonFraction name="us-gaap:Assets" contextRef="c">1</ix:nonFraction>');
    const at = 22;
    for (let cut = at; cut <= at + 'us-gaap:Assets'.length; cut++) {
      const finder = new FinancialStatementsFinder();
      finder.write(text, 0, cut);
      finder.write(text, cut, text.length);
      expect(finder.found, `cut at ${cut}`).toBe(true);
    }
    const headings = new FinancialStatementsFinder();
    headings.write(bytes('CONSOLIDATED BALANCE SHEETS ... '));
    expect(headings.found).toBe(false);
    headings.write(bytes(' ... STATEMENTS OF CASH FLOWS'));
    expect(headings.found).toBe(true);
  });

  it('finds nothing in prose without them', () => {
    const finder = new FinancialStatementsFinder();
    finder.write(bytes('Assets of the us-gaap taxonomy; a balance sheet in lower case; CASH FLOWS alone.'));
    expect(finder.found).toBe(false);
  });
});
