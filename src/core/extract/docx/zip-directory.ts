// The zip container's table of contents (APPNOTE.TXT 4.3): names, sizes and where each entry's
// compressed bytes are, read without inflating anything. A .docx reader needs three or four small
// parts of a package that may hold megabytes of images; fflate's unzipSync inflates whatever it is
// given without a bound on what a lying header makes of it, and JSZip's loadAsync costs a tenth of a
// certification's budget, so the directory is read here and each part inflated by inflate.ts.
import { InputError } from '../errors.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (nothing else is accepted, as JSZip accepted nothing else). */
  method: number;
  compressedSize: number;
  /** The unpacked size the directory declares (it can lie; inflate.ts does not trust it). */
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL = 0xffffffff;

const notZip = () => new InputError('corrupt .docx: not a valid zip archive');

class Reader {
  constructor(private readonly b: Uint8Array) {}
  u16(at: number): number {
    if (at < 0 || at + 2 > this.b.length) throw notZip();
    return this.b[at] | (this.b[at + 1] << 8);
  }
  u32(at: number): number {
    return this.u16(at) + this.u16(at + 2) * 0x10000;
  }
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x100000000;
  }
}

/** The end-of-central-directory record: where the directory starts and how many entries it has. */
function directoryStart(r: Reader, bytes: Uint8Array): { offset: number; count: number } {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (r.u32(at) !== EOCD) continue;
    let count = r.u16(at + 10);
    let offset = r.u32(at + 16);
    if ((count === 0xffff || offset === FULL) && at >= 20 && r.u32(at - 20) === EOCD64_LOCATOR) {
      const z = r.u64(at - 12);
      if (r.u32(z) !== EOCD64) throw notZip();
      count = r.u64(z + 32);
      offset = r.u64(z + 48);
    }
    return { offset, count };
  }
  throw notZip();
}

/** ZIP64 sizes and offset (extra field 0x0001) for the fields the directory entry set to 0xFFFFFFFF. */
function zip64(r: Reader, extra: number, end: number, e: ZipEntry): void {
  for (let at = extra; at + 4 <= end; ) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === 0x0001) {
      let f = at + 4;
      if (e.size === FULL) { e.size = r.u64(f); f += 8; }
      if (e.compressedSize === FULL) { e.compressedSize = r.u64(f); f += 8; }
      if (e.localOffset === FULL) e.localOffset = r.u64(f);
      return;
    }
    at += 4 + length;
  }
}

/** Every file entry of the archive by name (a later entry of the same name wins, as in JSZip). */
export function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const r = new Reader(bytes);
  const { offset, count } = directoryStart(r, bytes);
  const decoder = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  for (let i = 0, at = offset; i < count; i++) {
    if (r.u32(at) !== CENTRAL) throw notZip();
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    if (at + 46 + nameLength > bytes.length) throw notZip();
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Encrypted entries and other compression methods: JSZip refused the whole archive, and so do we.
    if (flags & 1 || (method !== 0 && method !== 8)) throw notZip();
    const e: ZipEntry = { name, method, compressedSize: r.u32(at + 20), size: r.u32(at + 24), localOffset: r.u32(at + 42) };
    zip64(r, at + 46 + nameLength, at + 46 + nameLength + extraLength, e);
    if (!name.endsWith('/')) entries.set(name, e);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's compressed bytes, found through its local header. */
export function compressedData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const r = new Reader(bytes);
  if (r.u32(e.localOffset) !== LOCAL) throw notZip();
  const start = e.localOffset + 30 + r.u16(e.localOffset + 26) + r.u16(e.localOffset + 28);
  if (start + e.compressedSize > bytes.length) throw notZip();
  return bytes.subarray(start, start + e.compressedSize);
}
