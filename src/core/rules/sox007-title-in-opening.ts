import { splitOfficer } from '../officer.js';
import type { CertificationRule, Declared } from './rule.js';

export const titleInOpening: Declared<CertificationRule> = {
  id: 'SOX007',
  name: 'title-in-opening',
  severity: 'warning',
  fixable: true,
  description: 'The officer\'s title stands in the "I, ..., certify that:" line.',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    const officer = splitOfficer(cert);
    if (!officer || !officer.title) return;
    const [a, b] = officer.title;
    const actual = cert.doc.words(a, b).replace(/,$/, '');
    context.report({
      message: `The opening line adds "${actual}" to the officer's name; the form reads "I, [identify the certifying individual], certify that:"`,
      paragraph: 'intro',
      range: cert.tokenRange(a, b, true),
      expected: null,
      actual,
    });
  },
};
