// Reading files as filers make them: encodings, line endings, EDGAR HTML shapes. Each compliant
// input must give no finding; a defect must be reported at the right place in the source.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/extract/index.js';
import { extractHtml } from '../src/core/extract/html.js';
import { lintExtracted } from '../src/core/lint.js';
import { brief, canonical, edit, plain, render, slice, toText } from './support/certs.js';

const text = render(canonical(), 'text');
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => (c === '\u2019' ? 0x92 : c === '\u201c' ? 0x93 : c === '\u201d' ? 0x94 : c.charCodeAt(0))));

async function lintBytes(bytes: Uint8Array, name: string) {
  return lintExtracted(await extract(bytes, name), name);
}

describe('text encodings and line endings', () => {
  it('Windows-1252 (curly apostrophes as 0x92)', async () => {
    const bytes = cp1252(text);
    expect(bytes.includes(0x92)).toBe(true);
    const r = await lintBytes(bytes, 'a.txt');
    expect(brief(r)).toEqual([]);
    expect(r.certifications).toHaveLength(1);
  });

  it('Windows-1252 with a defect: the position is in the decoded file', async () => {
    const src = render(edit(canonical(), '4', 'The registrant\u2019s other', 'The Company\u2019s other'), 'text');
    const ext = await extract(cp1252(src), 'a.txt');
    const r = lintExtracted(ext, 'a.txt');
    expect(brief(r)).toEqual(['SOX006 4']);
    expect(slice(ext.source, r.messages[0])).toBe('Company\u2019s');
  });

  it('UTF-8 with a byte order mark, and UTF-16 (LE and BE) with one', async () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(brief(await lintBytes(utf8, 'a.txt'))).toEqual([]);
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff; le[1] = 0xfe;
    const be = new Uint8Array(2 + text.length * 2);
    be[0] = 0xfe; be[1] = 0xff;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + 2 * i] = c & 0xff; le[3 + 2 * i] = c >> 8;
      be[2 + 2 * i] = c >> 8; be[3 + 2 * i] = c & 0xff;
    }
    expect(brief(await lintBytes(le, 'a.txt'))).toEqual([]);
    expect(brief(await lintBytes(be, 'a.txt'))).toEqual([]);
  });

  it('CRLF line endings: a finding\'s line and column count lines as an editor does', async () => {
    const src = render(edit(canonical(), '2', 'any untrue statement', 'any untrue or misleading statement'), 'text').replace(/\n/g, '\r\n');
    const r = await lintBytes(new TextEncoder().encode(src), 'a.txt');
    expect(brief(r)).toEqual(['SOX004 2']);
    const m = r.messages[0];
    const lines = src.split('\r\n');
    expect(lines[m.line - 1].slice(m.column - 1)).toMatch(/^or/);
    expect(lines[m.endLine - 1].slice(0, m.endColumn - 1)).toMatch(/misleading$/);
    expect(plain(slice(src, m))).toBe('or misleading');
  });

  it('hard-wrapped at 40 columns', () => {
    const narrow = toText(canonical()).split('\n').flatMap((l) => (l.length > 40 ? [l.slice(0, l.lastIndexOf(' ', 40)), l.slice(l.lastIndexOf(' ', 40) + 1)] : [l])).join('\n');
    expect(brief(lintExtracted(extractHtml(`<pre>${narrow}</pre>`), 'a.htm'))).toEqual([]);
  });
});

