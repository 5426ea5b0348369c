import { sameSigner } from '../signature.js';
import type { Section906Rule, Declared } from './rule.js';

export const signature906: Declared<Section906Rule> = {
  id: 'SOX016',
  name: '906-signature',
  severity: 'error',
  notFixedReason: "the Section 906 statement needs the officer's own signature and date",
  description: 'A Section 906 certification (Exhibit 32) is not signed (/s/ name) or not dated.',
  scope: '906',
  check(statement, context) {
    const { doc, end, signature: block } = statement;
    const endPoint = { from: doc.tokenTo(end - 1), to: doc.tokenTo(end - 1) };
    if (block.sig < 0 || !block.signer) {
      context.report({
        message: 'Section 906 certification has no conformed signature ("/s/ Name")',
        paragraph: 'signature',
        range: block.sig >= 0 ? { from: doc.tokenFrom(block.sig), to: doc.tokenTo(block.sig) } : endPoint,
        expected: '/s/ [name]',
        actual: null,
      });
    }
    if (!block.date) {
      context.report({
        message: 'Section 906 certification is not dated',
        paragraph: 'signature',
        range: block.dateLabel >= 0 ? { from: doc.tokenFrom(block.dateLabel), to: doc.tokenTo(block.dateLabel) } : endPoint,
        expected: 'Date: [month day, year]',
        actual: null,
      });
    }
    const officer = statement.openingOfficer;
    // A single officer's certification signed by someone else; joint ones name several ("A and B").
    if (officer !== null && block.signer && !sameSigner(block.signer, officer) && !/\band\b/.test(officer)) {
      context.report({
        severity: 1,
        message: `Section 906 certification is signed by "${block.signer}", but names "${officer}"`,
        paragraph: 'signature',
        range: { from: doc.tokenFrom(block.sig), to: doc.tokenTo(block.signerLast) },
        expected: officer,
        actual: block.signer,
      });
    }
  },
};
