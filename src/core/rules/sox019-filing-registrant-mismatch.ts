import { isGenericRegistrant, sameRegistrant } from '../filing/roles.js';
import { namer, placeOf, reportParagraph, where } from './shared/filing.js';
import type { FilingRule, Declared } from './rule.js';

export const filingRegistrantMismatch: Declared<FilingRule> = {
  id: 'SOX019',
  name: 'filing-registrant-mismatch',
  severity: 'warning',
  notFixedReason: "the registrant named must be the filing's own: only the filer knows which",
  description: "Paragraph 1's registrant differs from the filer's name.",
  scope: 'filing',
  check(input, context) {
    const filers = [...new Set(input.filer.map((f) => f.trim()).filter(Boolean))];
    if (!filers.length) return;
    for (const c of input.certifications) {
      const registrant = c.registrant;
      if (!registrant || isGenericRegistrant(registrant)) continue;
      if (filers.some((f) => sameRegistrant(registrant, f))) continue;
      context.report({
        message: `${where(c)}: ${namer(c)} names the registrant "${registrant}", but the filer is "${filers[0]}"`,
        paragraph: reportParagraph(c),
        ...placeOf(c, registrant, 'report'),
        expected: filers[0],
        actual: registrant,
      });
    }
  },
};
