// Folds what is not wording (spacing, quote and dash styles, invisible characters, a Greek or
// Cyrillic lookalike inside a Latin word) while keeping, for every output character, the index of
// the input character it came from. The suspicious-character rule reports the last two.
import { INVISIBLE_NAMES, inLatinWord, LATIN_LOOKALIKE } from './characters.js';
import { identityIndexes } from './identity.js';
import { int32s } from './typed-arrays.js';

export interface Normalized {
  text: string;
  /** Per output character: index into the input text. */
  from: Int32Array;
}

const enum Out {
  Drop = -1,
}

function mapChar(c: number): number {
  // Hot path: plain ASCII other than CR passes through.
  if (c < 0x80) {
    if (c === 0x09 || c === 0x0b || c === 0x0c) return 0x20;
    if (c === 0x0d) return 0x0a; // CRLF is folded below; a lone CR is a line break
    if (c === 0x60) return 0x27; // a backtick typed for an apostrophe
    return c;
  }
  switch (c) {
    case 0x00a0: case 0x1680: case 0x202f: case 0x205f: case 0x3000:
      return 0x20;
    case 0x00ad: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
      return Out.Drop;
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x00b4:
      return 0x27; // '
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb:
      return 0x22; // "
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xfe63: case 0xff0d:
      return 0x2d; // -
    case 0x2028: case 0x2029: case 0x0085:
      return 0x0a;
    default:
      if (c >= 0x2000 && c <= 0x200a) return 0x20;
      if (INVISIBLE_NAMES.has(c)) return Out.Drop;
      return c;
  }
}

/** A character that normalisation may change; a text without one is its own normal form. (A search
 * for one, not a match of the whole text, which backtracks over all of it when it fails.) */
const MAY_CHANGE = /[^\n\x20-\x5f\x61-\x7e]/;
const CANDIDATE = new RegExp(MAY_CHANGE.source, 'g');
/** The only ASCII characters mapChar changes: tab, vertical tab, form feed, CR, backtick. */
const ASCII_CHANGED = ['\t', '\v', '\f', '\r', '`'];
const encoder = new TextEncoder();
let bytes = new Uint8Array(0);
/** Longer texts are searched by MAY_CHANGE rather than pin a scratch buffer this size. */
const MAX_SCRATCH = 1 << 21;

/**
 * Whether the text is its own normal form because it is ASCII without a character mapChar changes:
 * one native copy (TextEncoder writes one byte per character only for ASCII) and five native
 * searches, where a pattern scan cost ~14 instructions a character.
 */
function plainAscii(input: string): boolean {
  const n = input.length;
  if (n > MAX_SCRATCH) return !MAY_CHANGE.test(input);
  // EDGAR HTML's text has these near its start; encodeInto of a text with them costs ~12
  // instructions a character, and a search for U+2019 in a Latin-1 text none.
  if (input.indexOf('\u2019') >= 0 || input.indexOf('\u00a0') >= 0) return false;
  if (bytes.length < n) bytes = new Uint8Array(Math.max(n, 2 * bytes.length, 4096));
  const { read, written } = encoder.encodeInto(input, bytes);
  if (read !== n || written !== n) return false;
  for (const c of ASCII_CHANGED) if (input.indexOf(c) >= 0) return false;
  return true;
}

export function normalize(input: string): Normalized {
  const n = input.length;
  // A text of other characters (other ASCII controls included) goes through the search below, which
  // gives it back unchanged when nothing in it changes.
  if (plainAscii(input)) {
    return { text: input, from: identityIndexes(n).subarray(0, n) };
  }
  const from = int32s(n);
  const out: string[] = [];
  // An unchanged run's indexes are copied from the shared 0, 1, 2, ... (not made that large for a
  // text longer than MAX_SCRATCH: it is kept).
  const same = n <= MAX_SCRATCH ? identityIndexes(n) : null;
  let chunkStart = 0; // start of a run of unchanged characters not yet copied
  let len = 0;
  const flush = (upTo: number) => {
    if (upTo > chunkStart) {
      out.push(input.slice(chunkStart, upTo));
      if (same !== null) { from.set(same.subarray(chunkStart, upTo), len); len += upTo - chunkStart; }
      else for (let k = chunkStart; k < upTo; k++) from[len++] = k;
    }
  };
  // Only the characters MAY_CHANGE finds can change (most text, HTML's included, is ASCII between
  // a few non-breaking spaces and quotes): a native search between them, not a loop over each.
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(input)) {
    const i = CANDIDATE.lastIndex - 1;
    const c = input.charCodeAt(i);
    let m = mapChar(c);
    if (m === c && c >= 0x0370 && c <= 0x052f && LATIN_LOOKALIKE.has(c) && inLatinWord(input, i)) m = LATIN_LOOKALIKE.get(c)!.charCodeAt(0);
    if (m === c) continue;
    flush(i);
    chunkStart = i + 1;
    if (m === Out.Drop) continue;
    if (c === 0x0d && input.charCodeAt(i + 1) === 0x0a) continue; // CR of CRLF: the LF stands for both
    out.push(String.fromCharCode(m));
    from[len++] = i;
  }
  flush(n);
  return { text: out.join(''), from: len === n ? from : from.subarray(0, len) };
}
