// A text's tokens, read from its bytes four at a time, with their comparison keys. A byte loop
// costs ~20 instructions a byte (V8 checks the array again after each turn's stack check), and a new
// string per word ~100 more: the keys of words seen before are remembered by their bytes (most of a
// certification's words recur in every one).
import { keyAt, keyOf } from './keys.js';
import { lineWord, mayHoldLabel } from './labels.js';

/** Flags (0x80 in its byte) each byte of four read as an int that is below 0x21: a space, a line
 * break or another control character. Exact for the lowest flagged byte: bytes here are at most 0x80,
 * and a borrow only reaches the bytes above it. */
function stops(w: number): number {
  return (w - 0x21212121) & ~w & 0x80808080;
}
/** Flags each byte of four that is not a space (exact per byte: no carry crosses a byte). */
function nonSpaces(w: number): number {
  const x = w ^ 0x20202020;
  return (((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
}
/** The index (0-3) of the lowest flagged byte. */
function lowest(m: number): number {
  return (31 - Math.clz32(m & -m)) >> 3;
}
/** The bytes of an int below its lowest flagged one. */
function below(m: number): number {
  return ((m & -m) >>> 7) - 1;
}

// Keys of words of 1 to 12 ASCII characters (none a control character), by their bytes: four to
// an int, zero past the word. A slot holds the last word that hashed to it.
const CACHE_BITS = 12;
const cachedKeys: string[] = Array.from({ length: 1 << CACHE_BITS }, () => '');
const cachedBytes = new Int32Array(3 << CACHE_BITS);
const cachedLengths = new Uint8Array(1 << CACHE_BITS);

/** The slot of a word of `len` bytes w0, w1, w2. */
function slotOf(len: number, w0: number, w1: number, w2: number): number {
  return Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca6b) ^ len, 0x27d4eb2f) >>> (32 - CACHE_BITS);
}

/** Whether slot h holds the word of `len` bytes w0, w1, w2. */
function holds(h: number, len: number, w0: number, w1: number, w2: number): boolean {
  const k = 3 * h;
  return cachedLengths[h] === len && cachedBytes[k] === w0 && cachedBytes[k + 1] === w1 && cachedBytes[k + 2] === w2;
}

/** Remembers `key` for that word in slot h; returns it. */
function remember(h: number, len: number, w0: number, w1: number, w2: number, key: string): string {
  const k = 3 * h;
  cachedKeys[h] = key; cachedLengths[h] = len; cachedBytes[k] = w0; cachedBytes[k + 1] = w1; cachedBytes[k + 2] = w2;
  return key;
}

/** keyAt of the word at bytes i..j of `c`, a word scan() remembers, whose bytes are w0, w1, w2. */
function cachedKey(c: Uint8Array, text: string, i: number, j: number, w0: number, w1: number, w2: number): string {
  const len = j - i;
  const h = slotOf(len, w0, w1, w2);
  return holds(h, len, w0, w1, w2) ? cachedKeys[h] : remember(h, len, w0, w1, w2, keyAt(c, i, j, text.slice(i, j)));
}

/**
 * keyOf(word), as the very string a text's word of these characters gets from scan() while it stays
 * remembered: the form's words (template.ts) then compare with the text's by reference, without
 * reading their characters.
 */
export function sharedKeyOf(word: string): string {
  const len = word.length;
  if (len === 0 || len > 12) return keyOf(word);
  const ints = [0, 0, 0];
  for (let k = 0; k < len; k++) {
    const ch = word.charCodeAt(k);
    if (ch < 0x21 || ch > 0x7f) return keyOf(word);
    ints[k >> 2] |= ch << ((k & 3) << 3);
  }
  const [w0, w1, w2] = ints;
  const h = slotOf(len, w0, w1, w2);
  return holds(h, len, w0, w1, w2) ? cachedKeys[h] : remember(h, len, w0, w1, w2, keyOf(word));
}

/**
 * Appends the text's tokens (see Tokens) to `key` and the scratch arrays from 0; returns their count.
 * `c` holds the text's bytes (tokenize.ts) and a NUL after them; `view` reads them, and up to 15
 * bytes past the NUL. lineStarts and labels are written only where not 0.
 */
export function scan(
  text: string, c: Uint8Array, view: DataView, key: string[], starts: Int32Array, ends: Int32Array,
  lineStarts: Uint8Array, labels: Uint8Array, leads: Uint8Array, later: Int32Array,
): number {
  const n = text.length;
  let count = 0;
  let nLater = 0;
  let i = 0;
  let atLineStart = 2;
  for (;;) {
    // Past spaces, four at a time, then past a line break: the next word starts a line, or a
    // paragraph after a blank line. The NUL after the text stops both.
    let m = nonSpaces(view.getInt32(i, true));
    while (m === 0) m = nonSpaces(view.getInt32((i += 4), true)) | 0; // (| 0: an int even if not inlined)
    i += lowest(m);
    let w0 = view.getInt32(i, true), w1 = 0, w2 = 0, last = w0, j = i;
    const first = w0 & 0xff;
    if (first === 0x0a) { atLineStart = atLineStart !== 0 ? 2 : 1; i++; continue; }
    if (i >= n) break;
    // The word's bytes to its first byte below 0x21, in up to three ints.
    m = stops(w0);
    if (m === 0) {
      last = w1 = view.getInt32((j = i + 4), true);
      m = stops(w1);
      if (m === 0) {
        last = w2 = view.getInt32((j = i + 8), true);
        m = stops(w2);
        // Twelve characters: the word is remembered only if it ends there (tested next).
        if (m === 0) { last = view.getInt32((j = i + 12), true); m = 0x80; }
        else w2 &= below(m);
      } else w1 &= below(m);
    } else w0 &= below(m);
    const at = lowest(m);
    const end = (last >>> (at << 3)) & 0xff;
    j += at;
    // A control character other than a line break is part of a word (and so is anything after
    // twelve characters); a byte 0x80 (any non-ASCII character) is not remembered.
    let known = ((w0 | w1 | w2) & 0x80808080) === 0;
    if (end !== 0x20 && end !== 0x0a && j < n) { known = false; while (j < n && c[j] !== 0x20 && c[j] !== 0x0a) j++; }
    if (atLineStart !== 0 && mayHoldLabel(c, i, j)) {
      count = lineWord(text, c, i, atLineStart, key, count, starts, ends, lineStarts, labels, leads);
      i = ends[count - 1];
      atLineStart = 0;
      continue;
    }
    // (Other words' keys are made after the loop: V8 moved the work for slice() ahead of the test.)
    if (known) key[count] = cachedKey(c, text, i, j, w0, w1, w2);
    else { key[count] = ''; later[nLater++] = count; }
    starts[count] = i; ends[count] = j; leads[count] = first;
    if (atLineStart !== 0) { lineStarts[count] = atLineStart; atLineStart = 0; }
    count++;
    i = j;
  }
  for (let k = 0; k < nLater; k++) {
    const t = later[k];
    key[t] = keyAt(c, starts[t], ends[t], text.slice(starts[t], ends[t]));
  }
  return count;
}

