// The Word .docx reader: paragraphs as source lines, offsets, tracked changes and comments, broken
// files, and a round trip through the linter. Fixtures: scripts/make-docx-fixtures.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../src/core/extract/docx.js';
import { InputError } from '../src/core/extract/errors.js';
import { extract } from '../src/core/extract/index.js';
import { lintExtracted } from '../src/core/lint.js';
import { docxRevisions } from '../src/core/rules/sox014-docx-revisions.js';
import type { Extracted } from '../src/core/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (name: string) => new Uint8Array(readFileSync(join(root, 'test/fixtures/docx', name)));

/** Word's paragraphs of auto-numbered.docx, in order (automatic numbers are not text). */
const AUTO = [
  'I, Jane Q. Doe, certify that:',
  'I have reviewed this Annual Report on Form 10-K for the fiscal year ended December 31, 2025 of Acme Corp.;',
  'Based on my knowledge, this report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;',
  'Based on my knowledge, the financial statements, and other financial information included in this report, fairly present in all material respects the financial condition, results of operations and cash flows of the registrant as of, and for, the periods presented in this report;',
  "The registrant's other certifying officer(s) and I are responsible for establishing and maintaining disclosure controls and procedures (as defined in Exchange Act Rules 13a-15(e) and 15d-15(e)) and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f)) for the registrant and have:",
  'Designed such disclosure controls and procedures, or caused such disclosure controls and procedures to be designed under our supervision, to ensure that material information relating to the registrant, including its consolidated subsidiaries, is made known to us by others within those entities, particularly during the period in which this report is being prepared;',
  'Designed such internal control over financial reporting, or caused such internal control over financial reporting to be designed under our supervision, to provide reasonable assurance regarding the reliability of financial reporting and the preparation of financial statements for external purposes in accordance with generally accepted accounting principles;',
  "Evaluated the effectiveness of the registrant's disclosure controls and procedures and presented in this report our conclusions about the effectiveness of the disclosure controls and procedures, as of the end of the period covered by this report based on such evaluation; and",
  "Disclosed in this report any change in the registrant's internal control over financial reporting that occurred during the registrant's most recent fiscal quarter (the registrant's fourth fiscal quarter in the case of an annual report) that has materially affected, or is reasonably likely to materially affect, the registrant's internal control over financial reporting; and",
  "The registrant's other certifying officer(s) and I have disclosed, based on our most recent evaluation of internal control over financial reporting, to the registrant's auditors and the audit committee of the registrant's board of directors (or persons performing the equivalent functions):",
  "All significant deficiencies and material weaknesses in the design or operation of internal control over financial reporting which are reasonably likely to adversely affect the registrant's ability to record, process, summarize and report financial information; and",
  "Any fraud, whether or not material, that involves management or other employees who have a significant role in the registrant's internal control over financial reporting.",
  '',
  'Date: February 27, 2026',
  '/s/ Jane Q. Doe',
  'Jane Q. Doe',
  'Chief Executive Officer',
];

/** 1-based line and column of a source offset (lines = Word paragraphs). */
function lineCol(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - nl };
}

/** What SOX014 reports on the revisions the reader found, in source offsets. */
function notices(ext: Extracted): { ruleId: string; message: string; offset: number; endOffset: number }[] {
  const out: { ruleId: string; message: string; offset: number; endOffset: number }[] = [];
  const facts = { ext, certifications: 0, firstMiss: null, minSimilarity: 0, requireCertification: false };
  docxRevisions.check(facts, { report: (r) => out.push({ ruleId: docxRevisions.id, message: r.message, offset: r.range.from, endOffset: r.range.to }) });
  return out;
}

/** Lines and columns of each notice. */
function noticeLines(ext: Extracted) {
  return notices(ext).map((n) => ({
    ruleId: n.ruleId,
    message: n.message,
    line: lineCol(ext.source, n.offset).line,
    endLine: lineCol(ext.source, n.endOffset).line,
  }));
}

/** A fixture with its word/document.xml rewritten. */
async function patched(name: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixture(name));
  const xml = await zip.file('word/document.xml')!.async('string');
  const out = edit(xml);
  expect(out).not.toBe(xml);
  zip.file('word/document.xml', out);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Replaces one exact occurrence. */
