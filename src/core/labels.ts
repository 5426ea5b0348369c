// Paragraph labels ("4.", "(b)", "a)", and "4.The" glued to its word) stand only at the start of a
// line: a line's first word is read here when it may be one.
import { keyAt } from './keys.js';

// The label grammar, read character by character where three patterns cost ~1.5% of a text lint
// (a line's first words are tested by up to three each):
//   a label           /^(?:\(?(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)[.:]?)$/
//   one glued to a word   /^(\(?(?:\d{1,2}|[a-h])[.)]|\((?:\d{1,2}|[a-h])\))(?=[A-Za-z])/
//   a bare one, its "." or ")" on a later line   /^\(?(?:\d{1,2}|[a-hA-H])$/
// A number, letter or numeral is taken whole: a shorter one cannot be followed by what the
// patterns need after it (a digit, letter or numeral is not "(", ")", ".", ":" or the word's end).

/** Index after the paragraph number or letter at k of `w` (1-2 digits, a-h, A-H when `upper`,
 * 1-4 of i, v, x when `roman`), or -1. */
function afterNumber(w: string, k: number, upper: boolean, roman: boolean): number {
  const c = w.charCodeAt(k);
  if (c >= 0x30 && c <= 0x39) {
    const d = w.charCodeAt(k + 1);
    return d >= 0x30 && d <= 0x39 ? k + 2 : k + 1;
  }
  if ((c >= 0x61 && c <= 0x68) || (upper && c >= 0x41 && c <= 0x48)) return k + 1;
  let e = k;
  if (roman) while (e < k + 4 && isNumeral(w.charCodeAt(e))) e++;
  return e > k ? e : -1;
}

function isNumeral(c: number): boolean {
  return c === 0x69 || c === 0x76 || c === 0x78;
}

/** "4.", "(b)", "iv)", "(12):": a whole word that is a label. */
function isLabel(w: string): boolean {
  const open = w.charCodeAt(0) === 0x28 ? 1 : 0;
  const e = afterNumber(w, open, true, true);
  if (e < 0) return false;
  const p = w.charCodeAt(e);
  const rest = w.length - e;
  if (rest === 1) return p === 0x2e || p === 0x29;
  const q = w.charCodeAt(e + 1);
  return open === 1 && rest === 2 && p === 0x29 && (q === 0x2e || q === 0x3a);
}

/** Length of a label glued to the letter after it ("4.The", "(a)Designed"), or 0. */
function gluedLength(w: string): number {
  const e = afterNumber(w, w.charCodeAt(0) === 0x28 ? 1 : 0, false, false);
  if (e < 0) return 0;
  const p = w.charCodeAt(e);
  const q = w.charCodeAt(e + 1) | 0x20;
  return (p === 0x2e || p === 0x29) && q >= 0x61 && q <= 0x7a ? e + 1 : 0;
}

/** A paragraph number or letter without its punctuation ("1", "(b", "b"). */
function isBareLabel(w: string): boolean {
  return afterNumber(w, w.charCodeAt(0) === 0x28 ? 1 : 0, true, false) === w.length;
}

/** When the next word after `at` is a lone "." or ")" (past white space), the index just after it; else 0. */
function splitLabelEnd(codes: Uint8Array, n: number, at: number): number {
  let k = at;
  while (k < n && (codes[k] === 0x20 || codes[k] === 0x0a)) k++;
  if (k === at || k >= n) return 0;
  const c = codes[k];
  if (c !== 0x2e && c !== 0x29) return 0;
  const after = k + 1 < n ? codes[k + 1] : 0x20;
  return after === 0x20 || after === 0x0a ? k + 1 : 0;
}

/** A word of at most 7 characters ending in ".", ")" or ":": all isLabel can accept, tested before it. */
function mayBeLabel(word: string): boolean {
  const n = word.length;
  if (n > 7) return false;
  const c = word.charCodeAt(n - 1);
  return c === 0x2e || c === 0x29 || c === 0x3a;
}

/** A "." or ")" among a word's second to fourth characters: all gluedLength can accept, tested before it. */
function mayBeGlued(codes: Uint8Array, i: number, j: number): boolean {
  for (let k = i + 1; k < j && k <= i + 3; k++) {
    const c = codes[k];
    if (c === 0x2e || c === 0x29) return true;
  }
  return false;
}

/**
 * Whether lineWord may find a label in the word at bytes i..j: else it is one token like any other.
 * Every label starts with "(", a digit, a letter a-h or (a whole label) i, v or x; a bare one has at
 * most three characters, a whole one at most seven ending in ".", ")" or ":", a glued one a "." or ")".
 */
export function mayHoldLabel(codes: Uint8Array, i: number, j: number): boolean {
  const f = codes[i];
  const lower = f | 0x20;
  if (!(f === 0x28 || (f >= 0x30 && f <= 0x39) || (lower >= 0x61 && lower <= 0x68) || f === 0x69 || f === 0x76 || f === 0x78)) return false;
  const len = j - i;
  if (len <= 3) return true;
  const e = codes[j - 1];
  return (len <= 7 && (e === 0x2e || e === 0x29 || e === 0x3a)) || mayBeGlued(codes, i, j);
}

/**
 * The token or two (a glued label and its word) of a line's first word, at i, appended at `count`
 * (see Tokens); returns the new count. `atLineStart` is the first token's lineStart.
 */
export function lineWord(
  text: string, c: Uint8Array, i: number, atLineStart: number, key: string[], count: number,
  starts: Int32Array, ends: Int32Array, lineStarts: Uint8Array, labels: Uint8Array, leads: Uint8Array,
): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && c[j] !== 0x20 && c[j] !== 0x0a) j++;
  let word = text.slice(i, j);
  let isLab = 0;
  const glued = j - i > 2 && mayBeGlued(c, i, j) ? gluedLength(word) : 0;
  if (glued > 0) {
    const k = i + glued;
    key[count] = word.slice(0, glued); starts[count] = i; ends[count] = k; lineStarts[count] = atLineStart; labels[count] = 1; leads[count] = c[i]; count++;
    i = k;
    word = text.slice(i, j);
    atLineStart = 0;
  } else if (j - i <= 3 && isBareLabel(word)) {
    // "1" with its "." or ")" on a later line or in the next table cell: one label (the line
    // breaks between are passed over).
    const k = splitLabelEnd(c, n, j);
    if (k > 0) { word += text[k - 1]; j = k; }
  }
  if (atLineStart && mayBeLabel(word) && isLabel(word)) isLab = 1;
  key[count] = isLab ? word : keyAt(c, i, j, word);
  starts[count] = i; ends[count] = j; lineStarts[count] = atLineStart; labels[count] = isLab; leads[count] = c[i];
  return count + 1;
}
