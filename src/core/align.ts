// Aligns a certification's token sequence with its template, token by token (jsdiff), by content
// rather than by paragraph labels, then finds paragraphs that were moved rather than omitted.
import { diffArrays } from 'diff';
import type { WorkBudget } from './budget.js';
import { sameToken, type Template } from './template.js';

export interface Alignment {
  /** Per template token: the sequence index it matched, or -1. */
  tMatch: Int32Array;
  /** Per sequence element: the template token it matched, or -1. */
  sMatch: Int32Array;
  /** Template paragraph indexes found out of order. */
  moved: number[];
  /** Share of template tokens matched (0..1). */
  similarity: number;
}

/** A paragraph counts as absent when less than half of its words are matched. */
export const ABSENT_BELOW = 0.5;

export interface AlignOptions {
  /** Give up (not a certification) below this share of matched template tokens. */
  minSimilarity: number;
  /** Work the alignment may do, all of its diffs together (counted, not timed: same input, same result). */
  budget: WorkBudget;
}

/** Set while aligning a template with inline alternatives ("{{alt has|have}}"). */
let comparator: ((a: string, b: string) => boolean) | undefined;

/**
 * jsdiff's diff of two token lists, paid from `budget`: the edit length it may search is cut to what
 * the budget can pay, and a diff cut short that way marks the budget exhausted. Undefined when the
 * lists are further apart than `maxEditLength` (or than the budget allows).
 */
function budgetedDiff(a: string[], b: string[], maxEditLength: number, budget: WorkBudget) {
  const n = a.length + b.length;
  const allowed = budget.maxEdits(n, maxEditLength);
  const changes = diffArrays(a, b, { maxEditLength: allowed, comparator });
  let d = allowed;
  if (changes) {
    d = 0;
    for (const c of changes) if (c.added || c.removed) d += c.count ?? c.value.length;
  } else if (allowed < maxEditLength) {
    budget.exhausted = true;
  }
  budget.charge(n, d);
  return changes;
}

/**
 * Token-by-token alignment of the template tokens and sequence elements named by two index lists
 * (jsdiff's Myers diff), with matches recorded in tMatch/sMatch. Words that occur once on each side
 * are matched first (the longest chain of them in order, as patience diff does) and jsdiff runs on
 * the gaps between them: a fraction of the cost, since each gap is small, and on certifications the
 * alignment Myers would give over the whole. Returns the number of matches, or undefined past the
 * edit or time budget.
 */
function alignLists(
  tKeys: string[], ts: number[], sKeys: string[], ss: number[],
  tMatch: Int32Array, sMatch: Int32Array, maxEditLength: number, budget: WorkBudget,
): number | undefined {
  // Words by their number in the template's vocabulary (-1: not in it), counted on each side.
  const { ids: tIds, size } = vocabulary(tKeys);
  const sIds = idsOf(tKeys, sKeys);
  const tCount = new Int32Array(size);
  const sCount = new Int32Array(size);
  const sAt = new Int32Array(size);
  for (const i of ts) tCount[tIds[i]]++;
  for (let b = 0; b < ss.length; b++) {
    const id = sIds[ss[b]];
    if (id >= 0) { sCount[id]++; sAt[id] = b; }
  }
  const pairs: [number, number][] = [];
  for (let a = 0; a < ts.length; a++) {
    const id = tIds[ts[a]];
    if (tCount[id] === 1 && sCount[id] === 1) pairs.push([a, sAt[id]]);
  }
  const chain = longestIncreasing(pairs);

  let matched = 0;
  let edits = 0;
  let pa = -1;
  let pb = -1;
  const same = (i: number, j: number) => (comparator ? comparator(tKeys[i], sKeys[j]) : tKeys[i] === sKeys[j]);
  const gap = (a1: number, b1: number): boolean => {
    // Equal words at either end of the gap match without a diff (most gaps are all equal words).
    let a0 = pa + 1;
    let b0 = pb + 1;
    let m = 0;
    while (a0 < a1 && b0 < b1 && same(ts[a0], ss[b0])) { tMatch[ts[a0]] = ss[b0]; sMatch[ss[b0]] = ts[a0]; a0++; b0++; m++; }
    while (a1 > a0 && b1 > b0 && same(ts[a1 - 1], ss[b1 - 1])) { a1--; b1--; tMatch[ts[a1]] = ss[b1]; sMatch[ss[b1]] = ts[a1]; m++; }
    const gt = ts.slice(a0, a1);
    const gs = ss.slice(b0, b1);
    const total = gt.length + gs.length + 2 * m;
    if (gt.length && gs.length) {
      const changes = budgetedDiff(gt.map((i) => tKeys[i]), gs.map((j) => sKeys[j]), Math.max(0, maxEditLength - edits), budget);
      if (!changes) return false;
      let a = 0;
      let b = 0;
      for (const c of changes) {
        const n = c.count ?? c.value.length;
        if (c.added) b += n;
        else if (c.removed) a += n;
        else for (let k = 0; k < n; k++, a++, b++, m++) { tMatch[gt[a]] = gs[b]; sMatch[gs[b]] = gt[a]; }
      }
    }
    matched += m;
    edits += total - 2 * m;
    return edits <= maxEditLength;
  };
  for (const [a, b] of chain) {
    if (!gap(a, b)) return undefined;
    tMatch[ts[a]] = ss[b];
    sMatch[ss[b]] = ts[a];
    matched++;
    pa = a;
    pb = b;
  }
  if (!gap(ts.length, ss.length)) return undefined;
  return matched;
}

