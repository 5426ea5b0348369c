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
}

const LABEL = /^(?:\(?(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)[.:]?)$/;
const GLUED_LABEL = /^(\(?(?:\d{1,2}|[a-h])[.)]|\((?:\d{1,2}|[a-h])\))(?=[A-Za-z])/;
/** A paragraph number or letter without its punctuation ("1", "(b", "b"). */
const BARE_LABEL = /^\(?(?:\d{1,2}|[a-hA-H])$/;

/** When the next word after `at` is a lone "." or ")" (past white space), the index just after it; else 0. */
function splitLabelEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x0a)) k++;
  if (k === at || k >= text.length) return 0;
  const c = text.charCodeAt(k);
  if (c !== 0x2e && c !== 0x29) return 0;
  const after = k + 1 < text.length ? text.charCodeAt(k + 1) : 0x20;
  return after === 0x20 || after === 0x0a ? k + 1 : 0;
}

/** Whether a word starts with `lower` (lower-case ASCII letters) in any case, as an /i pattern would
 * (its non-Unicode case folding maps no other character to an ASCII letter). */
function startsWithAnyCase(word: string, lower: string): boolean {
  if (word.length < lower.length) return false;
  for (let k = 0; k < lower.length; k++) if ((word.charCodeAt(k) | 0x20) !== lower.charCodeAt(k)) return false;
  return true;
}

/**
 * The comparison key: the word itself, except that capitalising the form's own terms for the filer
 * ("Registrant", "Company") is cosmetic. Compared letter by letter: a pattern per word costs more.
 */
export function keyOf(word: string): string {
  // The first letter picks the one term to compare: one loop where two would be compiled into
  // tokenize() (keyOf is inlined there).
  const c = word.charCodeAt(0) | 0x20;
  const term = c === 0x72 ? 'registrant' : c === 0x63 ? 'company' : null;
  return term !== null && startsWithAnyCase(word, term) ? word[0].toLowerCase() + word.slice(1) : word;
}

// Scratch space reused from call to call; each result gets copies of just its own length (cut from
// shared blocks: typed-arrays.ts). (Not for
// the keys: storing new strings into a long-lived array costs more than growing a new one.)
const buffers = (size: number) => ({ starts: new Int32Array(size), ends: new Int32Array(size), lineStarts: new Uint8Array(size), labels: new Uint8Array(size) });
let scratch = buffers(0);

/** A word of at most 7 characters ending in ".", ")" or ":": all LABEL can match, tested before it. */
function mayBeLabel(word: string): boolean {
  const n = word.length;
  if (n > 7) return false;
  const c = word.charCodeAt(n - 1);
  return c === 0x2e || c === 0x29 || c === 0x3a;
}

/** A "." or ")" among a word's second to fourth characters: all GLUED_LABEL can match, tested before it. */
function mayBeGlued(text: string, i: number, j: number): boolean {
  for (let k = i + 1; k < j && k <= i + 3; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x29) return true;
  }
  return false;
}

/** Index of the next line break at or after i, or the text's length. */
function lineEnd(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  // At most one token per two characters (a word and a space).
  const cap = (n >> 1) + 2;
  // A very large text gets arrays of its own, so that they are not kept after it.
  if (cap <= 1 << 20 && scratch.starts.length < cap) scratch = buffers(Math.max(cap, scratch.starts.length * 2, 4096));
  const { starts, ends, lineStarts, labels } = cap > 1 << 20 ? buffers(cap) : scratch;
  // Appended as key[count], count being its length: V8 left key.push here a call of its builtin
  // (13% of a tokenize), where an indexed append compiles inline.
  const key: string[] = [];
  let count = 0;
  let i = 0;
  let atLineStart = 2;
  // Line by line, word by word: the ends are found by native searches (indexOf), not char by char.
  while (i < n) {
    let nl = lineEnd(text, i);
    while (i < nl) {
      if (text.charCodeAt(i) === 0x20) { i++; continue; }
      let j = text.indexOf(' ', i);
      if (j < 0 || j > nl) j = nl;
      let word = text.slice(i, j);
      let isLab = 0;
      // Labels ("4.", "(b)", "4.The") stand only at the start of a line.
      if (atLineStart) {
        const glued = j - i > 2 && mayBeGlued(text, i, j) ? GLUED_LABEL.exec(word) : null;
        if (glued) {
          const k = i + glued[1].length;
          key[count] = glued[1]; starts[count] = i; ends[count] = k; lineStarts[count] = atLineStart; labels[count] = 1; count++;
          i = k;
          word = text.slice(i, j);
          atLineStart = 0;
        } else if (j - i <= 3 && BARE_LABEL.test(word)) {
          // "1" with its "." or ")" on the next line or in the next table cell: one label.
          const k = splitLabelEnd(text, j);
          if (k > 0) { word += text[k - 1]; j = k; }
        }
        if (atLineStart && mayBeLabel(word) && LABEL.test(word)) isLab = 1;
      }
      key[count] = isLab ? word : keyOf(word);
      starts[count] = i; ends[count] = j; lineStarts[count] = atLineStart; labels[count] = isLab; count++;
      atLineStart = 0;
      i = j;
      if (i > nl) nl = lineEnd(text, i); // a split label took its "." from a later line
    }
    // A line break: the next word starts a line, or a paragraph after a blank line.
    if (i < n) { atLineStart = atLineStart ? 2 : 1; i++; }
  }
  return { count, key, start: copyInt32(starts, count), end: copyInt32(ends, count), lineStart: copyUint8(lineStarts, count), label: copyUint8(labels, count) };
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
