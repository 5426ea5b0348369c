// Nine real EDGAR certifications (test/fixtures/real-examples/, cut at about 2,000 bytes, with a
// careful reading of their deviations in its README). soxlint must find what the reading found;
// the paragraphs after each cut are rightly reported missing, and the cut-off signature too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract/text.js';
import { lintExtracted } from '../src/core/lint.js';
import { slice } from './support/certs.js';

const dir = join(import.meta.dirname, 'fixtures/real-examples');
const AFTER_4C = ['4(c)', '4(d)', '5', '5(a)', '5(b)'];
const AFTER_4B = ['4(b)', ...AFTER_4C];

const cases: { file: string; form: string; findings: string[]; missing: string[]; notes: [string, string, string | null][] }[] = [
  {
    file: '002-nano-proprietary-10q-2008-ex31-1.txt', form: '601b31i', missing: AFTER_4C,
    findings: ['SOX022 3', 'SOX022 3', 'SOX006 3', 'SOX022 3', 'SOX006 4', 'SOX013 4', 'SOX004 4', 'SOX022 4', 'SOX004 4', 'SOX022 4', 'SOX006 4', 'SOX006 4(a)'],
    // "NNPP" for the registrant; "officers"; "the Exchange Act Rules"; punctuation only (warnings):
    // commas added and "." for ";" in 3, the ICFR definition without its parentheses, "13a – 15(f)".
    notes: [['SOX006', '3', 'NNPP'], ['SOX013', '4', 'officers'], ['SOX022', '4', '13a – 15(f) and 15d – 15(f)'], ['SOX022', '3', 'report.']],
  },
  {
    file: '004-espeed-10k-2004-ex31-2.txt', form: '601b31i', missing: AFTER_4C,
    findings: ['SOX005 2', 'SOX005 2', 'SOX005 3', 'SOX005 3', 'SOX013 4', 'SOX005 4(a)', 'SOX004 4(b)'],
    notes: [['SOX005', '2', 'annual report'], ['SOX005', '2', 'annual\nreport;'], ['SOX004', '4(b)', 'principals;']],
  },
  {
    file: '020-chugach-electric-10q-2008-ex31-1.txt', form: '601b31i', missing: AFTER_4B,
    findings: ['SOX006 3', 'SOX006 4', 'SOX006 4'],
    // Its heading cites 18 U.S.C. 1350: it is still a Section 302 certification, not an Exhibit 32.
    notes: [['SOX006', '3', 'Chugach']],
  },
  {
    file: '025-cardinal-minerals-10qsb-2004-ex31.txt', form: '601b31i', missing: AFTER_4B,
    findings: ['SOX008 1', 'SOX005 2', 'SOX005 2', 'SOX005 3', 'SOX008 3', 'SOX005 3', 'SOX004 4', 'SOX004 4', 'SOX004 4(a)'],
    notes: [['SOX008', '1', 'Form 10-QSB'], ['SOX008', '3', 'small business issuer'], ['SOX004', '4', 'I am the sole officer']],
  },
  {
    file: '028-smic-20f-2008-ex12-1.txt', form: '20-F', missing: AFTER_4C,
    findings: ['SOX005 4(a)'],
    notes: [['SOX005', '4(a)', 'annual\nreport']],
  },
  {
    file: '031-scientific-industries-10k-2009-ex31-1.txt', form: '601b31i', missing: AFTER_4C,
    findings: ['SOX004 4', 'SOX004 4', 'SOX004 4', 'SOX022 4', 'SOX022 4', 'SOX004 4', 'SOX023 4(a)', 'SOX004 4(a)', 'SOX004 4(a)', 'SOX004 4(b)', 'SOX004 4(b)', 'SOX004 4(b)'],
    // Sole officer: "I am responsible" (one finding), "my supervision", "external purpose"; a
    // parenthesis missing twice and "designed" in lower case are warnings.
    notes: [['SOX004', '4', 'I am'], ['SOX022', '4', '15d-15(e)'], ['SOX023', '4(a)', 'designed'], ['SOX004', '4(b)', 'purpose']],
  },
  {
    file: '041-china-southern-airlines-20f-2007-ex12-1.txt', form: '20-F', missing: ['4(d)', '5', '5(a)', '5(b)'],
    findings: ['SOX005 3', 'SOX005 3', 'SOX003 4', 'SOX005 4(a)', 'SOX005 4(c)', 'SOX005 4(c)', 'SOX004 4(c)'],
    // The substantive deviation of the nine: the ICFR clause left out of paragraph 4 while 4(b) stands.
    notes: [['SOX003', '4', null]],
  },
  {
    file: '044-hemispherx-biopharma-10ka-2006-ex31-2.txt', form: '601b31i', missing: AFTER_4B,
    findings: ['SOX007 intro', 'SOX004 4(a)'],
    notes: [['SOX007', 'intro', 'Chief Financial Officer of Hemispherx Biopharma, Inc. (the\n"Registrant")']],
  },
  {
    file: '051-northern-states-financial-10k-2008-ex31-1.txt', form: '601b31i', missing: AFTER_4C,
    findings: ['SOX005 2', 'SOX004 2', 'SOX005 2', 'SOX005 3', 'SOX005 3', 'SOX013 4', 'SOX004 4(a)', 'SOX005 4(a)'],
    // "statement of material fact" ("a" dropped); "disclosure and controls and procedures".
    notes: [['SOX004', '2', null], ['SOX004', '4(a)', 'and']],
  },
];

describe('the real EDGAR certifications', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const source = readFileSync(join(dir, c.file), 'utf8');
    const r = lintExtracted(extractText(source), c.file);
    expect(r.certifications.map((x) => x.form)).toEqual([c.form]);
    const main = r.messages.filter((m) => m.ruleId !== 'SOX002' && m.ruleId !== 'SOX009');
    expect(main.map((m) => `${m.ruleId} ${m.paragraph}`)).toEqual(c.findings);
    expect(r.messages.filter((m) => m.ruleId === 'SOX002').map((m) => m.paragraph)).toEqual(c.missing);
    // Cut off before its signature: no signature, no date.
    expect(r.messages.filter((m) => m.ruleId === 'SOX009').map((m) => m.message)).toEqual([
      'No conformed signature ("/s/ Name") after the certification', 'The certification is not dated',
    ]);
    for (const [rule, para, words] of c.notes) {
      const m = main.find((x) => x.ruleId === rule && x.paragraph === para && (words === null || slice(source, x) === words));
      expect(m, `${rule} ${para} ${words}`).toBeDefined();
      if (words === null) expect(slice(source, m!)).toBe('');
    }
    // Unverified 20-F wording gives warnings only.
    if (c.form === '20-F') expect(main.every((m) => m.severity === 1)).toBe(true);
  });
});
