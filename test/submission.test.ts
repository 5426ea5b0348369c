// EDGAR complete submission text files: the streamed reader, positions in the submission file, and
// the filing rules over a whole submission. Fixture: scripts/make-edgar-fixtures.mjs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSubmission, lintSubmission, readSubmission } from '../src/node/submission.js';
import { lintBytes, lintText } from '../src/node/lint-file.js';
import { main, type Io } from '../src/node/cli.js';
import { runMain } from './support/git.js';
import type { LintMessage } from '../src/core/types.js';
// @ts-expect-error: a plain .mjs script without types
import { submission, ex311, ex312 } from '../scripts/make-edgar-fixtures.mjs';

const FIXTURE = join(import.meta.dirname, 'fixtures/edgar/acme-10k-2025.txt');
const source = readFileSync(FIXTURE, 'utf8');
const lines = source.split('\n');
const tmp = mkdtempSync(join(tmpdir(), 'soxlint-submission-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The text a message's range covers in the submission file (single-line ranges). */
function at(m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>, text = lines): string {
  expect(m.endLine).toBe(m.line);
  return text[m.line - 1].slice(m.column - 1, m.endColumn - 1);
}

function brief(messages: LintMessage[]): string[] {
  return messages.map((m) => `${m.ruleId} ${m.document ?? '-'} ${m.line}:${m.column}`);
}

function write(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

describe('isSubmission', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('recognises complete submissions by their first bytes', () => {
    expect(isSubmission(enc(source.slice(0, 2048)))).toBe(true);
    expect(isSubmission(enc('\ufeff\n  <SEC-HEADER>0000-26.hdr.sgml : 20260227\n'))).toBe(true);
    expect(isSubmission(enc('<SUBMISSION>\n<TYPE>10-K\n<PERIOD>20251231\n'))).toBe(true);
    expect(isSubmission(enc('<DOCUMENT>\n<TYPE>EX-31.1\n<SEQUENCE>3\n'))).toBe(true);
    expect(isSubmission(enc('<DOCUMENT>\r\n<SEQUENCE>3\r\n<TYPE>EX-31.1\r\n'))).toBe(true);
    expect(isSubmission(enc('\t<sec-document>0000950170-26-000001.txt : 20260227\n'))).toBe(true);
    expect(isSubmission(enc('<ims-header>\n'))).toBe(true);
    expect(isSubmission(enc('<document>\n<type>EX-31.1\n'))).toBe(true);
  });
  it('does not take other files for submissions', () => {
    expect(isSubmission(enc('<html><body><p>I, Jane Doe, certify that:</p>'))).toBe(false);
    expect(isSubmission(enc('Exhibit 31.1\n\nI, Jane Doe, certify that:\n'))).toBe(false);
    expect(isSubmission(enc('<DOCUMENT>\n<html>\n'))).toBe(false);
    expect(isSubmission(enc(''))).toBe(false);
    expect(isSubmission(enc('<'))).toBe(false);
    expect(isSubmission(enc('<!DOCTYPE html>\n<html>'))).toBe(false);
    expect(isSubmission(enc('<div>\n<TYPE>EX-31.1\n'))).toBe(false);
    expect(isSubmission(enc('<SEC-DOCUMENTS>\n'))).toBe(false);
  });
});

describe('lintSubmission: the Acme 10-K fixture', () => {
  it('finds the Form 10-Q named in the CFO certification of a Form 10-K (the PLI case), and nothing else', async () => {
    const r = await lintSubmission(FIXTURE);
    expect(r.filePath).toBe(FIXTURE);
    expect(brief(r.messages)).toEqual([
      'SOX018 acme-20251231xex312.txt 114:48',
      'SOX018 acme-20251231xex312.txt 115:20',
    ]);
    const [form, period] = r.messages;
    expect(at(form)).toBe('Form 10-Q');
    expect(form).toMatchObject({ ruleName: 'filing-report-mismatch', severity: 2, paragraph: '1', expected: 'Form 10-K', actual: 'Form 10-Q' });
    expect(at(period)).toBe('September 30, 2025');
    expect(period).toMatchObject({ expected: 'December 31, 2025', actual: 'September 30, 2025' });
    expect(r.errorCount).toBe(2);
    expect(r.warningCount).toBe(0);
  });

  it('lists the certifications with their lines in the submission file', async () => {
    const r = await lintSubmission(FIXTURE);
    expect(r.certifications.map((c) => `${c.kind} ${c.document} ${c.line}`)).toEqual([
      '302 acme-20251231xex311.htm 82',
      '302 acme-20251231xex312.txt 112',
      expect.stringMatching(/^906 acme-20251231xex321\.htm \d+$/),
    ]);
    expect(lines[81]).toContain('I, Jane Q. Doe, certify that:');
    expect(lines[111]).toBe('I, John R. Roe, certify that:');
    // The Section 906 certification lies inside its document's <TEXT>.
    const c906 = r.certifications[2];
    const textStart = lines.indexOf('<FILENAME>acme-20251231xex321.htm') + 4;
    expect(c906.line).toBeGreaterThan(textStart);
    expect(c906.line).toBeLessThan(lines.indexOf('<FILENAME>acme-logo.jpg'));
    expect(r.certifications[1]).toMatchObject({ title: 'Chief Financial Officer', date: 'February 27, 2026', report: 'Quarterly Report on Form 10-Q for the quarterly period ended September 30, 2025' });
  });

  it('reads the header and every document, keeping none of the graphic or XBRL', async () => {
    const kept: string[] = [];
    const read = await readSubmission(FIXTURE, { onExhibit: (d) => kept.push(`${d.type} ${d.filename} ${d.textLine}`) });
    expect(read.header).toEqual({ type: '10-K', period: '20251231', filed: '20260227', filers: ['ACME CORP'] });
    expect(read.documents.map((d) => d.type)).toEqual(['10-K', 'EX-31.1', 'EX-31.2', 'EX-32.1', 'GRAPHIC', 'EX-101.INS']);
    for (const d of read.documents) expect(lines[d.textLine - 2]).toBe('<TEXT>');
    expect(kept).toEqual([
      `EX-31.1 acme-20251231xex311.htm ${lines.indexOf('<FILENAME>acme-20251231xex311.htm') + 4}`,
      `EX-31.2 acme-20251231xex312.txt ${lines.indexOf('<FILENAME>acme-20251231xex312.txt') + 4}`,
      `EX-32.1 acme-20251231xex321.htm ${lines.indexOf('<FILENAME>acme-20251231xex321.htm') + 4}`,
    ]);
    expect(read.main).toMatchObject({ period: 'December 31, 2025', registrant: 'ACME CORP.', signed: 'February 27, 2026' });
    expect(read.main!.form).toMatchObject({ base: '10-K', amended: false });
    expect(read.stats.lines).toBe(lines.length);
  });

  it('gives the same findings whatever the read size (lines and tags cut across chunks)', async () => {
    const expected = await lintSubmission(FIXTURE);
    for (const chunkSize of [1, 5, 7, 64, 333, 4096]) {
      const r = await lintSubmission(FIXTURE, { chunkSize });
      expect(brief(r.messages), `chunk ${chunkSize}`).toEqual(brief(expected.messages));
      expect(r.certifications.map((c) => c.line), `chunk ${chunkSize}`).toEqual(expected.certifications.map((c) => c.line));
    }
  });

  it('reads the same documents, lines and exhibit bytes whatever the read size (lines, tags and </TEXT> cut anywhere)', async () => {
    const p = write('cuts.txt', source.replace(/\n/g, '\r\n').replace('<TEXT>\r\n<html>', '<TEXT><html>'));
    const readAll = async (chunkSize?: number) => {
      const kept: string[] = [];
      const read = await readSubmission(p, { onExhibit: (d) => kept.push(`${d.type} ${d.textLine}:${d.textColumn} ${new TextDecoder().decode(d.bytes)}`) }, chunkSize);
      return { kept, documents: read.documents, header: read.header, lines: read.stats.lines, main: read.main?.period };
    };
    const whole = await readAll(1 << 24);
    expect(whole.kept).toHaveLength(3);
    for (const chunkSize of [2, 3, 6, 8, 11, 97, 1000]) expect(await readAll(chunkSize), `chunk ${chunkSize}`).toEqual(whole);
  });

  it('reads CRLF files the same', async () => {
    const p = write('crlf.txt', source.replace(/\n/g, '\r\n'));
    const r = await lintSubmission(p);
    expect(brief(r.messages)).toEqual(['SOX018 acme-20251231xex312.txt 114:48', 'SOX018 acme-20251231xex312.txt 115:20']);
  });
});

describe('a complete submission already in memory (standard input, a staged file, the lintBytes API)', () => {
  const expected = ['SOX018 acme-20251231xex312.txt 114:48', 'SOX018 acme-20251231xex312.txt 115:20'];

  it('is read by the same scanner as a file on disk: the same findings, not the HTML reader\'s', async () => {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: { write: (s: string) => { stdout += s; } },
      stderr: { write: (s: string) => { stderr += s; } },
      readStdin: async () => new Uint8Array(readFileSync(FIXTURE)),
      cwd: tmp,
      env: {},
    };
    expect(await main(['-', '-f', 'json'], io)).toBe(1);
    expect(stderr).toBe('');
    const [result] = JSON.parse(stdout);
    expect(result.filePath).toBe('<stdin>');
    expect(brief(result.messages)).toEqual(expected);
    expect(result.certifications.map((c: { document: string; line: number }) => `${c.document} ${c.line}`)).toEqual([
      'acme-20251231xex311.htm 82', 'acme-20251231xex312.txt 112', expect.stringMatching(/^acme-20251231xex321\.htm \d+$/),
    ]);
  });

  it('lintBytes lints a submission as lintSubmission does', async () => {
    const r = await lintBytes(new Uint8Array(readFileSync(FIXTURE)), { filePath: 'acme.txt' });
    expect(r.filePath).toBe('acme.txt');
    expect(brief(r.messages)).toEqual(expected);
  });
});

describe('lintSubmission: positions of a document\'s own findings', () => {
  it('shifts a finding in an exhibit to its line in the submission file and names the document', async () => {
    const altered = ex311.replace('this report does not contain', 'this annual report does not contain');
    const text = submission().replace(ex311, altered);
    const p = write('altered.txt', text);
    const r = await lintSubmission(p);
    const own = r.messages.filter((m) => m.ruleId === 'SOX005');
    expect(own).toHaveLength(1);
    expect(own[0].document).toBe('acme-20251231xex311.htm');
    expect(at(own[0], text.split('\n'))).toBe('annual report');
    // The same finding as in the exhibit linted on its own, moved by the lines above its <TEXT>.
    const alone = (await lintText(altered, { filePath: 'ex311.htm' })).messages.find((m) => m.ruleId === 'SOX005')!;
    const textLine = text.split('\n').indexOf('<FILENAME>acme-20251231xex311.htm') + 4;
    expect(own[0].line).toBe(alone.line + textLine - 1);
    expect(own[0].column).toBe(alone.column);
  });

  it('handles content on the <TEXT> line itself (columns shifted by the tag)', async () => {
    const oneLine = ex311.replace(/\n/g, ' ');
    const altered = oneLine.replace('this report does not contain', 'this annual report does not contain');
    const text = submission().replace(`<TEXT>\n${ex311}`, `<TEXT>${altered}\n`);
    const p = write('inline.txt', text);
    const r = await lintSubmission(p);
    const own = r.messages.find((m) => m.ruleId === 'SOX005')!;
    expect(own.document).toBe('acme-20251231xex311.htm');
    expect(at(own, text.split('\n'))).toBe('annual report');
  });

  it('reports an Exhibit 31 with no certification in it (SOX001), in its document', async () => {
    const text = submission().replace(ex311, '<html><body><p>Exhibit 31.1</p><p>[to come]</p></body></html>\n');
    const r = await lintSubmission(write('empty31.txt', text));
    expect(r.messages.filter((m) => m.ruleId === 'SOX001').map((m) => m.document)).toEqual(['acme-20251231xex311.htm']);
    // Without the CEO's certification the filing has no principal executive officer's.
    const missing = r.messages.find((m) => m.ruleId === 'SOX017')!;
    expect(missing).toMatchObject({ line: 1, column: 1, expected: 'principal executive officer' });
    expect(missing.document).toBeUndefined();
  });
});

describe('redlines of a complete submission (--format html, the page)', () => {
  // Paragraph 2 of the CFO's certification reworded, below the filing rule's SOX018 findings in paragraph 1.
  const text = submission().replace(ex312, ex312.replace('not misleading with respect to', 'not misleading as to'));

  it('carries each exhibit\'s redline, its certification and findings moved to the submission\'s lists', async () => {
    const r = await lintSubmission(write('reworded.txt', text), { redline: true });
    expect(brief(r.messages)).toEqual([
      'SOX018 acme-20251231xex312.txt 114:48', 'SOX018 acme-20251231xex312.txt 115:20', 'SOX004 acme-20251231xex312.txt 120:61',
    ]);
    expect(r.redlines!.map((rl) => `${rl.document} ${rl.certification} ${rl.findings.join(',')}`)).toEqual([
      'acme-20251231xex311.htm 0 ', 'acme-20251231xex312.txt 1 2',
    ]);
    for (const rl of r.redlines!) {
      expect(r.certifications[rl.certification].document).toBe(rl.document);
      for (const p of rl.paragraphs) for (const n of [...p.findings, ...p.parts.flatMap((x) => x.findings)]) expect(r.messages[n].paragraph).toBe(p.id);
    }
    const p2 = r.redlines![1].paragraphs.find((p) => p.id === '2')!;
    expect(p2.parts.filter((x) => x.findings.length).map((x) => `${x.kind} ${x.text} ${x.findings}`)).toEqual(['omitted with respect 2', 'added as 2']);
    expect((await lintSubmission(write('reworded.txt', text))).redlines).toBeUndefined();
  });

  it('shows them in the HTML report', async () => {
    let stdout = '';
    const io: Io = { stdout: { write: (s: string) => { stdout += s; } }, stderr: { write: () => {} }, readStdin: async () => new Uint8Array(), cwd: tmp, env: {} };
    expect(await main([write('reworded.txt', text), '-f', 'html'], io)).toBe(1);
    expect(stdout.match(/<div class="redline">/g)).toHaveLength(2);
    expect(stdout).toContain('<del');
  });
});

describe('an EDGAR-wrapped exhibit with nothing in its <TEXT>', () => {
  const NO_CERTIFICATION = 'No Section 302 or 906 certification found: no "I, ..., certify that:" opening, no "I have reviewed this" paragraph, no 18 U.S.C. 1350 statement';
  const wrapped = (type: string, name: string, content: string) => `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>2\n<FILENAME>${name}\n<TEXT>\n${content}</TEXT>\n</DOCUMENT>\n`;

  it('reports an empty Exhibit 31 (SOX001 at its <TEXT> content, in its document), as a certification file holding none is', async () => {
    const r = await lintSubmission(write('wrapped-empty31.txt', wrapped('EX-31.1', 'ex31.htm', '')));
    expect(r.messages).toEqual([{
      ruleId: 'SOX001', ruleName: 'no-certification', severity: 2, message: NO_CERTIFICATION, paragraph: null,
      line: 6, column: 1, endLine: 6, endColumn: 1, expected: null, actual: null, document: 'ex31.htm',
    }]);
    expect(r.errorCount).toBe(1);
    // The same finding as white space alone in it gets, on the same line.
    const blank = await lintSubmission(write('wrapped-blank31.txt', wrapped('EX-31.1', 'ex31.htm', '\n')));
    expect(brief(blank.messages)).toEqual(['SOX001 ex31.htm 6:1']);
  });

  it('fails the run (exit 1) for a named file, as for a named file with no certification; every empty exhibit is named', async () => {
    write('wrapped-two.txt', wrapped('EX-31.1', 'ex31.htm', '') + wrapped('EX-32', 'ex32.htm', ''));
    const r = await runMain(['wrapped-two.txt', '-f', 'json'], tmp, {});
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const [result] = JSON.parse(r.stdout);
    expect(result.messages.map((m: LintMessage) => `${m.ruleId} ${m.document} ${m.line}:${m.column} ${m.message === NO_CERTIFICATION}`)).toEqual([
      'SOX001 ex31.htm 6:1 true',
      'SOX001 ex32.htm 13:1 true',
    ]);
  });

  it('still passes over an empty document that needs no certification', async () => {
    const r = await lintSubmission(write('wrapped-empty99.txt', wrapped('EX-99.1', 'ex99.htm', '')));
    expect(r.messages).toEqual([]);
  });
});

describe('lintSubmission: filing rules from the header', () => {
  it('warns of certifications dated long before the filing date (SOX021)', async () => {
    const text = source.replace('FILED AS OF DATE:\t\t20260227', 'FILED AS OF DATE:\t\t20260401');
    const tl = text.split('\n');
    const r = await lintSubmission(write('late.txt', text));
    const dated = r.messages.filter((m) => m.ruleId === 'SOX021');
    expect(dated.map((m) => m.document)).toEqual(['acme-20251231xex311.htm', 'acme-20251231xex312.txt', 'acme-20251231xex321.htm']);
    for (const m of dated) {
      expect(m.severity).toBe(1);
      expect(m.paragraph).toBe('signature');
      expect(at(m, tl)).toBe('February 27, 2026');
      expect(m.message).toContain('33 days before the filing date (April 1, 2026)');
    }
  });

  it('reports a filing without a Section 906 certification (SOX020) at the header', async () => {
    const text = source.replace(/<DOCUMENT>\n<TYPE>EX-32\.1[\s\S]*?<\/DOCUMENT>\n/, '');
    const r = await lintSubmission(write('no906.txt', text));
    expect(brief(r.messages).filter((b) => !b.startsWith('SOX018'))).toEqual(['SOX020 - 1:1']);
  });

  it('checks the registrant against COMPANY CONFORMED NAME (SOX019, a warning)', async () => {
    const text = source.replace('COMPANY CONFORMED NAME:\t\t\tACME CORP', 'COMPANY CONFORMED NAME:\t\t\tACME HOLDINGS INC /DE/')
      .replace('ACME CORP.</b><br>(Exact name', 'ACME HOLDINGS, INC.</b><br>(Exact name');
    const r = await lintSubmission(write('registrant.txt', text));
    const w = r.messages.filter((m) => m.ruleId === 'SOX019');
    expect(w.map((m) => m.document)).toEqual(['acme-20251231xex311.htm', 'acme-20251231xex312.txt']);
    expect(w[0]).toMatchObject({ severity: 1, paragraph: '1', actual: 'Acme Corp.', expected: 'ACME HOLDINGS INC /DE/' });
    expect(at(w[1], text.split('\n'))).toBe('Acme Corp.');
  });

  it('treats a 10-K/A without financial statements as needing no Section 906 certification', async () => {
    const text = source.replace('CONFORMED SUBMISSION TYPE:\t10-K', 'CONFORMED SUBMISSION TYPE:\t10-K/A')
      .replace('<TYPE>10-K\n', '<TYPE>10-K/A\n')
      .replace(/<DOCUMENT>\n<TYPE>EX-32\.1[\s\S]*?<\/DOCUMENT>\n/, '')
      .replace(/<DOCUMENT>\n<TYPE>EX-101\.INS[\s\S]*?<\/DOCUMENT>\n/, '')
      .replace('CONSOLIDATED BALANCE SHEETS', 'ITEM 10. DIRECTORS');
    const r = await lintSubmission(write('10ka.txt', text));
    expect(r.messages.filter((m) => m.ruleId === 'SOX020')).toEqual([]);
    // Without financial statements, its certifications may leave out paragraphs 3 to 5.
    expect(r.certifications.filter((c) => c.kind === '302').map((c) => c.profile)).toEqual(['amendment', 'amendment']);
    // With the XBRL instance of its financial statements, it needs one.
    const withFs = source.replace('CONFORMED SUBMISSION TYPE:\t10-K', 'CONFORMED SUBMISSION TYPE:\t10-K/A')
      .replace('<TYPE>10-K\n', '<TYPE>10-K/A\n')
      .replace(/<DOCUMENT>\n<TYPE>EX-32\.1[\s\S]*?<\/DOCUMENT>\n/, '')
      .replace('CONSOLIDATED BALANCE SHEETS', 'ITEM 10. DIRECTORS');
    const r2 = await lintSubmission(write('10ka-fs.txt', withFs));
    // With them, the whole certification is required.
    expect(r2.certifications.filter((c) => c.kind === '302').map((c) => c.profile)).toEqual(['standard', 'standard']);
    expect(r2.messages.filter((m) => m.ruleId === 'SOX020').map((m) => m.message)).toEqual([
      'This Form 10-K/A, which contains financial statements, has no Section 906 certification (Exhibit 32, 18 U.S.C. 1350)',
    ]);
  });

  it('reads the tagged header form (<SUBMISSION>, <PERIOD>, <FILING-DATE>, <CONFORMED-NAME>)', async () => {
    const tagged = source.replace(/^<SEC-DOCUMENT>[\s\S]*?<\/SEC-HEADER>\n/, '<SUBMISSION>\n<TYPE>10-K\n<PERIOD>20250930\n<FILING-DATE>20260227\n<FILER>\n<COMPANY-DATA>\n<CONFORMED-NAME>Acme Corp.\n</COMPANY-DATA>\n</FILER>\n');
    const r = await lintSubmission(write('tagged.txt', tagged));
    // The header's period (September 30) now disagrees with the two certifications that say December 31.
    const periods = r.messages.filter((m) => m.ruleId === 'SOX018' && m.expected === 'September 30, 2025');
    expect(periods.map((m) => m.document)).toEqual(['acme-20251231xex311.htm', 'acme-20251231xex321.htm']);
  });

  it('respects rule settings', async () => {
    const r = await lintSubmission(FIXTURE, { rules: { SOX018: 'warn' } });
    expect(r.messages.map((m) => m.severity)).toEqual([1, 1]);
    expect(r.warningCount).toBe(2);
    const off = await lintSubmission(FIXTURE, { rules: { SOX018: 'off' } });
    expect(off.messages).toEqual([]);
  });
});

describe('lintSubmission: memory', () => {
  it('streams a large submission: what it holds stays bounded, whatever the file size', async () => {
    const p = join(tmp, 'large.txt');
    const out = createWriteStream(p);
    const text = submission({ main: '@@MAIN@@', graphic: '@@GRAPHIC@@' });
    const [head, rest] = text.split('@@MAIN@@');
    const [middle, tail] = rest.split('@@GRAPHIC@@');
    const put = (s: string) => new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once('drain', () => resolve())));
    await put(head);
    await put('<html><body>\n<p style="text-align:center"><b>FORM 10-K</b></p>\n<p>For the fiscal year ended December 31, 2025</p>\n<p><b>ACME CORP.</b><br>(Exact name of registrant as specified in its charter)</p>\n');
    const para = `<p>${'Revenue increased because widgets sold well in every region we serve. '.repeat(14)}</p>\n`;
    for (let i = 0; i < 30000; i++) await put(para); // ~30 MB of main document
    await put('</body></html>\n');
    await put(middle);
    await put('begin 644 big.zip\n');
    const uu = `M${'A'.repeat(60)}\n`;
    const block = uu.repeat(10000);
    for (let i = 0; i < 16; i++) await put(block); // ~10 MB of uuencoded data
    await put('`\nend\n');
    await put(tail);
    await new Promise<void>((resolve) => out.end(resolve));

    const r = await lintSubmission(p);
    expect(r.stats.bytes).toBeGreaterThan(35_000_000);
    // The reader holds the cover page (at most 200,000 characters), one exhibit and a line or two.
    // (The process's own peak memory is measured by bench/submission.mjs, not asserted here: the
    // heap's size in a test worker depends on when the collector runs.)
    expect(r.stats.peakHeld).toBeLessThan(1_000_000);
    expect(brief(r.messages)).toEqual([
      expect.stringMatching(/^SOX018 acme-20251231xex312\.txt \d+:48$/),
      expect.stringMatching(/^SOX018 acme-20251231xex312\.txt \d+:20$/),
    ]);
  });
});
