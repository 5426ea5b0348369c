// Filing folders (soxlint --filing DIR) and the filing-level rules SOX017-SOX021 as pure functions.
// Fixtures: scripts/make-edgar-fixtures.mjs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkFiling, foldName, formInName, formInReport, parseDate, formatDay, periodInReport, readCover, rolesIn, sameRegistrant,
  type FilingCertification, type FilingInput,
} from '../src/core/filing/index.js';
import type { LintResult } from '../src/core/types.js';
import { chooseMainDocument, exhibitType, lintFilingFolder } from '../src/node/filing.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'soxlint-filing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function brief(results: LintResult[]): string[] {
  return results.flatMap((r) => r.messages.map((m) => `${basename(r.filePath)} ${m.ruleId} ${m.severity} ${m.line}:${m.column} ${m.paragraph ?? '-'}`));
}

function textAt(path: string, line: number, column: number, endColumn: number): string {
  return readFileSync(path, 'utf8').split('\n')[line - 1].slice(column - 1, endColumn - 1);
}

describe('lintFilingFolder: test/fixtures/filing-10k', () => {
  const dir = join(FIXTURES, 'filing-10k');

  it('finds one defect for each rule, each in its file', async () => {
    const results = await lintFilingFolder(dir);
    expect(results.map((r) => basename(r.filePath))).toEqual(['acme-10k.htm', 'ex31-1.htm', 'ex31-2.htm', 'ex32.htm']);
    expect(brief(results)).toEqual([
      'acme-10k.htm SOX017 2 1:1 -',
      'ex31-1.htm SOX018 2 8:138 1',
      'ex31-1.htm SOX021 1 19:10 signature',
      'ex31-2.htm SOX019 1 8:159 1',
      'ex31-2.htm SOX021 1 19:10 signature',
    ]);
    const [main, ex311, ex312, ex32] = results;
    expect(main.messages[0]).toMatchObject({
      ruleName: 'filing-missing-officer',
      expected: 'principal financial officer',
      actual: 'Chief Executive Officer in EX-31.1 (ex31-1.htm); Vice President and Chief Accounting Officer in EX-31.2 (ex31-2.htm)',
    });
    expect(main.errorCount).toBe(1);
    const period = ex311.messages[0];
    expect(textAt(ex311.filePath, period.line, period.column, period.endColumn)).toBe('December 31, 2024');
    expect(period).toMatchObject({ expected: 'December 31, 2025', actual: 'December 31, 2024' });
    expect(ex311.messages[1].message).toBe("EX-31.1 (ex31-1.htm): dated March 2, 2026, after the report's signature date (February 27, 2026)");
    const reg = ex312.messages[0];
    expect(textAt(ex312.filePath, reg.line, reg.column, reg.endColumn)).toBe('Acme Holdings, Inc.');
    expect(reg).toMatchObject({ ruleName: 'filing-registrant-mismatch', expected: 'ACME CORP.', actual: 'Acme Holdings, Inc.' });
    expect(ex312.messages[1].message).toContain('53 days before');
    expect(ex32.messages).toEqual([]);
    expect(ex32.certifications.map((c) => c.kind)).toEqual(['906']);
    expect(ex312.warningCount).toBe(2);
  });

  it('takes a given filing date over the signatures date', async () => {
    const results = await lintFilingFolder(dir, { filedDate: '2026-03-02' });
    const dated = brief(results).filter((b) => b.includes('SOX021'));
    // Exhibit 31.1 (March 2) and the 906 (February 27) are now within 30 days; Exhibit 31.2 (January 5) is not.
    expect(dated).toEqual(['ex31-2.htm SOX021 1 19:10 signature']);
    const m = results[2].messages.find((x) => x.ruleId === 'SOX021')!;
    expect(m.message).toContain('56 days before the filing date (March 2, 2026)');
  });

  it('respects rule settings', async () => {
    const results = await lintFilingFolder(dir, { rules: { SOX017: 'off', SOX021: 'off', SOX019: 'error' } });
    expect(brief(results)).toEqual(['ex31-1.htm SOX018 2 8:138 1', 'ex31-2.htm SOX019 2 8:159 1']);
  });

  it('reports a missing principal executive officer too when Exhibit 31.1 is gone', async () => {
    const copy = join(tmp, 'no-ceo');
    cpSync(dir, copy, { recursive: true });
    unlinkSync(join(copy, 'ex31-1.htm'));
    const results = await lintFilingFolder(copy);
    const m = results[0].messages.find((x) => x.ruleId === 'SOX017')!;
    expect(m.expected).toBe('principal executive officer, principal financial officer');
    expect(m.severity).toBe(2);
  });

  it('keeps each redline pointing at its own findings when the filing rules add theirs before them', async () => {
    const copy = join(tmp, 'redline');
    cpSync(dir, copy, { recursive: true });
    const ex = join(copy, 'ex31-1.htm');
    writeFileSync(ex, readFileSync(ex, 'utf8').replace(' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))', ''));
    const results = await lintFilingFolder(copy, { redline: true });
    const r = results.find((x) => basename(x.filePath) === 'ex31-1.htm')!;
    // The filing rule's SOX018 (line 8) now stands before the exhibit's own SOX003 (line 11).
    expect(r.messages.map((m) => `${m.ruleId} ${m.line} ${m.paragraph ?? '-'}`)).toEqual(['SOX018 8 1', 'SOX003 11 4', 'SOX021 19 signature']);
    expect(expectRedlineIndexes(r)).toEqual(['SOX003 4']);
  });
});

