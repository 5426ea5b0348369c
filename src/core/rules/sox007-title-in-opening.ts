import type { Certification } from '../certification.js';
import { TITLE_WORDS } from '../signature.js';
import { docsPath, type CertificationRule } from './rule.js';

/** "Jr.", "III", "Ph.D." after a comma are part of the name, not a title. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|esq|cpa|ph\.?d|m\.?d|j\.?d)\.?,?$/i;

/** The officer's name and, when the opening gives one, the title after it (as token ranges). */
export function splitOfficer(cert: Certification): { name: string; title: [number, number] | null } | null {
  const slot = cert.seq.slots.officer;
  if (!slot) return null;
  const t = cert.doc.tokens;
  // The name ends at the first word followed by a comma, or before the first title word.
  for (let k = slot.first; k < slot.last; k++) {
    if (t.key[k].endsWith(',') && !SUFFIX.test(t.key[k + 1])) {
      const name = cert.doc.words(slot.first, k).replace(/,$/, '');
      return { name, title: [k + 1, slot.last] };
    }
  }
  for (let k = slot.first + 1; k <= slot.last; k++) {
    if (TITLE_WORDS.test(t.key[k])) return { name: cert.doc.words(slot.first, k - 1), title: [k, slot.last] };
  }
  return { name: slot.value, title: null };
}

export const titleInOpening: CertificationRule = {
  id: 'SOX007',
  name: 'title-in-opening',
  severity: 'warning',
  description: 'The officer\'s title stands in the "I, ..., certify that:" line.',
  docs: docsPath('SOX007', 'title-in-opening'),
  scope: 'certification',
  check(cert) {
    const officer = splitOfficer(cert);
    if (!officer || !officer.title) return;
    const [a, b] = officer.title;
    const actual = cert.doc.words(a, b).replace(/,$/, '');
    cert.report({
      ruleId: 'SOX007',
      message: `The opening line adds "${actual}" to the officer's name; the form reads "I, [identify the certifying individual], certify that:"`,
      paragraph: 'intro',
      range: cert.tokenRange(a, b, true),
      expected: null,
      actual,
    });
  },
};
