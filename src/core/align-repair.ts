// Repairs a first alignment so that differences fall where a reader would put them: runs slid to
// paragraph edges, an absent paragraph's chance matches dropped, moved paragraphs found and aligned.
import { alignLists, budgetedDiff, indexRange, recordDiff, type AlignRun } from './align-lists.js';
import { int32s, uint8s } from './typed-arrays.js';

/** A paragraph counts as absent when less than half of its words are matched. */
export const ABSENT_BELOW = 0.5;

/** Template and sequence tokens set aside while aligning the rest (a moved paragraph's). */
interface Masks { template?: Uint8Array; sequence?: Uint8Array }

/** Slides runs to paragraph edges, drops absent paragraphs' chance matches, and slides again. */
export function tidy(run: AlignRun, toSubmitted: Int32Array, toTemplate: Int32Array, masks: Masks = {}): void {
  const { para, part } = run.template;
  const T = toSubmitted.length;
  const S = toTemplate.length;
  const slideBoth = () => {
    slide(run.template.keys, toSubmitted, toTemplate, (i) =>
      (i === 0 || i === T || para[i] !== para[i - 1] ? 2 : 0) + (i > 0 && i < T && part[i] !== part[i - 1] ? 1 : 0));
    slide(run.sequenceKeys, toTemplate, toSubmitted, (j) => (j === 0 || j === S || run.isSequenceBoundary(j) ? 2 : 0));
  };
  slideBoth();
  // Dropping an absent paragraph's chance matches can leave runs that slide to paragraph edges.
  if (reanchor(run, toSubmitted, toTemplate, masks)) slideBoth();
}

/**
 * Moves each pure deletion or insertion along runs of equal tokens to where it starts or ends a
 * paragraph, so that an omitted paragraph is reported as that paragraph and not as its neighbour's
 * last word plus most of itself ("...; and" ends both 4(c) and 4(d)).
 */
function slide(keys: string[], match: Int32Array, other: Int32Array, boundary: (i: number) => number): void {
  const n = keys.length;
  let s = 0;
  while (s < n) {
    if (match[s] >= 0) { s++; continue; }
    let e = s;
    while (e < n && match[e] < 0) e++;
    // A pure run: the tokens on both sides are matched to neighbouring elements on the other side.
    if (s > 0 && e < n && match[e] === match[s - 1] + 1) {
      const runLength = e - s;
      const best = bestSlide(keys, match, boundary, s, runLength);
      if (best !== s) relay(match, other, Math.min(best, s), Math.max(best, s) + runLength, best, runLength);
      s = Math.max(e, best + runLength);
    } else {
      s = e;
    }
  }
}

/** Where the unmatched run keys[s..s+runLength) scores best on paragraph edges, sliding over equal tokens. */
function bestSlide(keys: string[], match: Int32Array, boundary: (i: number) => number, s: number, runLength: number): number {
  const n = keys.length;
  let best = s;
  let bestScore = boundary(s) + boundary(s + runLength);
  // Try every position reachable by sliding left, then right. The tokens slid over must be
  // matched to consecutive elements, or the run would no longer be pure.
  for (let a = s; a > 0 && match[a - 1] >= 0 && keys[a - 1] === keys[a - 1 + runLength] &&
    (a === s || match[a - 1] === match[a] - 1); a--) {
    const score = boundary(a - 1) + boundary(a - 1 + runLength);
    if (score > bestScore) { bestScore = score; best = a - 1; }
  }
  for (let a = s; a + runLength < n && match[a + runLength] >= 0 && keys[a] === keys[a + runLength] &&
    (a === s || match[a + runLength] === match[a + runLength - 1] + 1); a++) {
    const score = boundary(a + 1) + boundary(a + 1 + runLength);
    if (score > bestScore) { bestScore = score; best = a + 1; }
  }
  return best;
}

/** Re-lays the matches of the tokens in [lo, hi) around the run now at `best`, in the same order. */
function relay(match: Int32Array, other: Int32Array, lo: number, hi: number, best: number, runLength: number): void {
  const targets: number[] = [];
  for (let k = lo; k < hi; k++) if (match[k] >= 0) targets.push(match[k]);
  for (let k = lo; k < hi; k++) match[k] = -1;
  let q = 0;
  for (let k = lo; k < hi; k++) {
    if (k >= best && k < best + runLength) continue;
    match[k] = targets[q];
    other[targets[q]] = k;
    q++;
  }
}

/**
 * An absent paragraph's few matched words are chance matches ("Based on my knowledge," opens both
 * paragraphs 2 and 3): drop them, and let the neighbours' words match again within each gap.
 */
