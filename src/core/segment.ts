// Finds where each certification starts in a document's tokens. A certification is found by its
// body (paragraph 1's "I have reviewed"), with the opening before it: "I, ..., certify that:" (or
// "We, ..." for a joint one), or a damaged opening ("I Jane Doe certify:"), whose differences the
// comparison reports as altered wording of the opening. An opening with no body after it (paragraph
// 1 left out) still starts one.
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
  /** The region starts with an opening (whole or damaged), not with paragraph 1. */
  opening: boolean;
}

/** An opening's first word: "I", "I,", "We" or "We," (compared, not matched: most words are short). */
function isOpener(k: string): boolean {
  return k === 'I' || k === 'I,' || k === 'We' || k === 'We,';
}
const DAMAGED_OPENER = /^(?:I|We)[,.:;]?$/i;
const CERTIFY = /^certif(?:y|ies)[,:]?$/i;
const CERTIFY_WORD = /^certif(?:y|ies|ied)?[,.:;]?$/i;
const THAT = /^that[:,]?$/i;
/** Most words an officer's name and title take between "I," and "certify". */
const MAX_OPENING = 45;
/** Most tokens between an opening's "certify" and paragraph 1 ("that:", a label, a page footer's leftovers). */
const OPENING_TO_BODY = 12;

interface Opening {
  start: number;
  certify: number;
  plural: boolean;
  /** Paragraph 1 with no opening before it. */
  orphan?: boolean;
}

function sentenceStart(t: Tokens, i: number): boolean {
  if (i === 0 || t.lineStart[i] || t.label[i - 1]) return true;
  return /[.:;"]$/.test(t.key[i - 1]);
}

/** A token starting with "I" or "W": all an opening or paragraph 1 can start with. */
function iOrW(lead: Uint8Array, i: number): boolean {
  return lead[i] === 0x49 || lead[i] === 0x57;
}

/** The tokens that start with "I" or "W", in order: found by the typed array's native search (a
 * few instructions a token), where a loop over every token cost ~20 each. */
function iOrWTokens(lead: Uint8Array): number[] {
  const out: number[] = [];
  let i = lead.indexOf(0x49);
  let w = lead.indexOf(0x57);
  while (i >= 0 || w >= 0) {
    if (w < 0 || (i >= 0 && i < w)) {
      out.push(i);
      i = lead.indexOf(0x49, i + 1);
    } else {
      out.push(w);
      w = lead.indexOf(0x57, w + 1);
    }
  }
  return out;
}

function findOpenings(t: Tokens, candidates: number[]): Opening[] {
  const found: Opening[] = [];
  let passed = -1; // tokens up to this one belong to an opening found
  for (const i of candidates) {
    if (i <= passed) continue;
    const k = t.key[i];
    if (k.length > 3 || !isOpener(k) || !sentenceStart(t, i)) continue;
    if (isBody(t, i)) continue; // "I have reviewed" is paragraph 1, not an opening
    const limit = Math.min(t.count, i + MAX_OPENING);
    for (let j = i + 1; j < limit; j++) {
      if (!CERTIFY.test(t.key[j])) continue;
      // "certify that:" of Section 302; Section 906 openings say "certify, pursuant to 18 U.S.C. ...".
      if (j + 1 < t.count && THAT.test(t.key[j + 1])) {
        found.push({ start: i, certify: j, plural: k.startsWith('W') });
        passed = j;
      }
      break;
    }
  }
  return found;
}

/** Token i starts "I have reviewed" ("We have reviewed" in a joint certification). */
function isBody(t: Tokens, i: number): boolean {
  if (i + 2 >= t.count || !iOrW(t.lead, i)) return false;
  const k = t.key[i];
  return (k === 'I' || k === 'We') && t.key[i + 1] === 'have' && t.key[i + 2] === 'reviewed';
}

/** Starts of paragraph 1, at the start of a sentence. */
function findBodies(t: Tokens, candidates: number[]): number[] {
  const found: number[] = [];
  for (const i of candidates) if (isBody(t, i) && sentenceStart(t, i)) found.push(i);
  return found;
}

/**
 * A damaged opening in the paragraph before paragraph 1 (starting at `body`), after token `floor`:
 * its first line that starts with "I" or "We", else the line with "certify" in it.
 */
function findDamagedOpening(t: Tokens, body: number, floor: number): Opening | null {
  let end = body;
  while (end > floor && t.label[end - 1]) end--;
  let start = end - 1;
  while (start > floor && end - start < MAX_OPENING && t.lineStart[start] !== 2) start--;
  if (start <= floor || start >= end || t.lineStart[start] !== 2) return null;
  let opener = -1;
  let certify = -1;
  for (let k = start; k < end; k++) {
    if (opener < 0 && (k === start || t.lineStart[k]) && DAMAGED_OPENER.test(t.key[k])) opener = k;
    if (certify < 0 && CERTIFY_WORD.test(t.key[k])) certify = k;
  }
  if (opener < 0 && certify < 0) return null;
  let from = opener;
  if (from < 0) {
    from = certify;
    while (from > start && !t.lineStart[from]) from--;
  }
  return { start: from, certify: certify > from ? certify : -1, plural: /^we/i.test(t.key[from]) };
}

/**
 * Splits a document into certification regions. `maxLength` bounds a region (in tokens), so that a
 * certification followed by a long document costs no more than the certification itself.
 */
export function findRegions(t: Tokens, maxLength: number): Region[] {
  const candidates = iOrWTokens(t.lead);
  const openings = findOpenings(t, candidates);
  const starts: Opening[] = [...openings];
  let floor = -1;
  let k = 0; // openings before `floor` are passed (both lists are in document order)
  for (const body of findBodies(t, candidates)) {
    while (k < openings.length && openings[k].start <= floor) k++;
    // The openings between the previous paragraph 1 and this one; the last of them is the nearest.
    let last = -1;
    for (let n = k; n < openings.length && openings[n].start < body; n++) last = n;
    const own = last >= 0 && openings[last].certify < body && body - openings[last].certify <= OPENING_TO_BODY;
    if (!own) {
      const damaged = findDamagedOpening(t, body, floor);
      // Paragraph 1 with no opening before it: the opening was left out, unless an earlier opening
      // (with words between, such as a heading) already holds it.
      const held = last >= 0;
      if (damaged) starts.push(damaged);
      else if (!held) starts.push({ start: body, certify: -1, plural: false, orphan: true });
    }
    floor = body;
  }
  starts.sort((a, b) => a.start - b.start);
  const regions: Region[] = [];
  starts.forEach((o, n) => {
    if (n > 0 && starts[n - 1].start === o.start) return;
    const next = n + 1 < starts.length ? starts[n + 1].start : t.count;
    regions.push({ start: o.start, end: Math.min(next, o.start + maxLength), certify: o.certify, plural: o.plural, opening: !o.orphan });
  });
  return regions;
}
