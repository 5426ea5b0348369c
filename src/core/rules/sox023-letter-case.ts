import { reportCosmetic } from './cosmetic.js';
import { docsPath, type CertificationRule } from './rule.js';

export const letterCase: CertificationRule = {
  id: 'SOX023',
  name: 'letter-case',
  severity: 'warning',
  fixable: true,
  description: 'Letter case differs from the form\'s, the words being the same ("Board of Directors", "designed").',
  docs: docsPath('SOX023', 'letter-case'),
  scope: 'certification',
  check(cert, context) {
    reportCosmetic(cert, 'case', context);
  },
};
