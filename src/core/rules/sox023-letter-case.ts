import { reportCosmetic } from './cosmetic.js';
import type { CertificationRule, Declared } from './rule.js';

export const letterCase: Declared<CertificationRule> = {
  id: 'SOX023',
  name: 'letter-case',
  severity: 'warning',
  fixable: true,
  description: 'Letter case differs from the form\'s, the words being the same ("Board of Directors", "designed").',
  scope: 'certification',
  check(cert, context) {
    reportCosmetic(cert, 'case', context);
  },
};
