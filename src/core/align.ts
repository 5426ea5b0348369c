// Aligns a certification's token sequence with its template, token by token (jsdiff), by content
// rather than by paragraph labels, then finds paragraphs that were moved rather than omitted.
// The diff engine is align-lists.ts (align-ends.ts for one slip); the repairs after the first diff
// are align-repair.ts.
import type { WorkBudget } from './budget.js';
import { alignByEnds, GAVE_UP, matchRun, NOT_BY_ENDS } from './align-ends.js';
import { alignLists, commonWords, indexRange, type AlignRun } from './align-lists.js';
import { findMoved, realignMoved, tidy } from './align-repair.js';
import { sameToken, type Template } from './template.js';
import { int32s } from './typed-arrays.js';

export { ABSENT_BELOW } from './align-repair.js';

export class Alignment {
  constructor(
    /** Per template token: the index of the submitted sequence element it matched, or -1. */
    readonly templateToSubmitted: Int32Array,
    /** Per submitted sequence element: the template token it matched, or -1. */
    readonly submittedToTemplate: Int32Array,
    /** Template paragraph indexes found out of order. */
    readonly moved: number[],
    /** Template tokens matched. (A count, always a small integer: a stored share would be 1 on
     * the identical path and a fraction elsewhere, and V8 re-shapes every alignment when a field
     * first seen as an integer gets a fraction, throwing away code compiled for the old shape.) */
    private readonly matched: number,
    /** The sequence starts with the whole form, word for word: template token i matched element i. */
    readonly identical = false,
  ) {}

  /** Share of template tokens matched (0..1). */
  get similarity(): number {
    const T = this.templateToSubmitted.length;
    return this.matched === T ? 1 : this.matched / T; // an empty form is only ever matched whole
  }
}

export interface AlignOptions {
  /** Give up (not a certification) below this share of matched template tokens. */
  minSimilarity: number;
  /** Work the alignment may do, all of its diffs together (counted, not timed: same input, same result). */
  budget: WorkBudget;
}

export function align(
  template: Template,
  seqKeys: string[],
  isSeqBoundary: (j: number) => boolean,
  options: AlignOptions,
): Alignment | undefined {
  const run: AlignRun = {
    template,
    sequenceKeys: seqKeys,
    isSequenceBoundary: isSeqBoundary,
    comparator: template.hasAlternativeWords ? sameToken : undefined,
    budget: options.budget,
    sequenceIds: null,
  };
  const T = template.keys.length;
  const S = seqKeys.length;
  const start = commonStart(run);
  if (start === T) return identicalAlignment(T, S);
  // Below minSimilarity the LCS is short, so the edit script is long: past this length, stop.
  const maxEditLength = Math.ceil(T * (1 - 2 * options.minSimilarity) + S) + 1;
  let toSubmitted = int32s(T).fill(-1);
  let toTemplate = int32s(S).fill(-1);
  let matched: number | undefined = alignByEnds(run, start, toSubmitted, toTemplate, options.minSimilarity * T, maxEditLength);
  if (matched === GAVE_UP) return undefined;
  if (matched === NOT_BY_ENDS) {
    // Too few words in common for the text to be this form: no need to align it.
    if (commonWords(run) < options.minSimilarity * T) return undefined;
    matched = alignLists(run, indexRange(0, T), indexRange(0, S), toSubmitted, toTemplate, maxEditLength);
  }
  if (matched === undefined || matched < options.minSimilarity * T) return undefined;
  tidy(run, toSubmitted, toTemplate);
  // A paragraph found elsewhere was moved: align again with it set aside, then align it where it is.
  const found = findMoved(run, toSubmitted, toTemplate);
  if (found.length) ({ toSubmitted, toTemplate } = realignMoved(run, found));
  let total = 0;
  for (let i = 0; i < T; i++) if (toSubmitted[i] >= 0) total++;
  // Pushed, not found.map(): TurboFan's map() returns holey arrays where the interpreter's returns
  // packed ones, and computeChanges, compiled for one, deopted on the other in every run.
  const moved: number[] = [];
  for (let k = 0; k < found.length; k++) moved.push(found[k].para);
  return new Alignment(toSubmitted, toTemplate, moved, total);
}

/** How many of the form's first words the sequence starts with. */
function commonStart(run: AlignRun): number {
  const tKeys = run.template.keys;
  const sKeys = run.sequenceKeys;
  const { comparator } = run;
  const n = Math.min(tKeys.length, sKeys.length);
  let same = 0;
  if (comparator) while (same < n && comparator(tKeys[same], sKeys[same])) same++;
  else while (same < n && tKeys[same] === sKeys[same]) same++;
  return same;
}

/** A certification word for word as the form (the usual case before filing): nothing to align. */
function identicalAlignment(T: number, S: number): Alignment {
  const toSubmitted = int32s(T);
  const toTemplate = int32s(S).fill(-1, T);
  matchRun(toSubmitted, toTemplate, 0, 0, T);
  return new Alignment(toSubmitted, toTemplate, [], T, true);
}
