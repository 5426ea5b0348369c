// Finds where each certification starts in a document's tokens: an opening "I, ..., certify that:"
// (or "We, ..." for a joint one), else the first paragraph's "I have reviewed this".
import type { Tokens } from './tokenize.js';

export interface Region {
  /** First token of the certification (the "I," of its opening, or of "I have reviewed"). */
  start: number;
  /** Token after the last one that can belong to it. */
  end: number;
  /** Token index of "certify" in the opening, or -1 when the opening is absent. */
  certify: number;
  /** The opening says "We" rather than "I". */
  plural: boolean;
}

const OPENER = /^(?:I|We),?$/;
const CERTIFY = /^certif(?:y|ies)[,:]?$/i;
const THAT = /^that[:,]?$/i;
/** Most words an officer's name and title take between "I," and "certify". */
const MAX_OPENING = 45;

function sentenceStart(t: Tokens, i: number): boolean {
  if (i === 0 || t.lineStart[i] || t.label[i - 1]) return true;
  return /[.:;"]$/.test(t.key[i - 1]);
}

function findOpenings(t: Tokens): { start: number; certify: number; plural: boolean }[] {
  const found: { start: number; certify: number; plural: boolean }[] = [];
  for (let i = 0; i < t.count; i++) {
    const k = t.key[i];
    if (k.length > 3 || !OPENER.test(k) || !sentenceStart(t, i)) continue;
    const limit = Math.min(t.count, i + MAX_OPENING);
    for (let j = i + 1; j < limit; j++) {
      if (!CERTIFY.test(t.key[j])) continue;
      // "certify that:" of Section 302; Section 906 openings say "certify, pursuant to 18 U.S.C. ...".
      if (j + 1 < t.count && THAT.test(t.key[j + 1])) {
        found.push({ start: i, certify: j, plural: k.startsWith('W') });
        i = j;
      }
      break;
    }
  }
  return found;
}

function findReviewed(t: Tokens, from: number, to: number): number {
  for (let i = from; i + 3 < to; i++) {
    if (t.key[i] === 'I' && t.key[i + 1] === 'have' && t.key[i + 2] === 'reviewed') return i;
  }
  return -1;
}

/**
 * Splits a document into certification regions. `maxLength` bounds a region (in tokens), so that a
 * certification followed by a long document costs no more than the certification itself.
 */
export function findRegions(t: Tokens, maxLength: number): Region[] {
  const openings = findOpenings(t);
  const regions: Region[] = [];
  // A first paragraph before any opening: a certification whose opening line was left out.
  const firstOpening = openings.length ? openings[0].start : t.count;
  const orphan = findReviewed(t, 0, firstOpening);
  if (orphan >= 0) regions.push({ start: orphan, end: firstOpening, certify: -1, plural: false });
  openings.forEach((o, n) => {
    const next = n + 1 < openings.length ? openings[n + 1].start : t.count;
    regions.push({ start: o.start, end: next, certify: o.certify, plural: o.plural });
  });
  for (const r of regions) r.end = Math.min(r.end, r.start + maxLength);
  return regions;
}