/** Every finding a redline links to, as "rule paragraph", after checking that each names the paragraph it is linked from. */
function expectRedlineIndexes(r: LintResult): string[] {
  const linked = new Set<number>();
  for (const rl of r.redlines ?? []) {
    for (const p of rl.paragraphs) {
      for (const n of p.findings) { expect(r.messages[n]?.paragraph).toBe(p.id); linked.add(n); }
      for (const part of p.parts) for (const n of part.findings) { expect(r.messages[n]?.paragraph).toBe(p.id); linked.add(n); }
    }
    for (const n of rl.findings) linked.add(n);
  }
  return [...linked].sort((a, b) => a - b).map((n) => `${r.messages[n].ruleId} ${r.messages[n].paragraph}`);
}

describe('lintFilingFolder: test/fixtures/filing-10q', () => {
  it('accepts one certification by an officer holding both offices, and misses Exhibit 32', async () => {
    const results = await lintFilingFolder(join(FIXTURES, 'filing-10q'));
    expect(results.map((r) => basename(r.filePath))).toEqual(['widgetco-10q.htm', 'ex31.htm']);
    expect(brief(results)).toEqual(['widgetco-10q.htm SOX020 2 1:1 -']);
    expect(results[0].messages[0].message).toBe('This Form 10-Q has no Section 906 certification (Exhibit 32, 18 U.S.C. 1350)');
  });

  it('lints a complete submission found in the folder as a filing of its own', async () => {
    const copy = join(tmp, 'with-submission');
    cpSync(join(FIXTURES, 'filing-10q'), copy, { recursive: true });
    cpSync(join(FIXTURES, 'edgar/acme-10k-2025.txt'), join(copy, 'acme-10k-2025.txt'));
    const results = await lintFilingFolder(copy);
    expect(results.map((r) => basename(r.filePath))).toEqual(['widgetco-10q.htm', 'ex31.htm', 'acme-10k-2025.txt']);
    expect(results[2].messages.map((m) => m.ruleId)).toEqual(['SOX018', 'SOX018']);
  });

  it('treats an EDGAR-wrapped exhibit (<DOCUMENT><TYPE>EX-31.1) as an exhibit of the folder', async () => {
    const copy = join(tmp, 'wrapped');
    cpSync(join(FIXTURES, 'filing-10q'), copy, { recursive: true });
    const ex = readFileSync(join(copy, 'ex31.htm'), 'utf8');
    writeFileSync(join(copy, 'ex31.htm'), `<DOCUMENT>\n<TYPE>EX-31.1\n<SEQUENCE>2\n<FILENAME>ex31.htm\n<TEXT>\n${ex}</TEXT>\n</DOCUMENT>\n`);
    const results = await lintFilingFolder(copy);
    expect(brief(results)).toEqual(['widgetco-10q.htm SOX020 2 1:1 -']);
    expect(results[1].certifications).toHaveLength(1);
  });
});

