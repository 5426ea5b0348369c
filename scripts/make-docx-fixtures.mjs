// Generates the .docx fixtures of test/docx-reader.test.ts into test/fixtures/docx/.
//   node scripts/make-docx-fixtures.mjs
// The files are committed; rerun this only to change them (the tests assert exact paragraph texts).
// Uses the `docx` package (devDependency) for real Word files and JSZip for the broken ones.
//
//   auto-numbered.docx   compliant Exhibit 31.1; paragraphs 1-5 Word automatic numbering level 0
//                        ("%1." decimal), (a)-(d) level 1 ("(%2)" lowerLetter); no typed numbers
//   manual-numbers.docx  typed labels ("1.<tab>", "(a)<tab>"); 4(b) omitted, (c)/(d) relettered
//                        (b)/(c), and the ICFR clause of paragraph 4 removed
//   tracked-change.docx  compliant text plus an unaccepted insertion ("annual" before "report",
//                        paragraph 2), an unaccepted deletion ("material", paragraph 5(b)) and a
//                        comment on paragraph 1
//   corrupt.docx         the first 300 bytes of auto-numbered.docx (a truncated zip)
//   not-word.docx        a valid zip with no word/document.xml
//
// Every fixture has one empty paragraph between 5(b) and the date, so that the tests check that
// empty paragraphs keep their number.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document,
  InsertedTextRun, LevelFormat, Packer, Paragraph, Tab, TextRun,
} from 'docx';
import JSZip from 'jszip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test/fixtures/docx');

// Word for word from templates/601b31i.tpl, slots filled.
const P = {
  intro: 'I, Jane Q. Doe, certify that:',
  1: 'I have reviewed this Annual Report on Form 10-K for the fiscal year ended December 31, 2025 of Acme Corp.;',
  2: 'Based on my knowledge, this report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;',
  3: 'Based on my knowledge, the financial statements, and other financial information included in this report, fairly present in all material respects the financial condition, results of operations and cash flows of the registrant as of, and for, the periods presented in this report;',
  4: "The registrant's other certifying officer(s) and I are responsible for establishing and maintaining disclosure controls and procedures (as defined in Exchange Act Rules 13a-15(e) and 15d-15(e)) and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f)) for the registrant and have:",
  '4(a)': 'Designed such disclosure controls and procedures, or caused such disclosure controls and procedures to be designed under our supervision, to ensure that material information relating to the registrant, including its consolidated subsidiaries, is made known to us by others within those entities, particularly during the period in which this report is being prepared;',
  '4(b)': 'Designed such internal control over financial reporting, or caused such internal control over financial reporting to be designed under our supervision, to provide reasonable assurance regarding the reliability of financial reporting and the preparation of financial statements for external purposes in accordance with generally accepted accounting principles;',
  '4(c)': "Evaluated the effectiveness of the registrant's disclosure controls and procedures and presented in this report our conclusions about the effectiveness of the disclosure controls and procedures, as of the end of the period covered by this report based on such evaluation; and",
  '4(d)': "Disclosed in this report any change in the registrant's internal control over financial reporting that occurred during the registrant's most recent fiscal quarter (the registrant's fourth fiscal quarter in the case of an annual report) that has materially affected, or is reasonably likely to materially affect, the registrant's internal control over financial reporting; and",
  5: "The registrant's other certifying officer(s) and I have disclosed, based on our most recent evaluation of internal control over financial reporting, to the registrant's auditors and the audit committee of the registrant's board of directors (or persons performing the equivalent functions):",
  '5(a)': "All significant deficiencies and material weaknesses in the design or operation of internal control over financial reporting which are reasonably likely to adversely affect the registrant's ability to record, process, summarize and report financial information; and",
  '5(b)': "Any fraud, whether or not material, that involves management or other employees who have a significant role in the registrant's internal control over financial reporting.",
};
const SIGNATURE = ['Date: February 27, 2026', '/s/ Jane Q. Doe', 'Jane Q. Doe', 'Chief Executive Officer'];
const ICFR = ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))';

const numbering = {
  config: [{
    reference: 'cert',
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720, hanging: 720 } } } },
      { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 1440, hanging: 720 } } } },
    ],
  }],
};

