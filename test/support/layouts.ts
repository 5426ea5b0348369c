// Renders certifications the ways filers write them: plain text (labels, wrapping, quotes, blank
// lines, non-breaking spaces, page breaks with footers), EDGAR HTML (<p>, label tables, <br>, list
// markup, <font> in Windows-1252) and Word .docx (typed labels, automatic numbering).
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import type { Para } from './certs.js';
import { pick, type Rng } from './mutations.js';

export type Format = 'text' | 'html' | 'docx';

/** One certification to render: its paragraphs and signature lines. */
export interface CertToRender {
  heading: string;
  paras: Para[];
  signature: string[];
}

/** Which formatting a layout varies; the rest stays plain. */
export interface Emphasis {
  labels?: boolean;
  wrapping?: boolean;
  quotes?: boolean;
  blankLines?: boolean;
  nbsp?: boolean;
  pageBreaks?: boolean;
  /** Text only: a number label split over two lines ("1" then "."), as text renderings of EDGAR tables give. */
  splitLabels?: boolean;
}

export interface Rendered {
  layout: string;
  bytes: Uint8Array;
}

const NUMBER: ((n: string) => string)[] = [(n) => `${n}.`, (n) => `(${n})`, (n) => `${n})`, (n) => `${n}.\t`, () => ''];
const LETTER: ((l: string) => string)[] = [(l) => `(${l})`, (l) => `${l}.`, (l) => `${l})`, (l) => `(${l}).`];
const FURNITURE = [['Page 2 of 3'], ['- 2 -'], ['<PAGE>'], ['2'], ['-2-', '', 'Acme Corp. Exhibit 31.1']];
const APOSTROPHES = ["'", '\u2019', '`', '\u2018'];

/** The label a paragraph carries ("4." is number 4, "(b)" letter b, "" none). */
function labelParts(p: Para): { number?: string; letter?: string } {
  const m = /^\(?([a-z])\)?\.?$/.exec(p.label);
  if (m) return { letter: m[1] };
  const n = /^(\d+)\.$/.exec(p.label);
  return n ? { number: n[1] } : {};
}

function wrap(text: string, width: number, space: string): string[] {
  if (!width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + w.length + 1 > width) { lines.push(line); line = w; } else line = line ? line + space + w : w;
  }
  if (line) lines.push(line);
  return lines;
}

function renderText(r: Rng, certs: CertToRender[], e: Emphasis): Rendered {
  const numberStyle = e.labels ? Math.floor(r() * NUMBER.length) : 0;
  const letterStyle = e.labels ? Math.floor(r() * LETTER.length) : 0;
  const width = e.wrapping ? pick(r, [0, 40, 60, 72, 100, 150]) : 72;
  const apostrophe = e.quotes ? pick(r, APOSTROPHES) : '\u2019';
  const blank = e.blankLines ? pick(r, numberStyle === 4 ? [1, 2] : [0, 1, 2]) : 1;
  const space = e.nbsp ? pick(r, ['\u00a0', ' \u00a0', '\u2002']) : ' ';
  const crlf = e.blankLines ? r() < 0.3 : false;
  const breakAt = e.pageBreaks ? Math.floor(r() * 10) + 1 : -1;
  const furniture = pick(r, FURNITURE);
  const midParagraph = r() < 0.5;
  const out: string[] = [];
  for (const cert of certs) {
    out.push(cert.heading, '', 'CERTIFICATION', '');
    cert.paras.forEach((p, n) => {
      const { number, letter } = labelParts(p);
      const label = number ? NUMBER[numberStyle](number) : letter ? LETTER[letterStyle](letter) : '';
      const text = p.text.replace(/\u2019/g, apostrophe);
      const lines = e.splitLabels && number
        ? [number, '.', ...wrap(text, width, space)]
        : wrap(label ? `${label}${label.endsWith('\t') ? '' : ' '}${text}` : text, width, space);
      if (n === breakAt && midParagraph && lines.length > 1) lines.splice(1, 0, '', ...furniture, '');
      out.push(...lines);
      if (n === breakAt && !midParagraph) out.push('', ...furniture);
      for (let k = 0; k < blank; k++) out.push('');
      if (blank === 0 && n === cert.paras.length - 1) out.push('');
    });
    out.push(...cert.signature, '', '');
  }
  const layout = `text/n${e.splitLabels ? 'split' : numberStyle}l${letterStyle}/w${width}/b${blank}${crlf ? '/crlf' : ''}${breakAt >= 0 ? `/page-${midParagraph ? 'mid' : 'between'}` : ''}`;
  return { layout, bytes: new TextEncoder().encode(out.join(crlf ? '\r\n' : '\n')) };
}

const HTML_APOSTROPHES = ['&#8217;', '&rsquo;', '&#146;', '\u2019', "'"];

function escapeHtml(s: string, apostrophe: string, space: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\u2019/g, apostrophe).replace(/ /g, () => space);
}

/** Windows-1252 bytes of a text (the characters EDGAR HTML of the 2000s carries). */
function cp1252(s: string): Uint8Array {
  const map: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97, '\u00a0': 0xa0 };
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const b = c < 0x80 ? c : map[s[i]];
    if (b === undefined) throw new Error(`no Windows-1252 byte for U+${c.toString(16)}`);
    out[i] = b;
  }
  return out;
}

