import { reportCosmetic } from './cosmetic.js';
import type { CertificationRule, Declared } from './rule.js';

export const punctuation: Declared<CertificationRule> = {
  id: 'SOX022',
  name: 'punctuation',
  severity: 'warning',
  fixable: true,
  description: 'Punctuation differs from the form\'s, the words being the same (a comma, ";" for ".", a parenthesis, "13a 15(e)").',
  scope: 'certification',
  check(cert, context) {
    reportCosmetic(cert, 'punctuation', context);
  },
};
