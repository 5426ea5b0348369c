// Generates the whole-filing fixtures of test/submission.test.ts and test/filing.test.ts:
//   node scripts/make-edgar-fixtures.mjs
// The files are committed; rerun this only to change them (the tests assert exact lines).
//
//   test/fixtures/edgar/acme-10k-2025.txt   an EDGAR complete submission text file: SEC header (10-K,
//       period 20251231, filed 20260227, ACME CORP), then
//       1 10-K       acme-20251231.htm        main document, HTML, cover "FORM 10-K ... For the fiscal year
//                                             ended December 31, 2025 ... ACME CORP.", balance sheet, signatures
//       2 EX-31.1    acme-20251231xex311.htm  CEO, compliant (HTML)
//       3 EX-31.2    acme-20251231xex312.txt  CFO, plain text with a <PAGE> break; paragraph 1 names
//                                             "Quarterly Report on Form 10-Q for the quarterly period ended
//                                             September 30, 2025" (the PLI case: SOX018 twice)
//       4 EX-32.1    acme-20251231xex321.htm  Section 906, joint, signed and dated (HTML)
//       5 GRAPHIC    acme-logo.jpg            uuencoded junk (with lines that look like tags)
//       6 EX-101.INS acme-20251231_htm.xml    XBRL instance
//
//   test/fixtures/filing-10k/   one 10-K as prepared for EDGAR, a defect for each filing rule:
//       acme-10k.htm   main document (as above; signatures dated February 27, 2026)
//       ex31-1.htm     CEO; paragraph 1 names the fiscal year ended December 31, 2024 (SOX018);
//                      dated March 2, 2026, after the report's signatures (SOX021)
//       ex31-2.htm     signed by the Chief Accounting Officer, so no certification by the principal
//                      financial officer (SOX017); registrant "Acme Holdings, Inc." (SOX019); dated
//                      January 5, 2026, 53 days before (SOX021)
//       ex32.htm       Section 906, joint, compliant
//   test/fixtures/filing-10q/   a 10-Q with one certification by an officer holding both offices
//       ("Chief Executive Officer and Chief Financial Officer": no SOX017) and no Exhibit 32 (SOX020):
//       widgetco-10q.htm, ex31.htm
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---- The Section 302 wording, word for word from templates/601b31i.tpl ----
function paragraphs() {
  const tpl = readFileSync(join(root, 'templates/601b31i.tpl'), 'utf8');
  const out = [];
  for (const section of tpl.split(/^## /m).slice(1)) {
    const [head, ...body] = section.split('\n');
    const id = head.split(' ')[0];
    if (id === 'signature') continue;
    const text = body.filter((l) => l.trim() !== '' && !l.startsWith('#')).join(' ').replace(/\{\{\/?part[^}]*\}\}/g, '').replace(/\s+/g, ' ').trim();
    out.push({ id, text });
  }
  return out;
}
const PARAS = paragraphs();

