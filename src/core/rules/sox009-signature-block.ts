import type { Certification } from '../certification.js';
import { readSignature, sameSigner } from '../signature.js';
import { splitOfficer } from '../officer.js';
import type { CertificationRule, Declared } from './rule.js';

export const signatureBlock: Declared<CertificationRule> = {
  id: 'SOX009',
  name: 'signature-block',
  severity: 'error',
  notFixedReason: "the signature block needs the officer's own signature, name, title and date",
  description: 'No conformed signature (/s/ name), no date, or a signer other than the officer named in the opening.',
  scope: 'certification',
  check(cert, context) {
    const last = cert.lastMatched();
    if (last < 0) return;
    const block = readSignature(cert.doc, cert.seq.last[last] + 1, cert.region.end);
    // The end of the certification (cert.insertionPoint(-1)) is worked out only for a finding that
    // stands there: in a signed and dated certification it is not run, nor compiled into this check.
    if (block.sig < 0) {
      context.report({
        message: 'No conformed signature ("/s/ Name") after the certification',
        paragraph: 'signature',
        range: cert.insertionPoint(-1),
        expected: '/s/ [name of the certifying officer]',
        actual: null,
      });
    } else if (!block.signer) {
      context.report({
        message: 'The conformed signature "/s/" names nobody',
        paragraph: 'signature',
        range: cert.tokenRange(block.sig, block.sig),
        expected: '/s/ [name of the certifying officer]',
        actual: '/s/',
      });
    } else {
      const officer = splitOfficer(cert);
      if (officer && !sameSigner(block.signer, officer.name)) {
        context.report({
          severity: 1,
          message: `Signed by "${block.signer}", but the opening line names "${officer.name}"`,
          paragraph: 'signature',
          range: cert.tokenRange(block.sig, block.signerLast),
          expected: officer.name,
          actual: block.signer,
        });
      }
    }
    if (block.attorney >= 0) {
      context.report({
        message: 'Signed under a power of attorney: Rule 13a-14(c) allows no certification to be signed on an officer\'s behalf',
        paragraph: 'signature',
        range: cert.tokenRange(block.attorney, Math.min(block.to - 1, block.attorney + 2)),
        expected: null,
        actual: block.attorneyText,
      });
    }
    if (!block.date) {
      context.report({
        message: block.dateLabel >= 0 ? 'The "Date:" line gives no date' : 'The certification is not dated',
        paragraph: 'signature',
        range: block.dateLabel >= 0 ? cert.tokenRange(block.dateLabel, block.dateLabel) : cert.insertionPoint(-1),
        expected: 'Date: [month day, year]',
        actual: block.dateLabel >= 0 ? cert.doc.words(block.dateLabel, block.dateLabel) : null,
      });
    }
  },
};
