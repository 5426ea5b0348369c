// One zip entry inflated with a hard bound on what it unpacks to. Deflate can expand about 1,032
// times, and the size a zip declares can lie, so a small file can hold gigabytes: a part is never
// inflated past `cap` bytes, whatever its header says.
import { Inflate, inflateSync } from 'fflate';
import { InputError } from '../errors.js';
import { compressedData, type ZipEntry } from './zip-directory.js';

/** Compressed bytes that cannot unpack to much more than a part's cap (deflate's 1,032:1 at most). */
const ONE_CALL = 16 * 1024;
/** Compressed bytes fed to the streaming inflater at a time: each push adds at most ~16 MB. */
const SLICE = 16 * 1024;

function corrupt(name: string, err: unknown): InputError {
  const why = err instanceof Error ? err.message : String(err);
  return new InputError(`corrupt .docx: cannot unpack ${name} (${why})`);
}

/** Streams the data through fflate's Inflate, stopping as soon as the output passes `cap`. */
function inflateStreaming(data: Uint8Array, cap: number, tooBig: () => InputError): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => { chunks.push(chunk); total += chunk.length; });
  for (let at = 0; at < data.length; at += SLICE) {
    inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (total > cap) throw tooBig();
  }
  const out = new Uint8Array(total);
  for (let i = 0, at = 0; i < chunks.length; at += chunks[i].length, i++) out.set(chunks[i], at);
  return out;
}

/**
 * The entry's unpacked bytes, at most `cap` of them (`tooBig` past that). A small entry is inflated in
 * one call into a buffer one byte longer than it declares (a longer result means the header lied, and
 * the streaming path measures it); a large one streams, counting.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, cap: number, tooBig: () => InputError): Uint8Array {
  if (e.size > cap) throw tooBig();
  const data = compressedData(bytes, e);
  if (e.method === 0) {
    if (data.length > cap) throw tooBig();
    return data;
  }
  try {
    if (data.length <= ONE_CALL) {
      const out = inflateSync(data, { out: new Uint8Array(e.size + 1) });
      if (out.length <= e.size) return out;
    }
    return inflateStreaming(data, cap, tooBig);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw corrupt(e.name, err);
  }
}
