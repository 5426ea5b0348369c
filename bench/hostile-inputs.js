// Hostile inputs, generated (nothing large is committed): shared by the tests (small sizes, to check
// the message and the exit code) and bench/hostile.mjs (full sizes, to measure time and memory).
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx whose body is `body` (WordprocessingML), deflated. */
export async function docxWithBody(body) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** One paragraph of `n` one-letter runs. */
export const docxRuns = (n) => docxWithBody(`<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(n)}</w:p>`);
/** `n` empty paragraphs. */
export const docxEmptyParagraphs = (n) => docxWithBody('<w:p/>'.repeat(n));
/** One paragraph of `chars` characters. */
export const docxLongParagraph = (chars) => docxWithBody(`<w:p><w:r><w:t>${'a'.repeat(chars)}</w:t></w:r></w:p>`);
/** Paragraphs given as text, one run each. */
export const docxParagraphs = (paras) => docxWithBody(paras.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join(''));

/** `bytes` of a short string repeated (the text and HTML shapes of issue 8 #3). */
export function repeated(unit, bytes) {
  return Buffer.from(unit.repeat(Math.max(1, Math.floor(bytes / unit.length))), 'latin1');
}

const HEADER = (extra = '') => `<SEC-DOCUMENT>0000000000-26-000001.txt : 20260227\n<SEC-HEADER>0000000000-26-000001.hdr.sgml : 20260227\nCONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20251231\nFILED AS OF DATE:\t\t20260227\n${extra}COMPANY CONFORMED NAME:\t\t\tACME CORP\n</SEC-HEADER>\n`;
const doc = (type, n, text) => `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${n}\n<FILENAME>d${n}.txt\n<TEXT>\n${text}\n</TEXT>\n</DOCUMENT>\n`;

/** A complete submission of about `bytes` of tiny documents (issue 8 #7: a `</TEXT>` search per chunk). */
export function submissionTinyDocuments(bytes) {
  const parts = [HEADER()];
  let size = parts[0].length;
  for (let i = 1; size < bytes; i++) { const d = doc('EX-99', i, 'x'); parts.push(d); size += d.length; }
  return Buffer.from(parts.join('') + '</SEC-DOCUMENT>\n', 'latin1');
}

/** A submission whose header names `n` filers (issue 8 #7: a list searched per line). */
export function submissionManyFilers(n) {
  let extra = '';
  for (let i = 0; i < n; i++) extra += `COMPANY CONFORMED NAME:\t\t\tFILER ${i}\n`;
  return Buffer.from(HEADER(extra) + doc('10-K', 1, '<html><body><p>Annual report</p></body></html>') + '</SEC-DOCUMENT>\n', 'latin1');
}

/** A submission of about `bytes` of copies of `exhibit` (a certification's text) as EX-31 documents (issue 8 #8). */
export function submissionExhibits(bytes, exhibit) {
  const parts = [HEADER()];
  let size = parts[0].length;
  for (let i = 1; size < bytes; i++) { const d = doc(`EX-31.${i}`, i, exhibit); parts.push(d); size += d.length; }
  return Buffer.from(parts.join('') + '</SEC-DOCUMENT>\n', 'latin1');
}

/** A 10-K/A of about `bytes` of main document prose and no financial statements: the whole of it is searched for them. */
export function submissionAmendedReport(bytes) {
  const para = `<p style="font-size:10pt">${'Revenue increased because widgets sold well in every Region we serve. '.repeat(14)}</p>\n`;
  const body = para.repeat(Math.max(1, Math.floor(bytes / para.length)));
  return Buffer.from(HEADER().replace('10-K\n', '10-K/A\n') + doc('10-K/A', 1, `<html><body>${body}</body></html>`) + '</SEC-DOCUMENT>\n', 'latin1');
}

/** A submission whose main document is `bytes` of unclosed <div> (issue 8 #9). */
export function submissionUnclosedDiv(bytes) {
  return Buffer.from(HEADER() + doc('10-K', 1, '<html><body>' + '<div>'.repeat(Math.floor(bytes / 5))) + '</SEC-DOCUMENT>\n', 'latin1');
}
