// Byte helpers the streamed readers share, over plain Uint8Array (no Node Buffer: browser-safe).

/** Bytes of an ASCII string (tags and markers searched for). */
export function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Characters per String.fromCharCode call (its arguments go on the stack). */
const DECODE_STEP = 8192;

/** Longest run decoded through one reused array of codes (header and tag lines: twice as fast as a subarray). */
const SHORT = 256;
const shortCodes: number[] = [];

/** Bytes from..to as text, one character per byte (ISO-8859-1: tags and header lines are ASCII). */
export function latin1(bytes: Uint8Array, from = 0, to = bytes.length): string {
  to = Math.min(to, bytes.length);
  if (to - from <= SHORT) {
    shortCodes.length = Math.max(0, to - from);
    for (let i = from; i < to; i++) shortCodes[i - from] = bytes[i];
    return String.fromCharCode.apply(null, shortCodes);
  }
  if (to - from <= DECODE_STEP) return String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);
  const parts: string[] = [];
  for (let i = from; i < to; i += DECODE_STEP) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, Math.min(to, i + DECODE_STEP)) as unknown as number[]));
  return parts.join('');
}

/** Whether the ASCII `text` stands at `at` in `bytes`, letters in either case. */
export function asciiAtIgnoringCase(bytes: Uint8Array, at: number, text: string): boolean {
  if (at < 0 || at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) {
    const b = bytes[at + i];
    const lower = b >= 0x41 && b <= 0x5a ? b + 0x20 : b;
    if (lower !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether `needle` stands at `at` in `bytes`. */
export function bytesAt(bytes: Uint8Array, at: number, needle: Uint8Array): boolean {
  if (at < 0 || at + needle.length > bytes.length) return false;
  for (let i = 0; i < needle.length; i++) if (bytes[at + i] !== needle[i]) return false;
  return true;
}

/** A needle with the byte it is looked for by: its first capital letter, rarer than lower case in text and markup. */
export interface Needle {
  bytes: Uint8Array;
  anchor: number;
}

export function needle(text: string): Needle {
  const capital = text.search(/[A-Z]/);
  return { bytes: ascii(text), anchor: capital < 0 ? 0 : capital };
}

/** First index of `n` in bytes from..to, or -1. */
export function indexOfBytes(bytes: Uint8Array, n: Needle, from = 0, to = bytes.length): number {
  const { bytes: want, anchor } = n;
  const key = want[anchor];
  const hay = to === bytes.length ? bytes : bytes.subarray(0, to);
  const last = to - want.length + anchor;
  for (let i = hay.indexOf(key, from + anchor); i >= 0 && i <= last; i = hay.indexOf(key, i + 1)) {
    if (bytesAt(hay, i - anchor, want)) return i - anchor;
  }
  return -1;
}

/**
 * A copy of bytes from..to. (Not `slice`: on a Node Buffer, which the node layer hands in, `slice`
 * is a view, and a view would keep the whole read chunk alive.)
 */
export function copyBytes(bytes: Uint8Array, from: number, to = bytes.length): Uint8Array {
  return new Uint8Array(bytes.subarray(from, to));
}

/** One array of the first `size` bytes of `chunks`. */
export function concatBytes(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    if (at >= size) break;
    const part = c.length <= size - at ? c : c.subarray(0, size - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Whether bytes from..to are only spaces and tabs (and a CR). */
export function blankBytes(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}