function fill(text, c) {
  return text.replace('{{officer}}', c.officer).replace('{{report}}', c.report).replace('{{registrant}}', c.registrant);
}

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** EDGAR-style HTML: labels in their own cells, &#8217; for apostrophes. */
function cert302Html(c) {
  const rows = [];
  rows.push(`<p style="text-align:right"><b>${c.exhibit}</b></p>`);
  rows.push(`<p style="text-align:center"><b>${c.heading}</b></p>`);
  rows.push(`<p style="text-align:center"><b>PURSUANT TO RULE 13a-14(a) OR 15d-14(a) OF THE SECURITIES EXCHANGE ACT OF 1934</b></p>`);
  for (const p of PARAS) {
    const text = esc(fill(p.text, c)).replace(/'/g, '&#8217;');
    if (p.id === 'intro') { rows.push(`<p>${text}</p>`); continue; }
    const sub = /\(([a-z])\)$/.exec(p.id);
    rows.push(sub
      ? `<table width="100%"><tr valign="top"><td width="5%">&nbsp;</td><td width="5%">(${sub[1]})</td><td>${text}</td></tr></table>`
      : `<table width="100%"><tr valign="top"><td width="5%">${p.id}.</td><td>${text}</td></tr></table>`);
  }
  rows.push(`<p>Date: ${c.date}</p>`);
  rows.push(`<p>/s/ ${c.signer}<br>${[c.signer, ...c.titles].join('<br>\n')}</p>`);
  return `<html>\n<head><title>${c.exhibit}</title></head>\n<body style="font-family:'Times New Roman';font-size:10pt">\n${rows.join('\n')}\n</body>\n</html>\n`;
}

function wrap(text, width, indent) {
  const lines = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && (line + ' ' + w).length > width) { lines.push(line); line = indent + w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** Plain text, hard-wrapped, with an old filing's <PAGE> break before paragraph 5. */
function cert302Text(c) {
  const out = [`${' '.repeat(60)}${c.exhibit}`, '', `${' '.repeat(20)}${c.heading}`, ''];
  for (const p of PARAS) {
    const text = fill(p.text, c);
    if (p.id === '5') out.push('<PAGE>', '');
    if (p.id === 'intro') { out.push(...wrap(text, 76, ''), ''); continue; }
    const sub = /\(([a-z])\)$/.exec(p.id);
    const label = sub ? `      (${sub[1]})  ` : `${p.id}.    `;
    out.push(...wrap(label + text, 76, sub ? '            ' : '      '), '');
  }
  out.push(`Date: ${c.date}`, '', `/s/ ${c.signer}`, '-'.repeat(30), c.signer, ...c.titles, '');
  return out.join('\n');
}

/** A joint Section 906 certification. */
function cert906Html(c) {
  return `<html>
<head><title>${c.exhibit}</title></head>
<body style="font-family:'Times New Roman';font-size:10pt">
<p style="text-align:right"><b>${c.exhibit}</b></p>
<p style="text-align:center"><b>CERTIFICATION PURSUANT TO 18 U.S.C. SECTION 1350,<br>AS ADOPTED PURSUANT TO SECTION 906 OF THE SARBANES-OXLEY ACT OF 2002</b></p>
<p>In connection with the ${c.report} of ${c.registrant} (the &#8220;Company&#8221;), as filed with the Securities and Exchange Commission on the date hereof (the &#8220;Report&#8221;), each of the undersigned, ${c.officers.map((o) => `${o.name}, ${o.title} of the Company`).join(', and ')}, certifies, pursuant to 18 U.S.C. Section 1350, as adopted pursuant to Section 906 of the Sarbanes-Oxley Act of 2002, that, to his or her knowledge:</p>
<p>(1) The Report fully complies with the requirements of section 13(a) or 15(d) of the Securities Exchange Act of 1934; and</p>
<p>(2) The information contained in the Report fairly presents, in all material respects, the financial condition and results of operations of the Company.</p>
${c.officers.map((o) => `<p>Date: ${c.date}</p>\n<p>/s/ ${o.name}<br>${o.name}<br>${o.title}</p>`).join('\n')}
</body>
</html>
`;
}

/** A main document: cover page, a few items, the financial statements' headings, signatures. */
function mainHtml(m) {
  const filler = [];
  for (let i = 1; i <= 12; i++) {
    filler.push(`<p>Item ${i}. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ${m.name} sells widgets.</p>`);
  }
  return `<html>
<head><title>${m.name} ${m.form}</title></head>
<body>
<p style="text-align:center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>Washington, D.C. 20549</p>
<p style="text-align:center"><b>FORM ${m.form}</b></p>
<p>(Mark One)</p>
<p>&#9746; ${m.kind} REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p style="text-align:center">${m.periodLine}</p>
<p style="text-align:center">OR</p>
<p>&#9744; TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p>For the transition period from ________ to ________</p>
<p style="text-align:center">Commission File Number 001-12345</p>
<p style="text-align:center"><b>${m.coverName}</b><br>(Exact name of registrant as specified in its charter)</p>
<table><tr><td>Delaware</td><td>12-3456789</td></tr></table>
<p>TABLE OF CONTENTS: Part I ... Part II ... Signatures</p>
${filler.join('\n')}
<p style="text-align:center"><b>CONSOLIDATED BALANCE SHEETS</b></p>
<table><tr><td>Total assets</td><td>$ 1,234</td></tr></table>
<p style="text-align:center"><b>CONSOLIDATED STATEMENTS OF CASH FLOWS</b></p>
<table><tr><td>Net cash provided by operating activities</td><td>$ 567</td></tr></table>
<p style="text-align:center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.</p>
<p>${m.coverName}</p>
<p>Date: ${m.signed}&nbsp;&nbsp;&nbsp;By: /s/ ${m.ceo}</p>
</body>
</html>
`;
}

function uuJunk(lines) {
  const out = ['begin 644 acme-logo.jpg'];
  let seed = 7;
  const chars = '!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`';
  for (let i = 0; i < lines; i++) {
    let s = 'M';
    for (let k = 0; k < 60; k++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; s += chars[seed % chars.length]; }
    out.push(s);
  }
  // Lines that look like tags but are data: a reader must not take them for the document's end.
  out.push('M<DOCUMENT><TYPE>EX-31.9 not a document', 'M</TEXT> still data', '`', 'end');
  return out.join('\n') + '\n';
}

// ---- The submission ----
const ACME = { registrant: 'Acme Corp.', report: 'Annual Report on Form 10-K for the fiscal year ended December 31, 2025' };
const CEO = { signer: 'Jane Q. Doe', officer: 'Jane Q. Doe', titles: ['Chief Executive Officer', '(Principal Executive Officer)'] };
const CFO = { signer: 'John R. Roe', officer: 'John R. Roe', titles: ['Chief Financial Officer', '(Principal Financial Officer)'] };

const main10k = mainHtml({ name: 'Acme Corp.', coverName: 'ACME CORP.', form: '10-K', kind: 'ANNUAL', periodLine: 'For the fiscal year ended December 31, 2025', signed: 'February 27, 2026', ceo: 'Jane Q. Doe' });
const ex311 = cert302Html({ ...ACME, ...CEO, exhibit: 'Exhibit 31.1', heading: 'CERTIFICATION OF CHIEF EXECUTIVE OFFICER', date: 'February 27, 2026' });
const ex312 = cert302Text({
  ...CFO, registrant: 'Acme Corp.', exhibit: 'Exhibit 31.2', heading: 'CERTIFICATION OF CHIEF FINANCIAL OFFICER', date: 'February 27, 2026',
  report: 'Quarterly Report on Form 10-Q for the quarterly period ended September 30, 2025',
});
const ex321 = cert906Html({
  exhibit: 'Exhibit 32.1', report: 'Annual Report on Form 10-K for the fiscal year ended December 31, 2025', registrant: 'Acme Corp.', date: 'February 27, 2026',
  officers: [{ name: 'Jane Q. Doe', title: 'Chief Executive Officer' }, { name: 'John R. Roe', title: 'Chief Financial Officer' }],
});
const xbrl = `<?xml version="1.0" encoding="utf-8"?>
<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:us-gaap="http://fasb.org/us-gaap/2025">
<us-gaap:Assets contextRef="c-1" unitRef="usd" decimals="-6">1234000000</us-gaap:Assets>
</xbrl>
`;

function document(type, seq, filename, description, text) {
  return `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${seq}\n<FILENAME>${filename}\n<DESCRIPTION>${description}\n<TEXT>\n${text}</TEXT>\n</DOCUMENT>\n`;
}

const header = `<SEC-DOCUMENT>0000999999-26-000012.txt : 20260227
<SEC-HEADER>0000999999-26-000012.hdr.sgml : 20260227
<ACCEPTANCE-DATETIME>20260227161502
ACCESSION NUMBER:\t\t0000999999-26-000012
CONFORMED SUBMISSION TYPE:\t10-K
PUBLIC DOCUMENT COUNT:\t\t6
CONFORMED PERIOD OF REPORT:\t20251231
FILED AS OF DATE:\t\t20260227
DATE AS OF CHANGE:\t\t20260227

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP
\t\tCENTRAL INDEX KEY:\t\t\t0000999999
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tWIDGETS [9999]
\t\tSTATE OF INCORPORATION:\t\t\tDE
\t\tFISCAL YEAR END:\t\t\t1231

\tFILING VALUES:
\t\tFORM TYPE:\t\t10-K
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t001-12345
</SEC-HEADER>
`;

export function submission(parts = {}) {
  return header +
    document('10-K', 1, 'acme-20251231.htm', '10-K', parts.main ?? main10k) +
    document('EX-31.1', 2, 'acme-20251231xex311.htm', 'CERTIFICATION OF CHIEF EXECUTIVE OFFICER', ex311) +
    document('EX-31.2', 3, 'acme-20251231xex312.txt', 'CERTIFICATION OF CHIEF FINANCIAL OFFICER', ex312) +
    document('EX-32.1', 4, 'acme-20251231xex321.htm', 'SECTION 906 CERTIFICATION', ex321) +
    document('GRAPHIC', 5, 'acme-logo.jpg', 'GRAPHIC', parts.graphic ?? uuJunk(40)) +
    document('EX-101.INS', 6, 'acme-20251231_htm.xml', 'XBRL INSTANCE DOCUMENT', xbrl) +
    '</SEC-DOCUMENT>\n';
}

// ---- The folders ----
const folder10k = {
  'acme-10k.htm': main10k,
  'ex31-1.htm': cert302Html({
    ...CEO, registrant: 'Acme Corp.', exhibit: 'Exhibit 31.1', heading: 'CERTIFICATION OF CHIEF EXECUTIVE OFFICER', date: 'March 2, 2026',
    report: 'Annual Report on Form 10-K for the fiscal year ended December 31, 2024',
  }),
  'ex31-2.htm': cert302Html({
    signer: 'Mary K. Poe', officer: 'Mary K. Poe', titles: ['Vice President and Chief Accounting Officer', '(Principal Accounting Officer)'],
    registrant: 'Acme Holdings, Inc.', exhibit: 'Exhibit 31.2', heading: 'CERTIFICATION', date: 'January 5, 2026', report: ACME.report,
  }),
  'ex32.htm': ex321.replace('Exhibit 32.1', 'Exhibit 32'),
};

const folder10q = {
  'widgetco-10q.htm': mainHtml({
    name: 'WidgetCo, Inc.', coverName: 'WIDGETCO, INC.', form: '10-Q', kind: 'QUARTERLY', periodLine: 'For the quarterly period ended September 30, 2025',
    signed: 'November 5, 2025', ceo: 'Robert M. Smith',
  }).replace('CONSOLIDATED BALANCE SHEETS', 'CONDENSED CONSOLIDATED BALANCE SHEETS'),
  'ex31.htm': cert302Html({
    signer: 'Robert M. Smith', officer: 'Robert M. Smith', titles: ['Chief Executive Officer and Chief Financial Officer', '(Principal Executive Officer and Principal Financial Officer)'],
    registrant: 'WidgetCo, Inc.', exhibit: 'Exhibit 31', heading: 'CERTIFICATION', date: 'November 5, 2025',
    report: 'Quarterly Report on Form 10-Q for the quarterly period ended September 30, 2025',
  }),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const edgar = join(root, 'test/fixtures/edgar');
  mkdirSync(edgar, { recursive: true });
  writeFileSync(join(edgar, 'acme-10k-2025.txt'), submission());
  for (const [dir, files] of [['filing-10k', folder10k], ['filing-10q', folder10q]]) {
    mkdirSync(join(root, 'test/fixtures', dir), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'test/fixtures', dir, name), text);
  }
  console.log('wrote test/fixtures/edgar/acme-10k-2025.txt, test/fixtures/filing-10k/, test/fixtures/filing-10q/');
}

export { main10k, ex311, ex312, ex321, uuJunk, mainHtml };
