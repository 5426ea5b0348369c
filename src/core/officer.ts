// The officer a certification's opening names ("I, Jane Doe, Chief Executive Officer, certify"):
// the name, and the title when the opening gives one. Read by the summary and by rules.
import type { Certification } from './certification.js';
import { TITLE_WORDS } from './signature.js';
import type { Tokens } from './tokenize.js';

/** "Jr.", "III", "Ph.D." after a comma are part of the name, not a title. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|esq|cpa|ph\.?d|m\.?d|j\.?d)\.?,?$/i;

/** Last token of a name that a comma closes within tokens first..last (not a suffix's comma), or -1. */
export function nameEnd(t: Tokens, first: number, last: number): number {
  for (let k = first; k < last; k++) if (t.key[k].endsWith(',') && !SUFFIX.test(t.key[k + 1])) return k;
  return -1;
}

/** The officer's name and, when the opening gives one, the title after it (as token ranges). */
export function splitOfficer(cert: Certification): { name: string; title: [number, number] | null } | null {
  const slot = cert.seq.slots.officer;
  if (!slot) return null;
  const t = cert.doc.tokens;
  // The name ends at the first word followed by a comma, or before the first title word.
  const k = nameEnd(t, slot.first, slot.last);
  if (k >= 0) return { name: cert.doc.words(slot.first, k).replace(/,$/, ''), title: [k + 1, slot.last] };
  for (let k = slot.first + 1; k <= slot.last; k++) {
    if (TITLE_WORDS.test(t.key[k])) return { name: cert.doc.words(slot.first, k - 1), title: [k, slot.last] };
  }
  return { name: slot.value, title: null };
}
