import { COMPLIES, FAIRLY } from '../section906.js';
import type { Section906Rule, Declared } from './rule.js';

/** The two statements 18 U.S.C. 1350(b) requires, and how a message names each. */
const STATEMENTS: [RegExp, string][] = [
  [COMPLIES, 'the report "fully complies with the requirements of section 13(a) or 15(d) of the Securities Exchange Act of 1934"'],
  [FAIRLY, 'the information in the report "fairly presents, in all material respects, the financial condition and results of operations" of the issuer'],
];

export const missing906Statement: Declared<Section906Rule> = {
  id: 'SOX015',
  name: '906-missing-statement',
  severity: 'error',
  notFixedReason: 'Section 906 statements are not rewritten: use the 18 U.S.C. 1350 statement',
  description: 'A Section 906 certification (Exhibit 32) lacks one of the two statements 18 U.S.C. 1350(b) requires.',
  scope: '906',
  check(statement, context) {
    const { doc, start, end } = statement;
    // Its first words: where a reader looks for the statements.
    const head = { from: doc.tokenFrom(start), to: doc.tokenTo(Math.min(end - 1, start + 3)) };
    for (const [re, what] of STATEMENTS) {
      if (re.test(statement.body)) continue;
      context.report({
        message: `Section 906 certification does not state that ${what} (18 U.S.C. 1350(b))`,
        paragraph: null,
        range: head,
        expected: what,
        actual: null,
      });
    }
  },
};
