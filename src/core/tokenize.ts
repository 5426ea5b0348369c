// Splits normalised text into word tokens. Punctuation stays on its word, so that "prepared;" and
// "principles;" differ and a deleted paragraph cannot borrow its neighbour's last word.
import { int32s, uint8s } from './typed-arrays.js';

export interface Tokens {
  count: number;
  /** What two tokens are compared by. */
  key: string[];
  /** Start and end of each token in the normalised text. */
  start: Int32Array;
  end: Int32Array;
  /** 1 where a token is the first of a line, 2 where a blank line (a paragraph break) comes before it. */
  lineStart: Uint8Array;
  /** 1 where a token is a paragraph label ("4.", "(b)", "a)") at the start of a line. */
  label: Uint8Array;
  /** The first character of each token's text if ASCII, else 0x80 (a key may lower-case it): a scan
   * for words by their first letter reads these, not each key string. */
  lead: Uint8Array;
}

const LABEL = /^(?:\(?(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)[.:]?)$/;
const GLUED_LABEL = /^(\(?(?:\d{1,2}|[a-h])[.)]|\((?:\d{1,2}|[a-h])\))(?=[A-Za-z])/;
/** A paragraph number or letter without its punctuation ("1", "(b", "b"). */
const BARE_LABEL = /^\(?(?:\d{1,2}|[a-hA-H])$/;

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

/** Whether a word starts with `lower` (lower-case ASCII letters) in any case, as an /i pattern would
 * (its non-Unicode case folding maps no other character to an ASCII letter). */
function startsWithAnyCase(word: string, lower: string): boolean {
  if (word.length < lower.length) return false;
  for (let k = 0; k < lower.length; k++) if ((word.charCodeAt(k) | 0x20) !== lower.charCodeAt(k)) return false;
  return true;
}

/** The form's own terms whose capitalisation is cosmetic, by their first letter. */
const TERMS = ['registrant', 'company'];
const termFor = (lower: number): string | null => (lower === 0x72 ? TERMS[0] : lower === 0x63 ? TERMS[1] : null);

/**
 * The comparison key: the word itself, except that capitalising the form's own terms for the filer
 * ("Registrant", "Company") is cosmetic. Compared letter by letter: a pattern per word costs more.
 */
export function keyOf(word: string): string {
  const term = termFor(word.charCodeAt(0) | 0x20);
  return term !== null && startsWithAnyCase(word, term) ? word[0].toLowerCase() + word.slice(1) : word;
}

/** keyOf of the word at bytes i..j (see codes()), read from the codes, not the new string. */
function keyAt(codes: Uint8Array, i: number, j: number, word: string): string {
  const term = termFor(codes[i] | 0x20);
  if (term === null || j - i < term.length) return word;
  for (let k = 1; k < term.length; k++) if ((codes[i + k] | 0x20) !== term.charCodeAt(k)) return word;
  return word[0].toLowerCase() + word.slice(1);
}

// Scratch space reused from call to call; each result gets copies of just its own length (cut from
// shared blocks: typed-arrays.ts). (Not for
// the keys: storing new strings into a long-lived array costs more than growing a new one.)
const buffers = (size: number) => ({
  starts: new Int32Array(size), ends: new Int32Array(size),
  lineStarts: new Uint8Array(size), labels: new Uint8Array(size), leads: new Uint8Array(size), codes: new Uint8Array(2 * size),
});
let scratch = buffers(0);
const encoder = new TextEncoder();

/**
 * The text's characters as bytes, each ASCII one as itself and any other as 0x80 (every test here
 * compares with ASCII only): a typed array reads in a few instructions where charCodeAt and indexOf
 * cost tens. An ASCII text is copied natively.
 */
function codes(text: string, into: Uint8Array): Uint8Array {
  const n = text.length;
  const { read, written } = encoder.encodeInto(text, into);
  if (read === n && written === n) return into;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    into[k] = c < 0x80 ? c : 0x80;
  }
  return into;
}

/** A word of at most 7 characters ending in ".", ")" or ":": all LABEL can match, tested before it. */
function mayBeLabel(word: string): boolean {
  const n = word.length;
  if (n > 7) return false;
  const c = word.charCodeAt(n - 1);
  return c === 0x2e || c === 0x29 || c === 0x3a;
}

/** A "." or ")" among a word's second to fourth characters: all GLUED_LABEL can match, tested before it. */
function mayBeGlued(codes: Uint8Array, i: number, j: number): boolean {
  for (let k = i + 1; k < j && k <= i + 3; k++) {
    const c = codes[k];
    if (c === 0x2e || c === 0x29) return true;
  }
  return false;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  // At most one token per two characters (a word and a space).
  const cap = (n >> 1) + 2;
  // A very large text gets arrays of its own, so that they are not kept after it.
  if (cap <= 1 << 20 && scratch.starts.length < cap) scratch = buffers(Math.max(cap, scratch.starts.length * 2, 4096));
  const { starts, ends, lineStarts, labels, leads, codes: into } = cap > 1 << 20 ? buffers(cap) : scratch;
  const c = codes(text, into);
  // Appended as key[count], count being its length: V8 left key.push here a call of its builtin
  // (13% of a tokenize), where an indexed append compiles inline.
  const key: string[] = [];
  let count = 0;
  let i = 0;
  let atLineStart = 2;
  // Word by word: a word runs to the next space or line break.
  while (i < n) {
    const first = c[i];
    if (first === 0x20) { i++; continue; }
    if (first === 0x0a) {
      // A line break: the next word starts a line, or a paragraph after a blank line.
      atLineStart = atLineStart ? 2 : 1;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && c[j] !== 0x20 && c[j] !== 0x0a) j++;
    let word = text.slice(i, j);
    let isLab = 0;
    // Labels ("4.", "(b)", "4.The") stand only at the start of a line.
    if (atLineStart) {
      const glued = j - i > 2 && mayBeGlued(c, i, j) ? GLUED_LABEL.exec(word) : null;
      if (glued) {
        const k = i + glued[1].length;
        key[count] = glued[1]; starts[count] = i; ends[count] = k; lineStarts[count] = atLineStart; labels[count] = 1; leads[count] = c[i]; count++;
        i = k;
        word = text.slice(i, j);
        atLineStart = 0;
      } else if (j - i <= 3 && BARE_LABEL.test(word)) {
        // "1" with its "." or ")" on a later line or in the next table cell: one label (the line
        // breaks between are passed over).
        const k = splitLabelEnd(c, n, j);
        if (k > 0) { word += text[k - 1]; j = k; }
      }
      if (atLineStart && mayBeLabel(word) && LABEL.test(word)) isLab = 1;
    }
    key[count] = isLab ? word : keyAt(c, i, j, word);
    starts[count] = i; ends[count] = j; lineStarts[count] = atLineStart; labels[count] = isLab; leads[count] = c[i]; count++;
    atLineStart = 0;
    i = j;
  }
  return {
    count, key, start: copyInt32(starts, count), end: copyInt32(ends, count),
    lineStart: copyUint8(lineStarts, count), label: copyUint8(labels, count), lead: copyUint8(leads, count),
  };
}

function copyInt32(from: Int32Array, n: number): Int32Array {
  const out = int32s(n);
  out.set(from.subarray(0, n));
  return out;
}

function copyUint8(from: Uint8Array, n: number): Uint8Array {
  const out = uint8s(n);
  out.set(from.subarray(0, n));
  return out;
}
