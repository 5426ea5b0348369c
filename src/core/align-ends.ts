// Aligns a certification that departs from its form in one place (a run of words cut or added, or
// one word for another) by the words its start and end share with the form, wherever that gives
// exactly what alignLists gives over the whole sequence: the same matches, charges and give-ups.
// Such files then neither run nor make V8 compile the anchor and diff code of align-lists.ts.
import { payReplacement, type AlignRun } from './align-lists.js';

/** alignLists would have given up (past the edit length or the work budget). */
export const GAVE_UP = -1;
/** Not one slip, or not provably what alignLists gives: align as usual. */
export const NOT_BY_ENDS = -2;

/** Places where the form may end in the sequence that are tried (a signature block follows it). */
const END_TRIES = 3;
/** Closing words of the form, once in it, tried as an anchor after the slip (see anchoredAfter). */
const ANCHOR_TRIES = 4;
/** Cut words once in the form looked for in the sequence (each a pass over it): past this, align as
 * usual, so a long sequence costs a bounded number of passes (any one paragraph has at most 17). */
const CUT_SCANS = 32;

/**
 * The form matches the sequence on [0, start) and its last `common` words match the sequence's
 * words just before `end` (where the form ends: the signature block follows). Why that is
 * alignLists' answer over ts = [0, T), ss = [0, S) when this returns a count: alignLists anchors on
 * the words once in the form and once in the sequence; here each stands on one of those two runs
 * (see onDiagonals), so they are all anchors, and every gap between them matches whole but the one
 * across the slip. That gap's greedy ends stop at `start` and at `common` as here, leaving the
 * form's words [start, T - common) against the sequence's [start, end - common): nothing on one side
 * (no charge), or one word for another (payReplacement: what alignGap charges). The words after
 * `end` stay unmatched, counted as added, provided an anchor stands after the slip; without one
 * the last gap would run on into them (and to jsdiff), so then `end` must be the sequence's end.
 * Its edit length (cut + added + S - end = S - T + 2 * cut) is within maxEditLength whenever the
 * T - cut matches reach minMatched, so alignLists gives up no other way.
 * Returns the matches made (recorded in toSubmitted/toTemplate), GAVE_UP or NOT_BY_ENDS.
 */
export function alignByEnds(
  run: AlignRun, start: number, toSubmitted: Int32Array, toTemplate: Int32Array,
  minMatched: number, maxEditLength: number,
): number {
  const T = run.template.keys.length;
  const S = run.sequenceKeys.length;
  let tries = 0;
  for (let end = S; end >= start && tries < END_TRIES; end--) {
    // Short of the sequence's end, the form ends after its own last word.
    if (end < S && (end === start || !same(run, T - 1, end - 1))) continue;
    tries++;
    const common = commonEnd(run, start, end);
    const cut = T - common - start;
    const added = end - common - start;
    const replaced = cut === 1 && added === 1;
    if ((cut > 0 && added > 0 && !replaced) || start + common < minMatched) continue;
    if (!onDiagonals(run, start, common) || (end < S && !anchoredAfter(run, common))) continue;
    if (replaced && !payReplacement(run, maxEditLength)) return GAVE_UP;
    matchRun(toSubmitted, toTemplate, 0, 0, start);
    matchRun(toSubmitted, toTemplate, T - common, end - common, common);
    return start + common;
  }
  return NOT_BY_ENDS;
}

/** 0, 1, 2 ...: copied where a run of tokens matches one for one (a native copy, no loop to compile). */
let counting = new Int32Array(0);

/** Records that template tokens t0 .. t0 + n - 1 match sequence elements s0 .. s0 + n - 1. */
export function matchRun(toSubmitted: Int32Array, toTemplate: Int32Array, t0: number, s0: number, n: number): void {
  if (n <= 0) return;
  const top = Math.max(t0, s0) + n;
  if (counting.length < top) {
    counting = new Int32Array(Math.max(top, 2 * counting.length));
    for (let i = 0; i < counting.length; i++) counting[i] = i;
  }
  toSubmitted.set(counting.subarray(s0, s0 + n), t0);
  toTemplate.set(counting.subarray(t0, t0 + n), s0);
}

/** Whether form word i and sequence word j match (alignGap's test). */
function same(run: AlignRun, i: number, j: number): boolean {
  const t = run.template.keys[i];
  const s = run.sequenceKeys[j];
  return run.comparator ? run.comparator(t, s) : t === s;
}

/** How many of the form's last words match the sequence's words before `end`, back to `start` at most. */
function commonEnd(run: AlignRun, start: number, end: number): number {
  const T = run.template.keys.length;
  let n = 0;
  while (T - n > start && end - n > start && same(run, T - n - 1, end - n - 1)) n++;
  return n;
}

/**
 * Whether no word once in the form and once in the sequence pairs off the two matched runs. A
 * plain word on them is in the sequence at its matched place, so once there means there; the form's
 * cut words and its inline alternatives (matched by another word) are counted.
 */
function onDiagonals(run: AlignRun, start: number, common: number): boolean {
  const { once, alternatives } = formWords(run.template.keys);
  const tKeys = run.template.keys;
  let scans = 0;
  for (let i = start; i < tKeys.length - common; i++) {
    if (!once[i]) continue;
    if (++scans > CUT_SCANS || occurrences(run.sequenceKeys, tKeys[i]) === 1) return false;
  }
  for (let k = 0; k < alternatives.length; k++) if (occurrences(run.sequenceKeys, tKeys[alternatives[k]]) > 0) return false;
  return true;
}

/** Whether one of the form's last `common` words (matched) is once in the form and once in the sequence. */
function anchoredAfter(run: AlignRun, common: number): boolean {
  const { once } = formWords(run.template.keys);
  const tKeys = run.template.keys;
  let tries = 0;
  for (let i = tKeys.length - 1; i >= tKeys.length - common && tries < ANCHOR_TRIES; i--) {
    if (!once[i]) continue;
    tries++;
    if (occurrences(run.sequenceKeys, tKeys[i]) === 1) return true;
  }
  return false;
}

/** How many times `key` is in `keys`, counted to 2. (indexOf: a native loop, nothing to compile.) */
function occurrences(keys: string[], key: string): number {
  const first = keys.indexOf(key);
  return first < 0 ? 0 : keys.indexOf(key, first + 1) < 0 ? 1 : 2;
}

/** A form's words once in it (1 per token), and those of them that are inline alternatives. */
interface FormWords { once: Uint8Array; alternatives: number[] }
const formWordsOf = new WeakMap<string[], FormWords>();

function formWords(tKeys: string[]): FormWords {
  let words = formWordsOf.get(tKeys);
  if (words) return words;
  const counts = new Map<string, number>();
  for (const k of tKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const once = new Uint8Array(tKeys.length);
  const alternatives: number[] = [];
  for (let i = 0; i < tKeys.length; i++) {
    if (counts.get(tKeys[i]) !== 1) continue;
    once[i] = 1;
    if (tKeys[i].startsWith('{{alt:')) alternatives.push(i);
  }
  formWordsOf.set(tKeys, (words = { once, alternatives }));
  return words;
}