const META = { creator: 'soxlint fixtures', title: 'Exhibit 31.1', description: 'Generated by scripts/make-docx-fixtures.mjs' };

const plain = (text) => new Paragraph({ children: [new TextRun(text)] });
const numbered = (children, level) => new Paragraph({ children, numbering: { reference: 'cert', level } });
/** Typed label, a tab (w:tab), the text. */
const typed = (label, text, indent) =>
  new Paragraph({ children: [new TextRun(label), new TextRun({ children: [new Tab(), text] })], indent });

/** Paragraph ids in document order with their numbering level. */
const ORDER = [
  ['1', 0], ['2', 0], ['3', 0], ['4', 0], ['4(a)', 1], ['4(b)', 1], ['4(c)', 1], ['4(d)', 1],
  ['5', 0], ['5(a)', 1], ['5(b)', 1],
];

function tail() {
  return [plain(''), ...SIGNATURE.map(plain)];
}

function autoNumbered() {
  return new Document({
    ...META,
    numbering,
    sections: [{
      children: [
        plain(P.intro),
        ...ORDER.map(([id, level]) => numbered([new TextRun(P[id])], level)),
        ...tail(),
      ],
    }],
  });
}

function manualNumbers() {
  const body = [plain(P.intro)];
  for (const n of ['1', '2', '3']) body.push(typed(`${n}.`, P[n], { left: 720, hanging: 720 }));
  body.push(typed('4.', P[4].replace(ICFR, ''), { left: 720, hanging: 720 }));
  // 4(b) left out; (c) and (d) relettered (b) and (c).
  const sub = { left: 1440, hanging: 720 };
  body.push(typed('(a)', P['4(a)'], sub), typed('(b)', P['4(c)'], sub), typed('(c)', P['4(d)'], sub));
  body.push(typed('5.', P[5], { left: 720, hanging: 720 }));
  body.push(typed('(a)', P['5(a)'], sub), typed('(b)', P['5(b)'], sub));
  body.push(...tail());
  return new Document({ ...META, sections: [{ children: body }] });
}

function trackedChange() {
  const rev = { author: 'Reviewer', date: '2026-02-20T10:00:00Z' };
  const para = (id, level) => {
    if (id === '1') {
      return numbered([
        new CommentRangeStart(0),
        new TextRun(P[id]),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
      ], level);
    }
    if (id === '2') {
      const at = P[2].indexOf('report');
      return numbered([
        new TextRun(P[2].slice(0, at)),
        new InsertedTextRun({ id: 1, ...rev, text: 'annual ' }),
        new TextRun(P[2].slice(at)),
      ], level);
    }
    if (id === '5(b)') {
      const word = ' material';
      const at = P['5(b)'].indexOf(word);
      return numbered([
        new TextRun(P['5(b)'].slice(0, at)),
        new DeletedTextRun({ id: 2, ...rev, text: word }),
        new TextRun(P['5(b)'].slice(at + word.length)),
      ], level);
    }
    return numbered([new TextRun(P[id])], level);
  };
  return new Document({
    ...META,
    features: { trackRevisions: true },
    numbering,
    comments: {
      children: [{
        id: 0,
        author: 'Outside Counsel',
        initials: 'OC',
        date: new Date('2026-02-21T09:00:00Z'),
        children: [new Paragraph({ children: [new TextRun('Match the report title to the cover page.')] })],
      }],
    },
    sections: [{ children: [plain(P.intro), ...ORDER.map(([id, level]) => para(id, level)), ...tail()] }],
  });
}

async function notWord() {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('readme.txt', 'A zip archive that is not a Word document.\n');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

mkdirSync(out, { recursive: true });
const auto = await Packer.toBuffer(autoNumbered());
writeFileSync(join(out, 'auto-numbered.docx'), auto);
writeFileSync(join(out, 'manual-numbers.docx'), await Packer.toBuffer(manualNumbers()));
writeFileSync(join(out, 'tracked-change.docx'), await Packer.toBuffer(trackedChange()));
writeFileSync(join(out, 'corrupt.docx'), auto.subarray(0, 300));
writeFileSync(join(out, 'not-word.docx'), await notWord());
console.log(`wrote 5 fixtures to ${out}`);
