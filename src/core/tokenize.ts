// Splits normalised text into word tokens. Punctuation stays on its word, so that "prepared;" and
// "principles;" differ and a deleted paragraph cannot borrow its neighbour's last word.

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

/** The form's own terms for the filer, whose capital letter is cosmetic ("Registrant", "Company"). */
const REGISTRANT = /^(?:registrant|company)/i;

/** The comparison key: the word itself, except that capitalising "Registrant" (or "Company") is cosmetic. */
export function keyOf(word: string): string {
  const c = word.charCodeAt(0);
  return (c === 0x52 || c === 0x72 || c === 0x43 || c === 0x63) && REGISTRANT.test(word) ? word[0].toLowerCase() + word.slice(1) : word;
}

// Scratch space reused from call to call; each result gets copies of just its own length.
const buffers = (size: number) => ({ starts: new Int32Array(size), ends: new Int32Array(size), lineStarts: new Uint8Array(size), labels: new Uint8Array(size) });
let scratch = buffers(0);

export function tokenize(text: string): Tokens {
  const n = text.length;
  // At most one token per two characters (a word and a space).
  const cap = (n >> 1) + 2;
  // A very large text gets arrays of its own, so that they are not kept after it.
  if (cap <= 1 << 20 && scratch.starts.length < cap) scratch = buffers(Math.max(cap, scratch.starts.length * 2, 4096));
  const key: string[] = [];
  const { starts, ends, lineStarts, labels } = cap > 1 << 20 ? buffers(cap) : scratch;
  let count = 0;
  let i = 0;
  let atLineStart = 2;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) { i++; continue; }
    if (c === 0x0a) { atLineStart = atLineStart ? 2 : 1; i++; continue; }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 0x20 || d === 0x0a) break;
      j++;
    }
    let word = text.slice(i, j);
    if (atLineStart) {
      const glued = GLUED_LABEL.exec(word);
      if (glued) {
        const k = i + glued[1].length;
        key.push(glued[1]); starts[count] = i; ends[count] = k; lineStarts[count] = atLineStart; labels[count] = 1; count++;
        i = k;
        word = text.slice(i, j);
        atLineStart = 0;
      }
    }
    if (atLineStart && BARE_LABEL.test(word)) {
      // "1" with its "." or ")" on the next line or in the next table cell: one label.
      const k = splitLabelEnd(text, j);
      if (k > 0) { word += text[k - 1]; j = k; }
    }
    const isLab = atLineStart > 0 && LABEL.test(word) ? 1 : 0;
    key.push(isLab ? word : keyOf(word));
    starts[count] = i;
    ends[count] = j;
    lineStarts[count] = atLineStart;
    labels[count] = isLab;
    count++;
    atLineStart = 0;
    i = j;
  }
  return {
    count,
    key,
    start: starts.slice(0, count),
    end: ends.slice(0, count),
    lineStart: lineStarts.slice(0, count),
    label: labels.slice(0, count),
  };
}