interface Vocabulary { index: Map<string, number>; ids: Int32Array; size: number }
const vocabularies = new WeakMap<string[], Vocabulary>();

/** A template's words numbered, computed once per template. */
function vocabulary(tKeys: string[]): Vocabulary {
  let v = vocabularies.get(tKeys);
  if (!v) {
    const index = new Map<string, number>();
    const ids = new Int32Array(tKeys.length);
    tKeys.forEach((k, i) => {
      let id = index.get(k);
      if (id === undefined) { id = index.size; index.set(k, id); }
      ids[i] = id;
    });
    v = { index, ids, size: index.size };
    vocabularies.set(tKeys, v);
  }
  return v;
}

/** The filer's words by their number in the template's vocabulary; computed once per sequence. */
const sequenceIds = new WeakMap<string[], Int32Array>();
function idsOf(tKeys: string[], sKeys: string[]): Int32Array {
  let ids = sequenceIds.get(sKeys);
  if (!ids) {
    const { index } = vocabulary(tKeys);
    ids = new Int32Array(sKeys.length);
    for (let j = 0; j < sKeys.length; j++) ids[j] = index.get(sKeys[j]) ?? -1;
    sequenceIds.set(sKeys, ids);
  }
  return ids;
}

/** The longest chain of pairs increasing in both coordinates (pairs sorted by the first). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = []; // index into pairs of the last element of the best chain of each length
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    const b = pairs[p][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < b) lo = mid + 1; else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1];
    tails[lo] = p;
  }
  const out: [number, number][] = [];
  for (let p = tails.length ? tails[tails.length - 1] : -1; p >= 0; p = prev[p]) out.push(pairs[p]);
  return out.reverse();
}

function range(a: number, b: number, skip?: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) if (!skip?.(i)) out.push(i);
  return out;
}

/** Aligns a template slice with a sequence slice (see alignLists). */
function diffInto(
  tKeys: string[], t0: number, t1: number,
  sKeys: string[], s0: number, s1: number,
  tMatch: Int32Array, sMatch: Int32Array,
  maxEditLength: number, budget: WorkBudget,
): number | undefined {
  return alignLists(tKeys, range(t0, t1), sKeys, range(s0, s1), tMatch, sMatch, maxEditLength, budget);
}

/** At most how many template tokens could match: the filer's words that the template has at all. */
function commonWords(tKeys: string[], sKeys: string[]): number {
  let n = tKeys.filter((k) => k.startsWith('{{alt:')).length; // an inline alternative may match any word
  for (const id of idsOf(tKeys, sKeys)) if (id >= 0) n++;
  return n;
}

/**
 * Moves each pure deletion or insertion along runs of equal tokens to where it starts or ends a
 * paragraph, so that an omitted paragraph is reported as that paragraph and not as its neighbour's
 * last word plus most of itself ("...; and" ends both 4(c) and 4(d)).
 */