function once(xml: string, find: string, replace: string): string {
  const at = xml.indexOf(find);
  expect(at, find).toBeGreaterThanOrEqual(0);
  expect(xml.indexOf(find, at + 1), find).toBe(-1);
  return xml.slice(0, at) + replace + xml.slice(at + find.length);
}

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('auto-numbered.docx', () => {
  it('gives one source line per Word paragraph, numbered paragraphs separate and unlabelled', async () => {
    const ext = await extractDocx(fixture('auto-numbered.docx'));
    expect(ext.kind).toBe('docx');
    expect(ext.source.split('\n')).toEqual(AUTO);
    expect(ext.source.split('\n')).toHaveLength(17);
    expect(ext.text).toBe(AUTO.join('\n\n'));
    expect(ext.start).toHaveLength(ext.text.length);
    expect(ext.end).toHaveLength(ext.text.length);
    expect(notices(ext)).toEqual([]);
  });

  it('maps every character of text to its paragraph line and column', async () => {
    const ext = await extractDocx(fixture('auto-numbered.docx'));
    const at = ext.text.indexOf('Acme Corp.');
    expect(lineCol(ext.source, ext.start[at])).toEqual({ line: 2, column: AUTO[1].indexOf('Acme Corp.') + 1 });
    expect(ext.end[at] - ext.start[at]).toBe(1);
    const fraud = ext.text.indexOf('fraud');
    expect(lineCol(ext.source, ext.start[fraud])).toEqual({ line: 12, column: 5 });
    const date = ext.text.indexOf('Date:');
    expect(lineCol(ext.source, ext.start[date])).toEqual({ line: 14, column: 1 });
    // Each character's source is the same character; the blank line between paragraphs stands for the source's "\n".
    const wrong: number[] = [];
    for (let i = 0; i < ext.text.length; i++) {
      if (ext.source.slice(ext.start[i], ext.end[i]) !== ext.text[i]) wrong.push(i);
    }
    expect(wrong).toEqual([]);
  });

  it('is read through extract() by file name', async () => {
    const ext = await extract(fixture('auto-numbered.docx'), 'ex31-1.docx');
    expect(ext.source.split('\n')).toEqual(AUTO);
  });

  it('lints clean: one certification by Jane Q. Doe', async () => {
    const result = lintExtracted(await extractDocx(fixture('auto-numbered.docx')), 'auto-numbered.docx');
    expect(result.messages).toEqual([]);
    expect(result.certifications).toHaveLength(1);
    expect(result.certifications[0].officer).toBe('Jane Q. Doe');
    expect(result.certifications[0].line).toBe(1);
  });
});

describe('manual-numbers.docx', () => {
  it('keeps typed labels as typed, the tab as a space', async () => {
    const ext = await extractDocx(fixture('manual-numbers.docx'));
    const lines = ext.source.split('\n');
    expect(lines).toHaveLength(16);
    expect(lines[1]).toBe(`1. ${AUTO[1]}`);
    expect(lines[5]).toBe(`(a) ${AUTO[5]}`);
    expect(lines[6]).toBe(`(b) ${AUTO[7]}`); // 4(c) relettered (b)
    expect(lines[10]).toBe(`(b) ${AUTO[11]}`);
    expect(ext.text.split('\n\n')).toEqual(lines);
  });

  it('lints with exactly SOX003 on paragraph 4 and SOX002 for the missing 4(b)', async () => {
    const result = lintExtracted(await extractDocx(fixture('manual-numbers.docx')), 'manual-numbers.docx');
    expect(result.certifications).toHaveLength(1);
    expect(result.certifications[0].officer).toBe('Jane Q. Doe');
    expect(result.messages.map((m) => ({ ruleId: m.ruleId, paragraph: m.paragraph, severity: m.severity, line: m.line }))).toEqual([
      { ruleId: 'SOX003', paragraph: '4', severity: 2, line: 5 }, // Word paragraph "4." (line 5)
      { ruleId: 'SOX002', paragraph: '4(b)', severity: 2, line: 7 }, // where 4(b) belongs: before the relettered "(b)"
    ]);
    expect(result.errorCount).toBe(2);
    expect(result.warningCount).toBe(0);
  });
});