describe('file names', () => {
  it('reads exhibit numbers from the names filing agents use', () => {
    expect(exhibitType('ex31-1.htm')).toBe('EX-31.1');
    expect(exhibitType('ex31_2.htm')).toBe('EX-31.2');
    expect(exhibitType('EX-32.htm')).toBe('EX-32');
    expect(exhibitType('acme-20251231xex311.htm')).toBe('EX-31.1');
    expect(exhibitType('d812345dex321.htm')).toBe('EX-32.1');
    expect(exhibitType('exhibit31.htm')).toBe('EX-31');
    expect(exhibitType('ex12-1.htm')).toBe('EX-12.1');
    expect(exhibitType('ex99cert.htm')).toBe('EX-99.CERT');
    expect(exhibitType('ex99-906cert.htm')).toBe('EX-99.906CERT');
    expect(exhibitType('acme-10k.htm')).toBeNull();
    expect(exhibitType('index.htm')).toBeNull();
  });

  it('chooses the main document', () => {
    expect(chooseMainDocument([{ name: 'ex31-1.htm', size: 9 }, { name: 'acme-10k.htm', size: 5 }, { name: 'big.htm', size: 99 }])).toBe('acme-10k.htm');
    expect(chooseMainDocument([{ name: 'ex31-1.htm', size: 9 }, { name: 'report.htm', size: 50 }, { name: 'cover.htm', size: 10 }, { name: 'notes.txt', size: 90 }])).toBe('report.htm');
    expect(chooseMainDocument([{ name: 'ex31-1.htm', size: 9 }])).toBeNull();
    expect(formInName('d123456d10q.htm')?.base).toBe('10-Q');
    expect(formInName('form20-f.htm')?.base).toBe('20-F');
    expect(formInName('acme-10ka.htm')).toMatchObject({ base: '10-K', amended: true });
  });
});

