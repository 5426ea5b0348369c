// Helpers the certification rules share: which paragraphs are absent and which of those the profile
// permits, and quoting for one-line messages. No rule imports another rule.
import { ABSENT_BELOW } from '../../align.js';
import type { Certification } from '../../certification.js';
import { ICFR_PART } from '../../template.js';

/** Paragraphs the profile lets a filer leave out, given which ones are absent. */
export function permittedOmissions(cert: Certification, absent: Set<string>): Set<string> {
  const ok = new Set<string>();
  // Rule 13a-14(a)'s transition covers the forms with its ICFR clause, not Rule 30a-2 (N-CSR).
  if (cert.profile === 'transition' && cert.template.part.includes(ICFR_PART)) ok.add('4(b)');
  if (cert.profile === 'amendment') {
    // Whole paragraphs 3, 4 and 5 with their sub-paragraphs, never a part of one.
    for (const group of ['3', '4', '5']) {
      const members = cert.template.paragraphs.filter((p) => p.compared && p.id.replace(/[(-].*$/, '') === group);
      if (members.length && members.every((p) => absent.has(p.id))) for (const p of members) ok.add(p.id);
    }
  }
  return ok;
}

/** Ids of the template paragraphs too little of which was matched to count as present. */
export function absentParagraphs(cert: Certification): Set<string> {
  if (cert.absentIds) return cert.absentIds;
  const absent = new Set<string>();
  cert.absentIds = absent;
  // Every word of the form matched (most certifications): none is absent, and no need to count.
  if (cert.alignment.similarity === 1) return absent;
  // A loop, not forEach: V8 compiled the callback on its own as well as inside this function.
  const { paragraphs } = cert.template;
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index];
    // An opening the segmenter found is there, however damaged: its differences are wording.
    if (p.id === 'intro' && cert.region.opening) continue;
    if (p.compared && p.tokenEnd > p.tokenStart && cert.matchedShare(index) < ABSENT_BELOW) absent.add(p.id);
  }
  return absent;
}

/** The indexes a..b-1. */
export function indexes(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

/** Shortens a long quotation for a one-line message. */
export function clip(s: string, max = 90): string {
  return s.length <= max ? s : s.slice(0, max - 1).replace(/\s+\S*$/, '') + ' ...';
}
