// The diff engine under align.ts: token-by-token alignment of two index lists (template tokens and
// submitted sequence elements), anchored on words that occur once on each side, with jsdiff's Myers
// diff in the gaps, every diff paid from the run's work budget.
import { diffArrays } from 'diff';
import type { WorkBudget } from './budget.js';
import type { Template } from './template.js';
import { int32s } from './typed-arrays.js';

/** What one alignment works on, passed down to every step (no module state). */
export interface AlignRun {
  template: Template;
  /** The submitted sequence's token keys. */
  sequenceKeys: string[];
  /** Whether sequence element `j` starts a paragraph. */
  isSequenceBoundary: (j: number) => boolean;
  /** Token equality for a template with inline alternatives ("{{alt has|have}}"); undefined: `===`. */
  comparator: ((templateKey: string, key: string) => boolean) | undefined;
  /** Work all of the run's diffs may do together. */
  budget: WorkBudget;
  /** The filer's words by their number in the template's vocabulary, once computed (idsOf). */
  sequenceIds: Int32Array | null;
}

/**
 * jsdiff's diff of two token lists, paid from the run's budget: the edit length it may search is cut
 * to what the budget can pay, and a diff cut short that way marks the budget exhausted. Undefined
 * when the lists are further apart than `maxEditLength` (or than the budget allows).
 */
export function budgetedDiff(run: AlignRun, a: string[], b: string[], maxEditLength: number) {
  const { budget } = run;
  const n = a.length + b.length;
  const allowed = budget.maxEdits(n, maxEditLength);
  const changes = diffArrays(a, b, { maxEditLength: allowed, comparator: run.comparator });
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

/** What budgetedDiff charges for a diff of one word against a different one (two edits); false
 * where the diff would have given up (fewer than two edits allowed). */
export function payReplacement(run: AlignRun, maxEditLength: number): boolean {
  const { budget } = run;
  const allowed = budget.maxEdits(2, maxEditLength);
  if (allowed >= 2) {
    budget.charge(2, 2);
    return true;
  }
  if (allowed < maxEditLength) budget.exhausted = true;
  budget.charge(2, allowed);
  return false;
}

/**
 * Records the matches of a diff of `ts` (template indexes) with `ss` (sequence indexes) in
 * toSubmitted/toTemplate; returns how many.
 */
export function recordDiff(
  changes: { added?: boolean; removed?: boolean; count?: number; value: unknown[] }[],
  ts: number[], ss: number[], toSubmitted: Int32Array, toTemplate: Int32Array,
): number {
  let a = 0;
  let b = 0;
  let m = 0;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.added) b += n;
    else if (c.removed) a += n;
    else for (let k = 0; k < n; k++, a++, b++, m++) { toSubmitted[ts[a]] = ss[b]; toTemplate[ss[b]] = ts[a]; }
  }
  return m;
}

/**
 * Token-by-token alignment of the template tokens and sequence elements named by two index lists
 * (jsdiff's Myers diff), with matches recorded in toSubmitted (template index -> sequence index) and
 * toTemplate (the reverse). Words that occur once on each side are matched first (the longest chain
 * of them in order, as patience diff does) and jsdiff runs on the gaps between them: a fraction of
 * the cost, since each gap is small, and on certifications the alignment Myers would give over the
 * whole. Returns the number of matches, or undefined past the
 * edit or work budget.
 */
export function alignLists(
  run: AlignRun, ts: number[], ss: number[],
  toSubmitted: Int32Array, toTemplate: Int32Array, maxEditLength: number,
): number | undefined {
  let matched = 0;
  let edits = 0;
  let pa = -1;
  let pb = -1;
  const gap = (a1: number, b1: number): boolean => {
    const m = alignGap(run, ts, pa + 1, a1, ss, pb + 1, b1, toSubmitted, toTemplate, Math.max(0, maxEditLength - edits));
    if (m < 0) return false;
    matched += m;
    edits += a1 - pa - 1 + (b1 - pb - 1) - 2 * m;
    return edits <= maxEditLength;
  };
  for (const [a, b] of uniqueAnchors(run, ts, ss)) {
    if (!gap(a, b)) return undefined;
    toSubmitted[ts[a]] = ss[b];
    toTemplate[ss[b]] = ts[a];
    matched++;
    pa = a;
    pb = b;
  }
  if (!gap(ts.length, ss.length)) return undefined;
  return matched;
}

