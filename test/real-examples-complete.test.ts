// Six complete EDGAR exhibits as filed (test/fixtures/real-examples-complete/, with the reading of
// every difference in its README): soxlint gives exactly the findings the reading names, wording
// as errors, punctuation and letter case as warnings, nothing on the compliant, Section 906 and
// asset-backed ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/extract/index.js';
import { lintExtracted } from '../src/core/lint.js';
import { slice } from './support/certs.js';

const dir = join(import.meta.dirname, 'fixtures/real-examples-complete');

interface Case {
  file: string;
  forms: string[];
  /** "RULE paragraph severity" in output order. */
  findings: string[];
  /** The words some findings point at, as the file has them (tags aside). */
  words?: [string, string, string][];
}

const cases: Case[] = [
  {
    file: '006-apple-computer-10k-2005-ex31-1.htm', forms: ['601b31i'],
    // Punctuation only: ")" missing after "15d-15(f)"; a serial comma in "summarize, and report".
    findings: ['SOX022 4 warning', 'SOX022 5(a) warning'],
    words: [['SOX022', '4', '15d-15(f)'], ['SOX022', '5(a)', 'summarize,']],
  },
  { file: '010-air-products-10k-2018-ex31-1.htm', forms: ['601b31i'], findings: [] },
  { file: '015-google-10k-2012-ex32-01-sec906.htm', forms: ['906', '906'], findings: [] },
  {
    file: '019-north-european-oil-royalty-trust-10k-2021-ex31.htm', forms: ['601b31i'],
    findings: [
      'SOX004 4 error', // "I am responsible"
      'SOX022 4 warning', 'SOX022 4 warning', // "13a 15(e) and 15d 15(e))", the same for (f)
      'SOX004 4(a) error', 'SOX004 4(a) error', 'SOX004 4(a) error', // "my", "me", "; and"
      'SOX004 4(b) error', 'SOX004 4(b) error', // "my", "the modified cash basis of accounting; and"
      'SOX004 4(c) error', // "my"
      'SOX004 5 error', 'SOX004 5 error', 'SOX004 5 error', // "I have disclosed", "my most recent", "and to the"
    ],
    words: [['SOX004', '4', 'I am'], ['SOX022', '4', '13a 15(e) and 15d 15(e))'], ['SOX004', '4(b)', 'the modified cash basis of accounting; and'], ['SOX004', '5', 'to']],
  },
  {
    file: '023-nestbuilder-com-10k-2021-ex31-1.htm', forms: ['601b31i'],
    // "." for ";" ending 2 and 3; "officer" for "officer(s)" in 4 and 5.
    findings: ['SOX022 2 warning', 'SOX022 3 warning', 'SOX013 4 warning', 'SOX013 5 warning'],
    words: [['SOX022', '2', 'report.'], ['SOX013', '4', 'officer']],
  },
  { file: '027-carmax-auto-owner-trust-2019-3-10k-2023-ex31-1-abs.htm', forms: ['601b31ii'], findings: [] },
];

describe('complete real EDGAR exhibits', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const bytes = readFileSync(join(dir, c.file));
    const ext = await extract(bytes, c.file);
    const r = lintExtracted(ext, c.file);
    expect(r.certifications.map((x) => x.form)).toEqual(c.forms);
    expect(r.messages.map((m) => `${m.ruleId} ${m.paragraph} ${m.severity === 2 ? 'error' : 'warning'}`)).toEqual(c.findings);
    for (const [rule, para, words] of c.words ?? []) {
      const hit = r.messages.find((m) => m.ruleId === rule && m.paragraph === para && slice(ext.source, m).replace(/<[^>]*>|\s+/g, ' ').replace(/\s+/g, ' ').trim() === words);
      expect(hit, `${rule} ${para} "${words}"`).toBeDefined();
    }
  });
});
