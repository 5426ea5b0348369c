// Text back to bytes in the file's own encoding, byte order mark included.
import { detectEncoding, type Encoding } from '../extract/decode.js';

export interface TextEncoding {
  encoding: Encoding;
  bom: Uint8Array;
}

/** The encoding a file was read with (decodeText's choice) and its byte order mark. */
export function encodingOf(bytes: Uint8Array, decoded: Encoding): TextEncoding {
  const { bom } = detectEncoding(bytes);
  return { encoding: decoded, bom: bytes.slice(0, bom) };
}

/** Windows-1252's 0x80-0x9F, by character. */
const CP1252 = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** Whether `encoding` can write character code c. */
export function canEncode(encoding: Encoding, c: number): boolean {
  if (encoding !== 'windows-1252') return true;
  return c < 0x80 || (c >= 0xa0 && c <= 0xff) || CP1252.has(c);
}

export function encode(text: string, enc: TextEncoding): Uint8Array {
  let body: Uint8Array;
  if (enc.encoding === 'utf-8') {
    body = new TextEncoder().encode(text);
  } else if (enc.encoding === 'windows-1252') {
    body = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      body[i] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : CP1252.get(c) ?? 0x3f;
    }
  } else {
    body = new Uint8Array(text.length * 2);
    const le = enc.encoding === 'utf-16le';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      body[2 * i + (le ? 0 : 1)] = c & 0xff;
      body[2 * i + (le ? 1 : 0)] = c >> 8;
    }
  }
  const out = new Uint8Array(enc.bom.length + body.length);
  out.set(enc.bom);
  out.set(body, enc.bom.length);
  return out;
}