describe('pure helpers', () => {
  it('parses dates as filers write them', () => {
    const d = parseDate('February 27, 2026')!;
    for (const s of ['Feb. 27, 2026', 'February 27th, 2026', '2/27/2026', '02/27/26', '2026-02-27', '20260227', '27th day of February, 2026', '27 February 2026', 'February\u00a027, 2026']) {
      expect(parseDate(s), s).toBe(d);
    }
    expect(parseDate('February 30, 2026')).toBeNull();
    expect(parseDate('soon')).toBeNull();
    expect(formatDay(d)).toBe('February 27, 2026');
  });

  it('reads the period a report names', () => {
    expect(periodInReport('Annual Report on Form 10-K for the fiscal year ended December 31, 2025')?.text).toBe('December 31, 2025');
    expect(periodInReport('Annual Report on Form 10-K for the period ended December 31, 2004 as filed with the Securities and Exchange Commission on February 27, 2005')?.text).toBe('December 31, 2004');
    expect(periodInReport('Transition Report on Form 10-K for the transition period from July 1, 2025 to December 31, 2025')?.text).toBe('December 31, 2025');
    expect(periodInReport('Annual Report on Form 10-K')).toBeNull();
  });

  it('reads the form a report names', () => {
    expect(formInReport('Quarterly Report on Form 10-Q')).toMatchObject({ base: '10-Q', amended: false, text: 'Form 10-Q' });
    expect(formInReport('Amendment No. 1 to the Annual Report on Form 10-K')).toMatchObject({ base: '10-K', amended: true });
    expect(formInReport('annual report on Form 10-K/A')).toMatchObject({ base: '10-K', amended: true, text: 'Form 10-K/A' });
    expect(formInReport('Transition Report on Form 10-KT')?.base).toBe('10-K');
    expect(formInReport('annual report')).toBeNull();
  });

  it('tells the officer from the title', () => {
    expect(rolesIn('President and Chief Executive Officer')).toEqual({ peo: true, pfo: false });
    expect(rolesIn('(Principal Executive Officer)')).toEqual({ peo: true, pfo: false });
    expect(rolesIn('Executive Vice President and Chief Financial Officer')).toEqual({ peo: false, pfo: true });
    expect(rolesIn('Treasurer')).toEqual({ peo: false, pfo: true });
    expect(rolesIn('Chief Executive Officer and Chief Financial Officer')).toEqual({ peo: true, pfo: true });
    expect(rolesIn('Principal Executive Officer and Principal Financial Officer')).toEqual({ peo: true, pfo: true });
    expect(rolesIn('Principal Executive and Financial Officer')).toEqual({ peo: true, pfo: true });
    expect(rolesIn('President')).toEqual({ peo: true, pfo: false });
    expect(rolesIn('Vice President, Finance')).toBeNull();
    expect(rolesIn('Assistant Treasurer')).toBeNull();
    expect(rolesIn('Chief Accounting Officer')).toBeNull();
  });

  it('folds registrant names', () => {
    expect(foldName('Acme Corp.')).toBe('acme');
    expect(foldName('ACME CORP /DE/')).toBe('acme');
    expect(foldName('Acme Corporation (the \u201cCompany\u201d)')).toBe('acme');
    expect(foldName('The Acme Company')).toBe('acme');
    expect(foldName('Royal Widgets N.V.')).toBe('royal widgets');
    expect(foldName('Widgets S.A.')).toBe('widgets');
    expect(foldName('Acme plc')).toBe('acme');
    expect(sameRegistrant('Acme Incorporated', 'ACME INC')).toBe(true);
    expect(sameRegistrant('AT&T Inc.', 'AT&T INC.')).toBe(true);
    expect(sameRegistrant('the registrant', 'ACME CORP')).toBe(true);
    expect(sameRegistrant('Acme Holdings, Inc.', 'ACME CORP')).toBe(false);
  });

  it('reads a cover page', () => {
    const cover = readCover('UNITED STATES\nFORM 10-K/A\nAmendment No. 1\nFor the fiscal year ended December 31, 2025\nACME CORP.\n(Exact name of registrant as specified in its charter)\n');
    expect(cover).toMatchObject({ period: 'December 31, 2025', registrant: 'ACME CORP.', form: { base: '10-K', amended: true } });
    const dei = readCover('', { DocumentType: '10-Q', DocumentPeriodEndDate: 'September 30, 2025', EntityRegistrantName: 'WidgetCo, Inc.' });
    expect(dei).toMatchObject({ period: 'September 30, 2025', registrant: 'WidgetCo, Inc.', form: { base: '10-Q', amended: false } });
  });
});