function reanchor(run: AlignRun, toSubmitted: Int32Array, toTemplate: Int32Array, masks: Masks): boolean {
  const { template } = run;
  const absent = uint8s(template.paragraphs.length);
  let any = false;
  // A loop, not forEach: V8 compiled the callback (hot through its inner loops) on its own as well.
  for (let index = 0; index < template.paragraphs.length; index++) {
    const p = template.paragraphs[index];
    const len = p.tokenEnd - p.tokenStart;
    if (!p.compared || len === 0) continue;
    let m = 0;
    for (let i = p.tokenStart; i < p.tokenEnd; i++) if (toSubmitted[i] >= 0) m++;
    if (m > 0 && m < len * ABSENT_BELOW) {
      absent[index] = 1;
      any = true;
      for (let i = p.tokenStart; i < p.tokenEnd; i++) if (toSubmitted[i] >= 0) { toTemplate[toSubmitted[i]] = -1; toSubmitted[i] = -1; }
    }
  }
  if (!any) return false;
  let i0 = -1;
  for (let i1 = 0; i1 < toSubmitted.length; i1++) {
    if (toSubmitted[i1] < 0) continue;
    if (i0 >= 0 && i1 > i0 + 1 && toSubmitted[i1] > toSubmitted[i0] + 1) {
      const ts: number[] = [];
      for (let i = i0 + 1; i < i1; i++) if (!absent[template.para[i]] && !masks.template?.[i]) ts.push(i);
      const ss: number[] = [];
      for (let j = toSubmitted[i0] + 1; j < toSubmitted[i1]; j++) if (!masks.sequence?.[j]) ss.push(j);
      if (ts.length && ss.length) {
        const changes = budgetedDiff(run, ts.map((i) => template.keys[i]), ss.map((j) => run.sequenceKeys[j]), ts.length + ss.length);
        if (changes) recordDiff(changes, ts, ss, toSubmitted, toTemplate);
      }
    }
    i0 = i1;
  }
  return true;
}

/** A template paragraph found out of order, and the sequence elements [from, to) it was found in. */
export interface MovedParagraph { para: number; from: number; to: number }

/** Share of a paragraph's words an unmatched run must match for the paragraph to count as moved there. */
const MOVED_MATCH_SHARE = 0.6;

/**
 * A paragraph that the diff left mostly unmatched, whose words stand as an unmatched run elsewhere,
 * was moved: returns each such paragraph with the run it was found in.
 */
export function findMoved(run: AlignRun, toSubmitted: Int32Array, toTemplate: Int32Array): MovedParagraph[] {
  const { template, sequenceKeys } = run;
  const moved: MovedParagraph[] = [];
  const taken = uint8s(sequenceKeys.length);
  // A loop, not forEach: see reanchor.
  for (let index = 0; index < template.paragraphs.length; index++) {
    const p = template.paragraphs[index];
    const len = p.tokenEnd - p.tokenStart;
    if (!p.compared || len === 0) continue;
    let m = 0;
    for (let i = p.tokenStart; i < p.tokenEnd; i++) if (toSubmitted[i] >= 0) m++;
    if (m >= len * ABSENT_BELOW) continue;
    // Unmatched runs of the sequence, long enough to hold the paragraph.
    let j = 0;
    while (j < sequenceKeys.length) {
      if (toTemplate[j] >= 0 || taken[j]) { j++; continue; }
      let e = j;
      while (e < sequenceKeys.length && toTemplate[e] < 0 && !taken[e]) e++;
      if (e - j >= len / 2) {
        const found = findIn(run, p.tokenStart, p.tokenEnd, j, e);
        if (found) {
          for (let k = found.from; k < found.to; k++) taken[k] = 1;
          moved.push({ para: index, ...found });
          break;
        }
      }
      j = e;
    }
  }
  return moved;
}

/** Where template tokens [t0, t1) are found in sequence elements [s0, s1), if enough of them match. */
function findIn(run: AlignRun, t0: number, t1: number, s0: number, s1: number): { from: number; to: number } | undefined {
  const templateTried = int32s(run.template.keys.length).fill(-1);
  const submittedTried = int32s(run.sequenceKeys.length).fill(-1);
  const len = t1 - t0;
  const got = alignLists(run, indexRange(t0, t1), indexRange(s0, s1), templateTried, submittedTried, len + (s1 - s0));
  if (got === undefined || got < MOVED_MATCH_SHARE * len) return undefined;
  // Where its words were found, not the whole run (which may reach into a neighbour).
  let first = s1;
  let last = s0;
  for (let k = s0; k < s1; k++) if (submittedTried[k] >= 0) { first = Math.min(first, k); last = k; }
  return { from: first, to: last + 1 };
}

/**
 * Aligns again with the moved paragraphs and their whole submitted paragraphs set aside (their
 * neighbours may have borrowed words of them: paragraphs 2 and 3 both open "Based on my knowledge,"),
 * then aligns each moved paragraph with where it was found. Returns the new matches.
 */
export function realignMoved(run: AlignRun, found: MovedParagraph[]): { toSubmitted: Int32Array; toTemplate: Int32Array } {
  const { template, isSequenceBoundary } = run;
  const T = template.keys.length;
  const S = run.sequenceKeys.length;
  const maskT = uint8s(T);
  const maskS = uint8s(S);
  const spans = found.map(({ para: m, from, to }) => {
    let a = from;
    while (a > 0 && !isSequenceBoundary(a)) a--;
    let b = to;
    while (b < S && !isSequenceBoundary(b)) b++;
    const p = template.paragraphs[m];
    for (let i = p.tokenStart; i < p.tokenEnd; i++) maskT[i] = 1;
    for (let j = a; j < b; j++) maskS[j] = 1;
    return { m, a, b };
  });
  const toSubmitted = int32s(T).fill(-1);
  const toTemplate = int32s(S).fill(-1);
  alignLists(run, indexRange(0, T, (i) => maskT[i] === 1), indexRange(0, S, (j) => maskS[j] === 1), toSubmitted, toTemplate, T + S);
  tidy(run, toSubmitted, toTemplate, { template: maskT, sequence: maskS });
  for (const { m, a, b } of spans) {
    const p = template.paragraphs[m];
    alignLists(run, indexRange(p.tokenStart, p.tokenEnd), indexRange(a, b, (j) => toTemplate[j] >= 0), toSubmitted, toTemplate, T + S);
  }
  return { toSubmitted, toTemplate };
}
