import type { DocumentRule, Declared } from './rule.js';

export const noCertification: Declared<DocumentRule> = {
  id: 'SOX001',
  name: 'no-certification',
  severity: 'error',
  notFixedReason: 'no certification to correct: write the certification from the form',
  description: 'A file given by name holds no Section 302 or Section 906 certification.',
  scope: 'document',
  check(document, context) {
    if (document.certifications > 0 || !document.requireCertification) return;
    const miss = document.firstMiss;
    context.report({
      message: miss
        ? `No Section 302 or 906 certification found: the text starting here matches less than ${document.minSimilarity * 100}% of the form's words`
        : 'No Section 302 or 906 certification found: no "I, ..., certify that:" opening, no "I have reviewed this" paragraph, no 18 U.S.C. 1350 statement',
      paragraph: null,
      range: miss ?? { from: 0, to: 0 },
    });
  },
};
