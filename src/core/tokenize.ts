// Splits normalised text into word tokens. Punctuation stays on its word, so that "prepared;" and
// "principles;" differ and a deleted paragraph cannot borrow its neighbour's last word.
import { int32s, uint8s } from './typed-arrays.js';
import { scan } from './words.js';

export { sharedKeyOf as keyOf } from './words.js';

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

// Scratch space reused from call to call; each result gets copies of just its own length (the typed
// arrays cut from shared blocks: typed-arrays.ts). Most keys are remembered strings, old enough that
// storing them into the long-lived array costs no write barrier's work. lineStarts and labels are
// zero between calls. The bytes have room for the NUL after the text and 15 more bytes read past it.
const buffers = (size: number) => {
  const codes = new Uint8Array(2 * size + 16);
  return {
    starts: new Int32Array(size), ends: new Int32Array(size),
    lineStarts: new Uint8Array(size), labels: new Uint8Array(size), leads: new Uint8Array(size), later: new Int32Array(size),
    keys: Array.from({ length: size }, () => ''),
    codes, view: new DataView(codes.buffer),
  };
};
let scratch = buffers(0);
const encoder = new TextEncoder();

/**
 * The text's characters as bytes, each ASCII one as itself and any other as 0x80 (every test here
 * compares with ASCII only), then a NUL: a typed array reads in a few instructions where charCodeAt
 * and indexOf cost tens. An ASCII text is copied natively.
 */
function codes(text: string, into: Uint8Array): Uint8Array {
  const n = text.length;
  const { read, written } = encoder.encodeInto(text, into);
  if (read !== n || written !== n) {
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      into[k] = c < 0x80 ? c : 0x80;
    }
  }
  into[n] = 0;
  return into;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  // At most one token per two characters (a word and a space).
  const cap = (n >> 1) + 2;
  // A very large text gets arrays of its own, so that they are not kept after it.
  if (cap <= 1 << 20 && scratch.starts.length < cap) scratch = buffers(Math.max(cap, scratch.starts.length * 2, 4096));
  const { starts, ends, lineStarts, labels, leads, later, keys, codes: into, view } = cap > 1 << 20 ? buffers(cap) : scratch;
  const c = codes(text, into);
  const count = scan(text, c, view, keys, starts, ends, lineStarts, labels, leads, later);
  const key = keys.slice(0, count);
  const tokens = {
    count, key, start: copyInt32(starts, count), end: copyInt32(ends, count),
    lineStart: copyUint8(lineStarts, count), label: copyUint8(labels, count), lead: copyUint8(leads, count),
  };
  // Zero again for the next text: only a line's first tokens set them.
  lineStarts.fill(0, 0, count);
  labels.fill(0, 0, count);
  return tokens;
}

/**
 * The words of tokens first..last of `text` (the text tokenized), one space apart where white space
 * parts them: `text.slice(start[first], end[last]).replace(/\s+/g, ' ')`, which cost ~700
 * instructions a run. Words split only at " " and line breaks, the only white space normalize()
 * leaves, so only gaps other than one " " change; a label may hold a line break ("1" then "."), and
 * a range with one goes by the pattern.
 */
export function spacedWords(t: Tokens, text: string, first: number, last: number): string {
  let out = '';
  let from = t.start[first];
  let k = first;
  if (first >= 0 && last < t.count) {
    for (; k < last && t.label[k] === 0; k++) {
      const at = t.end[k];
      const gap = t.start[k + 1] - at;
      if (gap > 1 || (gap === 1 && text.charCodeAt(at) !== 0x20)) {
        out += text.slice(from, at) + ' ';
        from = t.start[k + 1];
      }
    }
    if (k === last && t.label[k] === 0) return out + text.slice(from, t.end[last]);
  }
  return text.slice(t.start[first], t.end[last]).replace(/\s+/g, ' ');
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
