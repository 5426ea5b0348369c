import type { Certification } from '../certification.js';
import { splitOfficer } from './sox007-title-in-opening.js';
import { docsPath, type CertificationRule } from './rule.js';

const CONFORMED = /^\/s\/?/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DATE = new RegExp(`\\b(?:(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2} (?:${MONTHS}),? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? day of (?:${MONTHS}),? \\d{4})\\b`, 'i');
const ATTORNEY = /\battorney[- ]in[- ]fact\b|\bpower of attorney\b/i;
const DATE_LABEL = /^dated?:?$/i;
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'cpa', 'phd', 'md']);

function nameWords(name: string): Set<string> {
  return new Set(name.toLowerCase().replace(/[^a-z\s'-]/g, ' ').split(/\s+/).filter((w) => w.length > 1 && !SUFFIXES.has(w)));
}

/** The same person, allowing for initials, middle names and suffixes on one side. */
export function sameSigner(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.size === 0 || y.size === 0) return true;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((w) => large.has(w));
}

export const signatureBlock: CertificationRule = {
  id: 'SOX009',
  name: 'signature-block',
  severity: 'error',
  description: 'No conformed signature (/s/ name), no date, or a signer other than the officer named in the opening.',
  docs: docsPath('SOX009', 'signature-block'),
  scope: 'certification',
  check(cert: Certification) {
    const last = cert.lastMatched();
    if (last < 0) return;
    const t = cert.doc.tokens;
    const from = cert.seq.last[last] + 1;
    const to = cert.region.end; // exclusive
    const end = cert.insertionPoint(-1);
    const tail = from < to ? cert.doc.words(from, to - 1) : '';

    let sig = -1;
    for (let k = from; k < to && sig < 0; k++) if (CONFORMED.test(t.key[k])) sig = k;
    if (sig < 0) {
      cert.report({
        ruleId: 'SOX009',
        message: 'No conformed signature ("/s/ Name") after the certification',
        paragraph: 'signature',
        range: end,
        expected: '/s/ [name of the certifying officer]',
        actual: null,
      });
    } else {
      // The signer's name: what follows "/s/" on its line.
      let a = t.key[sig].replace(CONFORMED, '') ? sig : sig + 1;
      let b = a;
      while (b + 1 < to && !t.lineStart[b + 1] && b - a < 5 && !DATE_LABEL.test(t.key[b + 1])) b++;
      if (a < to) {
        const signer = cert.doc.words(a, b).replace(CONFORMED, '').replace(/[,;]$/, '').trim();
        const officer = splitOfficer(cert);
        if (officer && signer && !sameSigner(signer, officer.name)) {
          cert.report({
            ruleId: 'SOX009',
            severity: 1,
            message: `Signed by "${signer}", but the opening line names "${officer.name}"`,
            paragraph: 'signature',
            range: cert.tokenRange(sig, b),
            expected: officer.name,
            actual: signer,
          });
        }
      } else {
        a = sig; b = sig;
        cert.report({
          ruleId: 'SOX009',
          message: 'The conformed signature "/s/" names nobody',
          paragraph: 'signature',
          range: cert.tokenRange(sig, sig),
          expected: '/s/ [name of the certifying officer]',
          actual: '/s/',
        });
      }
    }
    const poa = ATTORNEY.exec(tail);
    if (poa) {
      let k = from;
      while (k < to && !/^(?:attorney|power)/i.test(t.key[k])) k++;
      cert.report({
        ruleId: 'SOX009',
        message: 'Signed under a power of attorney: Rule 13a-14(c) allows no certification to be signed on an officer\'s behalf',
        paragraph: 'signature',
        range: k < to ? cert.tokenRange(k, Math.min(to - 1, k + 2)) : end,
        expected: null,
        actual: poa[0],
      });
    }
    if (!DATE.test(tail)) {
      let label = -1;
      for (let k = from; k < to && label < 0; k++) if (DATE_LABEL.test(t.key[k])) label = k;
      cert.report({
        ruleId: 'SOX009',
        message: label >= 0 ? 'The "Date:" line gives no date' : 'The certification is not dated',
        paragraph: 'signature',
        range: label >= 0 ? cert.tokenRange(label, label) : end,
        expected: 'Date: [month day, year]',
        actual: label >= 0 ? cert.doc.words(label, label) : null,
      });
    }
  },
};
