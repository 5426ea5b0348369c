// Where in a certification a place in the extracted text stands: the certification's own stretch
// of text (opening to signature block) and the template paragraph at a text index. For findings
// about characters and hidden text, which are not differences from the template.
import type { Certification } from './certification.js';
import { readSignature } from './signature.js';

/** Index in Extracted.text of token k's first character, and just after its last. */
function textFrom(cert: Certification, k: number): number {
  return cert.doc.norm.from[cert.doc.tokens.start[k]];
}
function textTo(cert: Certification, k: number): number {
  return cert.doc.norm.from[cert.doc.tokens.end[k] - 1] + 1;
}

/** Last token of the certification: its last matched word or the end of its signature block. */
export function lastToken(cert: Certification): number {
  const last = cert.lastMatched();
  if (last < 0) return cert.region.start;
  const end = cert.seq.last[last];
  const block = readSignature(cert.doc, end + 1, cert.region.end);
  return Math.max(end, block.last);
}

/**
 * The certification's stretch of Extracted.text: from just after the word before its opening (so
 * that a hidden opening counts) to the end of its signature block.
 */
export function textSpan(cert: Certification): { from: number; to: number } {
  const start = cert.region.start;
  const from = start > 0 ? textTo(cert, start - 1) : 0;
  return { from, to: textTo(cert, lastToken(cert)) };
}

/** First token of the region that starts at or after text index `at`, or region end. */
function tokenAt(cert: Certification, at: number): number {
  let lo = cert.region.start;
  let hi = Math.min(cert.region.end, cert.doc.tokens.count);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (textFrom(cert, mid) < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Sequence element holding token k (a label belongs to the element after it), or -1. */
function seqOf(cert: Certification, k: number): number {
  const { first, last } = cert.seq;
  let lo = 0;
  let hi = first.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (last[mid] < k) lo = mid + 1; else hi = mid;
  }
  return lo < first.length ? lo : -1;
}

/** Template paragraph index of sequence element j: its own, or that of the nearest matched one before it. */
function paragraphOfSeq(cert: Certification, j: number): number {
  const paragraphs = cert.template.paragraphs;
  if (j < 0 || j > cert.lastMatched()) {
    const signature = paragraphs.findIndex((p) => p.id === 'signature');
    return signature >= 0 ? signature : paragraphs.length - 1;
  }
  for (let k = j; k >= 0; k--) {
    const p = cert.paraOfSeq(k);
    if (p >= 0) return p;
  }
  return 0;
}

/**
 * The template paragraph where text index `at` stands: that of the word before it, unless a blank
 * line (a paragraph break) comes between. At a paragraph break, a paragraph of the form wholly
 * absent between the one before and the one after is where it stands (a hidden paragraph 4(b)),
 * else the one after.
 */
export function paragraphAt(cert: Certification, at: number): string | null {
  const text = cert.doc.ext.text;
  const after = Math.min(tokenAt(cert, at), cert.region.end - 1);
  const before = after - 1;
  if (before >= cert.region.start) {
    const prev = paragraphOfSeq(cert, seqOf(cert, before));
    if (!/\n\s*\n/.test(text.slice(textTo(cert, before), at)) || textFrom(cert, after) < at) return cert.paraId(prev);
    const next = paragraphOfSeq(cert, seqOf(cert, after));
    for (let p = prev + 1; p < next; p++) if (cert.template.paragraphs[p].compared && cert.matchedShare(p) === 0) return cert.paraId(p);
    return cert.paraId(next);
  }
  return cert.paraId(paragraphOfSeq(cert, seqOf(cert, after)));
}
