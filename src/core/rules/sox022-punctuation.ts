import { reportCosmetic } from './cosmetic.js';
import { docsPath, type CertificationRule } from './rule.js';

export const punctuation: CertificationRule = {
  id: 'SOX022',
  name: 'punctuation',
  severity: 'warning',
  fixable: true,
  description: 'Punctuation differs from the form\'s, the words being the same (a comma, ";" for ".", a parenthesis, "13a 15(e)").',
  docs: docsPath('SOX022', 'punctuation'),
  scope: 'certification',
  check(cert, context) {
    reportCosmetic(cert, 'punctuation', context);
  },
};