describe('tracked-change.docx', () => {
  it('reports each unaccepted revision and comment on its paragraph', async () => {
    const ext = await extractDocx(fixture('tracked-change.docx'));
    expect(noticeLines(ext)).toEqual([
      { ruleId: 'SOX014', message: 'Comment by Outside Counsel: "Match the report title to the cover page."', line: 2, endLine: 2 },
      { ruleId: 'SOX014', message: 'Unaccepted tracked change (insertion by Reviewer): "annual"', line: 3, endLine: 3 },
      { ruleId: 'SOX014', message: 'Unaccepted tracked change (deletion by Reviewer): "material"', line: 12, endLine: 12 },
    ]);
    // Each notice spans its whole paragraph.
    const lines = ext.source.split('\n');
    for (const n of notices(ext)) {
      const { line, column } = lineCol(ext.source, n.offset);
      expect(column).toBe(1);
      expect(n.endOffset - n.offset).toBe(lines[line - 1].length);
    }
  });

  it('reads the text as mammoth does: insertion kept, deletion dropped', async () => {
    const ext = await extractDocx(fixture('tracked-change.docx'));
    const lines = ext.source.split('\n');
    expect(lines).toHaveLength(17);
    expect(lines[2]).toBe(AUTO[2].replace('this report does', 'this annual report does'));
    expect(lines[11]).toBe(AUTO[11].replace(' material,', ','));
  });

  it('passes the notices to the linter as SOX014 warnings', async () => {
    const result = lintExtracted(await extractDocx(fixture('tracked-change.docx')), 'tracked-change.docx');
    const sox014 = result.messages.filter((m) => m.ruleId === 'SOX014');
    expect(sox014.map((m) => [m.line, m.severity])).toEqual([[2, 1], [3, 1], [12, 1]]);
  });
});

