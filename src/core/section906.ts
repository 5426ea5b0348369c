// Section 906 certifications (Exhibit 32, 18 U.S.C. 1350). The SEC prescribes no wording: a
// certification must state that the report "fully complies with the requirements of section 13(a)
// or 15(d)" and that its information "fairly presents, in all material respects, the financial
// condition and results of operations", and be signed and dated. It may be joint.
import type { Doc } from './document.js';
import { DATE } from './dates.js';
import { DATE_LABEL, readSignature, type SignatureBlock } from './signature.js';

/** Words that make a text a Section 906 certification. */
const MARKER = /\b(?:18 U\.?\s?S\.?\s?C\.?\s*(?:Section|§|Sec\.)?\s*1350|Section 906 of the Sarbanes|fully compl(?:y|ies) with the requirements of section 13)/i;
export const COMPLIES = /fully compl(?:y|ies),?(?: in all material respects,?)? with the requirements of sections? 13\s?\(a\) or (?:section )?15\s?\(d\)/i;
export const FAIRLY = /fairly presents?,? in all material respects,? the financial condition and results? of operations/i;
const START = /^(?:In connection with|I,|We,|The undersigned|Pursuant to 18)/;
const OPENING = /\b(?:I|We),\s+([^,]{3,80}?),\s+(?:[^,]{0,120},\s+)?(?:hereby\s+)?certif(?:y|ies)/;
const REPORT = /((?:Annual|Quarterly|Transition|Semi-?annual|Amended)?\s*(?:Report|report)(?: of [^()]{1,120}?(?: \([^)]{0,40}\))?)? on Form [0-9A-Z][0-9A-Z\-/.]*(?: for the (?:fiscal |quarterly )?(?:year|quarter|period)[^.;()]{0,60}?\d{4})?)/;

/** A Section 906 certification as read from a document: what its rules (SOX015, SOX016) check. */
export interface Section906 {
  doc: Doc;
  /** Token range of the certification ([start, end)). */
  start: number;
  end: number;
  /** Its words before the signature block (and the date line above it). */
  body: string;
  /** The officer its opening names ("I, Jane Doe, ... certify"), or null when it has no such opening. */
  openingOfficer: string | null;
  /** Tokens of the report it names (inclusive), or null. */
  reportTokens: [number, number] | null;
  /** The signature block it was read from. */
  signature: SignatureBlock;
  officer: string | null;
  report: string | null;
  signer: string | null;
  title: string | null;
  date: string | null;
}

/** Section 906 certifications in the parts of a document not taken by Section 302 ones. */
export function findSection906(doc: Doc, taken: { start: number; end: number }[]): Section906[] {
  const t = doc.tokens;
  // Free stretches of tokens between the Section 302 certifications.
  const free: [number, number][] = [];
  let at = 0;
  for (const r of [...taken].sort((a, b) => a.start - b.start)) {
    if (r.start > at) free.push([at, r.start]);
    at = Math.max(at, r.end);
  }
  if (at < t.count) free.push([at, t.count]);
  const out: Section906[] = [];
  for (const [a, b] of free) {
    if (b <= a || !MARKER.test(doc.words(a, b - 1))) continue;
    // Separate certifications in one exhibit each start a block ("In connection with ...", "I, ...")
    // and end with their signatures; a joint one has several signatures before the next block.
    const isStart = (k: number) => t.lineStart[k] === 2 && START.test(doc.words(k, Math.min(b - 1, k + 3)));
    const merged: [number, number][] = [];
    let s = a;
    while (s < b && !isStart(s) && !MARKER.test(doc.words(s, Math.min(b - 1, s + 40)))) s++;
    while (s < b) {
      let k = s + 1;
      while (k < b && !/^\/s\//i.test(t.key[k])) k++;
      while (k < b && !isStart(k)) k++;
      // A heading that cites 18 U.S.C. 1350 is not a certification: it must state something or be signed.
      const words = doc.words(s, k - 1);
      if (MARKER.test(words) && (COMPLIES.test(words) || FAIRLY.test(words) || /\/s\//i.test(words))) merged.push([s, k]);
      s = k;
    }
    for (const [from, to] of merged) out.push(read906(doc, from, to));
  }
  return out;
}

/** Reads one Section 906 certification: its body, signature block, officer and report. */
function read906(doc: Doc, start: number, end: number): Section906 {
  const text = doc.words(start, end - 1);
  // The body ends where the signature block starts.
  let sigAt = end;
  for (let k = start; k < end; k++) if (/^\/s\//i.test(doc.tokens.key[k])) { sigAt = k; break; }
  // A date may stand just before the signature ("Date: ...", or a date on its own line); the body's
  // own dates (the period of the report) may not.
  let bodyEnd = sigAt;
  for (let k = Math.max(start, sigAt - 12); k < sigAt; k++) {
    if (DATE_LABEL.test(doc.tokens.key[k]) || (doc.tokens.lineStart[k] && DATE.test(doc.words(k, Math.min(sigAt - 1, k + 3))))) { bodyEnd = k; break; }
  }
  while (bodyEnd > start && /^by:?$/i.test(doc.tokens.key[bodyEnd - 1])) bodyEnd--;
  const body = bodyEnd > start ? doc.words(start, bodyEnd - 1) : text;
  // The signature block: from the first "/s/" (or the end of the body) to the end.
  const block = readSignature(doc, bodyEnd, end);
  const opening = OPENING.exec(body);
  const openingOfficer = opening ? opening[1].trim() : null;
  const named = REPORT.exec(body);
  let reportTokens: [number, number] | null = null;
  if (named) {
    const at = named.index + named[0].indexOf(named[1]);
    const last = Math.max(start, bodyEnd - 1);
    reportTokens = [doc.tokenAtWord(start, last, at), doc.tokenAtWord(start, last, at + named[1].trimEnd().length - 1)];
  }
  return {
    doc,
    start,
    end,
    body,
    openingOfficer,
    reportTokens,
    signature: block,
    officer: openingOfficer ?? block.signer,
    report: named?.[1].replace(/\s+/g, ' ').trim() ?? null,
    signer: block.signer,
    title: block.title,
    date: block.date,
  };
}