describe('checkFiling', () => {
  function cert(over: Partial<FilingCertification> = {}): FilingCertification {
    return {
      form: '601b31i', officer: 'Jane Doe', report: 'Annual Report on Form 10-K for the fiscal year ended December 31, 2025', registrant: 'Acme Corp.',
      profile: 'standard', line: 10, kind: '302', title: 'Chief Executive Officer', signer: 'Jane Doe', date: 'February 27, 2026', verified: true,
      filePath: 'ex31-1.htm', documentType: 'EX-31.1', ...over,
    };
  }
  function input(over: Partial<FilingInput> = {}): FilingInput {
    return {
      form: '10-K', period: '20251231', filer: ['ACME CORP'], filedDate: '20260227', filedDateSource: 'header',
      certifications: [cert(), cert({ title: 'Chief Financial Officer', officer: 'John Roe', filePath: 'ex31-2.htm', documentType: 'EX-31.2' })],
      documents: [{ filePath: 'ex32.htm', type: 'EX-32' }],
      hasFinancialStatements: true,
      main: { filePath: 'acme-10k.htm', line: 1 },
      ...over,
    };
  }
  const ids = (i: FilingInput) => checkFiling(i).map((f) => `${f.ruleId} ${f.filePath}`);

  it('finds nothing in a compliant filing', () => {
    expect(checkFiling(input())).toEqual([]);
  });

  it('takes the office from the signature block or heading when the title does not say', () => {
    const certs = [cert(), cert({ title: null, signature: '/s/ John Roe\nJohn Roe\n(Principal Financial Officer)', filePath: 'ex31-2.htm' })];
    expect(ids(input({ certifications: certs }))).toEqual([]);
    const byHeading = [cert(), cert({ title: null, heading: 'Exhibit 31.2\nCERTIFICATION OF CHIEF FINANCIAL OFFICER', filePath: 'ex31-2.htm' })];
    expect(ids(input({ certifications: byHeading }))).toEqual([]);
    // No title anywhere: the office cannot be told, a warning.
    const untitled = checkFiling(input({ certifications: [cert(), cert({ title: null, filePath: 'ex31-2.htm' })] }));
    expect(untitled.map((f) => [f.ruleId, f.severity])).toEqual([['SOX017', 1]]);
  });

  it('accepts the form of an amendment, not an amendment named in an original filing', () => {
    const amended = input({ form: '10-K/A', certifications: [cert({ report: 'Annual Report on Form 10-K/A for the fiscal year ended December 31, 2025' }), cert({ title: 'Principal Executive Officer and Principal Financial Officer', report: 'Amendment No. 1 to the Annual Report on Form 10-K' })] });
    expect(ids(amended)).toEqual([]);
    const original = input({ certifications: [cert({ report: 'Annual Report on Form 10-K/A' }), cert({ title: 'Chief Financial Officer' })] });
    expect(checkFiling(original).map((f) => [f.ruleId, f.expected, f.actual])).toEqual([['SOX018', 'Form 10-K', 'Form 10-K/A']]);
  });

  it('reports a quarterly report named in an annual one without a form number', () => {
    const i = input({ certifications: [cert({ report: 'quarterly report' }), cert({ title: 'Chief Financial Officer' })] });
    expect(checkFiling(i).map((f) => [f.ruleId, f.expected])).toEqual([['SOX018', 'annual report']]);
  });

  it('counts an EX-32 document, or Exhibit 13 of a 20-F, as the Section 906 certification', () => {
    expect(ids(input({ documents: [] }))).toEqual(['SOX020 acme-10k.htm']);
    expect(ids(input({ form: '20-F', certifications: [], documents: [{ filePath: 'ex13.htm', type: 'EX-13.1' }] }))).toEqual(['SOX017 acme-10k.htm']);
    expect(ids(input({ form: '10-K/A', documents: [], hasFinancialStatements: false }))).toEqual([]);
    expect(ids(input({ form: '8-K', certifications: [], documents: [] }))).toEqual([]);
  });

  it('checks dates against the filing date, within 30 days', () => {
    const certs = [cert({ date: '2/28/2026' }), cert({ title: 'Chief Financial Officer', date: '28th day of January, 2026', filePath: 'ex31-2.htm' })];
    const f = checkFiling(input({ certifications: certs }));
    expect(f.map((x) => [x.ruleId, x.filePath, x.paragraph])).toEqual([['SOX021', 'ex31-1.htm', 'signature']]);
    expect(f[0].message).toBe('EX-31.1 (ex31-1.htm): dated 2/28/2026, after the filing date (February 27, 2026)');
  });

  it('places findings about a certification at its line when its wording cannot be found', () => {
    const f = checkFiling(input({ filer: ['WIDGETCO INC'] }));
    expect(f.map((x) => `${x.ruleId} ${x.start.line}:${x.start.column}`)).toEqual(['SOX019 10:1', 'SOX019 10:1']);
  });
});
