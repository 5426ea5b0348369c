// Turns an alignment into a list of changes: runs of template words left out and filer's words put
// in, each owned by one template paragraph. Rules claim changes; nothing is reported twice.
import type { Alignment } from './align.js';
import type { Template } from './template.js';
import { uint8s } from './typed-arrays.js';

export interface Change {
  /** Template paragraph index. */
  para: number;
  /** Template token indexes the filer left out (or replaced). */
  del: number[];
  /** Sequence indexes the filer put in. */
  ins: number[];
  /** Matched sequence element before the change, or -1. */
  after: number;
  /** Matched sequence element after the change, or -1 at the end of the certification. */
  before: number;
  /** Wording, punctuation only, letter case only, or a "(s)" choice made (classify.ts). */
  kind: ChangeKind;
}

export type ChangeKind = 'wording' | 'punctuation' | 'case' | 'choice';

interface Pair { i: number; j: number }

function gapChanges(
  template: Template, alignment: Alignment, a: Pair | null, b: Pair | null,
  isBoundary: (j: number) => boolean, skipSeq: Uint8Array, out: Change[],
  endsBody: (j: number) => boolean = () => true,
): void {
  const T = template.keys.length;
  const i0 = a ? a.i : -1;
  const i1 = b ? b.i : T;
  const j0 = a ? a.j : -1;
  const j1 = b ? b.j : -1;
  if (a && b && i1 === i0 + 1 && j1 === j0 + 1) return; // adjacent matches: no change between them
  const byPara = new Map<number, Change>();
  const get = (para: number) => {
    let c = byPara.get(para);
    if (!c) { c = { para, del: [], ins: [], after: j0, before: j1, kind: 'wording' }; byPara.set(para, c); }
    return c;
  };
  for (let i = i0 + 1; i < i1; i++) if (alignment.templateToSubmitted[i] < 0) get(template.para[i]).del.push(i);
  if (a && b) {
    const pa = template.para[i0];
    const pb = template.para[i1];
    let owner = pa;
    for (let j = j0 + 1; j < j1; j++) {
      if (isBoundary(j) && pb !== pa) owner = pb;
      if (alignment.submittedToTemplate[j] < 0 && !skipSeq[j]) get(owner).ins.push(j);
    }
  } else if (b && i1 > 0) {
    // Before the first match: the filer's words up to it stand for the form's words left out before
    // it (a damaged opening "I Jane Doe certify:"), up to the paragraph of the first match.
    const pb = template.para[i1];
    let owner = template.para[0];
    for (let j = 0; j < j1; j++) {
      if (isBoundary(j) && j > 0) owner = pb;
      if (alignment.submittedToTemplate[j] < 0 && !skipSeq[j]) get(owner).ins.push(j);
    }
  } else if (a) {
    // After the last match: the rest of that submitted paragraph is the filer's wording too ("...
    // accounting principals;" where the form ends "principles;"), up to the signature block.
    for (let j = j0 + 1; j < alignment.submittedToTemplate.length && !isBoundary(j) && !endsBody(j); j++) {
      if (alignment.submittedToTemplate[j] < 0 && !skipSeq[j]) get(template.para[i0]).ins.push(j);
    }
  }
  // Plain loops here and below: each for-of adds an iterator protocol to the graph TurboFan compiles.
  const ordered = [...byPara.values()].sort((x, y) => x.para - y.para);
  for (let k = 0; k < ordered.length; k++) out.push(ordered[k]);
}

/**
 * `endsBody(j)`: sequence element j starts the signature block ("Date:", "/s/", "By:"), where the
 * certification's wording ends.
 */
export function computeChanges(
  template: Template, alignment: Alignment, seqLength: number, isBoundary: (j: number) => boolean, endsBody: (j: number) => boolean,
): Change[] {
  const out: Change[] = [];
  const moved = new Set(alignment.moved);
  const movedAny = moved.size > 0;
  const skipSeq = uint8s(seqLength);
  // Moved paragraphs: their own internal changes (nothing skipped within one); their span is kept
  // out of the main chain's gaps.
  const noneSkipped = movedAny ? uint8s(seqLength) : skipSeq;
  for (let k = 0; k < alignment.moved.length; k++) {
    const m = alignment.moved[k];
    const p = template.paragraphs[m];
    const pairs: Pair[] = [];
    for (let i = p.tokenStart; i < p.tokenEnd; i++) if (alignment.templateToSubmitted[i] >= 0) pairs.push({ i, j: alignment.templateToSubmitted[i] });
    if (pairs.length === 0) continue;
    for (let j = pairs[0].j; j <= pairs[pairs.length - 1].j; j++) skipSeq[j] = 1;
    const sub: Change[] = [];
    for (let k = 0; k <= pairs.length; k++) {
      gapChanges(template, alignment, k > 0 ? pairs[k - 1] : null, k < pairs.length ? pairs[k] : null, () => false, noneSkipped, sub);
    }
    // Outside the first and last pair, only this paragraph's own words count.
    for (const c of sub) {
      c.del = c.del.filter((i) => i >= p.tokenStart && i < p.tokenEnd);
      if (c.para === m && (c.del.length || c.ins.length)) out.push(c);
    }
  }
  // The gaps between consecutive matches in template order (most are empty: no change there).
  const main: Change[] = [];
  // The previous match as two numbers: a pair is made only where a gap starts (few per certification).
  let pi = -1;
  let pj = -1;
  const previous = () => (pi < 0 ? null : { i: pi, j: pj });
  // Word for word (most certifications): the loop below would find one gap, before the first word.
  const from = alignment.identical ? template.keys.length : 0;
  if (from > 0) {
    gapChanges(template, alignment, null, { i: 0, j: 0 }, isBoundary, skipSeq, main, endsBody);
    pi = from - 1;
    pj = from - 1;
  }
  for (let i = from; i < template.keys.length; i++) {
    const j = alignment.templateToSubmitted[i];
    if (j < 0 || (movedAny && moved.has(template.para[i]))) continue;
    if (pi < 0 || i > pi + 1 || j > pj + 1) gapChanges(template, alignment, previous(), { i, j }, isBoundary, skipSeq, main, endsBody);
    pi = i;
    pj = j;
  }
  gapChanges(template, alignment, previous(), null, isBoundary, skipSeq, main, endsBody);
  for (let k = 0; k < main.length; k++) if (!moved.has(main[k].para)) out.push(main[k]);
  const nonEmpty: Change[] = [];
  for (let k = 0; k < out.length; k++) if (out[k].del.length || out[k].ins.length) nonEmpty.push(out[k]);
  return nonEmpty;
}