/**
 * Aligns ts[a0..a1) with ss[b0..b1): equal words at either end match without a diff (most gaps are
 * all equal words), jsdiff aligns the rest. Returns the number of matches, or -1 when the diff gave up.
 */
function alignGap(
  run: AlignRun, ts: number[], a0: number, a1: number, ss: number[], b0: number, b1: number,
  toSubmitted: Int32Array, toTemplate: Int32Array, maxEditLength: number,
): number {
  const tKeys = run.template.keys;
  const sKeys = run.sequenceKeys;
  const comparator = run.comparator;
  const same = (i: number, j: number) => (comparator ? comparator(tKeys[i], sKeys[j]) : tKeys[i] === sKeys[j]);
  let m = 0;
  while (a0 < a1 && b0 < b1 && same(ts[a0], ss[b0])) { toSubmitted[ts[a0]] = ss[b0]; toTemplate[ss[b0]] = ts[a0]; a0++; b0++; m++; }
  while (a1 > a0 && b1 > b0 && same(ts[a1 - 1], ss[b1 - 1])) { a1--; b1--; toSubmitted[ts[a1]] = ss[b1]; toTemplate[ss[b1]] = ts[a1]; m++; }
  if (a0 === a1 || b0 === b1) return m;
  // One word for another (the ends above stopped on it, so the two differ): no match, whatever the
  // diff. Charged as budgetedDiff would charge its diff, which jsdiff is then not run for: its
  // search code is never compiled for files with no larger change.
  if (a1 - a0 === 1 && b1 - b0 === 1) return payReplacement(run, maxEditLength) ? m : -1;
  const gt = ts.slice(a0, a1);
  const gs = ss.slice(b0, b1);
  const changes = budgetedDiff(run, gt.map((i) => tKeys[i]), gs.map((j) => sKeys[j]), maxEditLength);
  if (!changes) return -1;
  return m + recordDiff(changes, gt, gs, toSubmitted, toTemplate);
}

/** Pairs (position in ts, position in ss) of words that occur once on each side, longest chain in order. */
function uniqueAnchors(run: AlignRun, ts: number[], ss: number[]): [number, number][] {
  // Words by their number in the template's vocabulary (-1: not in it), counted on each side.
  const { ids: tIds, size } = vocabulary(run.template.keys);
  const sIds = idsOf(run);
  const tCount = int32s(size);
  const sCount = int32s(size);
  const sAt = int32s(size);
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
  return longestIncreasing(pairs);
}

/** A template's words numbered, and how many are inline alternatives ("{{alt:...}}"). */
interface Vocabulary { index: Map<string, number>; ids: Int32Array; size: number; alternatives: number }
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
    v = { index, ids, size: index.size, alternatives: tKeys.filter((k) => k.startsWith('{{alt:')).length };
    vocabularies.set(tKeys, v);
  }
  return v;
}

/** The filer's words by their number in the template's vocabulary; computed once per run. */
function idsOf(run: AlignRun): Int32Array {
  if (run.sequenceIds) return run.sequenceIds;
  const { index } = vocabulary(run.template.keys);
  const sKeys = run.sequenceKeys;
  const ids = int32s(sKeys.length);
  for (let j = 0; j < sKeys.length; j++) ids[j] = index.get(sKeys[j]) ?? -1;
  run.sequenceIds = ids;
  return ids;
}

/** The longest chain of pairs increasing in both coordinates (pairs sorted by the first). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = []; // index into pairs of the last element of the best chain of each length
  const prev = int32s(pairs.length).fill(-1);
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

/** The indexes a..b-1, less those `skip` names. */
export function indexRange(a: number, b: number, skip?: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) if (!skip?.(i)) out.push(i);
  return out;
}

/** At most how many template tokens could match: the filer's words that the template has at all. */
export function commonWords(run: AlignRun): number {
  let n = vocabulary(run.template.keys).alternatives; // an inline alternative may match any word
  for (const id of idsOf(run)) if (id >= 0) n++;
  return n;
}