function renderHtml(r: Rng, certs: CertToRender[], e: Emphasis): Rendered {
  const shape = pick(r, ['p', 'table', 'br', 'ol', 'font1252'] as const);
  const apostrophe = shape === 'font1252' ? '\u2019' : e.quotes ? pick(r, HTML_APOSTROPHES) : '&#8217;';
  const space = e.nbsp ? pick(r, [' ', '&nbsp;', '&#160;']) : ' ';
  const breakAt = e.pageBreaks ? Math.floor(r() * 10) + 1 : -1;
  const esc = (s: string) => escapeHtml(s, apostrophe, r() < 0.2 ? space : ' ');
  const footer = `<p align="center"><font size="2">${pick(r, ['2', '- 2 -', 'Page 2 of 3'])}</font></p><hr style="page-break-after:always">` +
    (r() < 0.4 ? '<p align="right"><font size="1">Acme Corp. Exhibit 31.1</font></p>' : '');
  const body: string[] = [];
  for (const cert of certs) {
    body.push(`<p align="center"><b>${esc(cert.heading)}</b></p>`, '<p align="center"><b>CERTIFICATION</b></p>');
    const items = cert.paras.map((p) => ({ p, label: p.label, sub: p.label.startsWith('(') }));
    const brk = (n: number) => (n === breakAt ? footer : '');
    if (shape === 'br') {
      body.push(`<p>${items.map(({ p, label }, n) => `${label ? label + ' ' : ''}${esc(p.text)}<br><br>${brk(n)}`).join('\n')}</p>`);
    } else if (shape === 'ol') {
      const out: string[] = [];
      let open = false;
      items.forEach(({ p, sub }, n) => {
        if (p.id === 'intro') { out.push(`<p>${esc(p.text)}</p><ol>`); return; }
        if (sub && !open) { out.push('<ol type="a">'); open = true; }
        if (!sub && open) { out.push('</ol></li>'); open = false; }
        else if (!sub && n > 1) out.push('</li>');
        out.push(`<li>${esc(p.text)}${sub ? '</li>' : ''}`);
      });
      out.push(open ? '</ol></li></ol>' : '</li></ol>');
      body.push(out.join('\n'));
    } else if (shape === 'table') {
      items.forEach(({ p, label, sub }, n) => {
        body.push(label
          ? `<table width="100%"><tr valign="top">${sub ? '<td width="5%">&nbsp;</td>' : ''}<td width="5%">${label}</td><td>${esc(p.text)}</td></tr></table>${brk(n)}`
          : `<p>${esc(p.text)}</p>${brk(n)}`);
      });
    } else {
      const font = shape === 'font1252';
      items.forEach(({ p, label }, n) => body.push(`<p>${font ? '<font size="2" face="Times New Roman">' : ''}${label ? label + '&nbsp;&nbsp;' : ''}${esc(p.text)}${font ? '</font>' : ''}</p>${brk(n)}`));
    }
    body.push(`<p>${cert.signature.map(esc).join('<br>\n')}</p>`);
  }
  const charset = shape === 'font1252' ? 'windows-1252' : 'utf-8';
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>Exhibit 31</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
  return { layout: `html/${shape}${breakAt >= 0 ? '/page' : ''}`, bytes: shape === 'font1252' ? cp1252(html) : new TextEncoder().encode(html) };
}

const NUMBERING = {
  config: [{
    reference: 'cert',
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
      { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
    ],
  }],
};

/**
 * A real Word file made once by the `docx` package (styles, numbering definitions, settings);
 * each variant puts its own paragraphs into its document.xml, which is much faster than packing
 * a new document each time.
 */
interface DocxBase { zip: JSZip; head: string; tail: string; numPr: string }
let base: Promise<DocxBase> | null = null;

function docxBase(): Promise<DocxBase> {
  return (base ??= (async () => {
    const doc = new Document({ creator: 'soxlint variants', numbering: NUMBERING, sections: [{ children: [new Paragraph({ children: [new TextRun('X')], numbering: { reference: 'cert', level: 0 } })] }] });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    const body = xml.indexOf('<w:body>') + '<w:body>'.length;
    const sect = xml.indexOf('<w:sectPr');
    const numPr = /<w:numPr>.*?<\/w:numPr>/.exec(xml)![0];
    return { zip, head: xml.slice(0, body), tail: xml.slice(sect), numPr };
  })());
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

async function renderDocx(r: Rng, certs: CertToRender[], e: Emphasis): Promise<Rendered> {
  const b = await docxBase();
  const auto = r() < 0.5;
  const apostrophe = e.quotes ? pick(r, ["'", '\u2019']) : '\u2019';
  const breakAt = e.pageBreaks ? Math.floor(r() * 10) + 1 : -1;
  const out: string[] = [];
  const plain = (text: string) => `<w:p>${run(text)}</w:p>`;
  certs.forEach((cert, c) => {
    if (c > 0) out.push(PAGE_BREAK);
    out.push(plain(cert.heading), plain('CERTIFICATION'));
    cert.paras.forEach((p, n) => {
      const text = p.text.replace(/\u2019/g, apostrophe);
      const level = p.label.startsWith('(') ? 1 : 0;
      if (!p.label) out.push(plain(text));
      else if (auto) out.push(`<w:p><w:pPr>${b.numPr.replace(/<w:ilvl w:val="\d+"\/>/, `<w:ilvl w:val="${level}"/>`)}</w:pPr>${run(text)}</w:p>`);
      else out.push(`<w:p>${run(p.label)}<w:r><w:tab/><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`);
      if (n === breakAt) out.push(PAGE_BREAK);
    });
    out.push(plain(''), ...cert.signature.map(plain));
  });
  b.zip.file('word/document.xml', b.head + out.join('') + b.tail);
  const bytes = await b.zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { layout: `docx/${auto ? 'auto-numbered' : 'typed-labels'}${breakAt >= 0 ? '/page' : ''}`, bytes };
}

export async function render(format: Format, r: Rng, certs: CertToRender[], e: Emphasis): Promise<Rendered> {
  if (format === 'docx') return renderDocx(r, certs, e);
  return format === 'html' ? renderHtml(r, certs, e) : renderText(r, certs, e);
}
