// Certifications with one fixable defect each, built from the template (test/support/certs.ts), for
// the fix tests in every format.
import { FILL, canonical, canonicalFor, edit, reletter, without, type Para } from './certs.js';

export const ICFR = ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))';

export interface FixCase {
  name: string;
  paras: () => Para[];
  /** Rules the input must be reported under (each fixable). */
  rules: string[];
}

export const FIX_CASES: FixCase[] = [
  { name: 'paragraph 4(b) left out, (c) and (d) relettered', paras: () => reletter(without(canonical(), '4(b)')), rules: ['SOX002'] },
  { name: 'paragraph 2 left out', paras: () => without(canonical(), '2'), rules: ['SOX002'] },
  { name: 'the last paragraph, 5(b), left out', paras: () => without(canonical(), '5(b)'), rules: ['SOX002'] },
  { name: '5(b) left out with the glue of 5(a) ("; and" made ".")', paras: () => edit(without(canonical(), '5(b)'), '5(a)', 'information; and', 'information.'), rules: ['SOX002'] },
  { name: 'paragraph 4 left out', paras: () => without(canonical(), '4'), rules: ['SOX002'] },
  { name: 'the opening line left out (the officer from the signature)', paras: () => without(canonical(), 'intro'), rules: ['SOX002'] },
  { name: 'the ICFR clause left out', paras: () => edit(canonical(), '4', ICFR, ''), rules: ['SOX003'] },
  { name: 'the Qualys case', paras: () => reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), rules: ['SOX002', 'SOX003'] },
  { name: 'a word dropped', paras: () => edit(canonical(), '2', 'statement of a material', 'statement of material'), rules: ['SOX004'] },
  { name: 'a word replaced', paras: () => edit(canonical(), '4(b)', 'accounting principles', 'accounting principals'), rules: ['SOX004'] },
  { name: 'words inserted', paras: () => edit(canonical(), '2', 'any untrue statement', 'any untrue or misleading statement'), rules: ['SOX004'] },
  { name: 'a paragraph\'s first word dropped', paras: () => edit(canonical(), '5(b)', 'Any fraud', 'fraud'), rules: ['SOX004'] },
  { name: 'a paragraph\'s last words dropped', paras: () => edit(canonical(), '5(b)', 'internal control over financial reporting.', 'internal control.'), rules: ['SOX004'] },
  { name: '"annual report"', paras: () => edit(canonical(), '2', 'covered by this report', 'covered by this annual report'), rules: ['SOX005'] },
  { name: '"the Company" for "the registrant"', paras: () => edit(canonical(), '3', 'of the registrant as of', 'of the Company as of'), rules: ['SOX006'] },
  { name: 'the title in the opening', paras: () => canonicalFor('601b31i', { ...FILL, officer: 'Jane Q. Doe, Chief Executive Officer' }), rules: ['SOX007'] },
  { name: 'the 2002 definition', paras: () => edit(canonical(), '4', '13a-15(e) and 15d-15(e)', '13a-14 and 15d-14'), rules: ['SOX008'] },
  { name: '"officers" for "officer(s)"', paras: () => edit(canonical(), '5', 'officer(s)', 'officers'), rules: ['SOX013'] },
  { name: 'punctuation', paras: () => edit(canonical(), '4(b)', 'principles;', 'principles.'), rules: [] },
  { name: 'letter case', paras: () => edit(canonical(), '3', 'fairly present', 'Fairly Present'), rules: [] },
];