function slide(
  keys: string[], match: Int32Array, other: Int32Array, boundary: (i: number) => number,
): void {
  const n = keys.length;
  let s = 0;
  while (s < n) {
    if (match[s] >= 0) { s++; continue; }
    let e = s;
    while (e < n && match[e] < 0) e++;
    // A pure run: the tokens on both sides are matched to neighbouring elements on the other side.
    if (s > 0 && e < n && match[e] === match[s - 1] + 1) {
      const runLength = e - s;
      let best = s;
      let bestScore = boundary(s) + boundary(e);
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
      if (best !== s) {
        // Re-lay the matches of the tokens between the two positions, shifted over the run.
        const lo = Math.min(best, s);
        const hi = Math.max(best, s) + runLength;
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
      s = Math.max(e, best + runLength);
    } else {
      s = e;
    }
  }
}

export function align(
  template: Template,
  seqKeys: string[],
  isSeqBoundary: (j: number) => boolean,
  options: AlignOptions,
): Alignment | undefined {
  comparator = template.hasAlternativeWords ? sameToken : undefined;
  const T = template.keys.length;
  const S = seqKeys.length;
  let tMatch = new Int32Array(T).fill(-1);
  let sMatch = new Int32Array(S).fill(-1);
  // A certification word for word as the form (the usual case before filing): nothing to align.
  let same = 0;
  const tKeys = template.keys;
  if (comparator) while (same < T && same < S && comparator(tKeys[same], seqKeys[same])) same++;
  else while (same < T && same < S && tKeys[same] === seqKeys[same]) same++;
  if (same === T) {
    for (let i = 0; i < T; i++) { tMatch[i] = i; sMatch[i] = i; }
    return { tMatch, sMatch, moved: [], similarity: 1 };
  }
  // Too few words in common for the text to be this form: no need to align it.
  if (commonWords(template.keys, seqKeys) < options.minSimilarity * T) return undefined;
  // Below minSimilarity the LCS is short, so the edit script is long: past this length, stop.
  const maxEditLength = Math.ceil(T * (1 - 2 * options.minSimilarity) + S) + 1;
  const matched = diffInto(template.keys, 0, T, seqKeys, 0, S, tMatch, sMatch, maxEditLength, options.budget);
  if (matched === undefined || matched < options.minSimilarity * T) return undefined;

  const para = template.para;
  const part = template.part;
  const tidy = (maskT?: Uint8Array, maskS?: Uint8Array) => {
    const slideBoth = () => {
      slide(template.keys, tMatch, sMatch, (i) =>
        (i === 0 || i === T || para[i] !== para[i - 1] ? 2 : 0) + (i > 0 && i < T && part[i] !== part[i - 1] ? 1 : 0));
      slide(seqKeys, sMatch, tMatch, (j) => (j === 0 || j === S || isSeqBoundary(j) ? 2 : 0));
    };
    slideBoth();
    // Dropping an absent paragraph's chance matches can leave runs that slide to paragraph edges.
    if (reanchor(template, seqKeys, tMatch, sMatch, options.budget, maskT, maskS)) slideBoth();
  };
  tidy();

  // A paragraph found elsewhere was moved. Its neighbours may have borrowed words of it (paragraphs 2
  // and 3 both open "Based on my knowledge,"), so align again with it and its whole submitted
  // paragraph set aside, then align the two with each other.
  const found = findMoved(template, seqKeys, tMatch, sMatch, options.budget);
  if (found.length) {
    const maskT = new Uint8Array(T);
    const maskS = new Uint8Array(S);
    const spans = found.map(({ para: m, from, to }) => {
      let a = from;
      while (a > 0 && !isSeqBoundary(a)) a--;
      let b = to;
      while (b < S && !isSeqBoundary(b)) b++;
      const p = template.paragraphs[m];
      for (let i = p.tokenStart; i < p.tokenEnd; i++) maskT[i] = 1;
      for (let j = a; j < b; j++) maskS[j] = 1;
      return { m, a, b };
    });
    tMatch = new Int32Array(T).fill(-1);
    sMatch = new Int32Array(S).fill(-1);
    alignLists(template.keys, range(0, T, (i) => maskT[i] === 1), seqKeys, range(0, S, (j) => maskS[j] === 1), tMatch, sMatch, T + S, options.budget);
    tidy(maskT, maskS);
    for (const { m, a, b } of spans) {
      const p = template.paragraphs[m];
      alignLists(template.keys, range(p.tokenStart, p.tokenEnd), seqKeys, range(a, b, (j) => sMatch[j] >= 0), tMatch, sMatch, T + S, options.budget);
    }
  }
  let total = 0;
  for (let i = 0; i < T; i++) if (tMatch[i] >= 0) total++;
  return { tMatch, sMatch, moved: found.map((f) => f.para), similarity: T === 0 ? 0 : total / T };
}

/**
 * An absent paragraph's few matched words are chance matches ("Based on my knowledge," opens both
 * paragraphs 2 and 3): drop them, and let the neighbours' words match again within each gap.
 */
function reanchor(
  template: Template, seqKeys: string[], tMatch: Int32Array, sMatch: Int32Array, budget: WorkBudget,
  maskT?: Uint8Array, maskS?: Uint8Array, // tokens set aside for a moved paragraph
): boolean {
  const absent = new Uint8Array(template.paragraphs.length);
  let any = false;
  template.paragraphs.forEach((p, index) => {
    const len = p.tokenEnd - p.tokenStart;
    if (!p.compared || len === 0) return;
    let m = 0;
    for (let i = p.tokenStart; i < p.tokenEnd; i++) if (tMatch[i] >= 0) m++;
    if (m > 0 && m < len * ABSENT_BELOW) {
      absent[index] = 1;
      any = true;
      for (let i = p.tokenStart; i < p.tokenEnd; i++) if (tMatch[i] >= 0) { sMatch[tMatch[i]] = -1; tMatch[i] = -1; }
    }
  });
  if (!any) return false;
  let i0 = -1;
  for (let i1 = 0; i1 < tMatch.length; i1++) {
    if (tMatch[i1] < 0) continue;
    if (i0 >= 0 && i1 > i0 + 1 && tMatch[i1] > tMatch[i0] + 1) {
      const ts: number[] = [];
      for (let i = i0 + 1; i < i1; i++) if (!absent[template.para[i]] && !maskT?.[i]) ts.push(i);
      const ss: number[] = [];
      for (let j = tMatch[i0] + 1; j < tMatch[i1]; j++) if (!maskS?.[j]) ss.push(j);
      if (ts.length && ss.length) {
        const changes = budgetedDiff(ts.map((i) => template.keys[i]), ss.map((j) => seqKeys[j]), ts.length + ss.length, budget);
        let a = 0;
        let b = 0;
        for (const c of changes ?? []) {
          const n = c.count ?? c.value.length;
          if (c.added) b += n;
          else if (c.removed) a += n;
          else for (let k = 0; k < n; k++, a++, b++) { tMatch[ts[a]] = ss[b]; sMatch[ss[b]] = ts[a]; }
        }
      }
    }
    i0 = i1;
  }
  return true;
}

/**
 * A paragraph that the diff left mostly unmatched, whose words stand as an unmatched run elsewhere,
 * was moved: returns each such paragraph with the run it was found in.
 */
function findMoved(template: Template, seqKeys: string[], tMatch: Int32Array, sMatch: Int32Array, budget: WorkBudget): { para: number; from: number; to: number }[] {
  const moved: { para: number; from: number; to: number }[] = [];
  const taken = new Uint8Array(seqKeys.length);
  template.paragraphs.forEach((p, index) => {
    const len = p.tokenEnd - p.tokenStart;
    if (!p.compared || len === 0) return;
    let m = 0;
    for (let i = p.tokenStart; i < p.tokenEnd; i++) if (tMatch[i] >= 0) m++;
    if (m >= len * ABSENT_BELOW) return;
    // Unmatched runs of the sequence, long enough to hold the paragraph.
    let j = 0;
    while (j < seqKeys.length) {
      if (sMatch[j] >= 0 || taken[j]) { j++; continue; }
      let e = j;
      while (e < seqKeys.length && sMatch[e] < 0 && !taken[e]) e++;
      if (e - j >= len / 2) {
        const tTry = new Int32Array(template.keys.length).fill(-1);
        const sTry = new Int32Array(seqKeys.length).fill(-1);
        const got = diffInto(template.keys, p.tokenStart, p.tokenEnd, seqKeys, j, e, tTry, sTry, len + (e - j), budget);
        if (got !== undefined && got >= 0.6 * len) {
          // Where its words were found, not the whole run (which may reach into a neighbour).
          let first = e;
          let last = j;
          for (let k = j; k < e; k++) if (sTry[k] >= 0) { first = Math.min(first, k); last = k; }
          for (let k = first; k <= last; k++) taken[k] = 1;
          moved.push({ para: index, from: first, to: last + 1 });
          return;
        }
      }
      j = e;
    }
  });
  return moved;
}
