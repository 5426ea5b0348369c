import type { Certification } from '../certification.js';
import { readSignature, sameSigner } from '../signature.js';
import { splitOfficer } from '../officer.js';
import { docsPath, type CertificationRule } from './rule.js';

export const signatureBlock: CertificationRule = {
  id: 'SOX009',
  name: 'signature-block',
  severity: 'error',
  notFixedReason: "the signature block needs the officer's own signature, name, title and date",
  description: 'No conformed signature (/s/ name), no date, or a signer other than the officer named in the opening.',
  docs: docsPath('SOX009', 'signature-block'),
  scope: 'certification',
  check(cert, context) {
    const last = cert.lastMatched();
    if (last < 0) return;
    const sb = readSignature(cert.doc, cert.seq.last[last] + 1, cert.region.end);
    const end = cert.insertionPoint(-1);
    if (sb.sig < 0) {
      context.report({
        message: 'No conformed signature ("/s/ Name") after the certification',
        paragraph: 'signature',
        range: end,
        expected: '/s/ [name of the certifying officer]',
        actual: null,
      });
    } else if (!sb.signer) {
      context.report({
        message: 'The conformed signature "/s/" names nobody',
        paragraph: 'signature',
        range: cert.tokenRange(sb.sig, sb.sig),
        expected: '/s/ [name of the certifying officer]',
        actual: '/s/',
      });
    } else {
      const officer = splitOfficer(cert);
      if (officer && !sameSigner(sb.signer, officer.name)) {
        context.report({
          severity: 1,
          message: `Signed by "${sb.signer}", but the opening line names "${officer.name}"`,
          paragraph: 'signature',
          range: cert.tokenRange(sb.sig, sb.signerLast),
          expected: officer.name,
          actual: sb.signer,
        });
      }
    }
    if (sb.attorney >= 0) {
      context.report({
        message: 'Signed under a power of attorney: Rule 13a-14(c) allows no certification to be signed on an officer\'s behalf',
        paragraph: 'signature',
        range: cert.tokenRange(sb.attorney, Math.min(sb.to - 1, sb.attorney + 2)),
        expected: null,
        actual: sb.attorneyText,
      });
    }
    if (!sb.date) {
      context.report({
        message: sb.dateLabel >= 0 ? 'The "Date:" line gives no date' : 'The certification is not dated',
        paragraph: 'signature',
        range: sb.dateLabel >= 0 ? cert.tokenRange(sb.dateLabel, sb.dateLabel) : end,
        expected: 'Date: [month day, year]',
        actual: sb.dateLabel >= 0 ? cert.doc.words(sb.dateLabel, sb.dateLabel) : null,
      });
    }
  },
};