describe('EDGAR HTML shapes', () => {
  const paras = canonical();
  const body = (html: string) => `<DOCUMENT>\n<TYPE>EX-31.1\n<SEQUENCE>3\n<FILENAME>ex31.htm\n<DESCRIPTION>CERTIFICATION\n<TEXT>\n<html><body>${html}</body></html>\n</TEXT>\n</DOCUMENT>\n`;
  const sig = '<p>Date: February 27, 2026</p><p>/s/ Jane Q. Doe<br>Jane Q. Doe<br>Chief Executive Officer</p>';

  it('<div> paragraphs, lines broken with <br>, words split by <font>/<b> tags, &nbsp; and &#146;', () => {
    const html = paras.map((p) => {
      const words = p.text.replace(/\u2019/g, '&#146;').split(' ');
      // A <br> every 9 words (as filing agents' line breaks), and one word split by tags.
      const lines = words.map((w, i) => (i > 0 && i % 9 === 0 ? `<br>\n${w}` : w)).join(' ').replace('knowledge', 'know<font size="2">ledge</font>').replace(/ (of) /, '&nbsp;$1&nbsp;');
      return `<div style="margin-top:6pt">${p.label ? `${p.label}&nbsp;&nbsp;` : ''}<font style="font-family:Times">${lines}</font></div>`;
    }).join('\n');
    const r = lintExtracted(extractHtml(body(html + sig)), 'ex31.htm');
    expect(brief(r)).toEqual([]);
    expect(r.certifications.map((c) => c.officer)).toEqual(['Jane Q. Doe']);
  });

  it('a page break and page number inside a paragraph are not wording', () => {
    const html = paras.map((p) => `<p>${p.label} ${p.id === '4(c)'
      ? p.text.replace('presented in this report', 'presented in this<hr style="page-break-after:always"><p style="text-align:center">2</p><p>report')
      : p.text}</p>`).join('\n');
    expect(brief(lintExtracted(extractHtml(body(html + sig)), 'ex31.htm'))).toEqual([]);
  });

  it('the EDGAR header values are not text; the type is kept', () => {
    const ext = extractHtml(body('<p>x</p>'));
    expect(ext.documentType).toBe('EX-31.1');
    expect(ext.text).not.toMatch(/EX-31|ex31\.htm|CERTIFICATION|\b3\b/);
  });

  it('a repeated phrase is reported where it stands, not at its first occurrence', () => {
    // "this report" stands twice in paragraph 2; the second is altered.
    const altered = edit(paras, '2', 'covered by this report;', 'covered by this annual report;');
    const src = render(altered, 'html');
    const r = lintExtracted(extractHtml(src), 'a.htm');
    expect(brief(r)).toEqual(['SOX005 2']);
    const m = r.messages[0];
    expect(plain(slice(src, m))).toBe('annual report;');
    const before = src.split('\n')[m.line - 1].slice(0, m.column - 1);
    expect(before.endsWith('with respect to the period covered by this ')).toBe(true);
  });

  it('script, style and the head hold no text', () => {
    const html = `<html><head><title>I, Nobody, certify that:</title><style>p{x:1}</style></head><body><script>var s="I have reviewed this";</script><p>Nothing here.</p></body></html>`;
    const r = lintExtracted(extractHtml(html), 'a.htm');
    expect(brief(r)).toEqual(['SOX001 -']);
  });
});

describe('odd but real inputs', () => {
  it('old Mac line endings (CR only): lines are counted as an editor counts them', async () => {
    const src = render(edit(canonical(), '2', 'any untrue statement', 'any untrue or misleading statement'), 'text').replace(/\n/g, '\r');
    const r = await lintBytes(new TextEncoder().encode(src), 'a.txt');
    expect(brief(r)).toEqual(['SOX004 2']);
    const lines = src.split('\r');
    expect(lines[r.messages[0].line - 1].slice(r.messages[0].column - 1)).toMatch(/^or/);
  });

  it('an EDGAR header tag closed on the same line', () => {
    const html = `<TYPE>EX-31.1</TYPE>${render(canonical(), 'html').replace(/\n/g, '')}`;
    const ext = extractHtml(html);
    expect(ext.documentType).toBe('EX-31.1');
    expect(brief(lintExtracted(ext, 'a.htm'))).toEqual([]);
  });

  it('HTML nested thousands deep is refused at once, not parsed for minutes', () => {
    const deep = '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000);
    expect(() => extractHtml(deep)).toThrow('HTML nested more than 2000 elements deep');
  });

  it('2002 wording that wraps across lines is still the 2002 form', () => {
    const src = render(edit(canonical(), '4', 'Rules 13a-15(e) and 15d-15(e))', 'Rules 13a-14 and\n      15d-14)'), 'text');
    const r = lintExtracted(extractHtml(`<pre>${src}</pre>`), 'a.htm');
    expect(brief(r)).toEqual(['SOX008 4']);
  });
});
