import { NEEDS_906, parseFormType } from '../filing/forms.js';
import { is906Document, mainPlace } from './shared/filing.js';
import type { FilingRule, Declared } from './rule.js';

export const filingMissing906: Declared<FilingRule> = {
  id: 'SOX020',
  name: 'filing-missing-906',
  severity: 'error',
  notFixedReason: 'the Section 906 exhibit must be written and signed by the officers',
  description: 'A 10-K, 10-Q or 20-F with financial statements has no Section 906 certification.',
  scope: 'filing',
  check(input, context) {
    const form = parseFormType(input.form);
    if (!form || !NEEDS_906.has(form.base) || (form.amended && !input.hasFinancialStatements)) return;
    const has906 = input.certifications.some((c) => c.kind === '906') ||
      input.documents.some((d) => is906Document(d.type, form.base));
    if (has906) return;
    const exhibit = form.base === '20-F' ? 'Exhibit 13' : 'Exhibit 32';
    context.report({
      message: `This Form ${form.text}${form.amended ? ', which contains financial statements,' : ''} has no Section 906 certification (${exhibit}, 18 U.S.C. 1350)`,
      paragraph: null,
      ...mainPlace(input),
      expected: `${exhibit} certification under 18 U.S.C. 1350`,
      actual: null,
    });
  },
};
