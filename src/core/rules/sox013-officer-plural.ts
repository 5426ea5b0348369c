import type { CertificationRule, Declared } from './rule.js';

const OFFICERS = /^officer\(s\)/;
const CHANGED = /^officers?$/i;

export const officerPlural: Declared<CertificationRule> = {
  id: 'SOX013',
  name: 'officer-plural',
  severity: 'warning',
  fixable: true,
  description: '"officer(s)" written "officer" or "officers".',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    for (let k = 0; k < cert.changes.length; k++) {
      const c = cert.changes[k];
      if (c.kind !== 'choice' || cert.isClaimed(c) || c.del.length !== 1 || c.ins.length !== 1) continue;
      if (!OFFICERS.test(cert.template.keys[c.del[0]])) continue;
      const actual = cert.seqQuote(c.ins[0], c.ins[0]);
      if (!CHANGED.test(actual.replace(/[.,;:]$/, ''))) continue;
      cert.claim(c);
      const para = cert.paraId(c.para);
      context.report({
        message: `Paragraph ${para}: "officer(s)" written "${actual}"`,
        paragraph: para,
        range: cert.changeRange(c),
        expected: cert.templateWords(c.del),
        actual,
      });
    }
  },
};