describe('broken files', () => {
  it('rejects a truncated zip', async () => {
    const err = await extractDocx(fixture('corrupt.docx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe('corrupt .docx: not a valid zip archive');
  });

  it('rejects a zip without word/document.xml', async () => {
    const err = await extractDocx(fixture('not-word.docx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe('not a Word document: word/document.xml is missing');
  });

  it('rejects malformed document XML with a one-line reason', async () => {
    const bytes = await patched('auto-numbered.docx', (xml) => xml.replace('</w:body>', '</w:bdy>'));
    const err = await extractDocx(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^corrupt \.docx: malformed XML \([^\n\t]+\)$/);
  });

  it('rejects a document part that is not WordprocessingML', async () => {
    const err = await extractDocx(await patched('auto-numbered.docx', () => 'hello')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe('corrupt .docx: unexpected document structure');
  });
});

describe('Word structures (auto-numbered.docx edited)', () => {
  it('turns a soft line break into "\\n" in text and a space in source', async () => {
    const bytes = await patched('auto-numbered.docx', (xml) =>
      once(xml, `${para('/s/ Jane Q. Doe')}${para('Jane Q. Doe')}`,
        '<w:p><w:r><w:t>/s/ Jane Q. Doe</w:t><w:br/><w:t>Jane Q. Doe</w:t></w:r></w:p>'));
    const ext = await extractDocx(bytes);
    const lines = ext.source.split('\n');
    expect(lines).toHaveLength(16);
    expect(lines[14]).toBe('/s/ Jane Q. Doe Jane Q. Doe');
    expect(ext.text.endsWith('/s/ Jane Q. Doe\nJane Q. Doe\n\nChief Executive Officer')).toBe(true);
    const br = ext.text.indexOf('Doe\nJane') + 3;
    expect(ext.source.slice(ext.start[br], ext.end[br])).toBe(' ');
    expect(lineCol(ext.source, ext.start[br])).toEqual({ line: 15, column: 16 });
  });

  it('counts each table cell paragraph, and finds revisions in a cell', async () => {
    const bytes = await patched('auto-numbered.docx', (xml) =>
      once(xml, `${para('Date: February 27, 2026')}${para('/s/ Jane Q. Doe')}${para('Jane Q. Doe')}${para('Chief Executive Officer')}`,
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>' +
        `<w:tc>${para('Date: February 27, 2026')}</w:tc>` +
        `<w:tc>${para('/s/ Jane Q. Doe')}${para('Jane Q. Doe')}` +
        '<w:p><w:r><w:t>Chief Executive </w:t></w:r><w:ins w:id="7" w:author="A. Editor" w:date="2026-02-01T00:00:00Z"><w:r><w:t>Officer</w:t></w:r></w:ins></w:p>' +
        '</w:tc></w:tr></w:tbl><w:p/>'));
    const ext = await extractDocx(bytes);
    expect(ext.source.split('\n')).toEqual([...AUTO, '']);
    expect(noticeLines(ext)).toEqual([
      { ruleId: 'SOX014', message: 'Unaccepted tracked change (insertion by A. Editor): "Officer"', line: 17, endLine: 17 },
    ]);
  });

  it('follows mammoth when a paragraph mark is deleted: the two paragraphs are one line', async () => {
    const bytes = await patched('auto-numbered.docx', (xml) => {
      xml = once(xml, para('/s/ Jane Q. Doe'),
        '<w:p><w:pPr><w:rPr><w:del w:id="8" w:author="Editor" w:date="2026-02-01T00:00:00Z"/></w:rPr></w:pPr>' +
        '<w:r><w:t>/s/ Jane Q. Doe</w:t></w:r></w:p>');
      return once(xml, para('Chief Executive Officer'),
        '<w:p><w:r><w:t>Chief </w:t></w:r><w:del w:id="9" w:author="Editor" w:date="2026-02-01T00:00:00Z"><w:r><w:delText>Financial </w:delText></w:r></w:del>' +
        '<w:r><w:t>Executive Officer</w:t></w:r></w:p>');
    });
    const ext = await extractDocx(bytes);
    const lines = ext.source.split('\n');
    expect(lines).toHaveLength(16);
    expect(lines[14]).toBe('/s/ Jane Q. DoeJane Q. Doe');
    expect(lines[15]).toBe('Chief Executive Officer');
    expect(noticeLines(ext)).toEqual([
      { ruleId: 'SOX014', message: 'Unaccepted tracked change (deletion by Editor): a paragraph break', line: 15, endLine: 15 },
      { ruleId: 'SOX014', message: 'Unaccepted tracked change (deletion by Editor): "Financial"', line: 16, endLine: 16 },
    ]);
  });

  it('numbers a text box paragraph after its anchor paragraph, reading the fallback as mammoth does', async () => {
    const box = (text: string) =>
      `<w:txbxContent><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r>` +
      '<w:ins w:id="10" w:author="Boxer" w:date="2026-02-01T00:00:00Z"><w:r><w:t xml:space="preserve"> (draft)</w:t></w:r></w:ins></w:p></w:txbxContent>';
    const bytes = await patched('auto-numbered.docx', (xml) =>
      once(xml, para('Date: February 27, 2026'),
        '<w:p><w:r><w:t>Date: February 27, 2026</w:t></w:r><w:r><mc:AlternateContent>' +
        `<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>${box('Boxed')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:shape><v:textbox>${box('Boxed')}</v:textbox></v:shape></w:pict></mc:Fallback>` +
        '</mc:AlternateContent></w:r></w:p>'));
    const ext = await extractDocx(bytes);
    const lines = ext.source.split('\n');
    expect(lines).toEqual([...AUTO.slice(0, 14), 'Boxed (draft)', ...AUTO.slice(14)]);
    expect(noticeLines(ext)).toEqual([
      { ruleId: 'SOX014', message: 'Unaccepted tracked change (insertion by Boxer): "(draft)"', line: 15, endLine: 15 },
    ]);
  });

  it('reads elements by namespace, not by prefix', async () => {
    const bytes = await patched('tracked-change.docx', (xml) =>
      xml.replaceAll('<w:', '<x:').replaceAll('</w:', '</x:').replaceAll(' w:', ' x:').replace('xmlns:w=', 'xmlns:x='));
    const ext = await extractDocx(bytes);
    const original = await extractDocx(fixture('tracked-change.docx'));
    expect(ext.source).toBe(original.source);
    expect(notices(ext)).toEqual(notices(original));
    expect(notices(ext)).toHaveLength(3);
  });

  it('merges one revision split over runs and paragraphs into one notice', async () => {
    const ins = (id: number, text: string) =>
      `<w:ins w:id="${id}" w:author="Reviewer" w:date="2026-02-01T00:00:00Z"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;
    const mark = (id: number) =>
      `<w:pPr><w:rPr><w:ins w:id="${id}" w:author="Reviewer" w:date="2026-02-01T00:00:00Z"/></w:rPr></w:pPr>`;
    const bytes = await patched('auto-numbered.docx', (xml) =>
      once(xml, para('Date: February 27, 2026'),
        `<w:p>${mark(20)}${ins(21, 'Signed in ')}${ins(22, 'New York')}</w:p><w:p>${mark(23)}${ins(24, 'on the date below.')}</w:p>` +
        para('Date: February 27, 2026')));
    const ext = await extractDocx(bytes);
    expect(ext.source.split('\n').slice(13, 16)).toEqual(['Signed in New York', 'on the date below.', 'Date: February 27, 2026']);
    expect(noticeLines(ext)).toEqual([
      { ruleId: 'SOX014', message: 'Unaccepted tracked change (insertion by Reviewer): "Signed in New York on the date below."', line: 14, endLine: 15 },
    ]);
  });
});

it('imports nothing from node:* (the core runs in a browser)', () => {
  const dir = join(root, 'src/core/extract/docx');
  const files = [join(root, 'src/core/extract/docx.ts'), ...readdirSync(dir).map((f) => join(dir, f))];
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    expect(src, file).not.toMatch(/from ['"]node:/);
    expect(src, file).not.toMatch(/\bBuffer\b/);
  }
});
