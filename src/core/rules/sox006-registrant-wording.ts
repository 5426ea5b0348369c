import { trimShared } from './differences.js';
import type { CertificationRule, Declared } from './rule.js';

const REGISTRANT_WORDS = new Set(['the', 'registrant', "registrant's"]);

export const registrantWording: Declared<CertificationRule> = {
  id: 'SOX006',
  name: 'registrant-wording',
  severity: 'error',
  fixable: true,
  description: '"the registrant" replaced by a name, "the Company" or a defined term.',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    for (let k = 0; k < cert.changes.length; k++) {
      const c = cert.changes[k];
      if (c.kind !== 'wording' || cert.isClaimed(c) || c.ins.length === 0) continue;
      const del = cert.delWords(c);
      if (!del.some((w) => w.startsWith('registrant')) || !del.every((w) => REGISTRANT_WORDS.has(w))) continue;
      cert.claim(c);
      const para = cert.paraId(c.para);
      const expected = cert.templateWords(c.del);
      const actual = cert.seqQuote(c.ins[0], c.ins[c.ins.length - 1]);
      context.report({
        message: `Paragraph ${para}: "${trimShared(expected, actual).join('" replaced by "')}"; the form says "the registrant"`,
        paragraph: para,
        range: cert.changeRange(c),
        expected,
        actual,
      });
    }
  },
};
