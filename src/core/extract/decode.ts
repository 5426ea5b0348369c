// Bytes to text: UTF-8 with or without BOM, UTF-16 with or without BOM, otherwise Windows-1252 (old
// EDGAR files). A UTF-8 file with a stray Windows-1252 byte keeps its UTF-8: only that byte is read
// as Windows-1252.
import { InputError } from './errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Share of two-byte units in the first bytes that must hold a NUL on one side for UTF-16 without a BOM. */
const UTF16_NULS = 0.4;

/** Bytes looked at for a NUL: by the UTF-16 sniff and by the binary-file test alike. */
const HEAD = 8192;

/** UTF-16 without a BOM (`nul`: the first HEAD bytes hold a NUL): ASCII text in it has a NUL in every other byte, on one side only. */
function sniffUtf16(bytes: Uint8Array, nul: boolean): Encoding | null {
  const n = Math.min(bytes.length, HEAD) & ~1;
  // Nearly every file has no NUL at all.
  if (n < 4 || !nul) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd >= units * UTF16_NULS && even === 0) return 'utf-16le';
  if (even >= units * UTF16_NULS && odd === 0) return 'utf-16be';
  return null;
}

/** The encoding, its BOM's length, and, without a BOM, whether the file looks binary (one search serves both). */
function sniff(bytes: Uint8Array): { encoding: Encoding; bom: number; binary?: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const binary = looksBinary(bytes);
  return { encoding: sniffUtf16(bytes, binary) ?? 'utf-8', bom: 0, binary };
}

export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bom: number } {
  const { encoding, bom } = sniff(bytes);
  return { encoding, bom };
}

/** True when the bytes look like a binary file rather than text (a NUL in the first 8 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  // A builtin search: a loop here is hot enough at start-up to have V8 optimise it (OSR) for one file.
  return bytes.subarray(0, HEAD).includes(0);
}

// Windows-1252's 0x80-0x9F (Node's TextDecoder treats the label as Latin-1 and gets these wrong).
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

function cp1252(b: number): number {
  return b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const slice = bytes.subarray(i, Math.min(bytes.length, i + CHUNK));
    const codes = new Array<number>(slice.length);
    for (let k = 0; k < slice.length; k++) codes[k] = cp1252(slice[k]);
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Length of the well-formed UTF-8 sequence at i (1 for ASCII), or 0 when the byte there starts none. */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const b1 = bytes[i + 1];
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const b1 = bytes[i + 1];
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * UTF-8 that is not well formed: when its well-formed multi-byte sequences outnumber the bytes that
 * are not, it is UTF-8 with stray bytes, each read as Windows-1252; otherwise it is Windows-1252.
 */
function decodeMixed(bytes: Uint8Array): { text: string; encoding: Encoding } {
  let sequences = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length;) {
    const n = utf8Length(bytes, i);
    if (n === 0) { stray++; i++; continue; }
    if (n > 1) sequences++;
    i += n;
  }
  if (stray >= sequences) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length;) {
    const n = utf8Length(bytes, i);
    if (n > 0) { i += n; continue; }
    parts.push(decoder.decode(bytes.subarray(from, i)), String.fromCharCode(cp1252(bytes[i])));
    from = ++i;
  }
  parts.push(decoder.decode(bytes.subarray(from)));
  return { text: parts.join(''), encoding: 'utf-8' };
}

/** Each decode() without `stream` starts afresh (the Encoding standard), so one serves every file. */
let strictUtf8: TextDecoder | undefined;

/** Decodes a file's bytes: UTF-8 with or without BOM, UTF-16 with a BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const { encoding, bom, binary } = sniff(bytes);
  const body = bytes.subarray(bom);
  if (encoding !== 'utf-8') return { text: new TextDecoder(encoding).decode(body), encoding };
  if (binary ?? looksBinary(body)) throw new InputError('binary file, not text');
  try {
    return { text: (strictUtf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(body), encoding: 'utf-8' };
  } catch {
    return decodeMixed(body);
  }
}
